package org.mcmock.junit;

import java.time.Duration;
import java.util.List;
import org.mcmock.session.SessionSnapshot;
import org.mcmock.session.SessionStore;
import org.mcmock.verify.ViewingEnd;
import org.opentest4j.AssertionFailedError;

/** Waits until a player's viewing is over, as {@link ViewingEnd} judges it. */
final class SessionEnd {

  private static final long POLL_MILLIS = 10;

  private SessionEnd() {}

  static void await(SessionStore store, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!ended(store)) {
      if (System.nanoTime() - deadline >= 0) {
        throw new AssertionFailedError("The player's session did not end within " + timeout.toMillis() + " ms: "
            + describe(store.snapshots()) + ". A session ends with sessionEnd, or with sessionComplete and "
            + ViewingEnd.QUIET_AFTER_COMPLETE.toSeconds() + " s without a request.");
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
