package org.mcmock.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The small answers of the admin routes that have no model of their own (rules, faults, mode). */
final class JsonFields {

  private JsonFields() {}

  /** A JSON object with its keys in the order given. */
  static Map<String, Object> fields(Object... keysAndValues) {
    Map<String, Object> view = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      view.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return view;
  }

  /** {@code {"total": n, "<name>": [...]}}. */
  static <T> Map<String, Object> list(String name, List<T> items) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("total", items.size());
    view.put(name, items);
    return view;
  }
}
