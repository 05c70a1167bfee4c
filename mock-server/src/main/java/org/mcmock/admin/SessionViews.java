package org.mcmock.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mcmock.model.EventType;
import org.mcmock.http.Answers;
import org.mcmock.http.Route;
import org.mcmock.model.Finding;
import org.mcmock.rules.PlaybackSummary;
import org.mcmock.model.Severity;
import org.mcmock.session.RecordedEvent;
import org.mcmock.session.RefusedStart;
import org.mcmock.session.RejectedBatch;
import org.mcmock.session.SessionSnapshot;
import org.mcmock.session.SessionStore;

/** The admin API's JSON for sessions, events and findings: one shape, used by every task. */
final class SessionViews {

  private SessionViews() {}

  static Map<String, Object> overview(SessionSnapshot s) {
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
    counts.put("accepted", s.recorded() - s.rejected() - s.injected());
    counts.put("rejected", s.rejected());
    counts.put("injected", s.injected());
    view.put("requests", counts);
    Map<String, Integer> byType = new LinkedHashMap<>();
    for (EventType type : EventType.values()) {
      if (s.count(type) > 0) {
        byType.put(type.wireName(), s.count(type));
      }
    }
    view.put("eventTypes", byType);
    view.put("summary", summary(s));
    view.put("findings", s.findings().stream().map(SessionViews::finding).toList());
    return view;
  }

  /** What the session amounts to as Adobe would count it, with times judged by playerTime.ts. */
  static Map<String, Object> summary(SessionSnapshot s) {
    PlaybackSummary p = s.playback();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("kind", s.downloaded() ? "downloaded" : "live");
    view.put("state", s.state().label());
    view.put("completed", p.completed());
    view.put("ads", fields("breaks", p.adBreaks(), "started", p.adsStarted(), "completed", p.adsCompleted(),
        "skipped", p.adsSkipped()));
    view.put("chapters", fields("started", p.chaptersStarted(), "completed", p.chaptersCompleted(),
        "skipped", p.chaptersSkipped()));
    view.put("seconds", fields("content", p.contentMillis() / 1000.0, "ads", p.adMillis() / 1000.0,
        "paused", p.pausedMillis() / 1000.0, "buffering", p.bufferingMillis() / 1000.0));
    view.put("pauses", p.pauses());
    view.put("bufferings", p.bufferings());
    view.put("errors", p.errors());
    view.put("bitrateChanges", p.bitrateChanges());
    view.put("pings", p.pings());
    view.put("findings", counts(s.findings()));
    return view;
  }

  /** A JSON object with its keys in the order given. */
  static Map<String, Object> fields(Object... keysAndValues) {
    Map<String, Object> view = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      view.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return view;
  }

  /** Findings per severity, every severity listed so a client can read {@code findings.error} directly. */
  static Map<String, Integer> counts(List<Finding> findings) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Severity severity : Severity.values()) {
      counts.put(severity.label(), 0);
    }
    findings.forEach(f -> counts.merge(f.severity().label(), 1, Integer::sum));
    return counts;
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
    Map<String, Object> view = overview(s);
    view.put("events", s.events().stream().map(SessionViews::event).toList());
    return view;
  }

  static Map<String, Object> finding(Finding f) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("rule", f.rule().name());
    view.put("severity", f.severity().label());
    view.put("eventIndex", f.eventIndex());
    view.put("message", f.message());
    return view;
  }

  static Map<String, Object> event(RecordedEvent e) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("index", e.index());
    view.put("arrival", e.arrival());
    view.put("arrivedAt", time(e.arrivedAt()));
    view.put("eventType", e.eventType());
    view.put("playhead", Double.isNaN(e.playhead()) ? null : e.playhead());
    view.put("ts", e.ts() < 0 ? null : e.ts());
    view.put("status", e.status() == 0 ? null : e.status());   // a broken connection sent no status
    view.put("applied", e.applied());
    view.put("injected", e.injected());
    view.put("answeredByFault", e.answeredByFault());
    view.put("errors", e.violations());
    view.put("findings", e.findings().stream().map(SessionViews::finding).toList());
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

  static Map<String, Object> refusedStart(RefusedStart r) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("arrivedAt", time(r.arrivedAt()));
    view.put("path", Route.SESSIONS.template());
    view.put("status", r.status() == 0 ? null : r.status());
    view.put("injected", r.injected());
    view.put("answeredByFault", r.injected() != null);
    view.put("errors", r.violations());
    view.put("findings", r.findings().stream().map(SessionViews::finding).toList());
    view.put("body", body(r.body()));
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

  /** 200 with a view of the session, or 404 when it was never issued or has been forgotten. */
  static ResponseDefinition withSession(
      SessionStore store, String sid, boolean withEvents, Function<SessionSnapshot, Object> view) {
    return store.find(sid)
        .map(session -> Answers.json(200, view.apply(
            session.snapshot(store.clock().millis(), store.settings(), withEvents))))
        .orElseGet(() -> Answers.message(404, "No session " + sid + " (never issued, or forgotten after retention)"));
  }

  static ResponseDefinition withSession(SessionStore store, String sid, Function<SessionSnapshot, Object> view) {
    return withSession(store, sid, false, view);
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
