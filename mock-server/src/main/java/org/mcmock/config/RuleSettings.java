package org.mcmock.config;

import java.time.Duration;

/**
 * How strictly the session rules read time and position, where Adobe's documents leave room.
 *
 * @param pingTolerance slack on every ping interval before PING_GAP or PING_FIRST_LATE; Adobe's own
 *     timelines leave 12 s between two events inside an ad, and real players tick a little late
 * @param adPingInterval the ping interval inside an ad: 10 s as Adobe's SDKs send, or 1 s as the
 *     timeline pages ask
 * @param playheadTolerance slack on {@code media.length} before PLAYHEAD_RANGE
 */
public record RuleSettings(Duration pingTolerance, Duration adPingInterval, Duration playheadTolerance) {

  /** The ping interval in main content, fixed by Adobe's docs and SDKs. */
  public static final Duration CONTENT_PING_INTERVAL = Duration.ofSeconds(10);

  /** The interval Adobe's SDKs use when storing downloaded (offline) content. */
  public static final Duration DOWNLOADED_PING_INTERVAL = Duration.ofSeconds(50);

  public RuleSettings {
    requireNotNegative(pingTolerance, "pingTolerance");
    requireNotNegative(playheadTolerance, "playheadTolerance");
    if (adPingInterval == null || adPingInterval.isZero() || adPingInterval.isNegative()) {
      throw new IllegalArgumentException("adPingInterval must be a positive duration, got " + adPingInterval);
    }
  }

  /** {@link MockSettings.Builder}'s. */
  public static RuleSettings defaults() {
    return MockSettings.defaults().rules();
  }

  /** The ping interval that applies in a stretch of the session. */
  public Duration pingInterval(boolean downloaded, boolean insideAd) {
    if (downloaded) {
      return DOWNLOADED_PING_INTERVAL;
    }
    return insideAd ? adPingInterval : CONTENT_PING_INTERVAL;
  }

  /** How long a stretch of the session may go without an event: its ping interval plus the tolerance. */
  public long pingLimitMillis(boolean downloaded, boolean insideAd) {
    return pingInterval(downloaded, insideAd).plus(pingTolerance).toMillis();
  }

  public RuleSettings withAdPingInterval(Duration value) {
    return new RuleSettings(pingTolerance, value, playheadTolerance);
  }

  private static void requireNotNegative(Duration value, String name) {
    if (value == null || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be zero or more, got " + value);
    }
  }
}
