package org.mcmock.rules;

import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import java.util.Optional;

/** Adobe keeps customMetadata from sessionStart, adStart and chapterStart only; elsewhere it is dropped. */
final class CustomMetadataIgnoredRule implements SessionRule {

  @Override
  public RuleId id() {
    return RuleId.CUSTOM_METADATA_IGNORED;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    if (CustomMetadataPrefixRule.counted(event) || event.customMetadata().isEmpty()) {
      return Optional.empty();
    }
    return found(event, Wording.describe(before, event)
        + " carries customMetadata, which Adobe ignores on this event: send it with sessionStart (for the whole"
        + " session), adStart or chapterStart");
  }
}
