package org.mcmock.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A backend whose answers the test hands out one at a time. */
final class FakeTransport implements Transport {

  record Request(String path, String body, CompletableFuture<Answer> answer) {}

  final List<Request> requests = new ArrayList<>();

  @Override
  public synchronized CompletableFuture<Answer> post(String path, String json) {
    Request request = new Request(path, json, new CompletableFuture<>());
    requests.add(request);
    return request.answer();
  }

  synchronized List<String> paths() {
    return requests.stream().map(Request::path).toList();
  }

  /** Answers the request at {@code index}. */
  void answer(int index, int status, Map<String, List<String>> headers) {
    Request request;
    synchronized (this) {
      request = requests.get(index);
    }
    request.answer().complete(new Answer(status, headers, ""));
  }

  static Map<String, List<String>> location(String value) {
    return Map.of("location", List.of(value));
  }
}
