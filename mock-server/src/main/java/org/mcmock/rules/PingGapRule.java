package org.mcmock.rules;

import org.mcmock.config.RuleSettings;
import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import java.util.Optional;

/**
 * While a session is open, something must reach the backend at least every ping interval: pings keep
 * the session alive and tell Adobe where the player is, during pauses and buffering too.
 */
final class PingGapRule implements SessionRule {

  private final RuleSettings settings;

  PingGapRule(RuleSettings settings) {
    this.settings = settings;
  }

  @Override
  public RuleId id() {
    return RuleId.PING_GAP;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    if (before.over() || before.previousTs() < 0 || event.ts() < 0) {
      return Optional.empty();
    }
    long interval = settings.pingInterval(before.downloaded(), before.adOpen()).toMillis();
    long gap = event.ts() - before.previousTs();
    if (gap <= settings.pingLimitMillis(before.downloaded(), before.adOpen())) {
      return Optional.empty();
    }
    return found(event, Wording.describe(before, event) + " comes "
        + Wording.seconds(gap) + " after event " + before.previousIndex() + " (" + before.previousType().wireName()
        + ") with nothing in between: send a ping every " + Wording.seconds(interval) + where(before)
        + " while the session is open, paused or buffering too, or Adobe loses track of the time in between");
  }

  private static String where(Timeline before) {
    if (before.downloaded()) {
      return " (downloaded content, as Adobe's SDKs store it)";
    }
    return before.adOpen() ? " inside an ad" : "";
  }
}
