package org.mcmock.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an event carries besides its type and player time: {@code params}, {@code customMetadata} and
 * {@code qoeData}. Empty maps are left out of the request.
 */
public record EventData(Map<String, Object> params, Map<String, String> customMetadata, Map<String, Object> qoeData) {

  public static final EventData NONE = new EventData(Map.of(), Map.of(), Map.of());

  public EventData {
    params = copy(params);
    customMetadata = copy(customMetadata);
    qoeData = copy(qoeData);
  }

  public static EventData params(Map<String, ?> params) {
    return NONE.withParams(params);
  }

  public EventData withParams(Map<String, ?> more) {
    return new EventData(merged(params, more), customMetadata, qoeData);
  }

  public EventData withCustomMetadata(Map<String, String> more) {
    return new EventData(params, merged(customMetadata, more), qoeData);
  }

  public EventData withQoeData(Map<String, ?> more) {
    return new EventData(params, customMetadata, merged(qoeData, more));
  }

  private static <V> Map<String, V> merged(Map<String, V> base, Map<String, ? extends V> more) {
    Map<String, V> all = new LinkedHashMap<>(base);
    all.putAll(more);
    return all;
  }

  /** Keeps the caller's key order, which is the order the request writes them in. */
  private static <V> Map<String, V> copy(Map<String, V> map) {
    return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
