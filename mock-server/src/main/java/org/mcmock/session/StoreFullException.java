package org.mcmock.session;

/**
 * Thrown when a new session or request would pass one of the store's caps and no closed session is left to
 * forget to make room; the HTTP layer answers 429 with the message.
 */
public final class StoreFullException extends RuntimeException {

  public StoreFullException(String message) {
    super(message, null, false, false);
  }

  static StoreFullException sessions(int maxSessions) {
    return new StoreFullException("The mock already holds " + maxSessions + " sessions, all of them open (its cap,"
        + " --max-sessions); closed ones are forgotten first to make room. Reset it through the admin API, or"
        + " raise --max-sessions");
  }

  static StoreFullException requests(long maxRecordedBytes) {
    return new StoreFullException("The mock's memory for recorded requests (" + maxRecordedBytes / (1024 * 1024)
        + " MB, --max-recorded-mb) is full of open sessions; closed sessions are forgotten first to make room."
        + " Reset it through the admin API, or raise --max-recorded-mb");
  }
}
