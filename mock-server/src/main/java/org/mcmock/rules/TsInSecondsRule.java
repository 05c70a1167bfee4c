package org.mcmock.rules;

import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import java.time.Instant;
import java.util.Optional;
import org.mcmock.model.EventType;

/**
 * {@code playerTime.ts} is milliseconds since the epoch. A sessionStart whose ts is below 10^11 was written in
 * seconds: 10^11 ms is 1973-03-03, before any player could send one, while every date from 1970 to the year 5138
 * is below 10^11 in seconds. Every later event is then off by a factor of 1000, so Adobe counts nothing right.
 */
final class TsInSecondsRule implements SessionRule {

  /** Below this a ts reads as seconds: 1973-03-03 in milliseconds, the year 5138 in seconds. */
  static final long SECONDS_BELOW = 100_000_000_000L;

  @Override
  public RuleId id() {
    return RuleId.TS_IN_SECONDS;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    if (!event.is(EventType.SESSION_START) || event.ts() <= 0 || event.ts() >= SECONDS_BELOW) {
      return Optional.empty();
    }
    return found(event, "sessionStart's playerTime.ts is "
        + event.ts() + ", which is " + Instant.ofEpochMilli(event.ts()) + " in milliseconds but "
        + Instant.ofEpochSecond(event.ts()) + " in seconds: it looks like seconds. playerTime.ts is milliseconds"
        + " since the epoch (Date.now() in JavaScript, System.currentTimeMillis() in Java); send it in milliseconds"
        + " in every event");
  }
}
