package org.mcmock.rules;

import java.util.List;
import java.util.Optional;

/** The {@code a.} prefix belongs to Adobe's own context data; custom keys must not use it. */
final class CustomMetadataReservedKeyRule implements SessionRule {

  @Override
  public RuleId id() {
    return RuleId.CUSTOM_METADATA_RESERVED_KEY;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    if (!CustomMetadataKeys.counted(event)) {
      return Optional.empty();
    }
    List<String> keys = CustomMetadataKeys.withPrefix(event.customMetadata(), "a.");
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Finding(id(), Severity.ERROR, event.index(), before.describe(event)
        + " has customMetadata " + CustomMetadataKeys.quoted(keys) + ": the prefix a. is reserved for Adobe's"
        + " own variables; rename these keys"));
  }
}
