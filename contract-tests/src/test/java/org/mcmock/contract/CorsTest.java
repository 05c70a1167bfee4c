package org.mcmock.contract;

import static org.mcmock.contract.Checks.hasCorsHeaders;
import static org.mcmock.contract.Checks.hasStatus;
import static org.mcmock.contract.Payloads.T0;
import static org.mcmock.contract.Payloads.event;

import io.restassured.response.Response;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Adobe's four CORS headers, exactly, on preflights and on every answer, errors included. */
class CorsTest {

  @RegisterExtension static final MockBackend mock = new MockBackend();

  @ParameterizedTest(name = "preflight on {0} gets 2xx with the four CORS headers")
  @ValueSource(strings = {"/api/v1/sessions", "/api/v1/sessions/{sid}/events", "/api/v1/downloaded",
      "/api/v1/schemas/ping"})
  void preflightGets2xxWithTheFourCorsHeaders(String template) {
    String path = template.replace("{sid}", mock.openSession());

    Response answer = mock.request()
        .header("Origin", "https://player.example")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "Content-Type")
        .options(path);

    Assertions.assertThat(answer.statusCode()).as("OPTIONS %s (CORS preflight) must get 200 or 204", path)
        .isIn(200, 204);
    hasCorsHeaders(answer, "OPTIONS " + path);
  }

  @Test
  void createdAnswerCarriesCorsHeaders() {
    Response answer = mock.startSession(Payloads.sessionStart());

    hasStatus(answer, 201, "a valid sessionStart");
    hasCorsHeaders(answer, "201 to a sessionStart");
  }

  @Test
  void noContentAnswerCarriesCorsHeaders() {
    Response answer = mock.sendEvent(mock.openSession(), event("ping", 10, T0 + 10_000));

    hasStatus(answer, 204, "a valid ping");
    hasCorsHeaders(answer, "204 to a ping");
  }

  @Test
  void badRequestAnswerCarriesCorsHeaders() {
    Response answer = mock.sendEvent(mock.openSession(), event("ping", 10, "abc"));

    hasStatus(answer, 400, "a ping with ts \"abc\"");
    hasCorsHeaders(answer, "400 to an invalid ping");
  }

  @Test
  void notFoundAnswerCarriesCorsHeaders() {
    Response answer = mock.sendEvent("0".repeat(64), event("ping", 10, T0 + 10_000));

    hasStatus(answer, 404, "a ping for an unknown sid");
    hasCorsHeaders(answer, "404 to an unknown sid");
  }

  @Test
  void goneAnswerCarriesCorsHeaders() {
    String sid = mock.openSession();
    mock.sendEvent(sid, event("sessionEnd", 5, T0 + 5000));

    Response answer = mock.sendEvent(sid, event("ping", 10, T0 + 10_000));

    hasStatus(answer, 410, "a ping after sessionEnd");
    hasCorsHeaders(answer, "410 to a ping after sessionEnd");
  }

  @Test
  void methodNotAllowedAnswerCarriesCorsHeaders() {
    Response answer = mock.request().get("/api/v1/sessions");

    hasStatus(answer, 405, "GET /api/v1/sessions");
    hasCorsHeaders(answer, "405 to GET /api/v1/sessions");
  }

  @Test
  void payloadTooLargeAnswerCarriesCorsHeaders() {
    Response answer = mock.sendDownloaded("[" + Payloads.sessionStartOfSize(1024 * 1024 + 1) + "]");

    hasStatus(answer, 413, "a downloaded batch over 1 MiB");
    hasCorsHeaders(answer, "413 to a body over 1 MiB");
  }

  @Test
  void unsupportedMediaTypeAnswerCarriesCorsHeaders() {
    Response answer = mock.request().contentType("text/plain").body(Payloads.sessionStart()).post("/api/v1/sessions");

    Assertions.assertThat(answer.statusCode()).as("a text/plain sessionStart must get 400 or 415").isIn(400, 415);
    hasCorsHeaders(answer, answer.statusCode() + " to a text/plain body");
  }
}
