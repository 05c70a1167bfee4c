package org.mcmock.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.mcmock.model.Finding;

/**
 * A verdict as the timeline chart reads it (timeline.js's {@code McTimeline.verdict}): its mistakes, the diff
 * lines with where they stand, the expected requests, and the recorded requests with their answers and
 * findings. The inspector page gets it from {@code GET /__admin/media-collection/verify}; {@link HtmlReport}
 * embeds it.
 */
public final class VerdictJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private VerdictJson() {}

  public static ObjectNode of(Verdict verdict) {
    ObjectNode root = JSON.createObjectNode();
    root.put("timeline", verdict.timeline());
    root.put("passed", verdict.passed());
    root.set("mistakes", JSON.valueToTree(verdict.mistakes()));
    root.set("lines", JSON.valueToTree(verdict.lines()));
    ArrayNode expected = root.putArray("expected");
    for (ExpectedEvent e : verdict.expected().events()) {
      ObjectNode row = expected.addObject().put("row", e.row()).put("request", e.request());
      e.seconds().ifPresent(s -> row.put("seconds", s));
      e.playhead().ifPresent(p -> row.put("playhead", p));
      e.answer().ifPresent(a -> row.put("answer", a));
    }
    ArrayNode events = root.putArray("events");
    for (RecordedRequest r : verdict.checked().requests()) {
      ObjectNode event = events.addObject().put("session", r.session()).put("index", r.index())
          .put("eventType", r.eventType()).put("status", r.status()).put("injected", r.injected())
          .put("answer", r.refusal().isEmpty() ? null : r.refusal());
      if (r.ts() >= 0) {
        event.put("ts", r.ts());
      }
      if (!Double.isNaN(r.playhead())) {
        event.put("playhead", r.playhead());
      }
      event.set("findings", JSON.valueToTree(findings(verdict.checked(), r)));
      event.set("body", r.body());
    }
    return root;
  }

  private static List<Finding> findings(Journal journal, RecordedRequest request) {
    return journal.session(request.session()).map(s -> s.findings().stream()
        .filter(f -> f.finding().eventIndex() == request.index()).map(RecordedFinding::finding).toList())
        .orElse(List.of());
  }
}
