package org.mcmock.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.client.ScriptedBackend.HELD;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** How a live session queues its events: one request at a time, in order, every event waiting for the sid. */
class LiveSessionTest {

  private final ScriptedBackend backend = new ScriptedBackend(TestPlayer.START);

  @Test
  void eventsProducedBeforeALateSessionStartAnswerWaitAndThenGoOutInOrderToItsSid() {
    LiveSession session = new LiveSession(backend);
    backend.answers("sessionStart", HELD).answers("adBreakStart", HELD);
    new TestPlayer(session).startsTheSession().sends("adBreakStart").sends("adStart")
        .at(3, 0).sends("adComplete").sends("adBreakComplete").sends("play").at(10, 0);

    assertThat(backend.log()).as("nothing but the sessionStart leaves before the sid is known")
        .containsExactly("sessions sessionStart 0/0");
    assertThat(session.waiting()).as("the sessionStart and the events queued behind it").isEqualTo(7);

    backend.release();
    assertThat(session.sid()).contains("s1");
    assertThat(backend.log()).as("one request in flight at a time: the adBreakStart's answer is held")
        .containsExactly("sessions sessionStart 0/0", "s1 adBreakStart 1/0");

    backend.release();
    session.awaitAnswers(Duration.ofSeconds(1));
    assertThat(backend.log()).containsExactly("sessions sessionStart 0/0", "s1 adBreakStart 1/0",
        "s1 adStart 2/0", "s1 adComplete 3000/0", "s1 adBreakComplete 3001/0", "s1 play 3002/0", "s1 ping 10000/0");
    assertThat(session.exchanges()).extracting(Exchange::toString).containsExactly("sessionStart -> 201",
        "adBreakStart -> 204", "adStart -> 204", "adComplete -> 204", "adBreakComplete -> 204", "play -> 204",
        "ping -> 204");
    assertThat(session.waiting()).isZero();
  }

  @Test
  void sendingUpToThreeAtOnceTheNextGroupLeavesOnceTheGroupBeforeItHasAllItsAnswers() {
    LiveSession session = new LiveSession(backend).sendingUpTo(3, Duration.ofSeconds(30));
    backend.answers("sessionStart", HELD).answers("pauseStart", HELD);
    new TestPlayer(session).startsTheSession().sends("play").at(1, 1).sends("pauseStart").at(2, 1)
        .sends("bufferStart").at(3, 1).sends("play").at(4, 2).sends("sessionEnd");
    backend.release();

    assertThat(backend.log()).as("three requests in flight while the pauseStart's answer is held")
        .containsExactly("sessions sessionStart 0/0", "s1 play 1/0", "s1 pauseStart 1000/1",
            "s1 bufferStart 2000/1");

    backend.release();
    session.awaitAnswers(Duration.ofSeconds(1));
    assertThat(backend.log()).endsWith("s1 play 3000/1", "s1 sessionEnd 4000/2");
    assertThat(session.exchanges()).extracting(Exchange::toString).containsExactly("sessionStart -> 201",
        "play -> 204", "pauseStart -> 204", "bufferStart -> 204", "play -> 204", "sessionEnd -> 204");
  }

  @Test
  void aGroupThatMeetsAClosedSessionStartsOneNewSessionAndSendsTheRestOfTheGroupThere() {
    LiveSession session = new LiveSession(backend).sendingUpTo(3, Duration.ofSeconds(30));
    backend.answers("sessionStart", HELD).answers("ping", 410, 410);
    new TestPlayer(session).startsTheSession().sends("play").at(20, 20);
    backend.release();
    session.awaitAnswers(Duration.ofSeconds(1));

    assertThat(backend.log()).containsExactly("sessions sessionStart 0/0", "s1 play 1/0", "s1 ping 10000/0",
        "s1 ping 20000/0", "sessions sessionStart 10000/0 resume", "s2 play 10001/0", "s2 ping 20000/0");
  }

  @Test
  void aRecoveryAtOneTsOpensTheNewSessionWithTheRefusedEventsTsOnEveryEvent() {
    LiveSession session = new LiveSession(backend, SessionRecovery.resume().atOneTs());
    backend.answers("ping", 410);
    new TestPlayer(session).startsTheSession().sends("play").at(12, 12);
    session.awaitAnswers(Duration.ofSeconds(1));

    assertThat(backend.log()).containsExactly("sessions sessionStart 0/0", "s1 play 1/0", "s1 ping 10000/0",
        "sessions sessionStart 10000/0 resume", "s2 play 10000/0");
  }

  @Test
  void eventsOfDifferentTicksOfThePlayersClockAreNotSentTogether() {
    LiveSession session = new LiveSession(backend).sendingUpTo(3, Duration.ofMillis(500));
    backend.answers("play", HELD);
    new TestPlayer(session).startsTheSession().sends("play").at(1, 1).sends("pauseStart");

    assertThat(backend.log()).as("the pauseStart, a second later, waits for the play's answer")
        .containsExactly("sessions sessionStart 0/0", "s1 play 1/0");
    backend.release();
    session.awaitAnswers(Duration.ofSeconds(1));
    assertThat(backend.log()).endsWith("s1 play 1/0", "s1 pauseStart 1000/1");
  }

  @Test
  void anAbsoluteLocationGivesTheSameSid() {
    LiveSession session = new LiveSession((path, json) -> CompletableFuture.completedFuture(new Answer(201,
        Map.of("location", List.of("https://collection.example.com/api/v1/sessions/xyz")), "")));
    session.accept("sessionStart", "{}");

    assertThat(session.sid()).contains("xyz");
  }

  @Test
  void withoutASessionLaterEventsAreNotSentAndSayWhy() {
    LiveSession session = new LiveSession(backend);
    backend.answers("sessionStart", 400);
    new TestPlayer(session).startsTheSession().sends("play");
    session.awaitAnswers(Duration.ofSeconds(1));

    assertThat(backend.log()).containsExactly("sessions sessionStart 0/0");
    assertThat(session.exchanges()).extracting(Exchange::toString)
        .containsExactly("sessionStart -> 400", "play -> not sent: no session: the sessionStart was answered 400");
  }

  @Test
  void aClientThatDoesNotQueueDropsTheEventsProducedWhileTheSidIsPending() {
    LiveSession session = new LiveSession(backend, SessionRecovery.resume(), Queueing.none());
    backend.answers("sessionStart", HELD);
    TestPlayer player = new TestPlayer(session).startsTheSession().sends("play");
    backend.release();
    player.at(10, 0);
    session.awaitAnswers(Duration.ofSeconds(1));

    assertThat(backend.log()).containsExactly("sessions sessionStart 0/0", "s1 ping 10000/0");
    assertThat(session.exchanges()).extracting(Exchange::toString).containsExactly("sessionStart -> 201",
        "play -> not sent: dropped: the sid was pending and this client does not queue", "ping -> 204");
  }
}
