package org.mcmock.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One request a session recorded, with the answer it got, as the admin API shows it.
 *
 * @param index its place in the session's ts order (sessionStart is 0): what findings name
 * @param arrival its place in the session's arrival order
 * @param arrivedAt an ISO-8601 instant on the mock's clock
 * @param eventType null when the body had none that could be read
 * @param playhead {@code playerTime.playhead}, null when absent
 * @param ts {@code playerTime.ts}, null when absent
 * @param status the HTTP status answered; null when a planned fault broke the connection instead
 * @param injected what a fault planned through the admin API did to the answer, or null
 * @param answeredByFault true when that fault answered instead of the mock
 * @param errors (empty, never null, when read from JSON without them) why the request was refused (empty when it passed)
 * @param body the body as JSON when it was JSON, else as text
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Event(
    int index,
    int arrival,
    String arrivedAt,
    String eventType,
    Double playhead,
    Long ts,
    Integer status,
    boolean applied,
    String injected,
    boolean answeredByFault,
    @JsonSetter(nulls = Nulls.AS_EMPTY) List<Violation> errors,
    @JsonSetter(nulls = Nulls.AS_EMPTY) List<Finding> findings,
    JsonNode body) {}
