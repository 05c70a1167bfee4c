package org.mcmock.http;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mcmock.contract.Violation;

/** The mock's answers, built in one place so every error body has the same shape. */
public final class Answers {

  /** Serialises records and maps for every JSON answer, the admin API's included. */
  public static final ObjectMapper JSON = new ObjectMapper();

  private Answers() {}

  public static ResponseDefinition created(String location) {
    // Adobe answers with an empty body and Content-Length: 0, not a chunked stream.
    return responseDefinition().withStatus(201).withHeader("Location", location)
        .withHeader("Content-Length", "0").withBody(new byte[0]).build();
  }

  public static ResponseDefinition noContent() {
    return responseDefinition().withStatus(204).build();
  }

  /** {@code {"message": ...}}, Adobe's {@code ApiError} shape. */
  public static ResponseDefinition message(int status, String message) {
    return json(status, Map.of("message", message));
  }

  /** {@code {"message": ..., "errors": [{path, rule, expected, actual, message}]}}: every 400 explained. */
  public static ResponseDefinition invalid(int status, String message, List<Violation> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", message);
    body.put("errors", errors);
    return json(status, body);
  }

  public static ResponseDefinition json(int status, Object body) {
    return jsonText(status, write(body));
  }

  public static ResponseDefinition jsonText(int status, String body) {
    return responseDefinition()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body)
        .build();
  }

  public static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise an answer of type " + body.getClass().getName(), e);
    }
  }

  /** The top-level message of a refusal: the one reason itself, or how many there are. */
  static String refusal(String what, List<Violation> violations) {
    if (violations.size() == 1) {
      return what + ": " + violations.get(0).message();
    }
    return what + ": " + violations.size() + " problems, listed in errors";
  }
}
