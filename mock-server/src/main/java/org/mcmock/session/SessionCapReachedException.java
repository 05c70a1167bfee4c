package org.mcmock.session;

/** Thrown when a new session would exceed {@code maxSessions}; the HTTP layer answers 429. */
public final class SessionCapReachedException extends RuntimeException {

  private final int maxSessions;

  public SessionCapReachedException(int maxSessions) {
    super("The mock already holds " + maxSessions + " sessions (its cap); reset it through the admin API,"
        + " shorten --retention, or raise --max-sessions", null, false, false);
    this.maxSessions = maxSessions;
  }

  public int maxSessions() {
    return maxSessions;
  }
}
