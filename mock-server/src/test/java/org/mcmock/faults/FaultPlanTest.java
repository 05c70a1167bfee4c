package org.mcmock.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mcmock.model.EventType;

class FaultPlanTest {

  private final FaultPlan plan = new FaultPlan();

  private static FaultSpec status(String on, int occurrence, int times, int status) {
    return new FaultSpec(FaultTarget.parse(on), occurrence, times, new FaultAction(null, status, null));
  }

  /** Which of {@code requests} pings got a fault: "x" for one, "." for none. */
  private String pings(int requests) {
    StringBuilder got = new StringBuilder();
    for (int i = 0; i < requests; i++) {
      got.append(plan.event(EventType.PING).isPresent() ? "x" : ".");
    }
    return got.toString();
  }

  @Test
  void byDefaultTheNextMatchingRequestGetsTheFaultOnce() {
    plan.plan(status("ping", 1, 1, 500));

    assertThat(pings(3)).isEqualTo("x..");
  }

  @Test
  void occurrenceAndTimesPickARunOfMatchingRequests() {
    plan.plan(status("ping", 3, 2, 500));

    assertThat(pings(6)).isEqualTo("..xx..");
  }

  @Test
  void timesZeroMeansEveryMatchingRequestFromTheOccurrenceOn() {
    plan.plan(status("ping", 2, 0, 500));

    assertThat(pings(5)).isEqualTo(".xxxx");
  }

  @Test
  void anEventTypeTargetCountsOnlyThatTypeWhileEventCountsEveryEvent() {
    PlannedFault ping = plan.plan(status("ping", 2, 1, 500));
    PlannedFault any = plan.plan(status("event", 3, 1, 503));

    Optional<PlannedFault> play = plan.event(EventType.PLAY);     // any: 1st
    Optional<PlannedFault> unreadable = plan.event(null);        // any: 2nd
    Optional<PlannedFault> firstPing = plan.event(EventType.PING);   // ping: 1st, any: 3rd
    Optional<PlannedFault> secondPing = plan.event(EventType.PING);  // ping: 2nd, any: 4th

    assertThat(play).as("a play is no ping, and only the 1st event").isEmpty();
    assertThat(unreadable).as("an event whose type is unreadable is still an event").isEmpty();
    assertThat(firstPing).as("the 3rd event").contains(any);
    assertThat(secondPing).as("the 2nd ping").contains(ping);
    assertThat(any.progress()).isEqualTo(new PlannedFault.Progress(4, 1, true));
    assertThat(ping.progress()).isEqualTo(new PlannedFault.Progress(2, 1, true));
  }

  @Test
  void sessionStartFaultsIgnoreEventsAndEventFaultsIgnoreSessionStarts() {
    PlannedFault start = plan.plan(status("sessionStart", 1, 1, 503));
    PlannedFault any = plan.plan(status("event", 1, 1, 500));

    assertThat(plan.event(EventType.SESSION_START)).as("a sessionStart posted to /events is an event").contains(any);
    assertThat(plan.sessionStart()).contains(start);
  }

  @Test
  void whenTwoFaultsAreDueTheFirstPlannedActsAndBothCountTheRequest() {
    PlannedFault first = plan.plan(status("ping", 1, 1, 500));
    PlannedFault second = plan.plan(status("event", 1, 2, 503));

    assertThat(plan.event(EventType.PING)).contains(first);
    assertThat(plan.event(EventType.PING)).contains(second);
    assertThat(second.progress()).as("the first request was seen but answered by the first fault")
        .isEqualTo(new PlannedFault.Progress(2, 1, true));
  }

  @Test
  void faultsCountFromWhenTheyArePlanned() {
    pings(2);
    plan.plan(status("ping", 1, 1, 500));

    assertThat(pings(2)).isEqualTo("x.");
  }

  @Test
  void clearRemovesEveryFaultButIdsKeepGrowing() {
    int firstId = plan.plan(status("ping", 1, 1, 500)).id();
    plan.clear();

    assertThat(plan.faults()).isEmpty();
    assertThat(pings(1)).isEqualTo(".");
    assertThat(plan.plan(status("ping", 1, 1, 500)).id()).isGreaterThan(firstId);
  }

  @Test
  void concurrentRequestsNeverShareAnOccurrence() throws Exception {
    PlannedFault fault = plan.plan(status("ping", 100, 50, 500));
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> senders = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        senders.add(() -> {
          int hits = 0;
          for (int i = 0; i < 500; i++) {
            hits += plan.event(EventType.PING).isPresent() ? 1 : 0;
          }
          return hits;
        });
      }
      int hits = 0;
      for (Future<Integer> sender : threads.invokeAll(senders)) {
        hits += sender.get();
      }

      assertThat(hits).as("faults fired across 8 threads").isEqualTo(50);
      assertThat(fault.progress()).isEqualTo(new PlannedFault.Progress(4000, 50, true));
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void actionsDescribeThemselvesForTheJournal() {
    assertThat(new FaultAction(null, 500, null).describe()).isEqualTo("status 500");
    assertThat(new FaultAction(Duration.ofMillis(300), null, Fault.EMPTY_RESPONSE).describe())
        .isEqualTo("fault EMPTY_RESPONSE after 300 ms");
    assertThat(new FaultAction(Duration.ofSeconds(3), null, null).describe()).isEqualTo("delay 3000 ms");
  }
}
