package org.mcmock.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.mcmock.config.Durations;

/**
 * The mock's notion of "now": a base clock plus an offset that tests and users advance through the
 * admin API, so that a 10-minute timeout is tested in milliseconds rather than minutes.
 */
public final class MockClock {

  private final Clock base;
  private final AtomicLong offsetMillis = new AtomicLong();

  public MockClock(Clock base) {
    this.base = base;
  }

  public static MockClock system() {
    return new MockClock(Clock.systemUTC());
  }

  public long millis() {
    return base.millis() + offsetMillis.get();
  }

  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  /**
   * Moves time forward; the mock never goes back in time, so a negative amount is refused, and never further than
   * {@link Durations#MAX} ahead of the real clock in all, so its millis cannot overflow.
   */
  public void advance(Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("The clock only moves forward; got " + Durations.format(amount));
    }
    long max = Durations.MAX.toMillis();
    long by = amount.compareTo(Durations.MAX) > 0 ? max + 1 : amount.toMillis();
    long before = offsetMillis.getAndUpdate(offset -> offset + by > max ? offset : offset + by);
    if (before + by > max) {
      throw new IllegalArgumentException("The clock is " + Durations.format(Duration.ofMillis(before))
          + " ahead already and moves at most " + Durations.format(Durations.MAX) + " (100 years) ahead in all;"
          + " POST /__admin/media-collection/reset sets it back to now");
    }
  }

  public Duration offset() {
    return Duration.ofMillis(offsetMillis.get());
  }

  public void reset() {
    offsetMillis.set(0);
  }
}
