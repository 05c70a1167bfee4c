package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.mcmock.contract.Checks.hasStatus;
import static org.mcmock.contract.Payloads.event;
import static org.mcmock.contract.Payloads.sessionStart;
import static org.mcmock.contract.Payloads.with;
import static org.mcmock.contract.Payloads.without;

import io.restassured.response.Response;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code POST /api/v1/sessions} with one JSON object. */
class SessionsEndpointTest {

  @RegisterExtension static final MockBackend mock = new MockBackend();

  @Test
  void validSessionStartGets201WithEmptyBodyAndLocationOfTheNewSession() {
    Response answer = mock.startSession(sessionStart());

    hasStatus(answer, 201, "a valid sessionStart");
    assertThat(answer.header("Location"))
        .as("Location of a new session must be /api/v1/sessions/ + 64 lowercase hex characters")
        .matches("^/api/v1/sessions/[0-9a-f]{64}$");
    Checks.hasNoBody(answer, "201 to a valid sessionStart");
  }

  @Test
  void twoSessionsGetDifferentSids() {
    String first = mock.openSession();
    String second = mock.openSession();

    assertThat(second).as("two sessionStarts must get two different sids").isNotEqualTo(first);
  }

  private static final Refusal WITHOUT_MEDIA_ID = new Refusal("a sessionStart without params.media.id",
      without(sessionStart(), "/params", "media.id"), "/params/media.id", "required");
  private static final Refusal MEDIA_LENGTH_AS_TEXT = new Refusal("a sessionStart with media.length \"sixty\"",
      with(sessionStart(), "/params", "media.length", "sixty"), "/params/media.length", "type");

  static Stream<Refusal> refusedSessionStarts() {
    return Stream.of(
        new Refusal("a sessionStart body that is not JSON", "eventType=sessionStart&media.id=42", "", "json"),
        new Refusal("a JSON string instead of a sessionStart object", "\"sessionStart\"", "", "type"),
        new Refusal("an array of live events without media.downloaded on /api/v1/sessions",
            Payloads.batch(sessionStart(), event("play", 0, Payloads.T0 + 1000)), "/0/params/media.downloaded",
            "DOWNLOADED_FLAG_MISSING"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedSessionStarts")
  void refusedSessionStartGets400NamingTheProblem(Refusal refusal) {
    refusal.isRefusedBy(mock::startSession);
  }

  static Stream<Arguments> echoedValues() {
    return Stream.of(
        arguments(WITHOUT_MEDIA_ID, null),
        arguments(MEDIA_LENGTH_AS_TEXT, "sixty"),
        arguments(new Refusal("eventType \"sessionBegin\" on /api/v1/sessions",
            with(sessionStart(), "", "eventType", "sessionBegin"), "/eventType", "enum"), "sessionBegin"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("echoedValues")
  void theErrorEchoesTheValueSentOrNullForAMissingOne(Refusal refusal, Object actual) {
    assertThat(refusal.isRefusedBy(mock::startSession).get("actual"))
        .as("%s: actual must echo the value sent (null for a missing param)", refusal).isEqualTo(actual);
  }

  @Test
  void sessionStartWithTextAsMediaLengthGets400NamingTheExpectedType() {
    Map<String, Object> error = MEDIA_LENGTH_AS_TEXT.isRefusedBy(mock::startSession);

    assertThat(String.valueOf(error.get("expected"))).as("expected must say media.length is a number")
        .contains("number");
  }

  @Test
  void playEventOnSessionsGets400SayingOnlySessionStartOpensASession() {
    Map<String, Object> error = new Refusal("a play event posted to /api/v1/sessions", event("play", 0, Payloads.T0),
        "/eventType", null).isRefusedBy(mock::startSession);

    assertThat(error.get("expected")).as("expected eventType on /api/v1/sessions").isEqualTo("sessionStart");
    assertThat(error.get("actual")).as("actual eventType must echo what was sent").isEqualTo("play");
  }

  @Test
  void singleSessionStartMarkedDownloadedGets400PointingAtTheFlag() {
    Map<String, Object> error = new Refusal("a single sessionStart with media.downloaded: true",
        with(sessionStart(), "/params", "media.downloaded", true), "/params/media.downloaded", null)
        .isRefusedBy(mock::startSession);

    assertThat((String) error.get("message")).as("the error must send the client to /api/v1/downloaded")
        .contains("/api/v1/downloaded");
  }

  @Test
  void sessionStartWithDownloadedFalseIsAcceptedAsTheAndroidSdkSendsIt() {
    Response answer = mock.startSession(with(sessionStart(), "/params", "media.downloaded", false));

    hasStatus(answer, 201, "a live sessionStart with media.downloaded: false (Android SDK)");
  }

  @Test
  void refusedSessionStartOpensNoSession() {
    WITHOUT_MEDIA_ID.isRefusedBy(mock::startSession);

    assertThat(mock.admin().sessions().getInt("total")).as("a refused sessionStart must not open a session")
        .isZero();
  }
}
