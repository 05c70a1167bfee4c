package org.mcmock.verify;

import java.util.ArrayList;
import java.util.List;

/** What a check finds on its way, in the order found: the mistakes, and the lines of the side-by-side diff. */
final class VerdictDraft {

  private final List<String> mistakes = new ArrayList<>();
  private final List<Verdict.Line> diff = new ArrayList<>();

  void mistake(String mistake) {
    mistakes.add(mistake);
  }

  void line(boolean differs, String expected, String recorded) {
    line(differs, expected, recorded, null, null);
  }

  /** A line whose sides stand at these seconds of the player's clock (null where not known). */
  void line(boolean differs, String expected, String recorded, Double expectedAt, Double recordedAt) {
    diff.add(new Verdict.Line(differs, expected, recorded, expectedAt, recordedAt));
  }

  List<String> mistakes() {
    return mistakes;
  }

  List<Verdict.Line> diff() {
    return diff;
  }
}
