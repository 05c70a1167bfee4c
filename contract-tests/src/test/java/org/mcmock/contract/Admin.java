package org.mcmock.contract;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;

/**
 * The mock's admin API under {@code /__admin/media-collection/}: clock, sessions, rejected batches, mode, findings,
 * summaries, rules and planned faults.
 */
public final class Admin {

  private static final String ROOT = "/__admin/media-collection";

  private final MockBackend mock;

  Admin(MockBackend mock) {
    this.mock = mock;
  }

  /** Forgets all sessions, rejected batches and planned faults and puts the clock back to real time. */
  public void reset() {
    Checks.hasStatus(mock.request().post(ROOT + "/reset"), 200, "POST " + ROOT + "/reset");
  }

  /** Moves the mock's clock forward, e.g. {@code "10m"}, {@code "599s"}. */
  public void advanceClock(String by) {
    Response answer = mock.request().contentType(ContentType.JSON).body(Map.of("by", by))
        .post(ROOT + "/clock/advance");
    Checks.hasStatus(answer, 200, "advancing the mock clock by " + by);
  }

  /** Plans a fault ({@code {"on": "ping", "status": 500}}, see the README's Admin API); fails unless 201. */
  public JsonPath injectFault(Map<String, ?> fault) {
    Response answer = mock.request().contentType(ContentType.JSON).body(fault).post(ROOT + "/faults");
    Checks.hasStatus(answer, 201, "POST " + ROOT + "/faults " + fault);
    return answer.jsonPath();
  }

  /** The mock clock's "now", epoch milliseconds. */
  public long clockMillis() {
    Response answer = mock.request().get(ROOT + "/clock");
    Checks.hasStatus(answer, 200, "GET " + ROOT + "/clock");
    return answer.jsonPath().getLong("nowMillis");
  }

  /** One session with its events in ts order; fails unless the mock knows it. */
  public JsonPath session(String sid) {
    return ok(sessionAnswer(sid), "GET " + ROOT + "/sessions/" + sid);
  }

  public Response sessionAnswer(String sid) {
    return mock.request().get(ROOT + "/sessions/{sid}", sid);
  }

  /** {@code {"total": n, "sessions": [...]}}. */
  public JsonPath sessions() {
    return ok(mock.request().get(ROOT + "/sessions"), "GET " + ROOT + "/sessions");
  }

  /** {@code {"total": n, "batches": [{path, errors, ...}]}}. */
  public JsonPath rejectedBatches() {
    return ok(mock.request().get(ROOT + "/rejected-batches"), "GET " + ROOT + "/rejected-batches");
  }

  /** {@code {"mode": "faithful"|"strict", "startedAs": ...}}. */
  public JsonPath mode() {
    return ok(mock.request().get(ROOT + "/mode"), "GET " + ROOT + "/mode");
  }

  /** Switches the mode with {@code PUT /mode {"mode": mode}}; fails unless the mock accepts it. */
  public JsonPath switchMode(String mode) {
    return ok(mock.request().contentType(ContentType.JSON).body(Map.of("mode", mode)).put(ROOT + "/mode"),
        "PUT " + ROOT + "/mode to " + mode);
  }

  /** The raw answer to {@code PUT} or {@code POST /mode} with any body, to test refusals. */
  public Response modeAnswer(String method, String body) {
    return mock.request().contentType(ContentType.JSON).body(body).request(method, ROOT + "/mode");
  }

  /** {@code {"total", "counts": {error, warning, info}, "findings": [{sid, rule, severity, eventIndex, message}]}}. */
  public JsonPath findings() {
    return findings(Map.of());
  }

  /** The same, filtered: e.g. {@code Map.of("severity", "error,warning", "rule", "PING_GAP")}. */
  public JsonPath findings(Map<String, ?> filter) {
    return ok(findingsAnswer(filter), "GET " + ROOT + "/findings with " + filter);
  }

  public Response findingsAnswer(Map<String, ?> filter) {
    return mock.request().queryParams(filter).get(ROOT + "/findings");
  }

  /** {@code {"sid", "total", "counts", "findings": [{rule, severity, eventIndex, message}]}} of one session. */
  public JsonPath sessionFindings(String sid) {
    return sessionFindings(sid, Map.of());
  }

  public JsonPath sessionFindings(String sid, Map<String, ?> filter) {
    return ok(sessionFindingsAnswer(sid, filter), "GET " + ROOT + "/sessions/" + sid + "/findings with " + filter);
  }

  public Response sessionFindingsAnswer(String sid, Map<String, ?> filter) {
    return mock.request().queryParams(filter).get(ROOT + "/sessions/{sid}/findings", sid);
  }

  /** {@code {"sid", "kind", "state", "completed", "ads", "chapters", "seconds", ..., "findings"}} of one session. */
  public JsonPath summary(String sid) {
    return ok(summaryAnswer(sid), "GET " + ROOT + "/sessions/" + sid + "/summary");
  }

  public Response summaryAnswer(String sid) {
    return mock.request().get(ROOT + "/sessions/{sid}/summary", sid);
  }

  /** {@code {"mode", "settings": {...}, "rules": [{id, severity, checks}]}}. */
  public JsonPath rules() {
    return ok(mock.request().get(ROOT + "/rules"), "GET " + ROOT + "/rules");
  }

  /** Plans a fault, e.g. {@code {"on": "ping", "status": 500}}; fails unless the mock answers 201. */
  public JsonPath planFault(String body) {
    Response answer = planFaultAnswer(body);
    Checks.hasStatus(answer, 201, "POST " + ROOT + "/faults with " + body);
    return answer.jsonPath();
  }

  /** The raw answer to {@code POST /faults} with any body, to test refusals. */
  public Response planFaultAnswer(String body) {
    return mock.request().contentType(ContentType.JSON).body(body).post(ROOT + "/faults");
  }

  /** {@code {"total": n, "faults": [{id, on, occurrence, times, ..., seen, fired, spent}]}}. */
  public JsonPath faults() {
    return ok(mock.request().get(ROOT + "/faults"), "GET " + ROOT + "/faults");
  }

  public void clearFaults() {
    ok(mock.request().delete(ROOT + "/faults"), "DELETE " + ROOT + "/faults");
  }

  /** The answer's JSON, after checking it is a 200; {@code what} names the request in a failure. */
  private static JsonPath ok(Response answer, String what) {
    Checks.hasStatus(answer, 200, what);
    return answer.jsonPath();
  }
}
