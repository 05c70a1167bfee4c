package org.mcmock.contract.viewing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holds what the backend recorded for a session against the timeline a feature expects, row by row. Only the
 * columns the feature gives are compared ({@code request} always; {@code seconds} to the tenth,
 * {@code playhead}, {@code answer} when present), and a mismatch reads as a side-by-side diff.
 */
public final class RecordedTimeline {

  public static final String UNREADABLE = "(unreadable)";

  private static final String NOTHING = "(nothing)";

  private static final List<String> COLUMNS = List.of("seconds", "playhead", "answer");

  private RecordedTimeline() {}

  /**
   * @param expected the feature's rows
   * @param recorded the admin API's events of the session ({@code eventType, ts, playhead, status}), in order
   * @return the diff, or empty when they agree
   */
  public static Optional<String> differences(List<Map<String, String>> expected, List<Map<String, Object>> recorded) {
    List<String> columns = expected.isEmpty() ? List.of()
        : COLUMNS.stream().filter(expected.get(0)::containsKey).toList();
    long start = recorded.isEmpty() || recorded.get(0).get("ts") == null ? 0
        : ((Number) recorded.get(0).get("ts")).longValue();
    List<String> want = expected.stream().map(row -> describe(row.get("request").strip(),
        columns.contains("seconds") ? Cells.format(Cells.number(row, "seconds")) : null,
        columns.contains("playhead") ? Cells.format(Cells.number(row, "playhead")) : null,
        columns.contains("answer") ? Cells.required(row, "answer") : null)).toList();
    List<String> got = recorded.stream().map(event -> describe(requestOf(event),
        columns.contains("seconds") ? seconds(event.get("ts"), start) : null,
        columns.contains("playhead") ? number(event.get("playhead")) : null,
        columns.contains("answer") ? String.valueOf(event.get("status")) : null)).toList();
    if (want.equals(got)) {
      return Optional.empty();
    }
    return Optional.of(diff(want, got));
  }

  /** A body the mock could not read has no eventType; the feature calls it (unreadable). */
  private static String requestOf(Map<String, Object> event) {
    Object type = event.get("eventType");
    return type == null ? UNREADABLE : type.toString();
  }

  private static String diff(List<String> want, List<String> got) {
    int width = Math.max(NOTHING.length(), want.stream().mapToInt(String::length).max().orElse(0));
    List<String> lines = new ArrayList<>();
    lines.add("The backend recorded " + got.size() + " request(s) where the timeline expects " + want.size()
        + "; rows marked > differ:");
    lines.add(String.format("    %3s  %-" + width + "s  %s", "#", "expected", "recorded"));
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      String w = i < want.size() ? want.get(i) : NOTHING;
      String g = i < got.size() ? got.get(i) : NOTHING;
      lines.add(String.format("  %s %3d  %-" + width + "s  %s", w.equals(g) ? " " : ">", i, w, g));
    }
    return String.join("\n", lines);
  }

  private static String describe(String request, String seconds, String playhead, String answer) {
    StringBuilder text = new StringBuilder(request);
    if (seconds != null) {
      text.append(" at ").append(seconds).append(" s");
    }
    if (playhead != null) {
      text.append(seconds != null ? ", " : " at ").append("playhead ").append(playhead);
    }
    if (answer != null) {
      text.append(" -> ").append(answer);
    }
    return text.toString();
  }

  /** To the tenth of a second: a client keeps sibling events a millisecond or so apart. */
  private static String seconds(Object ts, long start) {
    return ts == null ? "?" : Cells.format(Math.round((((Number) ts).longValue() - start) / 100.0) / 10.0);
  }

  private static String number(Object value) {
    return value == null ? "?" : Cells.format(Cells.decimal((Number) value));
  }
}
