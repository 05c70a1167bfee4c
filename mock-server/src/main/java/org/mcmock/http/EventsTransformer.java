package org.mcmock.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.http.Request;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mcmock.config.Durations;
import org.mcmock.model.EventType;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.model.Violation;
import org.mcmock.faults.FaultPlan;
import org.mcmock.session.Outcome;
import org.mcmock.session.Session;
import org.mcmock.session.SessionState;
import org.mcmock.session.StoreFullException;
import org.mcmock.session.SessionStore;

/**
 * {@code POST /api/v1/sessions/{sid}/events}: 204, or 400 explained, 404 unknown or lost sid, 410 closed session;
 * or what a fault planned through the admin API asks for.
 */
public final class EventsTransformer extends MediaCollectionTransformer {

  public static final String NAME = "media-collection-events";

  private final EventReader reader;
  private final SessionStore store;
  private final FaultPlan faults;

  EventsTransformer(EventReader reader, SessionStore store, FaultPlan faults) {
    super(NAME, true);
    this.reader = reader;
    this.store = store;
    this.faults = faults;
  }

  /**
   * While a fault is planned the event is read first, since the fault waits for its type whatever becomes of
   * the session; otherwise an unknown sid gets its 404 without the body being read.
   */
  @Override
  ResponseDefinition answer(Request request) {
    String sid = Route.EVENTS.parameter(Route.pathOf(request.getUrl())).orElse("");
    Optional<Session> session = store.find(sid);
    if (session.isEmpty() && faults.faults().isEmpty()) {
      return unknown(sid);
    }
    IncomingEvent event = reader.readEvent(request);
    return FaultAnswers.answer(faults.event(event.type()), late -> offer(sid, session, event, late),
        injected -> session.ifPresent(s -> store.inject(s, event, FaultAnswers.recordedStatus(injected),
            injected.describe())));
  }

  /** The mock's own answer; {@code late} says what a planned delay does to it, for the session's record. */
  private ResponseDefinition offer(String sid, Optional<Session> session, IncomingEvent event, String late) {
    if (session.isEmpty()) {
      return unknown(sid);
    }
    if (event.type() == EventType.SESSION_START) {
      event = event.refuse(Violation.of("/eventType", "endpoint", "any event but sessionStart",
          JsonNodeFactory.instance.textNode("sessionStart"),
          "sessionStart opens a new session: POST it to /api/v1/sessions, not to an existing session's events"));
    }
    Outcome.Final outcome;
    try {
      outcome = store.settle(session.get(), store.offer(session.get(), event, late),
          store.settings().ordering().settleWindow());
    } catch (StoreFullException full) {
      return Answers.message(Outcome.FULL, full.getMessage());
    }
    String what = event.type() == null ? "The event was refused" : "The " + event.type() + " event was refused";
    return outcome.reply(new Reply(sid, what));
  }

  /** The answer to each final outcome, with the status the outcome carries. */
  private record Reply(String sid, String what) implements Outcome.Reply<ResponseDefinition> {

    @Override
    public ResponseDefinition accepted(Outcome.Accepted accepted) {
      return Answers.accepted(accepted.event().findings());
    }

    @Override
    public ResponseDefinition refusedByRule(Outcome.RefusedByRule refused) {
      return Answers.refusedByRule(what, refused.event().findings(), f -> "");
    }

    @Override
    public ResponseDefinition rejected(Outcome.Rejected rejected) {
      var violations = rejected.event().violations();
      return Answers.invalid(rejected.status(), Answers.refusal(what, violations), violations);
    }

    @Override
    public ResponseDefinition gone(Outcome.Gone gone) {
      String at = Instant.ofEpochMilli(gone.closedAt()).toString();
      if (gone.state() == SessionState.LOST) {
        return Answers.message(gone.status(), "No session " + sid + " any more: it was " + gone.reason() + ", at "
            + at + ". Start a new session with POST /api/v1/sessions");
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("message", "Session " + sid + " is closed (" + gone.state() + "): " + gone.reason() + ", at " + at
          + ". It takes no more events; start a new session with POST /api/v1/sessions");
      body.put("state", gone.state().label());
      body.put("closedAt", at);
      body.put("reason", gone.reason());
      return Answers.json(gone.status(), body);
    }

    @Override
    public ResponseDefinition full(Outcome.Full full) {
      return Answers.message(full.status(), "Session " + sid + " already holds " + full.maxEvents()
          + " recorded requests, the mock's cap per session (--max-events-per-session); this request was not"
          + " recorded");
    }
  }

  private ResponseDefinition unknown(String sid) {
    return Answers.message(404, "No session " + sid + ": it was never issued by this mock, or it closed more than "
        + Durations.format(store.settings().retention())
        + " ago and was forgotten. Start a new session with POST /api/v1/sessions");
  }
}
