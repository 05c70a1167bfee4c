package org.mcmock.contract;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The mock's admin API under {@code /__admin/media-collection/}: clock, sessions, rejected batches. */
public final class Admin {

  private static final String ROOT = "/__admin/media-collection";

  private final MockBackend mock;

  Admin(MockBackend mock) {
    this.mock = mock;
  }

  /** Forgets all sessions and rejected batches and puts the clock back to real time. */
  public void reset() {
    Checks.hasStatus(mock.request().post(ROOT + "/reset"), 200, "POST " + ROOT + "/reset");
  }

  /** Moves the mock's clock forward, e.g. {@code "10m"}, {@code "599s"}. */
  public void advanceClock(String by) {
    Response answer = mock.request().contentType(ContentType.JSON).body("{\"by\": \"" + by + "\"}")
        .post(ROOT + "/clock/advance");
    Checks.hasStatus(answer, 200, "advancing the mock clock by " + by);
  }

  /** The mock clock's "now", epoch milliseconds. */
  public long clockMillis() {
    Response answer = mock.request().get(ROOT + "/clock");
    Checks.hasStatus(answer, 200, "GET " + ROOT + "/clock");
    return answer.jsonPath().getLong("nowMillis");
  }

  /** One session with its events in arrival order; fails unless the mock knows it. */
  public JsonPath session(String sid) {
    Response answer = sessionAnswer(sid);
    Checks.hasStatus(answer, 200, "GET " + ROOT + "/sessions/" + sid);
    return answer.jsonPath();
  }

  public Response sessionAnswer(String sid) {
    return mock.request().get(ROOT + "/sessions/{sid}", sid);
  }

  /** {@code {"total": n, "sessions": [...]}}. */
  public JsonPath sessions() {
    Response answer = mock.request().get(ROOT + "/sessions");
    Checks.hasStatus(answer, 200, "GET " + ROOT + "/sessions");
    return answer.jsonPath();
  }

  /** {@code {"total": n, "batches": [{path, errors, ...}]}}. */
  public JsonPath rejectedBatches() {
    Response answer = mock.request().get(ROOT + "/rejected-batches");
    Checks.hasStatus(answer, 200, "GET " + ROOT + "/rejected-batches");
    return answer.jsonPath();
  }
}
