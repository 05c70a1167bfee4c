package org.mcmock.contract.viewing;

import java.util.Map;

/**
 * One row of a timeline as Adobe's pages write it: what happens, when on the action timeline, where the
 * playhead is, and the request it makes. The request may name what it is about after a colon:
 * {@code adStart: Ad 1}, {@code chapterStart: Chapter 2}, {@code error: network-down},
 * {@code stateStart: fullscreen}, {@code bitrateChange: 4000}, {@code adBreakStart: mid-roll}.
 */
public record ViewingStep(String action, double seconds, double playhead, String request, String subject) {

  /** A table row with the columns {@code action}, {@code seconds}, {@code playhead} and {@code request}. */
  public static ViewingStep of(Map<String, String> row) {
    String request = Cells.required(row, "request");
    int colon = request.indexOf(':');
    String type = (colon < 0 ? request : request.substring(0, colon)).strip();
    String subject = colon < 0 ? "" : request.substring(colon + 1).strip();
    return new ViewingStep(java.util.Objects.requireNonNullElse(row.get("action"), "").strip(), Cells.number(row, "seconds"),
        Cells.number(row, "playhead"), type, subject);
  }

  long millis() {
    return Math.round(seconds * 1000);
  }

  @Override
  public String toString() {
    return (action.isEmpty() ? "" : action + ": ") + request + (subject.isEmpty() ? "" : " (" + subject + ")")
        + " at " + Cells.format(seconds) + " s, playhead " + Cells.format(playhead);
  }
}
