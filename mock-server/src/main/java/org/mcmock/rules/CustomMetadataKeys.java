package org.mcmock.rules;

import static org.mcmock.contract.EventType.AD_START;
import static org.mcmock.contract.EventType.CHAPTER_START;
import static org.mcmock.contract.EventType.SESSION_START;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Where Adobe reads customMetadata, and which of its keys carry a given prefix. */
final class CustomMetadataKeys {

  private CustomMetadataKeys() {}

  /** The only events whose customMetadata Adobe keeps. */
  static boolean counted(RuleEvent event) {
    return event.is(SESSION_START, AD_START, CHAPTER_START);
  }

  static List<String> withPrefix(JsonNode customMetadata, String prefix) {
    List<String> keys = new ArrayList<>();
    customMetadata.fieldNames().forEachRemaining(key -> {
      if (key.startsWith(prefix)) {
        keys.add(key);
      }
    });
    return keys;
  }

  static String quoted(List<String> keys) {
    return keys.stream().map(k -> "\"" + k + "\"").reduce((a, b) -> a + ", " + b).orElse("");
  }
}
