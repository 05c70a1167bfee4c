package org.mcmock.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the backend answered to one request: status, headers (names in lower case) and body. A request that
 * never got an answer has status 0 and the reason as its body.
 */
public record Answer(int status, Map<String, List<String>> headers, String body) {

  public Answer {
    headers = Map.copyOf(headers);
  }

  public static Answer none(String why) {
    return new Answer(0, Map.of(), why);
  }

  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
