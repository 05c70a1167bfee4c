package org.mcmock.junit;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.mcmock.session.SessionSnapshot;
import org.mcmock.session.SessionStore;
import org.mcmock.verify.ViewingEnd;
import org.opentest4j.AssertionFailedError;

/** Waits until a player's viewing is over, as {@link ViewingEnd} judges it. */
final class SessionEnd {

  private static final Duration POLL = Duration.ofMillis(10);

  private SessionEnd() {}

  /**
   * Polls {@link #ended} every few milliseconds of wall-clock time; whether a session is over is judged on the
   * mock's own clock, so a test that moves the mock's clock ends the wait on the next poll.
   */
  static void await(SessionStore store, Duration timeout) {
    try {
      Awaitility.await("the player's session to end").atMost(timeout).pollDelay(Duration.ZERO).pollInterval(POLL)
          .until(() -> ended(store));
    } catch (ConditionTimeoutException e) {
      throw new AssertionFailedError("The player's session did not end within " + timeout.toMillis() + " ms: "
          + describe(store.snapshots()) + ". A session ends with sessionEnd, or with sessionComplete and "
          + ViewingEnd.QUIET_AFTER_COMPLETE.toSeconds() + " s without a request.");
    }
  }

  static boolean ended(SessionStore store) {
    List<SessionSnapshot> sessions = store.snapshots();
    if (sessions.isEmpty()) {
      return false;
    }
    SessionSnapshot newest = sessions.get(sessions.size() - 1);
    return ViewingEnd.over(newest.state().label(), newest.lastEventAt(), store.clock().millis());
  }

  private static String describe(List<SessionSnapshot> sessions) {
    if (sessions.isEmpty()) {
      return "the mock has no session (the player posted no sessionStart it accepted)";
    }
    SessionSnapshot newest = sessions.get(sessions.size() - 1);
    return sessions.size() + (sessions.size() == 1 ? " session" : " sessions") + ", the newest " + newest.sid()
        + " is " + newest.state() + " after " + newest.recorded() + (newest.recorded() == 1 ? " request" : " requests");
  }
}
