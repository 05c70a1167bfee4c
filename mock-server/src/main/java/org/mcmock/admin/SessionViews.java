package org.mcmock.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mcmock.contract.EventType;
import org.mcmock.http.Answers;
import org.mcmock.http.Route;
import org.mcmock.rules.Finding;
import org.mcmock.session.RecordedEvent;
import org.mcmock.session.RejectedBatch;
import org.mcmock.session.SessionSnapshot;

/** The admin API's JSON for sessions, events and findings: one shape, used by every task. */
final class SessionViews {

  private SessionViews() {}

  static Map<String, Object> summary(SessionSnapshot s) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("sid", s.sid());
    view.put("state", s.state().label());
    view.put("downloaded", s.downloaded());
    view.put("location", Route.sessionLocation(s.sid()));
    view.put("createdAt", time(s.createdAt()));
    view.put("lastEventAt", time(s.lastEventAt()));
    view.put("closedAt", s.closedAt() < 0 ? null : time(s.closedAt()));
    view.put("closeReason", s.closeReason());
    view.put("playerTime", playerTime(s));
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("recorded", s.recorded());
    counts.put("accepted", s.recorded() - s.rejected());
    counts.put("rejected", s.rejected());
    view.put("requests", counts);
    Map<String, Integer> byType = new LinkedHashMap<>();
    for (EventType type : EventType.values()) {
      if (s.count(type) > 0) {
        byType.put(type.wireName(), s.count(type));
      }
    }
    view.put("eventTypes", byType);
    view.put("findings", s.findings().stream().map(SessionViews::finding).toList());
    return view;
  }

  /** The view as the player's clock places it; for a downloaded session, its start and end at Adobe. */
  private static Map<String, Object> playerTime(SessionSnapshot s) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("firstTs", s.firstTs() < 0 ? null : s.firstTs());
    view.put("lastTs", s.lastTs() < 0 ? null : s.lastTs());
    view.put("start", s.firstTs() < 0 ? null : time(s.firstTs()));
    view.put("end", s.lastTs() < 0 ? null : time(s.lastTs()));
    return view;
  }

  static Map<String, Object> detail(SessionSnapshot s) {
    Map<String, Object> view = summary(s);
    view.put("events", s.events().stream().map(SessionViews::event).toList());
    return view;
  }

  static Map<String, Object> finding(Finding f) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("rule", f.rule());
    view.put("severity", f.severity().label());
    view.put("eventIndex", f.eventIndex());
    view.put("message", f.message());
    return view;
  }

  static Map<String, Object> event(RecordedEvent e) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("index", e.index());
    view.put("arrivedAt", time(e.arrivedAt()));
    view.put("eventType", e.eventType());
    view.put("playhead", Double.isNaN(e.playhead()) ? null : e.playhead());
    view.put("ts", e.ts() < 0 ? null : e.ts());
    view.put("status", e.status());
    view.put("applied", e.applied());
    view.put("errors", e.violations());
    view.put("body", body(e.body()));
    return view;
  }

  static Map<String, Object> rejectedBatch(RejectedBatch b) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("arrivedAt", time(b.arrivedAt()));
    view.put("path", b.path());
    view.put("events", b.events() < 0 ? null : b.events());
    view.put("errors", b.violations());
    view.put("body", b.body());
    return view;
  }

  /** Bodies are shown as JSON when they were JSON, so the admin answer stays readable. */
  private static JsonNode body(String text) {
    try {
      return Answers.JSON.readTree(text);
    } catch (Exception notJson) {
      return JsonNodeFactory.instance.textNode(text);
    }
  }

  static String time(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).toString();
  }

  static <T> Map<String, Object> list(String name, List<T> items) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("total", items.size());
    view.put(name, items);
    return view;
  }
}
