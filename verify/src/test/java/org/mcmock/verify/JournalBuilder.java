package org.mcmock.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.mcmock.model.Event;
import org.mcmock.model.Finding;
import org.mcmock.model.JournalPage;
import org.mcmock.model.RefusedSessionStart;
import org.mcmock.model.RuleId;
import org.mcmock.model.Session;
import org.mcmock.model.Severity;
import org.mcmock.model.Violation;

/**
 * A journal ({@code GET /__admin/media-collection/journal}) of the model's records, told as a player's story:
 *
 * <pre>{@code
 * JournalBuilder.journal().session("s1")
 *     .send(0, 0, "sessionStart").params("media.id", "ClickMe")
 *     .send(0, 0, "play")
 *     .pings(10, 30, 10)
 *     .send(30, 30, "sessionEnd")
 *     .build();
 * }</pre>
 *
 * <p>Times are seconds after {@link #T0} on the player's clock ({@code playerTime.ts}); the mock's clock
 * ({@code arrivedAt}, {@code createdAt}) is taken to be the same. As the mock does, a sessionStart is answered
 * 201, other events 204, and events after a sessionEnd 410; {@link #answered} and {@link #injected} change
 * the last request's answer, {@link #params} adds to its body.
 */
final class JournalBuilder {

  /** Second 0 of every journal (2023-11-14T22:13:20Z). */
  static final long T0 = 1_700_000_000_000L;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Session> sessions = new ArrayList<>();
  private final List<RefusedSessionStart> refused = new ArrayList<>();
  /** The request the last call was about: the current session's last event, or the last refused start. */
  private boolean lastRefused;

  private JournalBuilder() {}

  static JournalBuilder journal() {
    return new JournalBuilder();
  }

  static long tsAt(double seconds) {
    return T0 + Math.round(seconds * 1000);
  }

  /** Opens the next session; it was created when its first request arrived, unless {@link #createdAt} says. */
  JournalBuilder session(String sid) {
    sessions.add(new Session(sid, "open", false, "media-collection", null, null, null, null, null, null, null, null, null,
        List.of(), List.of()));
    lastRefused = false;
    return this;
  }

  JournalBuilder createdAt(double seconds) {
    return withSession(s -> copy(s, s.state(), s.closeReason(), time(seconds), s.findings(), s.events()));
  }

  /** The player sent {@code eventType} at {@code seconds} on its clock, at {@code playhead}. */
  JournalBuilder send(double seconds, double playhead, String eventType) {
    Session current = session();
    if (current.createdAt() == null) {
      createdAt(seconds);
    }
    boolean closed = !current.state().equals("open");
    int index = current.events().size();
    ObjectNode body = JSON.createObjectNode().put("eventType", eventType);
    body.putObject("playerTime").put("playhead", playhead).put("ts", tsAt(seconds));
    Event event = new Event(index, index, time(seconds), eventType, playhead, tsAt(seconds),
        closed ? 410 : "sessionStart".equals(eventType) ? 201 : 204, !closed, null, false, List.of(), List.of(), body);
    withSession(s -> copy(s, s.state(), s.closeReason(), s.createdAt(), s.findings(), append(s.events(), event)));
    lastRefused = false;
    if ("sessionEnd".equals(eventType) && !closed) {
      closed("ended", "sessionEnd arrived (event " + index + ")");
    }
    return this;
  }

  JournalBuilder ping(double seconds, double playhead) {
    return send(seconds, playhead, "ping");
  }

  /** Pings from {@code from} to {@code to}, every {@code every} seconds, the playhead following the clock. */
  JournalBuilder pings(double from, double to, double every) {
    for (double s = from; s <= to + 1e-9; s += every) {
      ping(s, s);
    }
    return this;
  }

  /** Adds {@code key, value, key, value...} to the last request's params. */
  JournalBuilder params(Object... keysAndValues) {
    return values("params", keysAndValues);
  }

  /** Adds {@code key, value, key, value...} to the last request's {@code field} ("qoeData"...). */
  JournalBuilder values(String field, Object... keysAndValues) {
    ObjectNode body = (ObjectNode) (lastRefused ? refused.get(refused.size() - 1).body() : lastEvent().body());
    ObjectNode values = body.get(field) instanceof ObjectNode child ? child : body.putObject(field);
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
    }
    return this;
  }

  /** The last request had no {@code playerTime}. */
  JournalBuilder withoutPlayerTime() {
    ((ObjectNode) lastEvent().body()).remove("playerTime");
    return withLast(e -> new Event(e.index(), e.arrival(), e.arrivedAt(), e.eventType(), null, null, e.status(),
        e.applied(), e.injected(), e.answeredByFault(), e.errors(), e.findings(), e.body()));
  }

  /** The mock answered the last request {@code status}, each of {@code errors} a violation in its words. */
  JournalBuilder answered(int status, String... errors) {
    Event last = lastEvent();
    if (status >= 300 && "sessionEnd".equals(last.eventType()) && session().closeReason() != null
        && session().closeReason().endsWith("(event " + last.index() + ")")) {
      withSession(s -> copy(s, "open", null, s.createdAt(), s.findings(), s.events()));
    }
    List<Violation> violations = List.of(errors).stream().map(message -> violation("", message)).toList();
    return withLast(e -> new Event(e.index(), e.arrival(), e.arrivedAt(), e.eventType(), e.playhead(), e.ts(),
        status, status < 300, e.injected(), e.answeredByFault(), violations, e.findings(), e.body()));
  }

  /** The admin API's fault injection gave the last request {@code status}. */
  JournalBuilder injected(int status, String what) {
    return withLast(e -> new Event(e.index(), e.arrival(), e.arrivedAt(), e.eventType(), e.playhead(), e.ts(),
        status, e.applied(), what, true, e.errors(), e.findings(), e.body()));
  }

  /** A delay planned through the admin API held back the mock's own answer to the last request. */
  JournalBuilder delayed(String what) {
    return withLast(e -> new Event(e.index(), e.arrival(), e.arrivedAt(), e.eventType(), e.playhead(), e.ts(),
        e.status(), e.applied(), what, false, e.errors(), e.findings(), e.body()));
  }

  /** The mock's rules found something about the last request of the session. */
  JournalBuilder finding(Severity severity, RuleId rule, String message) {
    Finding finding = new Finding(rule, severity, lastEvent().index(), message);
    withLast(e -> new Event(e.index(), e.arrival(), e.arrivedAt(), e.eventType(), e.playhead(), e.ts(),
        e.status(), e.applied(), e.injected(), e.answeredByFault(), e.errors(), append(e.findings(), finding),
        e.body()));
    return withSession(s -> copy(s, s.state(), s.closeReason(), s.createdAt(), append(s.findings(), finding),
        s.events()));
  }

  /** The session closed, and later requests to it are answered 410. */
  JournalBuilder closed(String state, String reason) {
    return withSession(s -> copy(s, state, reason, s.createdAt(), s.findings(), s.events()));
  }

  /** The mock refused a sessionStart sent at {@code seconds}, and opened no session for it. */
  JournalBuilder refusedStart(double seconds, int status, String error) {
    ObjectNode body = JSON.createObjectNode().put("eventType", "sessionStart");
    body.putObject("playerTime").put("playhead", 0).put("ts", tsAt(seconds));
    refused.add(new RefusedSessionStart(time(seconds), "/api/v1/sessions", status, null, false,
        List.of(violation("/params", error)), List.of(), body));
    lastRefused = true;
    return this;
  }

  /** The whole journal, as the admin API answers it. */
  ObjectNode json() {
    return JSON.valueToTree(new JournalPage(null, sessions, null, refused));
  }

  /** The current session alone, as {@code GET /__admin/media-collection/sessions/{sid}} answers it. */
  ObjectNode sessionJson() {
    return JSON.valueToTree(session());
  }

  /** The journal as verify reads it from the admin API's JSON. */
  Journal build() {
    return Journal.parse(json());
  }

  private Session session() {
    return sessions.get(sessions.size() - 1);
  }

  private Event lastEvent() {
    List<Event> events = session().events();
    return events.get(events.size() - 1);
  }

  private JournalBuilder withSession(UnaryOperator<Session> change) {
    sessions.set(sessions.size() - 1, change.apply(session()));
    return this;
  }

  private JournalBuilder withLast(UnaryOperator<Event> change) {
    Event changed = change.apply(lastEvent());
    return withSession(s -> {
      List<Event> events = new ArrayList<>(s.events());
      events.set(events.size() - 1, changed);
      return copy(s, s.state(), s.closeReason(), s.createdAt(), s.findings(), events);
    });
  }

  private static Session copy(Session s, String state, String closeReason, String createdAt, List<Finding> findings,
      List<Event> events) {
    return new Session(s.sid(), state, s.downloaded(), s.api(), s.location(), createdAt, s.lastEventAt(), s.closedAt(),
        closeReason, s.playerTime(), s.requests(), s.eventTypes(), s.summary(), findings, events);
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> longer = new ArrayList<>(list);
    longer.add(item);
    return longer;
  }

  private static Violation violation(String path, String message) {
    return new Violation(path, "required", null, null, message);
  }

  private static String time(double seconds) {
    return Instant.ofEpochMilli(tsAt(seconds)).toString();
  }
}
