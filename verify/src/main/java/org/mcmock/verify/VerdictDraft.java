package org.mcmock.verify;

import java.util.ArrayList;
import java.util.List;

/** What a check finds on its way, in the order found: the mistakes, and the lines of the side-by-side diff. */
final class VerdictDraft {

  /** One line of the report's side-by-side diff; {@code differs} marks it with {@code >}. */
  record DiffLine(boolean differs, String expected, String recorded) {}

  private final List<String> mistakes = new ArrayList<>();
  private final List<DiffLine> diff = new ArrayList<>();

  void mistake(String mistake) {
    mistakes.add(mistake);
  }

  void line(boolean differs, String expected, String recorded) {
    diff.add(new DiffLine(differs, expected, recorded));
  }

  List<String> mistakes() {
    return mistakes;
  }

  List<DiffLine> diff() {
    return diff;
  }
}
