package org.mcmock.fuzz;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.util.Arrays;
import java.util.Locale;

/**
 * A fuzz input read as a request, so that seeds and findings are readable files:
 *
 * <pre>
 * POST /api/v1/sessions/{sid}/events
 * Content-Type: application/json
 *
 * {"eventType": "ping", "playerTime": {"playhead": 10, "ts": 1529997933478}}
 * </pre>
 *
 * The head's first line names the endpoint (unknown: {@code /api/v1/sessions}); without a Content-Type line the
 * request has none. An input without a blank line is all body, posted to {@code /api/v1/sessions} as JSON, so
 * whatever bytes the fuzzer makes still reach the body reader.
 *
 * @param contentType null when the request has no Content-Type header
 */
record FuzzRequest(Endpoint endpoint, String contentType, byte[] body) {

  enum Endpoint {
    SESSIONS("/api/v1/sessions"),
    EVENTS("/api/v1/sessions/{sid}/events"),
    DOWNLOADED("/api/v1/downloaded"),
    MEDIA_EDGE_START("/ee/va/v1/sessionStart?configId=fuzz"),
    MEDIA_EDGE_EVENT("/ee/or2/va/v1/play"),
    MEDIA_EDGE_INTERACT("/ee/v1/interact?configId=fuzz");

    final String path;

    Endpoint(String path) {
      this.path = path;
    }
  }

  private static final String CONTENT_TYPE = "content-type:";

  static FuzzRequest parse(byte[] input) {
    int blank = indexOf(input, new byte[] {'\n', '\n'});
    if (blank < 0) {
      return new FuzzRequest(Endpoint.SESSIONS, "application/json", input);
    }
    String[] head = new String(input, 0, blank, ISO_8859_1).split("\n");
    Endpoint endpoint = Arrays.stream(Endpoint.values())
        .filter(e -> head[0].strip().equals("POST " + e.path)).findFirst().orElse(Endpoint.SESSIONS);
    String contentType = Arrays.stream(head).skip(1)
        .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(CONTENT_TYPE))
        .map(line -> line.substring(CONTENT_TYPE.length()).strip()).findFirst().orElse(null);
    return new FuzzRequest(endpoint, contentType, Arrays.copyOfRange(input, blank + 2, input.length));
  }

  private static int indexOf(byte[] input, byte[] target) {
    for (int i = 0; i + target.length <= input.length; i++) {
      if (Arrays.equals(input, i, i + target.length, target, 0, target.length)) {
        return i;
      }
    }
    return -1;
  }
}
