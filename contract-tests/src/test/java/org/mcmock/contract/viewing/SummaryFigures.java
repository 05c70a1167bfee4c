package org.mcmock.contract.viewing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of a session summary as a feature names them ("seconds of content", "ads started"), and where
 * each sits in the admin API's {@code /sessions/{sid}/summary} answer.
 */
public final class SummaryFigures {

  private static final Map<String, String> PATHS = new LinkedHashMap<>();

  static {
    PATHS.put("kind", "kind");
    PATHS.put("state", "state");
    PATHS.put("completed", "completed");
    PATHS.put("ad breaks", "ads.breaks");
    PATHS.put("ads started", "ads.started");
    PATHS.put("ads completed", "ads.completed");
    PATHS.put("ads skipped", "ads.skipped");
    PATHS.put("chapters started", "chapters.started");
    PATHS.put("chapters completed", "chapters.completed");
    PATHS.put("chapters skipped", "chapters.skipped");
    PATHS.put("seconds of content", "seconds.content");
    PATHS.put("seconds of ads", "seconds.ads");
    PATHS.put("seconds paused", "seconds.paused");
    PATHS.put("seconds buffering", "seconds.buffering");
    PATHS.put("pauses", "pauses");
    PATHS.put("bufferings", "bufferings");
    PATHS.put("errors", "errors");
    PATHS.put("bitrate changes", "bitrateChanges");
    PATHS.put("pings", "pings");
    PATHS.put("error findings", "findings.error");
    PATHS.put("warning findings", "findings.warning");
    PATHS.put("info findings", "findings.info");
  }

  private SummaryFigures() {}

  /** The JSON path of {@code figure}; an unknown name lists the known ones. */
  public static String path(String figure) {
    String path = PATHS.get(figure.strip());
    if (path == null) {
      throw new IllegalArgumentException("no summary figure '" + figure + "'; known: " + PATHS.keySet());
    }
    return path;
  }

  /**
   * A figure's value as the feature writes it: numbers to the tenth (45 for 44.998, since a client keeps
   * sibling events a millisecond apart), true, "ended".
   */
  public static String text(Object value) {
    return value instanceof Number n ? Cells.format(Math.round(Cells.decimal(n) * 10) / 10.0) : String.valueOf(value);
  }
}
