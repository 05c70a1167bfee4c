package org.mcmock.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code handle} entries of a Media Edge answer: {@code media-analytics:new-session} with the session's id,
 * and the {@code locationHint:result} and {@code state:store} handles Adobe's Edge Network adds, so Adobe's
 * Web SDK stores its identity and cluster cookies, sends events in parallel and uses the location hint path.
 */
final class EdgeHandles {

  /** The IMS organisation whose cookie names the mock writes; configure the Web SDK with this {@code orgId}. */
  static final String ORG_ID = "ABCDEF0123456789ABCDEF01@AdobeOrg";

  /** The location hint the mock hands out; the Web SDK then posts to {@code /ee/or2/va/v1/...}. */
  static final String LOCATION_HINT = "or2";

  /** Adobe's sample identity cookie value (an ECID), from the Media Edge Swagger file. */
  private static final String IDENTITY = "CiY0Mzg5NTEyNzMzNTUxMDc5MzgzMzU2MjU5NDY5MTY3Mzc3MTc2OFIOCJ-YppX6MBgBKgNWQTbwAZ-YppX6MA==";

  private EdgeHandles() {}

  static Map<String, Object> newSession(String sid, int eventIndex) {
    Map<String, Object> handle = new LinkedHashMap<>();
    handle.put("payload", List.of(Map.of("sessionId", sid)));
    handle.put("type", "media-analytics:new-session");
    handle.put("eventIndex", eventIndex);
    return handle;
  }

  /** The handles every sessionStart answer carries after its new-session ones. */
  static List<Object> edgeState(List<Map<String, Object>> sessions) {
    List<Object> handles = new ArrayList<>(sessions);
    handles.add(Map.of("type", "locationHint:result", "payload",
        List.of(Map.of("scope", "EdgeNetwork", "hint", LOCATION_HINT, "ttlSeconds", 1800))));
    String prefix = "kndctr_" + ORG_ID.replace('@', '_') + "_";
    handles.add(Map.of("type", "state:store", "payload", List.of(
        Map.of("key", prefix + "cluster", "value", LOCATION_HINT, "maxAge", 1800),
        Map.of("key", prefix + "identity", "value", IDENTITY, "maxAge", 34128000))));
    return handles;
  }

  /** A 200 or 207 answer: {@code requestId}, {@code handle}, and {@code errors} when there are any. */
  static Map<String, Object> body(String requestId, List<?> handles, List<Map<String, Object>> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestId", requestId);
    body.put("handle", handles);
    if (!errors.isEmpty()) {
      body.put("errors", errors);
    }
    return body;
  }
}
