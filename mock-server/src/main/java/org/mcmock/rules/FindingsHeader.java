package org.mcmock.rules;

import org.mcmock.model.Severity;
import org.mcmock.model.Finding;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one-line summary of a request's findings that every session answer carries, so a developer sees
 * it in the browser's network panel: {@code 1 error: AD_OUTSIDE_BREAK at event 7}.
 */
public final class FindingsHeader {

  public static final String NAME = "X-Media-Findings";
  static final int LISTED = 3;

  private FindingsHeader() {}

  public static String value(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "none";
    }
    Map<Severity, Integer> counts = new TreeMap<>();
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    StringBuilder text = new StringBuilder();
    counts.forEach((severity, n) -> text.append(text.length() == 0 ? "" : ", ").append(n).append(' ')
        .append(severity.label()).append(n == 1 || severity == Severity.INFO ? "" : "s"));
    text.append(": ");
    List<Finding> worstFirst = findings.stream().sorted(Comparator.comparing(Finding::severity)).toList();
    for (int i = 0; i < Math.min(LISTED, worstFirst.size()); i++) {
      Finding f = worstFirst.get(i);
      text.append(i == 0 ? "" : "; ").append(f.rule()).append(" at event ").append(f.eventIndex());
    }
    if (worstFirst.size() > LISTED) {
      text.append("; and ").append(worstFirst.size() - LISTED).append(" more");
    }
    return text.toString();
  }
}
