package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.contract.Checks.hasError;
import static org.mcmock.contract.Checks.hasStatus;
import static org.mcmock.contract.Checks.jsonMessage;
import static org.mcmock.contract.Payloads.event;
import static org.mcmock.contract.Payloads.sessionStart;
import static org.mcmock.contract.Payloads.with;
import static org.mcmock.contract.Payloads.without;

import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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

  @Test
  void sessionStartWithoutMediaIdGets400NamingTheMissingParam() {
    Response answer = mock.startSession(without(sessionStart(), "/params", "media.id"));

    hasStatus(answer, 400, "a sessionStart without params.media.id");
    Map<String, Object> error = hasError(answer, "/params/media.id", "required", "a sessionStart without media.id");
    assertThat(error.get("actual")).as("a missing param has no actual value, so \"actual\" must be null")
        .isNull();
  }

  @Test
  void sessionStartWithTextAsMediaLengthGets400NamingExpectedAndActualType() {
    Response answer = mock.startSession(with(sessionStart(), "/params", "media.length", "sixty"));

    hasStatus(answer, 400, "a sessionStart with media.length \"sixty\"");
    Map<String, Object> error = hasError(answer, "/params/media.length", "type", "media.length as text");
    assertThat(String.valueOf(error.get("expected"))).as("expected must say media.length is a number")
        .contains("number");
    assertThat(error.get("actual")).as("actual must echo the value sent").isEqualTo("sixty");
  }

  @Test
  void sessionStartWithUnknownEventTypeGets400NamingTheEventType() {
    Response answer = mock.startSession(with(sessionStart(), "", "eventType", "sessionBegin"));

    hasStatus(answer, 400, "eventType \"sessionBegin\" on /api/v1/sessions");
    Map<String, Object> error = hasError(answer, "/eventType", "enum", "an unknown eventType");
    assertThat(error.get("actual")).as("actual must echo the unknown eventType").isEqualTo("sessionBegin");
  }

  @Test
  void playEventOnSessionsGets400SayingOnlySessionStartOpensASession() {
    Response answer = mock.startSession(event("play", 0, Payloads.T0));

    hasStatus(answer, 400, "a play event posted to /api/v1/sessions");
    Map<String, Object> error = Checks.errorAt(answer, "/eventType", "a play event on /api/v1/sessions");
    assertThat(error.get("expected")).as("expected eventType on /api/v1/sessions").isEqualTo("sessionStart");
    assertThat(error.get("actual")).as("actual eventType must echo what was sent").isEqualTo("play");
  }

  @Test
  void bodyThatIsNotJsonGets400Explained() {
    Response answer = mock.startSession("eventType=sessionStart&media.id=42");

    hasStatus(answer, 400, "a sessionStart body that is not JSON");
    hasError(answer, "", "json", "a body that is not JSON");
  }

  @Test
  void jsonThatIsNotAnObjectGets400Explained() {
    Response answer = mock.startSession("\"sessionStart\"");

    hasStatus(answer, 400, "a JSON string instead of a sessionStart object");
    hasError(answer, "", "type", "a JSON string instead of an object");
  }

  @Test
  void arrayOfLiveEventsIsTreatedAsDeprecatedDownloadedFormAndRefusedWithoutTheFlag() {
    Response answer = mock.startSession(Payloads.batch(sessionStart(), event("play", 0, Payloads.T0 + 1000)));

    hasStatus(answer, 400, "an array without media.downloaded on /api/v1/sessions");
    hasError(answer, "/0/params/media.downloaded", "DOWNLOADED_FLAG_MISSING", "an array without the flag");
  }

  @Test
  void singleSessionStartMarkedDownloadedGets400PointingAtTheFlag() {
    Response answer = mock.startSession(with(sessionStart(), "/params", "media.downloaded", true));

    hasStatus(answer, 400, "a single sessionStart with media.downloaded: true");
    Map<String, Object> error =
        Checks.errorAt(answer, "/params/media.downloaded", "a live sessionStart flagged downloaded");
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
    Response answer = mock.startSession(without(sessionStart(), "/params", "media.id"));

    hasStatus(answer, 400, "a sessionStart without media.id");
    jsonMessage(answer, "a sessionStart without media.id");
    assertThat(mock.admin().sessions().getInt("total")).as("a refused sessionStart must not open a session")
        .isZero();
  }
}
