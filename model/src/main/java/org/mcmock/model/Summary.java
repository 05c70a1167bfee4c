package org.mcmock.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * What a session amounts to as Adobe would count it, with times judged by {@code playerTime.ts}.
 *
 * @param kind {@code live} or {@code downloaded}
 * @param findings findings per severity label, every severity listed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Summary(
    String kind,
    String state,
    boolean completed,
    Ads ads,
    Chapters chapters,
    Seconds seconds,
    int pauses,
    int bufferings,
    int errors,
    int bitrateChanges,
    int pings,
    Map<String, Integer> findings) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Ads(int breaks, int started, int completed, int skipped) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Chapters(int started, int completed, int skipped) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Seconds(double content, double ads, double paused, double buffering) {}
}
