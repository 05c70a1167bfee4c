package org.mcmock.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
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
    @JsonSetter(nulls = Nulls.AS_EMPTY) List<Violation> errors,
    @JsonSetter(nulls = Nulls.AS_EMPTY) List<Finding> findings,
    JsonNode body) {}
