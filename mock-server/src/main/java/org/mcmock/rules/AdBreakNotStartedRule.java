package org.mcmock.rules;

import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import java.util.Optional;
import org.mcmock.model.EventType;

/** adBreakComplete closes the break adBreakStart opened; without one it closes nothing. */
final class AdBreakNotStartedRule implements SessionRule {

  @Override
  public RuleId id() {
    return RuleId.AD_BREAK_NOT_STARTED;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    if (!event.is(EventType.AD_BREAK_COMPLETE) || before.adBreakOpen()) {
      return Optional.empty();
    }
    return found(event, Wording.describe(before, event)
        + " completes an ad break, but none is open: send adBreakStart when the break begins, or Adobe ignores"
        + " the break and its ads");
  }
}
