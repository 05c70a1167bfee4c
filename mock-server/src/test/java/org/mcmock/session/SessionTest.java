package org.mcmock.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.model.Mode.FAITHFUL;

import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Duration;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.mcmock.config.MockSettings;
import org.mcmock.rules.RuleEvent;
import org.mcmock.rules.SessionJudge;
import org.mcmock.rules.SessionRules;
import org.mcmock.model.EventType;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.model.Violation;

class SessionTest {

  private static final long START = 1_700_000_000_000L;
  private static final long MINUTE = 60_000L;
  private final MockSettings settings = MockSettings.defaults();

  private static IncomingEvent event(EventType type, double playhead) {
    return new IncomingEvent(type, playhead, START, MissingNode.getInstance(), "{}", List.of(), 400);
  }

  /** A session on its own, with no store to tell. */
  private static final Session.Owner NO_OWNER = new Session.Owner() {
    @Override
    public void recorded(long weight) {}

    @Override
    public void closed(Session session) {}

    @Override
    public void buffering(Session session) {}
  };

  private static Session started() {
    IncomingEvent start = event(EventType.SESSION_START, 0);
    SessionJudge judge = SessionRules.defaults().newJudge(false);
    judge.feed(new RuleEvent(0, start));
    return Session.live("sid", start, List.of(), judge, START, NO_OWNER, null);
  }

  @Test
  void sessionCompleteKeepsTheSessionOpenForLaterEvents() {
    Session session = started();

    assertThat(session.offer(event(EventType.SESSION_COMPLETE, 60), START + 1000, settings, FAITHFUL))
        .isInstanceOf(Outcome.Accepted.class);
    assertThat(session.offer(event(EventType.PING, 60), START + 2000, settings, FAITHFUL))
        .as("a ping after sessionComplete").isInstanceOf(Outcome.Accepted.class);
    assertThat(session.snapshot(START + 2000, settings, false).state()).isEqualTo(SessionState.COMPLETE);
  }

  @Test
  void sessionEndClosesTheSessionAndEveryLaterEventIsGoneWithTheReason() {
    Session session = started();
    session.offer(event(EventType.SESSION_END, 33), START + 48_000, settings, FAITHFUL);

    Outcome late = session.offer(event(EventType.SESSION_END, 33), START + 50_000, settings, FAITHFUL);

    assertThat(late).as("a second sessionEnd").isInstanceOf(Outcome.Gone.class);
    Outcome.Gone gone = (Outcome.Gone) late;
    assertThat(gone.state()).isEqualTo(SessionState.ENDED);
    assertThat(gone.closedAt()).isEqualTo(START + 48_000);
    assertThat(gone.reason()).contains("sessionEnd", "event 1");
  }

  @Test
  void anEventJustBeforeTheInactivityTimeoutIsAcceptedAndOneAtTheTimeoutIsGone() {
    Session early = started();
    Session late = started();

    assertThat(early.offer(event(EventType.PING, 10), START + 10 * MINUTE - 1, settings, FAITHFUL))
        .isInstanceOf(Outcome.Accepted.class);
    Outcome outcome = late.offer(event(EventType.PING, 10), START + 10 * MINUTE, settings, FAITHFUL);
    assertThat(outcome).as("an event exactly 10 minutes after the last").isInstanceOf(Outcome.Gone.class);
    assertThat(((Outcome.Gone) outcome).reason()).isEqualTo("no event for 10m");
    assertThat(((Outcome.Gone) outcome).closedAt()).isEqualTo(START + 10 * MINUTE);
  }

  @Test
  void pingsWithAStillPlayheadTimeTheSessionOutAfterThirtyMinutes() {
    Session session = started();
    for (int minute = 5; minute < 30; minute += 5) {
      assertThat(session.offer(event(EventType.PING, 0), START + minute * MINUTE, settings, FAITHFUL))
          .as("ping at minute %d", minute).isInstanceOf(Outcome.Accepted.class);
    }

    Outcome outcome = session.offer(event(EventType.PING, 0), START + 30 * MINUTE, settings, FAITHFUL);

    assertThat(outcome).isInstanceOf(Outcome.Gone.class);
    assertThat(((Outcome.Gone) outcome).reason()).isEqualTo("the playhead did not move for 30m");
  }

  @Test
  void aMovingPlayheadKeepsTheSessionOpenPastThirtyMinutes() {
    Session session = started();
    for (int minute = 5; minute <= 40; minute += 5) {
      assertThat(session.offer(event(EventType.PING, minute * 60), START + minute * MINUTE, settings, FAITHFUL))
          .as("ping at minute %d with the playhead moving", minute).isInstanceOf(Outcome.Accepted.class);
    }
  }

  @Test
  void anInvalidEventIsRecordedWithItsStatusButDoesNotKeepTheSessionAlive() {
    Session session = started();
    IncomingEvent invalid = new IncomingEvent(EventType.PING, 1, START, MissingNode.getInstance(), "{\"bad\":1}",
        List.of(Violation.of("/bad", "additionalProperties", "no such key", null, "bad")), 400);

    assertThat(session.offer(invalid, START + 9 * MINUTE, settings, FAITHFUL)).isInstanceOf(Outcome.Rejected.class);
    assertThat(session.offer(event(EventType.PING, 1), START + 10 * MINUTE, settings, FAITHFUL))
        .as("the rejected event did not count as activity").isInstanceOf(Outcome.Gone.class);

    SessionSnapshot snapshot = session.snapshot(START + 10 * MINUTE, settings, true);
    assertThat(snapshot.events()).extracting(RecordedEvent::status).containsExactly(201, 400, 410);
    assertThat(snapshot.rejected()).isEqualTo(2);
  }

  @Test
  void theEventCapRefusesWithoutRecording() {
    Session session = started();
    MockSettings tight = settings.toBuilder().maxEventsPerSession(2).build();
    session.offer(event(EventType.PLAY, 0), START + 1, tight, FAITHFUL);

    assertThat(session.offer(event(EventType.PING, 1), START + 2, tight, FAITHFUL)).isEqualTo(new Outcome.Full(2));
    assertThat(session.snapshot(START + 2, tight, false).recorded()).isEqualTo(2);
  }

  @Test
  void aClosedSessionExpiresWhenItsRetentionRunsOut() {
    Session session = started();
    session.offer(event(EventType.SESSION_END, 0), START + 1000, settings, FAITHFUL);
    Duration retention = settings.retention();

    assertThat(session.expired(START + 1000 + retention.toMillis() - 1, settings)).isFalse();
    assertThat(session.expired(START + 1000 + retention.toMillis(), settings)).isTrue();
  }

  @Test
  void aDownloadedBatchIsRecordedAsOneClosedSession() {
    List<IncomingEvent> batch =
        List.of(event(EventType.SESSION_START, 0), event(EventType.PLAY, 0), event(EventType.SESSION_COMPLETE, 35));
    SessionJudge judge = SessionRules.defaults().newJudge(true);
    Session session = Session.downloaded("sid", batch, List.of(), judge, START, NO_OWNER);

    SessionSnapshot snapshot = session.snapshot(START, settings, true);
    assertThat(snapshot.downloaded()).isTrue();
    assertThat(snapshot.state()).isEqualTo(SessionState.ENDED);
    assertThat(snapshot.events()).extracting(RecordedEvent::status).containsExactly(201, 204, 204);
    assertThat(session.offer(event(EventType.PING, 40), START + 1, settings, FAITHFUL))
        .isInstanceOf(Outcome.Gone.class);
  }

  @Test
  void anInjectedAnswerIsRecordedButNeitherJudgedNorAppliedNorCountedAsRejected() {
    Session session = started();

    session.inject(event(EventType.PING, 0), START + 1000, settings, 500, "status 500");
    session.inject(event(EventType.PLAY, 0), START + 2000, settings, 0, "fault EMPTY_RESPONSE");

    SessionSnapshot snapshot = session.snapshot(START + 2000, settings, true);
    assertThat(snapshot.events()).extracting(RecordedEvent::status, RecordedEvent::injected,
        RecordedEvent::answeredByFault, RecordedEvent::applied).containsExactly(
            Tuple.tuple(201, null, false, true),
            Tuple.tuple(500, "status 500", true, false),
            Tuple.tuple(0, "fault EMPTY_RESPONSE", true, false));
    assertThat(snapshot.rejected()).as("the player's rejected requests").isZero();
    assertThat(snapshot.injected()).isEqualTo(2);
    assertThat(snapshot.count(EventType.PING)).as("accepted pings").isZero();
    assertThat(snapshot.state()).isEqualTo(SessionState.OPEN);
  }

  /** A 410 closes the session, a 404 loses it; later events are gone with that status and reason. */
  @ParameterizedTest(name = "an injected {0} to a {1}: session {3}")
  @CsvSource(delimiter = '|', textBlock = """
      410 | ping | status 410              | CLOSED | closed by an injected fault: 410 to ping (event 1) | status 410, session closed
      404 | play | status 404 after 300 ms | LOST   | lost by an injected fault: 404 to play (event 1)   | status 404 after 300 ms, session lost
      """)
  void anInjectedFaultClosesOrLosesTheSessionAndLaterEventsAreGoneWithThatReason(int status, String type,
      String injected, SessionState state, String reason, String recorded) {
    Session session = started();

    session.inject(event(EventType.fromWireName(type).orElseThrow(), 0), START + 1000, settings, status, injected);
    Outcome later = session.offer(event(EventType.PING, 10), START + 2000, settings, FAITHFUL);

    assertThat(later).isEqualTo(new Outcome.Gone(state, reason, START + 1000));
    SessionSnapshot snapshot = session.snapshot(START + 2000, settings, true);
    assertThat(snapshot.closeReason()).isEqualTo(reason);
    assertThat(snapshot.events()).extracting(RecordedEvent::status, RecordedEvent::injected).containsExactly(
        Tuple.tuple(201, null),
        Tuple.tuple(status, recorded),
        Tuple.tuple(status, null));
  }

  @Test
  void anInjected410OnAnEndedSessionKeepsWhyItEnded() {
    Session session = started();
    session.offer(event(EventType.SESSION_END, 0), START + 1000, settings, FAITHFUL);

    session.inject(event(EventType.PING, 0), START + 2000, settings, 410, "status 410");

    SessionSnapshot snapshot = session.snapshot(START + 2000, settings, true);
    assertThat(snapshot.state()).isEqualTo(SessionState.ENDED);
    assertThat(snapshot.events().get(2).injected()).isEqualTo("status 410");
  }

  @Test
  void aLateAnswerTheMockGaveItselfIsAppliedAndSaysHowLateItWas() {
    Session session = started();

    Outcome outcome = session.offer(event(EventType.PLAY, 0), START + 1000, settings, FAITHFUL, "delay 3000 ms");

    assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
    RecordedEvent play = ((Outcome.Accepted) outcome).event();
    assertThat(play.injected()).isEqualTo("delay 3000 ms");
    assertThat(play.answeredByFault()).isFalse();
    assertThat(session.snapshot(START + 1000, settings, false).count(EventType.PLAY)).isEqualTo(1);
  }
}
