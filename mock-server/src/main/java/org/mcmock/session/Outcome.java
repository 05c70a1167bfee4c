package org.mcmock.session;

/** What a session did with an event; the HTTP layer turns each case into Adobe's status code. */
public sealed interface Outcome {

  /**
   * Applied for now, but a finding on it could still be cured by a request not yet arrived (an adBreakStart sent
   * with its adStart): {@link SessionStore#settle} waits for the verdict. {@code arrival} names the request.
   */
  record Unsettled(int arrival) implements Outcome {}

  /** Applied to the session (204); its findings, if any, are on the event. */
  record Accepted(RecordedEvent event) implements Outcome {}

  /** Recorded but not applied because the event is invalid (400). */
  record Rejected(RecordedEvent event) implements Outcome {}

  /** Recorded but not applied because strict mode refuses events with error findings (400). */
  record RefusedByRule(RecordedEvent event) implements Outcome {}

  /** The session is closed (410): why and when. */
  record Gone(SessionState state, String reason, long closedAt) implements Outcome {}

  /** The session already holds the maximum number of recorded requests. */
  record Full(int maxEvents) implements Outcome {}
}
