package org.mcmock.client;

import java.time.Duration;

/**
 * How often a tracker pings. Pings fall on whole multiples of the interval counted from sessionStart, so
 * content that resumes at 12 s pings at 20, 30, 40 as Adobe's timelines show.
 *
 * @param content the interval in main content: 10 s, fixed by Adobe's docs and SDKs
 * @param ad the interval inside an ad: 10 s as Adobe's SDKs send, 1 s as the timeline pages ask
 */
public record PingSchedule(Duration content, Duration ad) {

  public static final Duration CONTENT_INTERVAL = Duration.ofSeconds(10);

  /** What Adobe's SDKs use while storing downloaded content, ads included. */
  public static final Duration DOWNLOADED_INTERVAL = Duration.ofSeconds(50);

  public PingSchedule {
    requireWholeSeconds(content, "content");
    requireWholeSeconds(ad, "ad");
  }

  /** A streamed session: 10 s in content, {@code ad} inside ads. */
  public static PingSchedule live(Duration ad) {
    return new PingSchedule(CONTENT_INTERVAL, ad);
  }

  /** As Adobe's SDKs stream: every 10 s, ads included. */
  public static PingSchedule live() {
    return live(CONTENT_INTERVAL);
  }

  public static PingSchedule downloaded() {
    return new PingSchedule(DOWNLOADED_INTERVAL, DOWNLOADED_INTERVAL);
  }

  /** Whether a ping is due {@code elapsedSeconds} after sessionStart. */
  boolean dueAt(long elapsedSeconds, boolean insideAd) {
    long interval = (insideAd ? ad : content).toSeconds();
    return elapsedSeconds > 0 && elapsedSeconds % interval == 0;
  }

  private static void requireWholeSeconds(Duration interval, String name) {
    if (interval == null || interval.toSeconds() < 1 || interval.toMillis() % 1000 != 0) {
      throw new IllegalArgumentException(name + " ping interval must be a whole number of seconds, got " + interval);
    }
  }
}
