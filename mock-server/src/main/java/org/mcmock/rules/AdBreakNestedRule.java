package org.mcmock.rules;

import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import java.util.Optional;
import org.mcmock.model.EventType;

/** Ad breaks do not nest: one must be completed before the next starts. */
final class AdBreakNestedRule implements SessionRule {

  @Override
  public RuleId id() {
    return RuleId.AD_BREAK_NESTED;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    if (!event.is(EventType.AD_BREAK_START) || !before.adBreakOpen()) {
      return Optional.empty();
    }
    return found(event, Wording.describe(before, event)
        + " starts an ad break while the one from event " + before.adBreakIndex() + " is still open: send"
        + " adBreakComplete first, or Adobe miscounts both breaks' ads");
  }
}
