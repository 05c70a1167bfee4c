package org.mcmock.rules;

import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import static org.mcmock.model.EventType.AD_COMPLETE;
import static org.mcmock.model.EventType.AD_SKIP;
import static org.mcmock.model.EventType.AD_START;

import java.util.Optional;

/** Ads live inside ad breaks; Adobe ignores an ad without its break and counts the ad's time as content. */
final class AdOutsideBreakRule implements SessionRule {

  @Override
  public RuleId id() {
    return RuleId.AD_OUTSIDE_BREAK;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    if (!event.is(AD_START, AD_COMPLETE, AD_SKIP) || before.adBreakOpen()) {
      return Optional.empty();
    }
    return found(event, Wording.describe(before, event)
        + " is outside an ad break: send adBreakStart first (and adBreakComplete after the last ad), or Adobe"
        + " ignores the ad and counts its time as content");
  }
}
