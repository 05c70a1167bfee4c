package org.mcmock.verify;

import java.util.Arrays;
import java.util.List;

/** Gherkin-like tables written in a text block, read as Cucumber hands them over: rows of stripped cells. */
final class Tables {

  private Tables() {}

  static List<List<String>> rows(String text) {
    return text.lines().map(String::strip).filter(line -> line.startsWith("|"))
        .map(line -> Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList())
        .toList();
  }

  /** The timeline named "test" that {@code text} writes. */
  static ExpectedTimeline timeline(String text) {
    return ExpectedTimeline.parse("test", rows(text));
  }
}
