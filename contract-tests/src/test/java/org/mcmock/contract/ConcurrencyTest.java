package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.contract.Payloads.T0;
import static org.mcmock.contract.Payloads.event;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Many clients at once: every session distinct, every event accepted and recorded exactly once. */
class ConcurrencyTest {

  @RegisterExtension static final MockBackend mock = new MockBackend();

  private static final int THREADS = 16;
  private static final int PINGS_PER_THREAD = 50;
  private static final int SESSIONS_PER_THREAD = 5;

  @Test
  void sixteenThreadsOpeningSessionsAtOnceGetDistinctSids() throws Exception {
    CyclicBarrier start = new CyclicBarrier(THREADS);
    Set<String> sids = ConcurrentHashMap.newKeySet();
    List<Callable<List<String>>> clients = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      clients.add(() -> {
        start.await(30, TimeUnit.SECONDS);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < SESSIONS_PER_THREAD; i++) {
          Response answer = mock.startSession(Payloads.sessionStart());
          if (answer.statusCode() == 201) {
            sids.add(MockBackend.sidOf(answer));
          } else {
            failures.add("sessionStart got " + answer.statusCode() + " " + answer.asString());
          }
        }
        return failures;
      });
    }

    List<String> failures = together(clients);

    assertThat(failures).as("every one of the %d concurrent sessionStarts must get 201", THREADS * SESSIONS_PER_THREAD)
        .isEmpty();
    assertThat(sids).as("each 201 must carry its own sid").hasSize(THREADS * SESSIONS_PER_THREAD);
    assertThat(mock.admin().sessions().getList("sessions.sid", String.class)).as("the mock must know every session")
        .containsExactlyInAnyOrderElementsOf(sids);
  }

  @Test
  void sixteenThreadsPingingOneSessionAreAllAcceptedAndEachRecordedOnce() throws Exception {
    String sid = mock.openSession();
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Callable<List<String>>> clients = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      long firstTs = T0 + 1 + (long) t * PINGS_PER_THREAD;
      clients.add(() -> {
        start.await(30, TimeUnit.SECONDS);
        List<String> failures = new ArrayList<>();
        for (long ts = firstTs; ts < firstTs + PINGS_PER_THREAD; ts++) {
          Response answer = mock.sendEvent(sid, event("ping", (ts - T0) / 1000.0, ts));
          if (answer.statusCode() != 204) {
            failures.add("ts " + ts + " got " + answer.statusCode() + " " + answer.asString());
          }
        }
        return failures;
      });
    }

    List<String> failures = together(clients);

    assertThat(failures).as("every one of the %d concurrent pings must get 204", THREADS * PINGS_PER_THREAD)
        .isEmpty();
    JsonPath view = mock.admin().session(sid);
    assertThat(view.getInt("requests.accepted")).as("accepted events: 1 sessionStart + %d pings",
        THREADS * PINGS_PER_THREAD).isEqualTo(1 + THREADS * PINGS_PER_THREAD);
    List<Long> pingTs = view.getList("events.findAll { it.eventType == 'ping' }.ts", Long.class);
    List<Long> sent = LongStream.range(T0 + 1, T0 + 1 + THREADS * PINGS_PER_THREAD).boxed().toList();
    assertThat(pingTs).as("each ping's ts must be recorded exactly once").containsExactlyInAnyOrderElementsOf(sent);
  }

  /** Runs the clients at once on their own threads and returns every failure they report. */
  private static List<String> together(List<Callable<List<String>>> clients) throws Exception {
    List<String> failures = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients.size());
    try {
      for (Future<List<String>> client : pool.invokeAll(clients, 2, TimeUnit.MINUTES)) {
        failures.addAll(client.get());
      }
    } finally {
      pool.shutdownNow();
    }
    return failures;
  }
}
