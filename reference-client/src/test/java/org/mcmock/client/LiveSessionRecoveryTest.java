package org.mcmock.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.client.ScriptedBackend.HELD;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the live client does when the backend refuses an event: 404 and 410 start a new session, the rest not. */
class LiveSessionRecoveryTest {

  private final ScriptedBackend backend = new ScriptedBackend(TestPlayer.START);
  private final LiveSession session = new LiveSession(backend);
  private final TestPlayer player = new TestPlayer(session).startsTheSession().sends("play");

  private void allAnswered() {
    session.awaitAnswers(Duration.ofSeconds(1));
  }

  @Test
  void a500ToAPingIsNotRetriedAndLaterEventsStillGoToTheSession() {
    backend.answers("ping", 500);
    player.at(10, 0).at(15, 5).sends("pauseStart");
    allAnswered();

    assertThat(backend.log()).as("the ping is sent once, and the session carries on")
        .containsExactly("sessions sessionStart 0/0", "s1 play 1/0", "s1 ping 10000/0", "s1 pauseStart 15000/5");
    assertThat(session.exchanges()).extracting(Exchange::toString)
        .containsExactly("sessionStart -> 201", "play -> 204", "ping -> 500", "pauseStart -> 204");
  }

  @Test
  void a410ToAPingDuringAPauseResumesInANewSessionThatIsPausedToo() {
    player.at(5, 5).sends("pauseStart");
    backend.answers("ping", 410);
    player.at(10, 5).at(25, 5).sends("play");
    allAnswered();

    assertThat(backend.log()).as("a new sessionStart at the ping's playhead and ts, the pause replayed 1 ms later,"
        + " the ping not resent, and later events to the new sid").containsExactly(
        "sessions sessionStart 0/0", "s1 play 1/0", "s1 pauseStart 5000/5", "s1 ping 10000/5",
        "sessions sessionStart 10000/5 resume", "s2 pauseStart 10001/5",
        "s2 ping 20000/5", "s2 play 25000/5");
    assertThat(session.exchanges()).extracting(Exchange::toString).as("every request and answer, in order")
        .containsExactly("sessionStart -> 201", "play -> 204", "pauseStart -> 204", "ping -> 410",
            "sessionStart -> 201", "pauseStart -> 204", "ping -> 204", "play -> 204");
    assertThat(session.sid()).contains("s2");
  }

  @Test
  void theResumingSessionStartCarriesTheFirstOnesParamsAndReplaysKeepTheirs() {
    player.at(2, 2).sends("stateStart", Map.of("media.state.name", "fullscreen"));
    backend.answers("ping", 404);
    player.at(10, 10);
    allAnswered();

    JsonNode first = backend.requests().get(0).body();
    ObjectNode resumed = backend.requests().get(4).body().deepCopy();
    assertThat(resumed.get("eventType").asText()).isEqualTo("sessionStart");
    assertThat(resumed.withObject("/params").remove("media.resume")).isEqualTo(BooleanNode.TRUE);
    assertThat(resumed.get("params")).as("the first sessionStart's params and media.resume: true")
        .isEqualTo(first.get("params"));
    assertThat(backend.log()).containsExactly("sessions sessionStart 0/0", "s1 play 1/0",
        "s1 stateStart 2000/2", "s1 ping 10000/2", "sessions sessionStart 10000/2 resume",
        "s2 stateStart 10001/2", "s2 play 10002/2");
    assertThat(backend.requests().get(5).body().at("/params/media.state.name").asText()).isEqualTo("fullscreen");
  }

  @Test
  void a404ToAnAdStartInsideABreakReplaysTheBreakAndResendsTheAd() {
    backend.answers("adStart", 404);
    player.at(5, 5).sends("adBreakStart", Map.of("media.ad.podIndex", 1)).sends("adStart", Map.of("media.ad.id", "002"))
        .at(6, 5).sends("adComplete");
    allAnswered();

    assertThat(backend.log()).as("no play between the replayed adBreakStart and the adStart, as Adobe's timelines")
        .containsExactly("sessions sessionStart 0/0", "s1 play 1/0", "s1 adBreakStart 5000/5", "s1 adStart 5001/5",
            "sessions sessionStart 5001/5 resume", "s2 adBreakStart 5002/5", "s2 adStart 5003/5",
            "s2 adComplete 6000/5");
    assertThat(backend.requests().get(6).body().at("/params/media.ad.id").asText()).isEqualTo("002");
  }

  @Test
  void eventsProducedDuringARestartWaitForItAndGoAfterItsLastTs() {
    backend.answers("adBreakStart", 404).answers("sessionStart", HELD);
    player.at(5, 5).sends("adBreakStart").sends("adStart");

    assertThat(backend.log()).last().isEqualTo("sessions sessionStart 5000/5 resume");
    backend.release();
    allAnswered();

    assertThat(backend.log()).as("the adStart, queued at 5001 ms, goes after the restart's events at 5001 and 5002")
        .containsExactly("sessions sessionStart 0/0", "s1 play 1/0", "s1 adBreakStart 5000/5",
            "sessions sessionStart 5000/5 resume", "s2 play 5001/5", "s2 adBreakStart 5002/5", "s2 adStart 5003/5");
  }

  @Test
  void aRefusedEventTheReplayAlreadySentIsNotSentTwice() {
    backend.answers("play", 410);
    player.at(2, 2).sends("error", Map.of("media.errorId", "stalled")).at(3, 2).sends("play");
    allAnswered();

    assertThat(backend.log()).containsExactly("sessions sessionStart 0/0", "s1 play 1/0", "s1 error 2000/2",
        "s1 play 3000/2", "sessions sessionStart 3000/2 resume", "s2 play 3001/2");
  }

  @Test
  void withoutRecoveryLaterEventsKeepGoingToTheOldSid() {
    ScriptedBackend gone = new ScriptedBackend(TestPlayer.START).answers("ping", 410, 410);
    LiveSession stubborn = new LiveSession(gone, SessionRecovery.none());
    new TestPlayer(stubborn).startsTheSession().sends("play").at(20, 0);
    stubborn.awaitAnswers(Duration.ofSeconds(1));

    assertThat(gone.log()).containsExactly(
        "sessions sessionStart 0/0", "s1 play 1/0", "s1 ping 10000/0", "s1 ping 20000/0");
    assertThat(stubborn.exchanges()).extracting(Exchange::toString)
        .containsExactly("sessionStart -> 201", "play -> 204", "ping -> 410", "ping -> 410");
  }

  @Test
  void a410ToSessionEndStartsNoNewSession() {
    backend.answers("sessionEnd", 410);
    player.at(5, 5).sends("sessionEnd");
    allAnswered();

    assertThat(backend.log()).containsExactly("sessions sessionStart 0/0", "s1 play 1/0", "s1 sessionEnd 5000/5");
  }

  @Test
  void aClientStartsAtMostFiveNewSessions() {
    backend.answers("ping", Collections.nCopies(7, 410).stream().mapToInt(Integer::intValue).toArray());
    player.at(70, 0);
    allAnswered();

    assertThat(backend.log()).filteredOn(line -> line.startsWith("sessions"))
        .as("the first sessionStart and one per 410, up to the bound").hasSize(1 + ResumeInANewSession.MAX_RESTARTS);
    assertThat(backend.log()).as("the 410s after the fifth restart leave the client on its last session")
        .endsWith("s6 ping 60000/0", "s6 ping 70000/0");
  }

  @Test
  void whenTheNewSessionIsRefusedLaterEventsAreNotSentAndSayWhy() {
    backend.answers("ping", 410).answers("sessionStart", 500);
    player.at(20, 0);
    allAnswered();

    assertThat(session.exchanges()).extracting(Exchange::toString).containsExactly("sessionStart -> 201",
        "play -> 204", "ping -> 410", "sessionStart -> 500",
        "play -> not sent: no session: the sessionStart was answered 500",
        "ping -> not sent: no session: the sessionStart was answered 500");
  }
}
