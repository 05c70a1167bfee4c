package org.mcmock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.mcmock.model.Violation;
import org.mcmock.session.Outcome;
import org.mcmock.session.StoreFullException;

/**
 * The Media Edge API's answers, as Adobe's Swagger file and troubleshooting page show them: problem details
 * ({@code type} {@code https://ns.adobe.com/aep/errors/va-edge-0400-400}, {@code status}, {@code title},
 * {@code detail}, {@code report}) whose {@code report.details} name each field Adobe's way
 * ({@code $.events[0].xdm.mediaCollection.playhead}) and the mock's ({@code path}, {@code rule},
 * {@code expected}, {@code actual}); and CORS for a page that sends credentials (Adobe's Web SDK does).
 */
final class EdgeAnswers {

  static final String ERRORS = "https://ns.adobe.com/aep/errors/";

  /** The problem type of a status, e.g. {@code va-edge-0400-400}. */
  static String type(int status) {
    return ERRORS + "va-edge-0" + status + "-" + status;
  }

  private EdgeAnswers() {}

  /** One field's problem in a {@code report.details} list: Adobe's {@code name} and {@code reason}, and ours. */
  record Detail(String name, String reason, String path, String rule, JsonNode expected, JsonNode actual) {

    /** @param under the pointer the names are relative to: {@code ""}, or {@code /events/0} for a 207 */
    static Detail of(Violation violation, String under) {
      String path = violation.path().startsWith(under) ? violation.path().substring(under.length()) : violation.path();
      return new Detail(jsonPath(path), violation.message(), violation.path(), violation.rule(), violation.expected(),
          violation.actual());
    }

    static List<Detail> of(List<Violation> violations, String under) {
      return violations.stream().map(v -> of(v, under)).toList();
    }
  }

  /** {@code /events/0/xdm/timestamp} as {@code $.events[0].xdm.timestamp}. */
  static String jsonPath(String pointer) {
    StringBuilder path = new StringBuilder("$");
    if (pointer.isEmpty()) {
      return path.toString();
    }
    for (String part : pointer.substring(1).split("/", -1)) {
      String name = part.replace("~1", "/").replace("~0", "~");
      path.append(name.matches("\\d+") ? "[" + name + "]" : "." + name);
    }
    return path.toString();
  }

  /** A problem-details answer; {@code report} gets the request id. */
  static ResponseDefinition problem(int status, String type, String title, String detail, Map<String, Object> report,
      String requestId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("status", status);
    body.put("title", title);
    body.put("detail", detail);
    Map<String, Object> withId = new LinkedHashMap<>(report);
    withId.put("requestId", requestId);
    body.put("report", withId);
    return Answers.json(status, body);
  }

  /** 400 {@code va-edge-0400-400}: the request's problems, each explained. */
  static ResponseDefinition invalid(int status, String detail, List<Violation> violations, String requestId) {
    return problem(status, type(status), status == 400 ? "Bad Request" : "Invalid request", detail,
        Map.of("details", Detail.of(violations, "")), requestId);
  }

  /** A problem whose {@code report.details} is one sentence, as Adobe's 404 and path-mismatch answers are. */
  static ResponseDefinition said(int status, String title, String detail, String details, String requestId) {
    return problem(status, type(status), title, detail, Map.of("details", details), requestId);
  }

  /** 429: the store is full, in Adobe's problem shape, with the store's own sentence. */
  static ResponseDefinition full(StoreFullException full, String requestId) {
    return said(Outcome.FULL, "Too Many Requests", full.getMessage(), full.getMessage(), requestId);
  }

  /** 400 {@code EXEG-0003-400}: a sessionStart or interact call without a usable {@code configId}. */
  static ResponseDefinition noDatastream(String configId, String requestId) {
    return problem(400, ERRORS + "EXEG-0003-400", "Invalid datastream ID", "The datastream ID '" + configId
        + "' referenced in your request does not exist. Update the request with a valid datastream ID and try again."
        + " The mock takes any non-empty configId query parameter (the datastream ID), e.g. ?configId=test",
        Map.of(), requestId);
  }

  /** The client's {@code requestId} query parameter (Adobe's Web SDK sends one), or a new one. */
  static String requestId(Request request) {
    String given = query(request, "requestId");
    if (given != null && !given.isBlank()) {
      return given;
    }
    // A version-4 shape without SecureRandom's shared lock: request ids need to be unique, not secret.
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
        (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
  }

  /** A query parameter's first value, or null. */
  static String query(Request request, String name) {
    var parameter = request.queryParameter(name);
    return parameter.isPresent() ? parameter.firstValue() : null;
  }

  /**
   * CORS for Adobe's Web SDK, which fetches with {@code credentials: "include"}: the page's Origin echoed (a
   * browser refuses {@code *} there), {@code Access-Control-Allow-Credentials: true} and {@code Vary: Origin}.
   * Without an Origin the Media Collection API's {@code *} headers are left to apply.
   */
  static ResponseDefinition withCors(ResponseDefinition answer, Request request) {
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return answer;
    }
    String asked = request.getHeader("Access-Control-Request-Headers");
    List<HttpHeader> echoed = List.of(
        new HttpHeader("Access-Control-Allow-Origin", origin),
        new HttpHeader("Access-Control-Allow-Credentials", "true"),
        new HttpHeader("Access-Control-Allow-Methods", "POST, OPTIONS"),
        new HttpHeader("Access-Control-Allow-Headers", asked == null || asked.isBlank() ? "Content-Type" : asked),
        new HttpHeader("Vary", "Origin"));
    // these replace what the answer may carry already (the shared 204 has the Media Collection API's *)
    List<HttpHeader> headers = new ArrayList<>();
    if (answer.getHeaders() != null) {
      answer.getHeaders().all().stream()
          .filter(header -> echoed.stream().noneMatch(e -> e.key().equalsIgnoreCase(header.key())))
          .forEach(headers::add);
    }
    headers.addAll(echoed);
    return ResponseDefinitionBuilder.like(answer).withHeaders(new HttpHeaders(headers)).build();
  }
}
