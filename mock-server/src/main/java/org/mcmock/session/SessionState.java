package org.mcmock.session;

/** Where a session is in its life. Only {@link #OPEN} and {@link #COMPLETE} accept events. */
public enum SessionState {
  /** Started, taking events. */
  OPEN("open"),
  /** sessionComplete arrived: the content was watched to the end, but the session stays open. */
  COMPLETE("complete"),
  /** sessionEnd arrived, or a downloaded batch was recorded: closed for good. */
  ENDED("ended"),
  /** No event, or no playhead movement, for longer than the timeout. */
  TIMED_OUT("timed-out"),
  /** A fault planned through the admin API answered 410 to an event: closed as Adobe's backend closes one. */
  CLOSED("closed"),
  /**
   * A fault planned through the admin API answered 404 to an event: the backend lost the session, so later
   * events get 404 too, while the admin API still shows it.
   */
  LOST("lost");

  private final String label;

  SessionState(String label) {
    this.label = label;
  }

  public boolean acceptsEvents() {
    return this == OPEN || this == COMPLETE;
  }

  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
