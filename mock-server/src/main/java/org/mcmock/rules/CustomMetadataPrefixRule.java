package org.mcmock.rules;

import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import static org.mcmock.model.EventType.AD_START;
import static org.mcmock.model.EventType.CHAPTER_START;
import static org.mcmock.model.EventType.SESSION_START;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * customMetadata keys with a prefix Adobe's docs warn against, on the events whose customMetadata Adobe
 * keeps (on other events CUSTOM_METADATA_IGNORED says it all).
 */
final class CustomMetadataPrefixRule implements SessionRule {

  private final RuleId id;
  private final String prefix;
  private final String advice;

  private CustomMetadataPrefixRule(RuleId id, String prefix, String advice) {
    this.id = id;
    this.prefix = prefix;
    this.advice = advice;
  }

  /** {@code a.} belongs to Adobe's own context data. */
  static CustomMetadataPrefixRule reserved() {
    return new CustomMetadataPrefixRule(RuleId.CUSTOM_METADATA_RESERVED_KEY, "a.",
        "the prefix a. is reserved for Adobe's own variables; rename these keys");
  }

  /** {@code media.} can overwrite Adobe's standard media fields. */
  static CustomMetadataPrefixRule media() {
    return new CustomMetadataPrefixRule(RuleId.CUSTOM_METADATA_MEDIA_KEY, "media.",
        "keys starting with media. can overwrite standard fields; put standard metadata in params and give custom"
            + " keys another prefix");
  }

  /** The only events whose customMetadata Adobe keeps. */
  static boolean counted(RuleEvent event) {
    return event.is(SESSION_START, AD_START, CHAPTER_START);
  }

  @Override
  public RuleId id() {
    return id;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    if (!counted(event)) {
      return Optional.empty();
    }
    List<String> keys = new ArrayList<>();
    event.customMetadata().fieldNames().forEachRemaining(key -> {
      if (key.startsWith(prefix)) {
        keys.add("\"" + key + "\"");
      }
    });
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    return found(event, Wording.describe(before, event) + " has customMetadata "
        + String.join(", ", keys) + ": " + advice);
  }
}
