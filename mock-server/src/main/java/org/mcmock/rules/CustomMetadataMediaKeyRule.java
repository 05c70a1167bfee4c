package org.mcmock.rules;

import java.util.List;
import java.util.Optional;

/** Custom keys starting with {@code media.} can overwrite Adobe's standard media fields. */
final class CustomMetadataMediaKeyRule implements SessionRule {

  @Override
  public RuleId id() {
    return RuleId.CUSTOM_METADATA_MEDIA_KEY;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    if (!CustomMetadataKeys.counted(event)) {
      return Optional.empty();
    }
    List<String> keys = CustomMetadataKeys.withPrefix(event.customMetadata(), "media.");
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Finding(id(), Severity.WARNING, event.index(), before.describe(event)
        + " has customMetadata " + CustomMetadataKeys.quoted(keys) + ": keys starting with media. can overwrite"
        + " standard fields; put standard metadata in params and give custom keys another prefix"));
  }
}
