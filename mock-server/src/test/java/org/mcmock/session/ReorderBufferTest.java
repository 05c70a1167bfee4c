package org.mcmock.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.mcmock.config.MockSettings;
import org.mcmock.model.EventType;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.model.Finding;
import org.mcmock.model.RuleId;
import org.mcmock.model.Mode;
import org.mcmock.model.Severity;

/** A session sees its events in ts order, whatever order the network delivers them in. */
class ReorderBufferTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long T0 = 1_700_000_000_000L;

  private final MockClock clock = new MockClock(Clock.fixed(Instant.ofEpochMilli(T0), ZoneOffset.UTC));

  private static IncomingEvent event(EventType type, double seconds) {
    ObjectNode json = JSON.createObjectNode().put("eventType", type.wireName());
    json.putObject("playerTime").put("playhead", seconds).put("ts", T0 + Math.round(seconds * 1000));
    return IncomingEvent.of(json, json.toString(), List.of());
  }

  private SessionStore store(Mode mode) {
    return new SessionStore(clock, MockSettings.builder().mode(mode).build());
  }

  private static Session start(SessionStore store) {
    return store.open(event(EventType.SESSION_START, 0)).session();
  }

  /** Offers an event and takes the verdict that holds at once, as a request whose settle window is over. */
  private static Outcome send(SessionStore store, Session session, EventType type, double seconds) {
    return store.settle(session, store.offer(session, event(type, seconds)), Duration.ZERO);
  }

  private SessionSnapshot snapshot(SessionStore store, Session session) {
    return session.snapshot(clock.millis(), store.settings(), true);
  }

  @Test
  void anAdStartThatArrivesBeforeItsAdBreakStartIsJudgedInItsPlace() {
    SessionStore store = store(Mode.FAITHFUL);
    Session session = start(store);

    Outcome adStart = store.offer(session, event(EventType.AD_START, 1));
    assertThat(adStart).as("AD_OUTSIDE_BREAK could still be cured by an adBreakStart in flight")
        .isInstanceOf(Outcome.Unsettled.class);
    assertThat(send(store, session, EventType.AD_BREAK_START, 1)).isInstanceOf(Outcome.Accepted.class);

    Outcome verdict = store.settle(session, adStart, Duration.ZERO);
    assertThat(verdict).isInstanceOf(Outcome.Accepted.class);
    assertThat(((Outcome.Accepted) verdict).event().findings()).as("the adStart's findings once cured").isEmpty();
    SessionSnapshot snapshot = snapshot(store, session);
    assertThat(snapshot.findings()).as("a finding cured by a late arrival disappears").isEmpty();
    assertThat(snapshot.events()).extracting(RecordedEvent::eventType, RecordedEvent::index, RecordedEvent::arrival)
        .as("recorded in ts order, each with its arrival")
        .containsExactly(tuple("sessionStart", 0, 0), tuple("adBreakStart", 1, 2), tuple("adStart", 2, 1));
    assertThat(snapshot.playback().adsStarted()).isEqualTo(1);
  }

  @Test
  void aSessionIdleForHalfAMinuteShowsTheSameRequestsAndCountsHeldCompactlyForFewerBytes() {
    SessionStore store = store(Mode.FAITHFUL);
    Session session = start(store);
    send(store, session, EventType.PLAY, 0);
    for (int second = 10; second <= 600; second += 10) {
      send(store, session, EventType.PING, second);
    }
    send(store, session, EventType.AD_START, 605); // outside a break: a finding, so kept whole
    clock.advance(Duration.ofSeconds(5));
    SessionSnapshot settled = snapshot(store, session);
    long settledBytes = store.recordedBytes();

    clock.advance(Duration.ofMillis(Session.REST_AFTER_MS));
    SessionSnapshot rested = snapshot(store, session);

    assertThat(rested.events()).as("every field of every request, as before it was deflated")
        .containsExactlyElementsOf(settled.events());
    assertThat(rested.events()).hasSize(63);
    assertThat(rested.count(EventType.PING)).isEqualTo(60);
    assertThat(rested.findings()).isEqualTo(settled.findings()).isNotEmpty();
    assertThat(store.recordedBytes()).as("the last chunk deflated").isLessThan(settledBytes);
  }

  @Test
  void inStrictModeAnAdStartNoBreakArrivesForIsRefusedOnceItsSettleWindowIsOver() {
    SessionStore store = store(Mode.STRICT);
    Session session = start(store);

    Outcome verdict = send(store, session, EventType.AD_START, 1);

    assertThat(verdict).isInstanceOf(Outcome.RefusedByRule.class);
    assertThat(((Outcome.RefusedByRule) verdict).event().findings()).extracting(Finding::rule, Finding::severity)
        .containsExactly(tuple(RuleId.AD_OUTSIDE_BREAK, Severity.ERROR));
    SessionSnapshot snapshot = snapshot(store, session);
    assertThat(snapshot.events()).extracting(RecordedEvent::eventType, RecordedEvent::status)
        .containsExactly(tuple("sessionStart", 201), tuple("adStart", 400));
    assertThat(snapshot.playback().adsStarted()).as("a refused event is not applied").isZero();
    assertThat(send(store, session, EventType.PLAY, 2)).as("the session goes on without it")
        .isInstanceOf(Outcome.Accepted.class);
  }

  @Test
  void inStrictModeAnAdStartSentWithItsAdBreakStartIsAcceptedWhicheverArrivesFirst() {
    SessionStore store = store(Mode.STRICT);
    Session session = start(store);

    Outcome adStart = store.offer(session, event(EventType.AD_START, 1));
    Outcome adBreakStart = send(store, session, EventType.AD_BREAK_START, 1);

    assertThat(adBreakStart).isInstanceOf(Outcome.Accepted.class);
    assertThat(store.settle(session, adStart, Duration.ZERO)).isInstanceOf(Outcome.Accepted.class);
    assertThat(snapshot(store, session).findings()).isEmpty();
  }

  @Test
  void anAnswerStillWaitingWhenItsEventMustSettleGetsItsVerdictThen() {
    SessionStore store = new SessionStore(clock, MockSettings.builder().mode(Mode.STRICT)
        .reorderEvents(2).build());
    Session session = start(store);
    Outcome adStart = store.offer(session, event(EventType.AD_START, 1));

    send(store, session, EventType.PLAY, 2);
    send(store, session, EventType.PING, 3);   // three buffered: the adStart, earliest, must settle

    assertThat(store.settle(session, adStart, Duration.ofMinutes(1))).as("no cure came before it had to settle")
        .isInstanceOf(Outcome.RefusedByRule.class);
    assertThat(snapshot(store, session).playback().adsStarted()).isZero();
  }

  @Test
  void everyArrivalOrderOfSiblingsWithOneTsGivesTheSameSession() {
    List<EventType> siblings = List.of(EventType.AD_SKIP, EventType.AD_BREAK_COMPLETE, EventType.CHAPTER_SKIP,
        EventType.SESSION_END);
    String expected = null;
    for (List<EventType> order : permutations(siblings)) {
      SessionStore store = store(Mode.FAITHFUL);
      Session session = start(store);
      send(store, session, EventType.CHAPTER_START, 1);
      send(store, session, EventType.AD_BREAK_START, 2);
      send(store, session, EventType.AD_START, 2);
      List<Outcome> outcomes = new ArrayList<>();
      for (EventType type : order) {
        outcomes.add(send(store, session, type, 5));
      }
      assertThat(outcomes).as("answers when the siblings arrive as %s", order)
          .allMatch(o -> o instanceof Outcome.Accepted);
      SessionSnapshot snapshot = snapshot(store, session);
      String seen = snapshot.events().stream().map(RecordedEvent::eventType).toList() + " " + snapshot.findings()
          + " " + snapshot.playback() + " " + snapshot.state();
      if (expected == null) {
        expected = seen;
        assertThat(snapshot.findings()).isEmpty();
        assertThat(snapshot.events()).extracting(RecordedEvent::eventType).endsWith("adSkip", "adBreakComplete",
            "chapterSkip", "sessionEnd");
      }
      assertThat(seen).as("the session when the siblings arrive as %s", order).isEqualTo(expected);
    }
  }

  @Test
  void anEventThatBelongsBeforeTheSessionEndIsTakenWithinTheReorderWindowAfterIt() {
    SessionStore store = store(Mode.FAITHFUL);
    Session session = start(store);
    send(store, session, EventType.AD_BREAK_START, 1);
    send(store, session, EventType.AD_START, 1);
    send(store, session, EventType.SESSION_END, 3);

    clock.advance(Duration.ofSeconds(4));
    assertThat(send(store, session, EventType.AD_SKIP, 3)).isInstanceOf(Outcome.Accepted.class);
    assertThat(send(store, session, EventType.AD_BREAK_COMPLETE, 3)).isInstanceOf(Outcome.Accepted.class);
    assertThat(send(store, session, EventType.PING, 3.001)).as("a later ts than the sessionEnd's")
        .isInstanceOf(Outcome.Gone.class);
    clock.advance(Duration.ofMillis(1001));
    assertThat(send(store, session, EventType.PING, 2)).as("after the reorder window")
        .isInstanceOf(Outcome.Gone.class);

    SessionSnapshot snapshot = snapshot(store, session);
    assertThat(snapshot.state()).isEqualTo(SessionState.ENDED);
    assertThat(snapshot.findings()).isEmpty();
    assertThat(snapshot.playback().adsSkipped()).isEqualTo(1);
    assertThat(snapshot.events()).extracting(RecordedEvent::eventType, RecordedEvent::status).containsExactly(
        tuple("sessionStart", 201), tuple("adBreakStart", 204), tuple("adStart", 204), tuple("adSkip", 204),
        tuple("adBreakComplete", 204), tuple("sessionEnd", 204), tuple("ping", 410), tuple("ping", 410));
  }

  @Test
  void anEventEarlierThanWhatHasSettledIsJudgedAfterItAsGoingBackwards() {
    SessionStore store = store(Mode.FAITHFUL);
    Session session = start(store);
    send(store, session, EventType.PLAY, 1);
    for (int i = 1; i <= 11; i++) {
      send(store, session, EventType.PING, 1 + 2 * i);
    }
    // the buffer holds 10: the play and the first ping have settled

    send(store, session, EventType.BITRATE_CHANGE, 1.5);

    SessionSnapshot snapshot = snapshot(store, session);
    assertThat(snapshot.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
        .containsExactly(tuple(RuleId.TS_BACKWARDS, Severity.ERROR, 3));
    assertThat(snapshot.events().get(3).eventType()).as("right after the settled prefix")
        .isEqualTo("bitrateChange");
  }

  @Test
  void aBufferedEventSettlesOnceItHasWaitedTheReorderWindow() {
    SessionStore store = store(Mode.FAITHFUL);
    Session session = start(store);
    send(store, session, EventType.PLAY, 2);
    clock.advance(Duration.ofSeconds(5));

    send(store, session, EventType.BITRATE_CHANGE, 1.5);

    assertThat(snapshot(store, session).findings()).extracting(Finding::rule).containsExactly(RuleId.TS_BACKWARDS);
  }

  @Test
  void withNoBufferEventsAreJudgedInArrivalOrder() {
    SessionStore store = new SessionStore(clock, MockSettings.builder().reorderEvents(0).build());
    Session session = start(store);

    assertThat(send(store, session, EventType.AD_START, 1)).as("nothing can cure it any more")
        .isInstanceOf(Outcome.Accepted.class);
    send(store, session, EventType.AD_BREAK_START, 1);

    assertThat(snapshot(store, session).findings()).extracting(Finding::rule).contains(RuleId.AD_OUTSIDE_BREAK);
  }

  @Test
  void tenThousandEventsWithOneTsAreAllTakenWithoutFindingsOrWaiting() {
    SessionStore store = store(Mode.STRICT);
    Session session = start(store);
    send(store, session, EventType.PLAY, 1);

    for (int i = 0; i < 10_000; i++) {
      IncomingEvent ping = event(EventType.PING, 2);
      Outcome outcome = store.offer(session, new IncomingEvent(ping.type(), 10_000 - i, ping.ts(), ping.json(),
          ping.body().replace("\"playhead\":2.0", "\"playhead\":" + (10_000 - i)), ping.violations(), 400));
      assertThat(outcome).as("ping %d", i).isInstanceOf(Outcome.Accepted.class);
    }

    SessionSnapshot snapshot = snapshot(store, session);
    assertThat(snapshot.recorded()).isEqualTo(10_002);
    assertThat(snapshot.findings()).isEmpty();
    assertThat(snapshot.playback().pings()).isEqualTo(10_000);
  }

  @Test
  void aTsYearsAwayIsJudgedAndAnsweredAtOnceAndLeavesTheBufferInTime() {
    SessionStore store = store(Mode.FAITHFUL);
    Session session = start(store);
    send(store, session, EventType.PLAY, 1);

    assertThat(store.offer(session, event(EventType.BITRATE_CHANGE, 10 * 365 * 86_400.0)))
        .isInstanceOf(Outcome.Unsettled.class);   // a PING_GAP a ping could still fill
    assertThat(store.offer(session, event(EventType.PING, 11))).isInstanceOf(Outcome.Accepted.class);
    clock.advance(Duration.ofSeconds(5));
    send(store, session, EventType.PING, 21);

    assertThat(snapshot(store, session).findings()).extracting(Finding::rule)
        .containsExactly(RuleId.PING_GAP, RuleId.TS_BACKWARDS);
  }

  @Test
  void arrivalOrderAndArrivalTimeAgreeUnderConcurrentRequests() throws Exception {
    AtomicLong ticks = new AtomicLong(T0);
    MockClock ticking = new MockClock(new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return Instant.ofEpochMilli(ticks.incrementAndGet());
      }
    });
    SessionStore store = new SessionStore(ticking, MockSettings.defaults());
    Session session = start(store);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    for (int t = 0; t < 8; t++) {
      int thread = t;
      threads.submit(() -> {
        for (int i = 0; i < 200; i++) {
          store.offer(session, event(EventType.PING, 1 + thread * 1000 + i * 0.001));
        }
      });
    }
    threads.shutdown();
    assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

    List<RecordedEvent> byArrival = session.snapshot(ticking.millis(), store.settings(), true).events().stream()
        .sorted(Comparator.comparingInt(RecordedEvent::arrival)).toList();
    assertThat(byArrival).extracting(RecordedEvent::arrival).as("none lost or duplicated")
        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 1601).boxed().toList());
    assertThat(byArrival).extracting(RecordedEvent::arrivedAt).as("arrival times never run backwards")
        .isSorted();
  }

  private static <T> List<List<T>> permutations(List<T> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<T>> all = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<T> rest = new ArrayList<>(items);
      T first = rest.remove(i);
      for (List<T> tail : permutations(rest)) {
        List<T> one = new ArrayList<>();
        one.add(first);
        one.addAll(tail);
        all.add(one);
      }
    }
    return all;
  }
}
