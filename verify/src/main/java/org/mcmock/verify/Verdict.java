package org.mcmock.verify;

import java.util.List;

/**
 * Whether the recorded sessions follow a timeline, and the report that says why not: the mistakes, numbered,
 * then the timeline side by side with what was recorded, then the mock's warnings.
 *
 * @param lines the side-by-side diff, line by line, with where each side stands on the player's clock
 * @param expected the timeline checked against
 * @param checked the sessions checked (the player's run), which {@link HtmlReport} draws
 */
public record Verdict(String timeline, List<String> mistakes, String report, List<Line> lines,
    ExpectedTimeline expected, Journal checked) {

  public Verdict {
    mistakes = List.copyOf(mistakes);
    lines = List.copyOf(lines);
  }

  /**
   * One line of the diff: {@code differs} marks a mistake (the report's {@code >}).
   *
   * @param expectedAt seconds from the first request's ts where the timeline places it, or null
   * @param recordedAt seconds from the first request's ts where the recorded request stands, or null
   */
  public record Line(boolean differs, String expected, String recorded, Double expectedAt, Double recordedAt) {}

  public boolean passed() {
    return mistakes.isEmpty();
  }

  @Override
  public String toString() {
    return report;
  }
}
