package org.mcmock.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mcmock.http.Answers;
import org.mcmock.http.Route;
import org.mcmock.model.Event;
import org.mcmock.model.EventType;
import org.mcmock.model.Finding;
import org.mcmock.model.RefusedSessionStart;
import org.mcmock.model.Session;
import org.mcmock.model.Severity;
import org.mcmock.model.Summary;
import org.mcmock.rules.PlaybackSummary;
import org.mcmock.session.RecordedEvent;
import org.mcmock.model.Api;
import org.mcmock.session.RefusedStart;
import org.mcmock.session.SessionSnapshot;

/** Turns what the session engine holds into the typed model the admin API answers with: its one job. */
final class SnapshotModel {

  private SnapshotModel() {}

  /** The session with its events when the snapshot holds them (a listing's snapshots hold none). */
  static Session session(SessionSnapshot s, boolean withEvents) {
    return new Session(s.sid(), s.state().label(), s.downloaded(), s.api().label(),
        s.api() == Api.MEDIA_COLLECTION ? Route.sessionLocation(s.sid()) : null,
        time(s.createdAt()), time(s.lastEventAt()), s.closedAt() < 0 ? null : time(s.closedAt()), s.closeReason(),
        playerTime(s),
        new Session.RequestCounts(s.recorded(), s.recorded() - s.rejected() - s.injected(), s.rejected(),
            s.injected()),
        eventTypes(s), summary(s), s.findings(),
        withEvents ? s.events().stream().map(SnapshotModel::event).toList() : null);
  }

  static Session overview(SessionSnapshot s) {
    return session(s, false);
  }

  static Session detail(SessionSnapshot s) {
    return session(s, true);
  }

  /** What the session amounts to as Adobe would count it, with times judged by playerTime.ts. */
  static Summary summary(SessionSnapshot s) {
    PlaybackSummary p = s.playback();
    return new Summary(s.downloaded() ? "downloaded" : "live", s.state().label(), p.completed(),
        new Summary.Ads(p.adBreaks(), p.adsStarted(), p.adsCompleted(), p.adsSkipped()),
        new Summary.Chapters(p.chaptersStarted(), p.chaptersCompleted(), p.chaptersSkipped()),
        new Summary.Seconds(p.contentMillis() / 1000.0, p.adMillis() / 1000.0, p.pausedMillis() / 1000.0,
            p.bufferingMillis() / 1000.0),
        p.pauses(), p.bufferings(), p.errors(), p.bitrateChanges(), p.pings(), counts(s.findings()));
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

  static Event event(RecordedEvent e) {
    return new Event(e.index(), e.arrival(), time(e.arrivedAt()), e.eventType(),
        Double.isNaN(e.playhead()) ? null : e.playhead(), e.ts() < 0 ? null : e.ts(), status(e.status()),
        e.applied(), e.injected(), e.answeredByFault(), e.violations(), e.findings(), body(e.body()));
  }

  static org.mcmock.model.RejectedBatch rejectedBatch(org.mcmock.session.RejectedBatch b) {
    return new org.mcmock.model.RejectedBatch(time(b.arrivedAt()), b.path(), b.events() < 0 ? null : b.events(),
        b.violations(), b.body());
  }

  static RefusedSessionStart refusedStart(RefusedStart r) {
    return new RefusedSessionStart(time(r.arrivedAt()), Route.SESSIONS.template(), status(r.status()), r.injected(),
        r.injected() != null, r.violations(), r.findings(), body(r.body()));
  }

  /** The view as the player's clock places it; for a downloaded session, its start and end at Adobe. */
  private static Session.PlayerTime playerTime(SessionSnapshot s) {
    return new Session.PlayerTime(s.firstTs() < 0 ? null : s.firstTs(), s.lastTs() < 0 ? null : s.lastTs(),
        s.firstTs() < 0 ? null : time(s.firstTs()), s.lastTs() < 0 ? null : time(s.lastTs()));
  }

  private static Map<String, Integer> eventTypes(SessionSnapshot s) {
    Map<String, Integer> byType = new LinkedHashMap<>();
    for (EventType type : EventType.values()) {
      if (s.count(type) > 0) {
        byType.put(type.wireName(), s.count(type));
      }
    }
    return byType;
  }

  /** A broken connection sent no status. */
  private static Integer status(int status) {
    return status == 0 ? null : status;
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
}
