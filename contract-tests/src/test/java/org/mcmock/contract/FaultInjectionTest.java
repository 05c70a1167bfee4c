package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mcmock.contract.Checks.hasCorsHeaders;
import static org.mcmock.contract.Checks.hasStatus;
import static org.mcmock.contract.Checks.jsonMessage;
import static org.mcmock.contract.Payloads.T0;
import static org.mcmock.contract.Payloads.event;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Faults planned through {@code POST /__admin/media-collection/faults}: a late answer, another status, a broken
 * connection, as a client team asks for them to test that their player survives. Each runs with the mock's stubs
 * alone (answered before stub matching) and with a user's stub present (answered after it).
 */
class FaultInjectionTest {

  @RegisterExtension static final MockBackend mock = new MockBackend();

  /** How WireMock reaches the mock's endpoints: before stub matching, or through it when a user's stub exists. */
  enum Stubs {
    MOCKS_ONLY,
    WITH_A_USERS_STUB
  }

  private String usersStub;

  private void given(Stubs stubs) {
    if (stubs == Stubs.WITH_A_USERS_STUB) {
      Response created = mock.request().contentType(ContentType.JSON)
          .body("{\"request\": {\"method\": \"GET\", \"url\": \"/fault-injection-test\"},"
              + " \"response\": {\"status\": 200}}")
          .post("/__admin/mappings");
      hasStatus(created, 201, "adding a user's stub through WireMock's admin API");
      usersStub = created.jsonPath().getString("id");
    }
  }

  /** WireMock names the stub that served an answer; before stub matching, none did. */
  private static void servedAs(Stubs stubs, Response answer) {
    assertThat(answer.header("Matched-Stub-Name")).as("the stub that served the answer, with %s", stubs)
        .isEqualTo(stubs == Stubs.MOCKS_ONLY ? null : "Media Collection API: POST /api/v1/sessions/{sid}/events");
  }

  /** Sends a request, timing it by the clock rather than waiting: its answer must take at least {@code millis}. */
  private static Response tookAtLeast(long millis, Supplier<Response> request, String what) {
    long started = System.nanoTime();
    Response answer = request.get();
    assertThat((System.nanoTime() - started) / 1_000_000).as("how long %s took, in ms", what)
        .isGreaterThanOrEqualTo(millis);
    return answer;
  }

  @AfterEach
  void removeUsersStub() {
    if (usersStub != null) {
      hasStatus(mock.request().delete("/__admin/mappings/{id}", usersStub), 200, "removing the user's stub");
      usersStub = null;
    }
  }

  @ParameterizedTest
  @EnumSource(Stubs.class)
  void aDelayedSessionStartArrivesLateAndOpensTheSession(Stubs stubs) {
    given(stubs);
    mock.admin().planFault("{\"on\": \"sessionStart\", \"delay\": \"300ms\"}");

    Response answer = tookAtLeast(300, () -> mock.startSession(Payloads.sessionStart()), "the late sessionStart");

    hasStatus(answer, 201, "a sessionStart planned to be 300 ms late");
    JsonPath session = mock.admin().session(MockBackend.sidOf(answer));
    assertThat(session.getString("events[0].injected")).isEqualTo("delay 300 ms");
    assertThat(session.getBoolean("events[0].applied")).isTrue();
    assertThat(mock.openSession()).as("the next sessionStart, the fault spent").isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(Stubs.class)
  void a500OnTheFirstPingThenTheNextPingsGet204(Stubs stubs) {
    given(stubs);
    String sid = mock.openSession();
    mock.admin().planFault("{\"on\": \"ping\", \"status\": 500}");

    Response failed = mock.sendEvent(sid, event("ping", 0, T0 + 10_000));
    Response next = mock.sendEvent(sid, event("ping", 0, T0 + 20_000));

    hasStatus(failed, 500, "the ping a planned fault answers");
    servedAs(stubs, failed);
    assertThat(jsonMessage(failed, "the injected 500")).contains("Injected through the admin API")
        .contains("status 500 on ping");
    hasCorsHeaders(failed, "the injected 500");
    assertThat(failed.header("X-Media-Findings")).isEqualTo("none");
    hasStatus(next, 204, "the ping after the fault");
    JsonPath session = mock.admin().session(sid);
    assertThat(session.getList("events.status")).containsExactly(201, 500, 204);
    assertThat(session.getList("events.injected")).containsExactly(null, "status 500", null);
    assertThat(session.getBoolean("events[1].applied")).isFalse();
    assertThat(session.getList("events[1].findings")).isEmpty();
    assertThat(session.getInt("requests.rejected")).as("the player's own rejected requests").isZero();
    assertThat(session.getInt("requests.injected")).isEqualTo(1);
    assertThat(session.getInt("eventTypes.ping")).as("accepted pings").isEqualTo(1);
    JsonPath faults = mock.admin().faults();
    assertThat(faults.getInt("faults[0].seen")).isEqualTo(2);
    assertThat(faults.getInt("faults[0].fired")).isEqualTo(1);
    assertThat(faults.getBoolean("faults[0].spent")).isTrue();
  }

  @Test
  void aDelayCanComeWithAStatus() {
    String sid = mock.openSession();
    mock.admin().planFault("{\"on\": \"event\", \"delay\": \"300ms\", \"status\": 503}");

    Response answer = tookAtLeast(300, () -> mock.sendEvent(sid, event("play", 0, T0 + 1000)), "the late 503");

    hasStatus(answer, 503, "a play planned to get a late 503");
    assertThat(mock.admin().session(sid).getString("events[1].injected")).isEqualTo("status 503 after 300 ms");
  }

  @Test
  void aStatusOnSessionStartOpensNoSession() {
    mock.admin().planFault("{\"on\": \"sessionStart\", \"status\": 503}");

    Response answer = mock.startSession(Payloads.sessionStart());

    hasStatus(answer, 503, "the sessionStart a planned fault answers");
    assertThat(answer.header("Location")).isNull();
    assertThat(mock.admin().sessions().getInt("total")).isZero();
  }

  @Test
  void an410ToAnEventClosesTheSessionAndLaterEventsGetTheOrdinary410() {
    String sid = mock.openSession();
    mock.admin().planFault("{\"on\": \"event\", \"occurrence\": 2, \"status\": 410}");
    hasStatus(mock.sendEvent(sid, event("play", 0, T0 + 1000)), 204, "the 1st event, before the fault");

    Response injected = mock.sendEvent(sid, event("ping", 9, T0 + 10_000));
    Response later = mock.sendEvent(sid, event("ping", 19, T0 + 20_000));

    hasStatus(injected, 410, "the 2nd event, which the fault answers");
    hasStatus(later, 410, "an event after the injected 410");
    assertThat(later.jsonPath().getString("state")).isEqualTo("closed");
    assertThat(later.jsonPath().getString("reason")).isEqualTo("closed by an injected fault: 410 to ping (event 2)");
    JsonPath session = mock.admin().session(sid);
    assertThat(session.getString("state")).isEqualTo("closed");
    assertThat(session.getList("events.injected")).containsExactly(null, null, "status 410, session closed", null);
  }

  @Test
  void a404ToAnEventLosesTheSessionSoLaterEventsGet404WhileTheAdminApiStillShowsIt() {
    String sid = mock.openSession();
    mock.admin().planFault("{\"on\": \"play\", \"status\": 404}");

    Response injected = mock.sendEvent(sid, event("play", 0, T0 + 1000));
    Response later = mock.sendEvent(sid, event("ping", 9, T0 + 10_000));

    hasStatus(injected, 404, "the play the fault answers");
    hasStatus(later, 404, "a ping to the lost session");
    assertThat(jsonMessage(later, "404 to a lost session"))
        .contains("lost by an injected fault: 404 to play (event 1)");
    JsonPath session = mock.admin().session(sid);
    assertThat(session.getString("state")).isEqualTo("lost");
    assertThat(session.getList("events.status")).containsExactly(201, 404, 404);
    assertThat(session.getList("events.injected")).containsExactly(null, "status 404, session lost", null);
    assertThat(mock.openSession()).as("a new session, as the player starts after a 404").isNotEqualTo(sid);
  }

  @ParameterizedTest
  @EnumSource(Stubs.class)
  void aConnectionResetReachesTheClientAsAnIoException(Stubs stubs) {
    given(stubs);
    String sid = mock.openSession();
    mock.admin().planFault("{\"on\": \"ping\", \"fault\": \"CONNECTION_RESET_BY_PEER\"}");

    assertThatThrownBy(() -> mock.sendEvent(sid, event("ping", 0, T0 + 10_000)))
        .as("a ping whose connection the fault resets").isInstanceOf(IOException.class);

    hasStatus(mock.sendEvent(sid, event("ping", 0, T0 + 20_000)), 204, "the next ping");
    JsonPath session = mock.admin().session(sid);
    assertThat(session.getList("events.status")).containsExactly(201, null, 204);
    assertThat(session.getString("events[1].injected")).isEqualTo("fault CONNECTION_RESET_BY_PEER");
    assertThat(session.getBoolean("events[1].applied")).isFalse();
  }

  @Test
  void planningAFaultAnswers201WithItsView() {
    JsonPath fault = mock.admin().planFault(
        "{\"on\": \"ping\", \"occurrence\": 2, \"times\": 0, \"delay\": \"1s\", \"fault\": \"EMPTY_RESPONSE\"}");

    assertThat(fault.getInt("id")).isPositive();
    assertThat(fault.getMap("")).containsEntry("on", "ping").containsEntry("occurrence", 2).containsEntry("times", 0)
        .containsEntry("delayMillis", 1000).containsEntry("status", null).containsEntry("fault", "EMPTY_RESPONSE")
        .containsEntry("injects", "fault EMPTY_RESPONSE after 1000 ms").containsEntry("seen", 0)
        .containsEntry("fired", 0).containsEntry("spent", false);
    assertThat(mock.admin().faults().getList("faults.id")).containsExactly(fault.getInt("id"));
  }

  /** Each field's refusals are FaultSpecTest's; here, that they reach the client as a 400 and plan nothing. */
  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "not json                                  | The body is not JSON",
      "``                                        | Send a JSON object",
      "{\"on\": \"pong\", \"status\": 500}       | Unknown \"on\": 'pong'. A fault waits for one of sessionStart, event,",
      "{\"on\": \"ping\", \"status\": 302}       | from 400 to 599",
      "{\"on\": \"ping\", \"fault\": \"FIRE\"}   | Unknown \"fault\"",
  })
  void aBadFaultGets400NamingTheProblem(String body, String problem) {
    Response answer = mock.admin().planFaultAnswer(body);

    hasStatus(answer, 400, "POST /faults with " + body);
    assertThat(jsonMessage(answer, "400 to a bad fault")).contains(problem);
    assertThat(mock.admin().faults().getInt("total")).as("faults planned by refused bodies").isZero();
  }

  @ParameterizedTest
  @EnumSource(Stubs.class)
  void resetAndDeleteRemoveThePlannedFaults(Stubs stubs) {
    given(stubs);
    String sid = mock.openSession();
    Supplier<Integer> ping = () -> mock.sendEvent(sid, event("ping", 0, T0 + 10_000)).statusCode();

    mock.admin().planFault("{\"on\": \"ping\", \"times\": 0, \"status\": 500}");
    mock.admin().clearFaults();
    int afterDelete = ping.get();
    String again = mock.openSession();
    mock.admin().planFault("{\"on\": \"event\", \"times\": 0, \"status\": 500}");
    mock.admin().reset();
    String afterReset = mock.openSession();

    assertThat(afterDelete).as("a ping after DELETE /faults").isEqualTo(204);
    assertThat(again).isNotBlank();
    hasStatus(mock.sendEvent(afterReset, event("ping", 0, T0 + 10_000)), 204, "a ping after the reset");
    assertThat(mock.admin().faults().getInt("total")).isZero();
  }
}
