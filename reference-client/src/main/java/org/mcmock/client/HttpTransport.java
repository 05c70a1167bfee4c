package org.mcmock.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** {@link Transport} over the JDK's HTTP client, with the 5 s timeouts Adobe's Android SDK uses. */
public final class HttpTransport implements Transport {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final URI baseUrl;
  private final HttpClient http;

  public HttpTransport(String baseUrl) {
    this.baseUrl = URI.create(baseUrl.replaceAll("/+$", ""));
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  @Override
  public CompletableFuture<Answer> post(String path, String json) {
    HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve(baseUrl.getPath() + path))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .thenApply(response -> new Answer(response.statusCode(), lowerCase(response.headers().map()), response.body()))
        .exceptionally(failure -> Answer.none("POST " + path + " failed: " + rootCause(failure)));
  }

  private static Map<String, List<String>> lowerCase(Map<String, List<String>> headers) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    return copy;
  }

  private static String rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.toString();
  }
}
