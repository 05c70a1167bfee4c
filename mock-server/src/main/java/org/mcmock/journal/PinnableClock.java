package org.mcmock.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock, except while a journal file is replayed: then "now" is each recorded request's arrival time,
 * so that the restored sessions are judged at the times they were first judged.
 */
public final class PinnableClock extends Clock {

  private static final long NOT_PINNED = Long.MIN_VALUE;

  private volatile long pinned = NOT_PINNED;

  void pin(long epochMillis) {
    pinned = epochMillis;
  }

  void unpin() {
    pinned = NOT_PINNED;
  }

  @Override
  public long millis() {
    long at = pinned;
    return at == NOT_PINNED ? System.currentTimeMillis() : at;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the mock's clock is UTC");
  }
}
