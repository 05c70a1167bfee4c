package org.mcmock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.http.Request;
import java.util.List;
import java.util.function.Supplier;
import org.mcmock.model.EventType;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.contract.JsonBodyReader;
import org.mcmock.model.Violation;
import org.mcmock.faults.FaultPlan;
import org.mcmock.rules.DownloadedBatchRules.Form;
import org.mcmock.model.Finding;
import org.mcmock.model.RuleId;
import org.mcmock.session.Opening;
import org.mcmock.session.RefusedStart;
import org.mcmock.session.StoreFullException;
import org.mcmock.session.SessionStore;

/**
 * {@code POST /api/v1/sessions}: a sessionStart opens a session (201 + Location), unless a fault planned through
 * the admin API answers instead; an array is a downloaded batch.
 */
public final class SessionsTransformer extends MediaCollectionTransformer {

  public static final String NAME = "media-collection-sessions";

  private final EventReader reader;
  private final DownloadedIntake downloaded;
  private final SessionStore store;
  private final FaultPlan faults;

  SessionsTransformer(EventReader reader, DownloadedIntake downloaded, SessionStore store, FaultPlan faults) {
    super(NAME, true);
    this.reader = reader;
    this.downloaded = downloaded;
    this.store = store;
    this.faults = faults;
  }

  /** Anything but a batch is a sessionStart, however malformed, so a fault planned on sessionStart counts it. */
  @Override
  ResponseDefinition answer(Request request) {
    JsonBodyReader.Result body = reader.readBody(request);
    if (body instanceof JsonBodyReader.Json json && json.node().isArray()) {
      return downloaded.take(json.node(), json.text(), Route.SESSIONS.template(), Form.DEPRECATED_SESSIONS_ARRAY);
    }
    // The body as text only for a sessionStart that opens no session: most open one.
    Supplier<String> raw = request::getBodyAsString;
    return FaultAnswers.answer(faults.sessionStart(), late -> open(body, raw, late),
        injected -> store.addRefusedStart(RefusedStart.of(store.clock().millis(), FaultAnswers.recordedStatus(injected),
            List.of(), List.of(), injected.describe(), raw.get())));
  }

  /** The mock's own answer; {@code late} says what a planned delay does to it, for the session's record. */
  private ResponseDefinition open(JsonBodyReader.Result body, Supplier<String> raw, String late) {
    if (body instanceof JsonBodyReader.Refused refused) {
      keepRefused(refused.status(), List.of(refused.violation()), List.of(), raw.get());
      return Answers.invalid(refused.status(), refused.violation().message(), List.of(refused.violation()));
    }
    JsonBodyReader.Json json = (JsonBodyReader.Json) body;
    IncomingEvent start = reader.toEvent(json.node(), json.text());
    if (start.type() != null && start.type() != EventType.SESSION_START) {
      start = start.refuse(Violation.of("/eventType", "endpoint", "sessionStart",
          JsonNodeFactory.instance.textNode(start.type().wireName()),
          "POST /api/v1/sessions only opens sessions: send sessionStart here, and " + start.type()
              + " to /api/v1/sessions/{sid}/events"));
    }
    JsonNode downloadedFlag = json.node().path("params").path("media.downloaded");
    if (downloadedFlag.isBoolean() && downloadedFlag.booleanValue()) {
      start = start.refuse(Violation.of("/params/media.downloaded", RuleId.DOWNLOADED_ON_LIVE_SESSION.name(),
          "false or absent", downloadedFlag,
          "\"media.downloaded\": true marks downloaded content, which goes to POST /api/v1/downloaded as one"
              + " array (or the deprecated array form on /api/v1/sessions), not to a live session"));
    }
    if (!start.valid()) {
      keepRefused(400, start.violations(), List.of(), json.text());
      return Answers.invalid(400, Answers.refusal("The sessionStart was refused", start.violations()),
          start.violations());
    }
    try {
      Opening opening = store.open(start, late);
      if (opening.refused()) {
        keepRefused(400, List.of(), opening.findings(), json.text());
        return Answers.refusedByRule("The sessionStart was refused", opening.findings(), f -> "");
      }
      return Answers.withFindings(Answers.created(Route.sessionLocation(opening.session().sid())),
          opening.findings());
    } catch (StoreFullException full) {
      return Answers.message(429, full.getMessage());
    }
  }

  private void keepRefused(int status, List<Violation> violations, List<Finding> findings, String body) {
    store.addRefusedStart(RefusedStart.of(store.clock().millis(), status, violations, findings, null, body));
  }
}
