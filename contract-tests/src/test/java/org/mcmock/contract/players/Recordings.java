package org.mcmock.contract.players;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.mcmock.client.Answer;
import org.mcmock.client.Transport;

/**
 * What players sent, scenario by scenario: each request in the order it went on the wire (after any network
 * delay), with the answer it got. Filled through {@link PlayerUnderTest#recordingInto}; the property tests deliver these requests again
 * in other orders.
 */
public final class Recordings {

  /** The words of an answer that a fault planned through the admin API gave instead of the mock. */
  private static final String INJECTED = "Injected through the admin API";

  /**
   * One request as sent: when by the mock's clock, its answer's status, the sid its answer's {@code Location}
   * brought (a sessionStart's 201) or null, and whether a planned fault gave that answer.
   */
  public record Sent(String path, String body, long mockMillis, int status, String opened,
      boolean answeredByFault) {}

  private final Map<String, List<Pending>> byScenario = new LinkedHashMap<>();
  private final LongSupplier mockClock;

  private record Pending(String path, String body, long mockMillis, CompletableFuture<Answer> answer) {}

  /** @param mockClock the clock of the mock the players play against (it may be moved by the scenarios) */
  public Recordings(LongSupplier mockClock) {
    this.mockClock = mockClock;
  }

  synchronized Transport tap(String scenario, Transport next) {
    List<Pending> sent = byScenario.computeIfAbsent(scenario, name -> new ArrayList<>());
    return (path, json) -> {
      synchronized (sent) {
        long now = mockClock.getAsLong();
        CompletableFuture<Answer> answer = next.post(path, json);
        sent.add(new Pending(path, json, now, answer));
        return answer;
      }
    };
  }

  /** Every scenario's requests in the order they went, once each has its answer. */
  public synchronized Map<String, List<Sent>> byScenario() {
    Map<String, List<Sent>> all = new LinkedHashMap<>();
    byScenario.forEach((scenario, pending) -> {
      List<Sent> sent = new ArrayList<>();
      synchronized (pending) {
        for (Pending request : pending) {
          Answer answer = request.answer().orTimeout(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS).join();
          String opened = answer.status() == 201 ? answer.header("Location")
              .map(location -> location.substring(location.lastIndexOf('/') + 1)).orElse(null) : null;
          sent.add(new Sent(request.path(), request.body(), request.mockMillis(), answer.status(), opened,
              answer.body().contains(INJECTED)));
        }
      }
      all.put(scenario, List.copyOf(sent));
    });
    return all;
  }
}
