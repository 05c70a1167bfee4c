package org.mcmock.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * The admin API's journal ({@code GET /__admin/media-collection/journal}) written by hand, the one place the
 * tests know its JSON shape:
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

  private final ObjectNode root = JSON.createObjectNode();
  private final ArrayNode sessions = root.putArray("sessions");
  private final ArrayNode refused = root.putArray("refusedSessionStarts");
  private ObjectNode session;
  private ObjectNode last;

  private JournalBuilder() {}

  static JournalBuilder journal() {
    return new JournalBuilder();
  }

  static long tsAt(double seconds) {
    return T0 + Math.round(seconds * 1000);
  }

  /** Opens the next session; it was created when its first request arrived, unless {@link #createdAt} says. */
  JournalBuilder session(String sid) {
    session = sessions.addObject();
    session.put("sid", sid);
    session.put("state", "open");
    session.putNull("closeReason");
    session.putNull("createdAt");
    session.putArray("findings");
    session.putArray("events");
    last = null;
    return this;
  }

  JournalBuilder createdAt(double seconds) {
    session.put("createdAt", time(seconds));
    return this;
  }

  /** The player sent {@code eventType} at {@code seconds} on its clock, at {@code playhead}. */
  JournalBuilder send(double seconds, double playhead, String eventType) {
    ArrayNode events = (ArrayNode) session.get("events");
    if (session.get("createdAt").isNull()) {
      createdAt(seconds);
    }
    boolean closed = !session.get("state").asText().equals("open");
    last = events.addObject();
    last.put("index", events.size() - 1);
    last.put("arrivedAt", time(seconds));
    last.put("eventType", eventType);
    last.put("playhead", playhead);
    last.put("ts", tsAt(seconds));
    last.put("status", closed ? 410 : "sessionStart".equals(eventType) ? 201 : 204);
    last.put("applied", !closed);
    last.putArray("errors");
    last.putArray("findings");
    ObjectNode body = last.putObject("body");
    body.put("eventType", eventType);
    body.putObject("playerTime").put("playhead", playhead).put("ts", tsAt(seconds));
    if ("sessionEnd".equals(eventType) && !closed) {
      closed("ended", "sessionEnd arrived (event " + (events.size() - 1) + ")");
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
    ObjectNode values = object(object(last, "body"), field);
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
    }
    return this;
  }

  /** The last request had no {@code playerTime}. */
  JournalBuilder withoutPlayerTime() {
    last.putNull("ts");
    last.putNull("playhead");
    object(last, "body").remove("playerTime");
    return this;
  }

  /** The mock answered the last request {@code status}, each of {@code errors} a violation in its words. */
  JournalBuilder answered(int status, String... errors) {
    if (status >= 300 && "sessionEnd".equals(last.path("eventType").asText())
        && session.get("closeReason").asText().endsWith("(event " + last.get("index") + ")")) {
      session.put("state", "open");
      session.putNull("closeReason");
    }
    last.put("status", status);
    last.put("applied", status < 300);
    ArrayNode list = last.putArray("errors");
    for (String message : errors) {
      list.addObject().put("path", "").put("rule", "required").put("message", message);
    }
    return this;
  }

  /** The admin API's fault injection gave the last request {@code status}. */
  JournalBuilder injected(int status, String what) {
    last.put("status", status);
    last.put("injected", what);
    last.put("answeredByFault", true);
    return this;
  }

  /** A delay planned through the admin API held back the mock's own answer to the last request. */
  JournalBuilder delayed(String what) {
    last.put("injected", what);
    last.put("answeredByFault", false);
    return this;
  }

  /** The mock's rules found something about the last request of the session. */
  JournalBuilder finding(String severity, String rule, String message) {
    ObjectNode finding = ((ArrayNode) session.get("findings")).addObject();
    finding.put("rule", rule);
    finding.put("severity", severity);
    finding.put("eventIndex", last.get("index").asInt());
    finding.put("message", message);
    ((ArrayNode) last.get("findings")).add(finding.deepCopy());
    return this;
  }

  /** The session closed, and later requests to it are answered 410. */
  JournalBuilder closed(String state, String reason) {
    session.put("state", state);
    session.put("closeReason", reason);
    return this;
  }

  /** The mock refused a sessionStart sent at {@code seconds}, and opened no session for it. */
  JournalBuilder refusedStart(double seconds, int status, String error) {
    ObjectNode start = refused.addObject();
    start.put("arrivedAt", time(seconds));
    start.put("path", "/api/v1/sessions");
    start.put("status", status);
    start.putArray("errors").addObject().put("path", "/params").put("rule", "required").put("message", error);
    start.putArray("findings");
    ObjectNode body = start.putObject("body");
    body.put("eventType", "sessionStart");
    body.putObject("playerTime").put("playhead", 0).put("ts", tsAt(seconds));
    last = start;
    return this;
  }

  /** The whole journal, as the admin API answers it. */
  ObjectNode json() {
    return root.deepCopy();
  }

  /** The current session alone, as {@code GET /__admin/media-collection/sessions/{sid}} answers it. */
  ObjectNode sessionJson() {
    return session.deepCopy();
  }

  Journal build() {
    return Journal.parse(root);
  }

  private static ObjectNode object(ObjectNode parent, String name) {
    return parent.get(name) instanceof ObjectNode child ? child : parent.putObject(name);
  }

  private static String time(double seconds) {
    return Instant.ofEpochMilli(tsAt(seconds)).toString();
  }
}
