package org.mcmock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.contract.JsonBodyReader;
import org.mcmock.contract.XdmEvents;
import org.mcmock.faults.FaultPlan;
import org.mcmock.model.EdgeEventType;
import org.mcmock.model.Finding;
import org.mcmock.model.Violation;
import org.mcmock.schema.SchemaCatalog;
import org.mcmock.session.Outcome;
import org.mcmock.session.Session;
import org.mcmock.session.SessionState;
import org.mcmock.session.SessionStore;
import org.mcmock.session.StoreFullException;

/**
 * {@code POST /ee[/{hint}]/va/v1/{eventType}}, Adobe's Media Edge API: sessionStart answers 200 with the
 * session's id in a {@code media-analytics:new-session} handle (207 with {@code errors} and no session when the
 * event is refused); the 17 events answer 204, or 400 explained, 404 for a session never issued, 410 for a
 * closed one. The session is the Media Collection engine's, reached through {@link XdmEvents}.
 */
public final class MediaEdgeTransformer extends EdgeTransformer {

  public static final String NAME = "media-edge-events";


  private final SchemaCatalog schemas;
  private final SessionStore store;
  private final FaultPlan faults;
  private final EdgeStarts starts;

  MediaEdgeTransformer(EventReader reader, SchemaCatalog schemas, SessionStore store, FaultPlan faults,
      EdgeStarts starts) {
    super(NAME, reader);
    this.schemas = schemas;
    this.store = store;
    this.faults = faults;
    this.starts = starts;
  }

  @Override
  ResponseDefinition respond(Request request, String requestId) {
    String operation = EdgeRoute.MEDIA.operation(Route.pathOf(request.getUrl())).orElse("");
    Optional<EdgeEventType> type = EdgeEventType.fromOperation(operation);
    if (type.isEmpty()) {
      return EdgeAnswers.said(404, "Not Found", "The requested resource could not be found.",
          "No Media Edge event type '" + operation + "': POST /ee/va/v1/ takes "
              + Arrays.stream(EdgeEventType.values()).map(EdgeEventType::operation).collect(Collectors.joining(", ")),
          requestId);
    }
    if (type.get() == EdgeEventType.SESSION_START && configId(request) == null) {
      return EdgeAnswers.noDatastream("", requestId);
    }
    JsonBodyReader.Result body = read(request);
    if (body instanceof JsonBodyReader.Refused refused) {
      return unreadable(refused, requestId);
    }
    JsonBodyReader.Json json = (JsonBodyReader.Json) body;
    JsonNode sent = XdmEvents.xdm(json.node()).path("eventType");
    if (sent.isTextual() && !sent.asText().equals(type.get().xdmName())) {
      String named = sent.asText().startsWith(EdgeEventType.PREFIX)
          ? sent.asText().substring(EdgeEventType.PREFIX.length()) : sent.asText();
      return EdgeAnswers.said(400, "Bad Request", "Invalid request. Please check your input and try again.",
          "The payload eventType " + named + " was different from the path eventType " + operation, requestId);
    }
    return type.get() == EdgeEventType.SESSION_START
        ? start(json, requestId)
        : event(type.get(), json, requestId);
  }

  private ResponseDefinition start(JsonBodyReader.Json json, String requestId) {
    return FaultAnswers.answer(faults.sessionStart(), late -> {
      try {
        EdgeStarts.Start start = starts.open(json.node(), json.text(), late);
        if (start instanceof EdgeStarts.Opened opened) {
          return Answers.withFindings(Answers.json(200, EdgeHandles.body(requestId,
              EdgeHandles.edgeState(List.of(EdgeHandles.newSession(opened.sid(), 0))), List.of())), opened.findings());
        }
        EdgeStarts.Refused refused = (EdgeStarts.Refused) start;
        return Answers.withFindings(Answers.json(207, EdgeHandles.body(requestId, EdgeHandles.edgeState(List.of()),
            List.of(refused.error(0, requestId)))), refused.findings());
      } catch (StoreFullException full) {
        return EdgeAnswers.full(full, requestId);
      }
    }, injected -> starts.keepInjected(FaultAnswers.recordedStatus(injected), injected.describe(), json.text()));
  }

  private ResponseDefinition event(EdgeEventType type, JsonBodyReader.Json json, String requestId) {
    JsonNode sidNode = XdmEvents.xdm(json.node()).path("mediaCollection").path("sessionID");
    List<Violation> violations = schemas.validate(type, json.node());
    String sid = sidNode.asText("");
    Optional<Session> session = sidNode.isTextual() ? store.find(sid) : Optional.empty();
    if (session.isEmpty()) {
      return violations.isEmpty() ? unknown(sid, requestId)
          : EdgeAnswers.invalid(400, Answers.refusal("The " + type.xdmName() + " event was refused", violations),
              violations, requestId);
    }
    List<IncomingEvent> events = XdmEvents.read(type, json.node(), json.text(), violations, store.clock().millis());
    return FaultAnswers.answer(faults.event(events.get(0).type()),
        late -> offer(session.get(), events, late, new Reply(sid, type, requestId)),
        injected -> store.inject(session.get(), events.get(0), FaultAnswers.recordedStatus(injected),
            injected.describe()));
  }

  /** Each event in turn (a statesUpdate may hold several); the first that is not accepted decides the answer. */
  private ResponseDefinition offer(Session session, List<IncomingEvent> events, String late, Reply reply) {
    List<Finding> findings = new ArrayList<>();
    try {
      for (IncomingEvent event : events) {
        Outcome.Final outcome = store.settle(session, store.offer(session, event, late),
            store.settings().ordering().settleWindow());
        if (!(outcome instanceof Outcome.Accepted accepted)) {
          return outcome.reply(reply);
        }
        findings.addAll(accepted.event().findings());
      }
    } catch (StoreFullException full) {
      return EdgeAnswers.full(full, reply.requestId());
    }
    return Answers.accepted(findings);
  }

  /** The answer to each final outcome that is not an acceptance, as Adobe's Media Edge API words it. */
  private record Reply(String sid, EdgeEventType type, String requestId) implements Outcome.Reply<ResponseDefinition> {

    @Override
    public ResponseDefinition accepted(Outcome.Accepted accepted) {
      return Answers.accepted(accepted.event().findings());
    }

    @Override
    public ResponseDefinition refusedByRule(Outcome.RefusedByRule refused) {
      List<Finding> findings = refused.event().findings();
      List<Violation> errors = Answers.ruleErrors(findings, f -> "");
      return Answers.withFindings(EdgeAnswers.problem(400, EdgeAnswers.type(400), "Bad Request",
          Answers.refusal("The " + type.xdmName() + " event was refused in strict mode", errors),
          Map.of("details", EdgeAnswers.Detail.of(errors, ""), "findings", findings), requestId), findings);
    }

    @Override
    public ResponseDefinition rejected(Outcome.Rejected rejected) {
      var violations = rejected.event().violations();
      return EdgeAnswers.invalid(rejected.status(),
          Answers.refusal("The " + type.xdmName() + " event was refused", violations), violations, requestId);
    }

    @Override
    public ResponseDefinition gone(Outcome.Gone gone) {
      String at = Instant.ofEpochMilli(gone.closedAt()).toString();
      String why = "Session " + sid + " is no longer being computed (" + gone.state().label() + "): "
          + gone.reason() + ", at " + at + ". It takes no more events; start a new session with POST "
          + "/ee/va/v1/sessionStart";
      return EdgeAnswers.said(gone.status(), gone.status() == 410 ? "Gone" : "Not Found",
          "The session is no longer being computed on the server side.", why, requestId);
    }

    @Override
    public ResponseDefinition full(Outcome.Full full) {
      String why = "Session " + sid + " already holds " + full.maxEvents() + " recorded requests, the mock's cap per"
          + " session (--max-events-per-session); this request was not recorded";
      return EdgeAnswers.said(full.status(), "Too Many Requests", why, why, requestId);
    }
  }

  private static ResponseDefinition unknown(String sid, String requestId) {
    return EdgeAnswers.said(404, "Not Found",
        "The requested resource could not be found but may be available again in the future.",
        "Error processing request. No session " + sid + ": it was never issued by this mock, or it closed long ago"
            + " and was forgotten. Start a new session with POST /ee/va/v1/sessionStart", requestId);
  }
}
