package org.mcmock.contract.arrivals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mcmock.verify.ExpectedTimeline;
import org.mcmock.verify.Journal;
import org.mcmock.verify.TimelineCheck;
import org.mcmock.verify.Verdict;

/**
 * What the mock made of a player's sessions, in the terms that must not depend on the order the requests
 * arrived in: each session's state, its events in the order the mock recorded them (type, ts, answer), its
 * findings (rule, severity and the event, by type and ts), its summary, and {@code verify}'s report against
 * the expected timeline. Sids and the mock's own times are left out: they differ from run to run anyway.
 */
public record Judgement(List<Session> sessions, boolean followsTheTimeline, String report) {

  /** One session as judged. */
  public record Session(String state, List<String> events, List<String> findings, String summary) {}

  public static Judgement of(JsonNode journal, ExpectedTimeline expected) {
    List<Session> sessions = new ArrayList<>();
    for (JsonNode session : journal.path("sessions")) {
      Map<Integer, String> eventsByIndex = new HashMap<>();
      List<String> events = new ArrayList<>();
      for (JsonNode event : session.path("events")) {
        String what = event.path("eventType").asText() + "@" + event.path("ts").asText();
        eventsByIndex.put(event.path("index").asInt(), what);
        events.add(what + " -> " + event.path("status").asText());
      }
      List<String> findings = new ArrayList<>();
      for (JsonNode finding : session.path("findings")) {
        findings.add(finding.path("rule").asText() + " " + finding.path("severity").asText() + " at "
            + eventsByIndex.getOrDefault(finding.path("eventIndex").asInt(), "the session"));
      }
      sessions.add(new Session(session.path("state").asText(), events, findings,
          session.path("summary").toString()));
    }
    Verdict verdict = TimelineCheck.withDefaultTolerance().check(expected, Journal.parse(journal));
    return new Judgement(sessions, verdict.passed(), normalized(verdict.report()));
  }

  /** The report without what differs from run to run of the same requests: sids and the mock's own times. */
  static String normalized(String report) {
    return report.replaceAll("\\b[0-9a-f]{64}\\b", "<sid>")
        .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<time>");
  }
}
