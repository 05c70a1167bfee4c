package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.contract.Checks.hasStatus;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/v1/schemas/{eventType}}. */
class SchemasEndpointTest {

  @RegisterExtension static final MockBackend mock = new MockBackend();

  @ParameterizedTest(name = "schema of {0} is served as JSON and validates only {0}")
  @ValueSource(strings = {"sessionStart", "sessionComplete", "sessionEnd", "adBreakStart", "adBreakComplete",
      "adStart", "adComplete", "adSkip", "chapterStart", "chapterComplete", "chapterSkip", "play", "ping",
      "bufferStart", "pauseStart", "bitrateChange", "error", "stateStart", "stateEnd"})
  void schemaOfEachEventTypeIsServedAsJsonForThatTypeOnly(String type) {
    Response answer = mock.request().get("/api/v1/schemas/{type}", type);

    hasStatus(answer, 200, "GET /api/v1/schemas/" + type);
    assertThat(answer.contentType()).as("the schema of %s must be application/json", type)
        .startsWith("application/json");
    assertThat(answer.jsonPath().getList("properties.eventType.enum"))
        .as("the schema of %s must accept eventType %s and nothing else", type, type).containsExactly(type);
  }

  @Test
  void unknownEventTypeGets404WithJsonMessage() {
    Response answer = mock.request().get("/api/v1/schemas/{type}", "sessionBegin");

    hasStatus(answer, 404, "GET /api/v1/schemas/sessionBegin");
    assertThat(Checks.jsonMessage(answer, "404 for an unknown schema")).as("the 404 must name the unknown type")
        .contains("sessionBegin");
  }
}
