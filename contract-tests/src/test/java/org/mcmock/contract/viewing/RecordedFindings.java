package org.mcmock.contract.viewing;

import java.util.List;
import java.util.Map;

/**
 * Findings as a feature lists them ({@code event, request, rule, severity}) and as the admin API records them,
 * both written the same way so that a list comparison shows what differs.
 */
public final class RecordedFindings {

  private RecordedFindings() {}

  /** The feature's rows. */
  public static List<String> expected(List<Map<String, String>> rows) {
    return rows.stream().map(row -> line((int) Cells.number(row, "event"), Cells.required(row, "request"),
        Cells.required(row, "rule"), Cells.required(row, "severity"))).toList();
  }

  /** A session's findings; each names the request at its event index. */
  public static List<String> recorded(List<Map<String, Object>> findings, List<Map<String, Object>> events) {
    return findings.stream().map(finding -> {
      int index = ((Number) finding.get("eventIndex")).intValue();
      String request = index >= 0 && index < events.size() ? String.valueOf(events.get(index).get("eventType"))
          : "the batch";
      return line(index, request, String.valueOf(finding.get("rule")), String.valueOf(finding.get("severity")));
    }).toList();
  }

  private static String line(int event, String request, String rule, String severity) {
    return "event " + event + " (" + request + "): " + rule + ", " + severity;
  }
}
