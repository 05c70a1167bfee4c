package org.mcmock.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A downloaded batch refused whole, with every reason.
 *
 * @param events how many elements the batch had, null when the body was not an array
 * @param errors every reason, each pointing into the batch ({@code /3/playerTime/ts})
 * @param body the body as received, cut to 4 KiB
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RejectedBatch(String arrivedAt, String path, Integer events, List<Violation> errors, String body) {}
