package org.mcmock.rules;

import org.mcmock.config.RuleSettings;
import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import java.util.Optional;
import org.mcmock.model.EventType;

/**
 * The ping timer starts with playback: the first ping is due one interval after the first play or
 * adStart. Reported once, at the first event that finds it overdue.
 */
final class PingFirstLateRule implements SessionRule {

  private final RuleSettings settings;

  PingFirstLateRule(RuleSettings settings) {
    this.settings = settings;
  }

  @Override
  public RuleId id() {
    return RuleId.PING_FIRST_LATE;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    if (before.pingSeen() || !before.playbackStarted() || before.over() || event.ts() < 0) {
      return Optional.empty();
    }
    long interval = settings.pingInterval(before.downloaded(), before.playbackStartedInAd()).toMillis();
    long due = before.playbackStartTs()
        + settings.pingLimitMillis(before.downloaded(), before.playbackStartedInAd());
    // Once the latest ts is past due, the rule has already spoken; ts going back and forth cannot repeat it.
    boolean crossedNow = event.ts() > due && before.latestTs() <= due;
    if (!crossedNow) {
      return Optional.empty();
    }
    String late = Wording.seconds(event.ts() - before.playbackStartTs()) + " after playback started (event "
        + before.playbackStartIndex() + ")";
    String ask = ": start a ping timer when playback starts and send the first ping after "
        + Wording.seconds(interval) + ", then every " + Wording.seconds(interval);
    String what = event.is(EventType.PING)
        ? "The first ping, " + Wording.describe(before, event) + ", comes " + late
        : Wording.describe(before, event) + ": no ping yet, " + late;
    return found(event, what + ask);
  }
}
