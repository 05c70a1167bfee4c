package org.mcmock.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A sessionStart the mock refused, or a planned fault answered, so no session holds it.
 *
 * @param status null when a planned fault broke the connection instead
 * @param injected what a planned fault did instead of the mock's answer, or null
 * @param body the body as received (cut to 4 KiB), as JSON when it was JSON
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RefusedSessionStart(
    String arrivedAt,
    String path,
    Integer status,
    String injected,
    boolean answeredByFault,
    List<Violation> errors,
    List<Finding> findings,
    JsonNode body) {

  public RefusedSessionStart {
    errors = errors == null ? List.of() : List.copyOf(errors);
    findings = findings == null ? List.of() : List.copyOf(findings);
  }
}
