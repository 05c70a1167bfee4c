package org.mcmock.junit;

import java.time.Duration;
import java.util.List;
import org.mcmock.session.SessionSnapshot;
import org.mcmock.session.SessionState;
import org.mcmock.session.SessionStore;
import org.opentest4j.AssertionFailedError;

/**
 * When a player's viewing is over, as the features' command mode judges it: its newest session has ended, or
 * is complete and quiet. The newest, because a player that restarts after a 410 leaves its old session behind.
 */
final class SessionEnd {

  /** How long a complete session must go without a request before the player is taken to be done with it. */
  static final Duration QUIET_AFTER_COMPLETE = Duration.ofSeconds(2);

  private static final long POLL_MILLIS = 10;

  private SessionEnd() {}

  static void await(SessionStore store, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!ended(store)) {
      if (System.nanoTime() - deadline >= 0) {
        throw new AssertionFailedError("The player's session did not end within " + timeout.toMillis() + " ms: "
            + describe(store.snapshots()) + ". A session ends with sessionEnd, or with sessionComplete and "
            + QUIET_AFTER_COMPLETE.toSeconds() + " s without a request.");
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the player's session to end", e);
      }
    }
  }

  static boolean ended(SessionStore store) {
    List<SessionSnapshot> sessions = store.snapshots();
    if (sessions.isEmpty()) {
      return false;
    }
    SessionSnapshot newest = sessions.get(sessions.size() - 1);
    return !newest.state().acceptsEvents() || newest.state() == SessionState.COMPLETE
        && store.clock().millis() - newest.lastEventAt() >= QUIET_AFTER_COMPLETE.toMillis();
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
