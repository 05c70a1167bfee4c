package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;

/** Assertions on what a client sees, whose failure messages show the answer that was actually received. */
final class Checks {

  static final Map<String, String> CORS_HEADERS = Map.of(
      "Access-Control-Allow-Origin", "*",
      "Access-Control-Allow-Methods", "OPTIONS,POST,PUT",
      "Access-Control-Allow-Headers", "Content-Type",
      "Access-Control-Expose-Headers", "Location");

  private Checks() {}

  static void hasStatus(Response answer, int expected, String request) {
    assertThat(answer.statusCode())
        .as("%s: expected HTTP %d, got %d with body %s", request, expected, answer.statusCode(), shown(answer))
        .isEqualTo(expected);
  }

  static void hasNoBody(Response answer, String request) {
    assertThat(answer.asString()).as("%s: the answer must have an empty body", request).isEmpty();
  }

  /** Asserts a JSON body with a non-blank {@code message} and returns the message. */
  static String jsonMessage(Response answer, String request) {
    assertThat(answer.contentType())
        .as("%s: an error answer must be application/json, got '%s' with body %s", request, answer.contentType(),
            shown(answer))
        .startsWith("application/json");
    String message = answer.jsonPath().getString("message");
    assertThat(message).as("%s: the JSON answer must carry a non-blank \"message\"; body was %s", request,
        shown(answer)).isNotBlank();
    return message;
  }

  /**
   * Asserts the 400 body names a problem at {@code path} under {@code rule}, with every field a client needs
   * (path, rule, expected, actual, message), and returns that error.
   */
  static Map<String, Object> hasError(Response answer, String path, String rule, String request) {
    Map<String, Object> error = errorAt(answer, path, request);
    assertThat(error.get("rule")).as("%s: the error at %s must name rule '%s'; error was %s", request, path, rule,
        error).isEqualTo(rule);
    return error;
  }

  /** Asserts the 400 body lists an error at {@code path}, with path, rule, expected, actual and message. */
  static Map<String, Object> errorAt(Response answer, String path, String request) {
    jsonMessage(answer, request);
    List<Map<String, Object>> errors = answer.jsonPath().getList("errors");
    assertThat(errors).as("%s: the body must list its problems in \"errors\"; body was %s", request, shown(answer))
        .isNotEmpty();
    Map<String, Object> error = errors.stream().filter(e -> path.equals(e.get("path"))).findFirst().orElse(null);
    assertThat(error).as("%s: expected an error at path '%s'; errors were %s", request, path, errors).isNotNull();
    assertThat(error).as("%s: each error must name path, rule, expected, actual and message; got %s", request, error)
        .containsKeys("path", "rule", "expected", "actual", "message");
    assertThat((String) error.get("message")).as("%s: the error at %s must say what to change", request, path)
        .isNotBlank();
    return error;
  }

  static void hasCorsHeaders(Response answer, String request) {
    CORS_HEADERS.forEach((name, value) -> assertThat(answer.headers().getValues(name))
        .as("%s (HTTP %d): header %s must be exactly '%s' once; headers were %s", request, answer.statusCode(),
            name, value, answer.headers())
        .containsExactly(value));
  }

  /** The body as text, cut so a failure message stays readable. */
  static String shown(Response answer) {
    String body = answer.asString();
    return body.length() > 600 ? body.substring(0, 600) + "...(" + body.length() + " chars)" : "'" + body + "'";
  }
}
