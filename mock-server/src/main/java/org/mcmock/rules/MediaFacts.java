package org.mcmock.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;

/**
 * What a sessionStart says about the content that later rules need.
 *
 * @param length {@code media.length} in seconds, NaN when absent or not positive (no range to check)
 * @param live true for live and linear streams, whose playhead is the second of the day
 */
public record MediaFacts(double length, boolean live) {

  /** Content types whose playhead is the current second of the day (Adobe's sessions page). */
  static final Set<String> LIVE_CONTENT_TYPES = Set.of("live", "linear");

  static final MediaFacts UNKNOWN = new MediaFacts(Double.NaN, false);

  static MediaFacts of(JsonNode sessionStartParams) {
    JsonNode length = sessionStartParams.path("media.length");
    String contentType = sessionStartParams.path("media.contentType").asText("").toLowerCase(Locale.ROOT);
    return new MediaFacts(length.isNumber() && length.asDouble() > 0 ? length.asDouble() : Double.NaN,
        LIVE_CONTENT_TYPES.contains(contentType));
  }
}
