package org.mcmock.http;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mcmock.model.Violation;
import org.mcmock.model.Finding;
import org.mcmock.rules.FindingsHeader;

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

  /** An event accepted without findings, the answer to nearly every request: built once, CORS included. */
  private static final ResponseDefinition ACCEPTED_CLEAN = acceptedClean();

  private static ResponseDefinition acceptedClean() {
    ResponseDefinitionBuilder answer = responseDefinition().withStatus(204)
        .withHeader(FindingsHeader.NAME, FindingsHeader.value(List.of()));
    CorsHeaders.HEADERS.forEach(cors -> answer.withHeader(cors.key(), cors.firstValue()));
    return answer.build();
  }

  /** 204 for an accepted event, with the one-line summary of its findings. */
  static ResponseDefinition accepted(List<Finding> findings) {
    return findings.isEmpty() ? ACCEPTED_CLEAN : withFindings(noContent(), findings);
  }

  /** The answer with the one-line summary of the request's findings, for the browser's network panel. */
  static ResponseDefinition withFindings(ResponseDefinition answer, List<Finding> findings) {
    return ResponseDefinitionBuilder.like(answer)
        .withHeader(FindingsHeader.NAME, FindingsHeader.value(findings))
        .build();
  }

  /**
   * Strict mode's 400: each error finding becomes an entry of {@code errors}, in the shape of every other
   * 400, and {@code findings} lists them all, warnings included.
   *
   * @param pathOf where in the body each finding points ({@code ""} for a single event, {@code /3} in a batch)
   */
  static ResponseDefinition refusedByRule(String what, List<Finding> findings, Function<Finding, String> pathOf) {
    return refusedByRule(what, ruleErrors(findings, pathOf), findings);
  }

  /** The same, with the errors already drawn from the findings. */
  static ResponseDefinition refusedByRule(String what, List<Violation> errors, List<Finding> findings) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", refusal(what + " in strict mode", errors));
    body.put("errors", errors);
    body.put("findings", findings);
    return withFindings(json(400, body), findings);
  }

  /** The error findings as the entries of a 400's {@code errors}. */
  static List<Violation> ruleErrors(List<Finding> findings, Function<Finding, String> pathOf) {
    return findings.stream().filter(Finding::isError)
        .map(f -> new Violation(pathOf.apply(f), f.rule().name(), null, null, f.message()))
        .toList();
  }

  /** The top-level message of a refusal: the one reason itself, or how many there are. */
  static String refusal(String what, List<Violation> violations) {
    if (violations.size() == 1) {
      return what + ": " + violations.get(0).message();
    }
    int total = Violation.total(violations);
    return what + ": " + total + " problems, " + (total > violations.size() ? "the first " + Violation.MAX_LISTED
        + " " : "") + "listed in errors";
  }
}
