package org.mcmock.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether a recorded value is the one a timeline's table expects. Where Adobe's sources disagree, the lenient
 * check takes a value as Adobe accepts it: {@code media.contentType} in any case (FACTS 8.16);
 * {@code media.ad.podIndex} counted from 0 or from 1 (FACTS 8.4), as the session's first one counts it; a number
 * sent by the Media Edge API, whose XDM fields are integers, rounded as Adobe's Web SDK rounds it (60.33 is 60).
 */
final class ValueMatch {

  private static final String CONTENT_TYPE = "media.contentType";
  private static final String POD_INDEX = "media.ad.podIndex";

  private final boolean exact;
  /** Per session, whether it counts media.ad.podIndex from 1 (true) or from 0, once seen. */
  private final Map<Integer, Boolean> podIndexFromOne = new HashMap<>();

  ValueMatch(boolean exact) {
    this.exact = exact;
  }

  boolean accepted(String key, String expected, JsonNode actual, RecordedRequest recorded) {
    if (!exact && CONTENT_TYPE.equals(key)) {
      return actual.isTextual() && expected.equalsIgnoreCase(actual.asText());
    }
    if (!exact && POD_INDEX.equals(key) && expected.matches("\\d+")) {
      boolean fromOne = podIndexFromOne.computeIfAbsent(recorded.session(),
          s -> !sameValue(expected, actual) && sameValue(plusOne(expected), actual));
      return sameValue(fromOne ? plusOne(expected) : expected, actual);
    }
    if (recorded.mediaEdge() && actual.isIntegralNumber() && expected.matches("-?\\d+(\\.\\d+)?")) {
      return Math.round(Double.parseDouble(expected)) == actual.asLong();
    }
    return sameValue(expected, actual);
  }

  /** " counted from 0, 3 counted from 1 as this session's first is" when the session counts pods from 1. */
  String countingNote(String key, String expected, RecordedRequest recorded) {
    return !exact && POD_INDEX.equals(key) && podIndexFromOne.getOrDefault(recorded.session(), false)
        ? " counted from 0, " + plusOne(expected) + " counted from 1 as this session's first is" : "";
  }

  private static String plusOne(String index) {
    return String.valueOf(Long.parseLong(index) + 1);
  }

  /** A table cell against a JSON value: numbers by value, everything else by its text. */
  static boolean sameValue(String expected, JsonNode actual) {
    if (actual.isNumber()) {
      try {
        return Double.parseDouble(expected) == actual.asDouble();
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return actual.isValueNode() && expected.equals(actual.asText());
  }
}
