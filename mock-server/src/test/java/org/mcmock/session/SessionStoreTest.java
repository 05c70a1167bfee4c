package org.mcmock.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mcmock.model.Mode.FAITHFUL;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.mcmock.config.MockSettings;
import org.mcmock.model.EventType;
import org.mcmock.contract.IncomingEvent;

class SessionStoreTest {

  private final MockClock clock = new MockClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  private static IncomingEvent event(EventType type) {
    return new IncomingEvent(type, 0, 1, MissingNode.getInstance(), "{}", List.of(), 400);
  }

  @Test
  void sessionIdsAre64LowercaseHexCharactersAndDistinct() {
    SessionStore store = new SessionStore(clock, MockSettings.defaults());

    String first = store.open(event(EventType.SESSION_START)).session().sid();
    String second = store.open(event(EventType.SESSION_START)).session().sid();

    assertThat(first).matches("[0-9a-f]{64}");
    assertThat(second).matches("[0-9a-f]{64}").isNotEqualTo(first);
  }

  private Session openAndEnd(SessionStore store) {
    Session session = store.open(event(EventType.SESSION_START)).session();
    store.offer(session, event(EventType.SESSION_END));
    return session;
  }

  @Test
  void atTheSessionCapTheOldestClosedSessionIsForgottenToMakeRoom() {
    SessionStore store = new SessionStore(clock, MockSettings.builder().maxSessions(3).build());
    Session oldestClosed = openAndEnd(store);
    Session open = store.open(event(EventType.SESSION_START)).session();
    Session newerClosed = openAndEnd(store);

    Session fourth = store.open(event(EventType.SESSION_START)).session();

    assertThat(store.find(oldestClosed.sid())).as("the oldest closed session, forgotten for room").isEmpty();
    assertThat(store.find(open.sid())).as("an open session is never forgotten").isPresent();
    assertThat(store.find(newerClosed.sid())).as("a newer closed session, still within its retention").isPresent();
    assertThat(store.find(fourth.sid())).isPresent();
    assertThat(store.size()).isEqualTo(3);
  }

  /** What a test request weighs while it is buffered or unsettled: its 2-byte body "{}" plus the entry's overhead. */
  private static final long WEIGHT = 2 + MockSettings.RECORD_OVERHEAD_BYTES;

  /** Events final on arrival: the budget counts exactly what is recorded. */
  private static final MockSettings UNBUFFERED =
      MockSettings.builder().reorderEvents(0).build();

  /**
   * What the store counts for what {@code scenario} records, measured on a store of its own at the same moment: a
   * settled request counts the bytes of its compact form, which depend on its fields, so the tests below measure
   * rather than restate them.
   */
  private long weighed(Consumer<SessionStore> scenario) {
    SessionStore probe = new SessionStore(clock, UNBUFFERED);
    scenario.accept(probe);
    return probe.recordedBytes();
  }

  private static Session openWithPing(SessionStore store) {
    Session session = store.open(event(EventType.SESSION_START)).session();
    store.offer(session, event(EventType.PING));
    return session;
  }

  @Test
  void aBufferedEventCountsWhatItKeepsForTheRulesAgainstTheBudgetUntilItSettlesCompactly() {
    SessionStore store = new SessionStore(clock, MockSettings.defaults());
    Session open = store.open(event(EventType.SESSION_START)).session();
    long started = store.recordedBytes();
    assertThat(started).as("a session, and its sessionStart")
        .isGreaterThanOrEqualTo(MockSettings.SESSION_OVERHEAD_BYTES);

    store.offer(open, event(EventType.PING));
    assertThat(store.recordedBytes() - started).as("a ping in the buffer: its text, none of its parsed body")
        .isEqualTo(WEIGHT);
    IncomingEvent stateStart = new IncomingEvent(EventType.STATE_START, 0, 2,
        JsonNodeFactory.instance.objectNode().set("params",
            JsonNodeFactory.instance.objectNode().put("media.state.name", "mute")), "{}", List.of(), 400);
    store.offer(open, stateStart);
    assertThat(store.recordedBytes() - started).as("an event with params keeps them for the rules: counted twice")
        .isEqualTo(WEIGHT + WEIGHT + 2 * WEIGHT);

    clock.advance(Duration.ofSeconds(5));
    open.snapshot(clock.millis(), store.settings(), false);
    assertThat(store.recordedBytes() - started)
        .as("both settled after the reorder window: held compactly, they count a few bytes")
        .isPositive().isLessThan(WEIGHT / 4);
  }

  @Test
  void theStoreSettlesBufferedEventsOnceTheyAreDueThoughNoOneLooksAtTheirSession() {
    SessionStore store = new SessionStore(clock, MockSettings.defaults());
    Session open = store.open(event(EventType.SESSION_START)).session();
    long started = store.recordedBytes();
    store.offer(open, event(EventType.PING));

    clock.advance(Duration.ofMillis(4_999));
    store.settleDue();
    assertThat(store.recordedBytes() - started).as("not due yet: still buffered").isEqualTo(WEIGHT);

    clock.advance(Duration.ofMillis(1));
    store.settleDue();
    assertThat(store.recordedBytes() - started).as("due: final, and held compactly")
        .isPositive().isLessThan(WEIGHT / 4);
  }

  private static IncomingEvent ping(int second) {
    long ts = 1_700_000_000_000L + second * 1000L;
    return new IncomingEvent(EventType.PING, second, ts, MissingNode.getInstance(),
        "{\"eventType\":\"ping\",\"playerTime\":{\"playhead\":" + second + ",\"ts\":" + ts + "}}", List.of(), 400);
  }

  /** What the 21 requests after the sessionStart weigh, 20 pings and {@code last}, once none is buffered. */
  private long weighsAfterItsLast(EventType last) {
    SessionStore store = new SessionStore(clock, MockSettings.defaults());
    Session session = store.open(event(EventType.SESSION_START)).session();
    long started = store.recordedBytes();
    for (int second = 10; second <= 200; second += 10) {
      store.offer(session, ping(second));
    }
    store.offer(session, new IncomingEvent(last, 200, 1_700_000_200_001L, MissingNode.getInstance(), "{}",
        List.of(), 400));
    clock.advance(Duration.ofSeconds(5));
    store.settleDue();
    return store.recordedBytes() - started;
  }

  @Test
  void aSessionThatEndedIsHeldDeflatedAsSoonAsNothingOfItIsBuffered() {
    long stillOpen = weighsAfterItsLast(EventType.PLAY);
    long ended = weighsAfterItsLast(EventType.SESSION_END);

    assertThat(ended).as("its requests deflated at once, where an open session's wait for %d s of quiet",
        Session.REST_AFTER_MS / 1000).isLessThan(stillOpen / 2);
  }

  @Test
  void theMemoryBudgetForgetsClosedSessionsFirstAndCountsWhatItKeeps() {
    long closedWeighs = weighed(this::openAndEnd);
    long openWeighs = weighed(SessionStoreTest::openWithPing);
    // full once the closed and the open session are held and a request arrives
    SessionStore store = new SessionStore(clock,
        UNBUFFERED.toBuilder().maxRecordedBytes(closedWeighs + openWeighs + WEIGHT - 1).build());
    Session closed = openAndEnd(store);
    Session open = openWithPing(store);

    store.offer(open, event(EventType.PING));

    assertThat(store.find(closed.sid())).as("the closed session, forgotten for room").isEmpty();
    assertThat(store.recordedBytes()).as("bytes recorded in the session kept")
        .isEqualTo(weighed(probe -> probe.offer(openWithPing(probe), event(EventType.PING))));
  }

  @Test
  void theMemoryBudgetRefusesWhenEverySessionIsOpen() {
    long openWeighs = weighed(SessionStoreTest::openWithPing);
    SessionStore store = new SessionStore(clock,
        UNBUFFERED.toBuilder().maxRecordedBytes(openWeighs + WEIGHT - 1).build());
    Session open = openWithPing(store);

    assertThatThrownBy(() -> store.offer(open, event(EventType.PING)))
        .isInstanceOf(StoreFullException.class)
        .hasMessageContaining("is full of open sessions")
        .hasMessageContaining("--max-recorded-mb");
    assertThatThrownBy(() -> store.open(event(EventType.SESSION_START)))
        .as("a new session needs room for itself and its sessionStart").isInstanceOf(StoreFullException.class);
    assertThat(store.recordedBytes()).isEqualTo(openWeighs);
  }

  @Test
  void sessionsThatRetentionForgetsDoNotLingerInTheQueueForRoom() {
    SessionStore store = new SessionStore(clock, MockSettings.defaults());
    openAndEnd(store);
    openAndEnd(store);
    assertThat(store.queuedForRoom()).as("ended sessions, queued to make room").isEqualTo(2);

    clock.advance(Duration.ofHours(1));
    store.sweep();

    assertThat(store.size()).isZero();
    assertThat(store.queuedForRoom()).as("forgotten sessions must not stay referenced").isZero();
  }

  @Test
  void aSessionThatTimedOutUnnoticedIsFoundBySweepingWhenTheCapNeedsRoom() {
    SessionStore store = new SessionStore(clock, MockSettings.builder().maxSessions(1).build());
    Session first = store.open(event(EventType.SESSION_START)).session();
    clock.advance(Duration.ofMinutes(10));

    Session second = store.open(event(EventType.SESSION_START)).session();

    assertThat(store.find(first.sid())).as("timed out, then forgotten for room").isEmpty();
    assertThat(store.find(second.sid())).isPresent();
  }

  @Test
  void theSessionCapRefusesANewSessionWithAMessageNamingTheOption() {
    SessionStore store = new SessionStore(clock, MockSettings.builder().maxSessions(2).build());
    store.open(event(EventType.SESSION_START));
    store.open(event(EventType.SESSION_START));

    assertThatThrownBy(() -> store.open(event(EventType.SESSION_START)))
        .isInstanceOf(StoreFullException.class)
        .hasMessageContaining("2 sessions, all of them open")
        .hasMessageContaining("--max-sessions");
  }

  @Test
  void closedSessionsPastRetentionMakeRoomUnderTheCap() {
    SessionStore store = new SessionStore(clock, MockSettings.builder().maxSessions(1).build());
    Session first = store.open(event(EventType.SESSION_START)).session();
    first.offer(event(EventType.SESSION_END), clock.millis(), store.settings(), FAITHFUL);

    clock.advance(Duration.ofHours(1));
    Session second = store.open(event(EventType.SESSION_START)).session();

    assertThat(store.find(first.sid())).as("the first session, forgotten").isEmpty();
    assertThat(store.find(second.sid())).isPresent();
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void aSessionTimedOutAndPastRetentionIsForgotten() {
    SessionStore store = new SessionStore(clock, MockSettings.defaults());
    Session session = store.open(event(EventType.SESSION_START)).session();

    clock.advance(Duration.ofMinutes(10).plus(Duration.ofHours(1)).minusMillis(1));
    assertThat(store.find(session.sid())).as("timed out, still within retention").isPresent();
    clock.advance(Duration.ofMillis(1));
    assertThat(store.find(session.sid())).as("timed out and past retention").isEmpty();
    assertThat(store.snapshots()).isEmpty();
  }

  @Test
  void resetForgetsSessionsAndRejectedBatchesAndRewindsTheClock() {
    SessionStore store = new SessionStore(clock, MockSettings.defaults());
    store.open(event(EventType.SESSION_START));
    store.addRejectedBatch(RejectedBatch.of(clock.millis(), "/api/v1/downloaded", 0, List.of(), "[]"));
    clock.advance(Duration.ofMinutes(5));

    store.reset();

    assertThat(store.size()).isZero();
    assertThat(store.snapshots()).isEmpty();
    assertThat(store.rejectedBatches()).isEmpty();
    assertThat(clock.offset()).as("the clock after a reset").isZero();
  }

  @Test
  void rejectedBatchesAreBoundedKeepingTheNewest() {
    SessionStore store = new SessionStore(clock, MockSettings.defaults());
    int max = store.settings().maxRejectedBatches();
    for (int i = 0; i <= max; i++) {
      store.addRejectedBatch(RejectedBatch.of(i, "/api/v1/downloaded", i, List.of(), "[]"));
    }

    assertThat(store.rejectedBatches()).hasSize(max);
    assertThat(store.rejectedBatches().get(0).events()).as("oldest kept").isEqualTo(1);
  }
}
