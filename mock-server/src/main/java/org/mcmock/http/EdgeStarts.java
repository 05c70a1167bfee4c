package org.mcmock.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.contract.XdmEvents;
import org.mcmock.model.EdgeEventType;
import org.mcmock.model.Finding;
import org.mcmock.model.Violation;
import org.mcmock.schema.SchemaCatalog;
import org.mcmock.session.Opening;
import org.mcmock.session.RefusedStart;
import org.mcmock.session.SessionStore;

/**
 * Opens a session from one Media Edge {@code media.sessionStart} event, for {@code /ee/va/v1/sessionStart} and
 * for the Web SDK's {@code /ee/v1/interact}: the Media Edge schema judges it, {@link XdmEvents} hands it to the
 * store, and a refusal is kept among the refused sessionStarts as on the Media Collection API.
 */
final class EdgeStarts {

  private final SchemaCatalog schemas;
  private final SessionStore store;

  EdgeStarts(SchemaCatalog schemas, SessionStore store) {
    this.schemas = schemas;
    this.store = store;
  }

  /** A session opened, or the errors that kept it from opening. */
  sealed interface Start {}

  record Opened(String sid, List<Finding> findings) implements Start {}

  record Refused(List<Violation> errors, List<Finding> findings) implements Start {

    /** An entry of a 207's {@code errors}, for the event at {@code eventIndex}: paths relative to the event. */
    Map<String, Object> error(int eventIndex, String requestId) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("type", EdgeAnswers.type(400));
      error.put("status", 400);
      error.put("title", "Invalid request");
      error.put("detail", Answers.refusal("The sessionStart was refused", errors));
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("eventIndex", eventIndex);
      report.put("details", EdgeAnswers.Detail.of(errors, "/events/0"));
      if (!findings.isEmpty()) {
        report.put("findings", findings);
      }
      report.put("requestId", requestId);
      error.put("report", report);
      return error;
    }
  }

  /**
   * @param body a body holding the one sessionStart event, {@code {"events": [event]}}
   * @param late what a delay planned through the admin API did to the answer, or null
   */
  Start open(JsonNode body, String text, String late) {
    List<Violation> violations = schemas.validate(EdgeEventType.SESSION_START, body);
    IncomingEvent start = XdmEvents.read(EdgeEventType.SESSION_START, body, text, violations, store.clock().millis())
        .get(0);
    if (!start.valid()) {
      keep(start.violations(), List.of(), text);
      return new Refused(start.violations(), List.of());
    }
    Opening opening = store.open(start, late);
    if (opening.refused()) {
      keep(List.of(), opening.findings(), text);
      return new Refused(Answers.ruleErrors(opening.findings(), f -> ""), opening.findings());
    }
    return new Opened(opening.session().sid(), opening.findings());
  }

  /** A start a fault planned through the admin API answered instead of the mock. */
  void keepInjected(int status, String injected, String text) {
    store.addRefusedStart(RefusedStart.of(store.clock().millis(), status, List.of(), List.of(), injected, text));
  }

  private void keep(List<Violation> violations, List<Finding> findings, String text) {
    store.addRefusedStart(RefusedStart.of(store.clock().millis(), 400, violations, findings, null, text));
  }
}
