package org.mcmock.contract;

import static org.mcmock.contract.Checks.errorAt;
import static org.mcmock.contract.Checks.hasError;
import static org.mcmock.contract.Checks.hasStatus;

import io.restassured.response.Response;
import java.util.Map;
import java.util.function.Function;

/**
 * A body the mock refuses with 400, and the error its answer must list: at {@code path}, under {@code rule} (any
 * rule when {@code null}). A case of a parameterized test; its name is {@code what} was sent.
 */
record Refusal(String what, String body, String path, String rule) {

  /** Sends the body to an endpoint, asserts the 400 and its error, and returns that error. */
  Map<String, Object> isRefusedBy(Function<String, Response> endpoint) {
    Response answer = endpoint.apply(body);
    hasStatus(answer, 400, what);
    return rule == null ? errorAt(answer, path, what) : hasError(answer, path, rule, what);
  }

  @Override
  public String toString() {
    return what;
  }
}
