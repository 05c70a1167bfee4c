package org.mcmock.session;

/**
 * What a session did with an event. Each final outcome carries the HTTP status Adobe answers it with; this is the
 * one place those statuses are decided, and the session records the same status on the event it keeps.
 */
public sealed interface Outcome {

  /**
   * Applied for now, but a finding on it could still be cured by a request not yet arrived (an adBreakStart sent
   * with its adStart): {@link SessionStore#settle} waits for the verdict, a {@link Final} outcome. {@code entry}
   * is the request in its session, so the verdict needs no search of the session's requests.
   */
  record Unsettled(OrderedEvents.Entry entry) implements Outcome {}

  /** An outcome that no later request changes: it has its status, and {@link #reply} turns it into an answer. */
  sealed interface Final extends Outcome {

    /** The HTTP status of the answer, as {@link Outcome#STATUS} decides it. */
    default int status() {
      return reply(STATUS);
    }

    /** What {@code reply} makes of this outcome; every kind of outcome has its own method, checked at compile time. */
    <T> T reply(Reply<T> reply);
  }

  /** One method per final outcome, so a new kind of outcome fails to compile until every reply handles it. */
  interface Reply<T> {
    T accepted(Accepted outcome);

    T rejected(Rejected outcome);

    T refusedByRule(RefusedByRule outcome);

    T gone(Gone outcome);

    T full(Full outcome);
  }

  /** Applied to the session: 204; its findings, if any, are on the event. */
  record Accepted(RecordedEvent event) implements Final {
    @Override public <T> T reply(Reply<T> reply) { return reply.accepted(this); }
  }

  /**
   * Recorded but not applied because the event is invalid: the status its reader chose (400, or 413/415 for a
   * body that cannot be read), as recorded on the event.
   */
  record Rejected(RecordedEvent event) implements Final {
    @Override public <T> T reply(Reply<T> reply) { return reply.rejected(this); }
  }

  /** Recorded but not applied because strict mode refuses events with error findings: 400. */
  record RefusedByRule(RecordedEvent event) implements Final {
    @Override public <T> T reply(Reply<T> reply) { return reply.refusedByRule(this); }
  }

  /**
   * The session takes no more events, why and since when: 410 when it closed (ended, completed, timed out, or
   * closed by an injected 410), 404 when it was lost (an injected 404), as Adobe answers a sid it no longer knows.
   */
  record Gone(SessionState state, String reason, long closedAt) implements Final {
    @Override public <T> T reply(Reply<T> reply) { return reply.gone(this); }
  }

  /** The session already holds the maximum number of recorded requests: 429, and this one is not recorded. */
  record Full(int maxEvents) implements Final {
    @Override public <T> T reply(Reply<T> reply) { return reply.full(this); }
  }

  int ACCEPTED = 204;
  int REFUSED_BY_RULE = 400;
  int FULL = 429;

  /** The status of what a session takes no more: 404 once it is lost, else 410. */
  static int goneStatus(SessionState state) {
    return state == SessionState.LOST ? 404 : 410;
  }

  /** Every final outcome's status, decided here and nowhere else. */
  Reply<Integer> STATUS = new Reply<>() {
    @Override public Integer accepted(Accepted outcome) { return ACCEPTED; }

    @Override public Integer rejected(Rejected outcome) { return outcome.event().status(); }

    @Override public Integer refusedByRule(RefusedByRule outcome) { return REFUSED_BY_RULE; }

    @Override public Integer gone(Gone outcome) { return goneStatus(outcome.state()); }

    @Override public Integer full(Full outcome) { return FULL; }
  };
}
