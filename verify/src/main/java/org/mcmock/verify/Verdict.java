package org.mcmock.verify;

import java.util.List;

/**
 * Whether the recorded sessions follow a timeline, and the report that says why not: the mistakes, numbered,
 * then the timeline side by side with what was recorded, then the mock's warnings.
 */
public record Verdict(String timeline, List<String> mistakes, String report) {

  public Verdict {
    mistakes = List.copyOf(mistakes);
  }

  public boolean passed() {
    return mistakes.isEmpty();
  }

  @Override
  public String toString() {
    return report;
  }
}
