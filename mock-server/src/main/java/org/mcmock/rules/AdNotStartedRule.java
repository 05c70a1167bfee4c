package org.mcmock.rules;

import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import static org.mcmock.model.EventType.AD_COMPLETE;
import static org.mcmock.model.EventType.AD_SKIP;

import java.util.Optional;

/** adComplete and adSkip close the ad that adStart opened; inside a break with no open ad they close nothing. */
final class AdNotStartedRule implements SessionRule {

  @Override
  public RuleId id() {
    return RuleId.AD_NOT_STARTED;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    // Outside a break AD_OUTSIDE_BREAK already says it; one mistake, one finding.
    if (!event.is(AD_COMPLETE, AD_SKIP) || !before.adBreakOpen() || before.adOpen()) {
      return Optional.empty();
    }
    return found(event, Wording.describe(before, event)
        + " closes an ad, but no ad is open in the ad break from event " + before.adBreakIndex()
        + ": send adStart when the ad begins, or Adobe cannot count the ad");
  }
}
