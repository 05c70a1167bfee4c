package org.mcmock.contract.viewing;

import java.util.Map;

/** Reading a recorded request body, as the admin API returns it, by a feature's dotted path. */
public final class Bodies {

  private Bodies() {}

  /**
   * The value at {@code path} in {@code body}. Adobe's keys contain dots themselves ({@code media.qoe.bitrate}),
   * so each step takes the longest key that is present: {@code qoeData.media.qoe.bitrate} finds
   * {@code body.qoeData["media.qoe.bitrate"]}. Null when nothing is there.
   */
  public static Object at(Object body, String path) {
    Object node = body;
    String rest = path;
    while (!rest.isEmpty()) {
      if (!(node instanceof Map<?, ?> map)) {
        return null;
      }
      String key = longestKey(map, rest);
      if (key == null) {
        return null;
      }
      node = map.get(key);
      rest = rest.length() == key.length() ? "" : rest.substring(key.length() + 1);
    }
    return node;
  }

  private static String longestKey(Map<?, ?> map, String path) {
    for (int end = path.length(); end > 0; end = path.lastIndexOf('.', end - 1)) {
      String candidate = path.substring(0, end);
      if (map.containsKey(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
