package org.mcmock.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /__admin/media-collection/sessions/{sid}/findings}: one session's findings that match a filter.
 *
 * @param counts matching findings per severity label, every severity listed
 */
public record SessionFindings(String sid, int total, Map<String, Integer> counts, List<Finding> findings) {

  /** A finding naming its session, as {@code GET /__admin/media-collection/findings} lists it. */
  public record Named(String sid, @JsonUnwrapped Finding finding) {}
}
