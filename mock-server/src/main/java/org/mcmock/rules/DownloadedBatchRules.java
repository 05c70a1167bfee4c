package org.mcmock.rules;

import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mcmock.model.EventType;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.model.Violation;

/**
 * The rules a downloaded batch must meet to be recorded as one session (docs/decisions.md#downloaded-batches).
 * Errors refuse the whole batch; warnings become findings on the recorded session.
 */
public final class DownloadedBatchRules {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Where the batch was posted. */
  public enum Form {
    /** {@code POST /api/v1/downloaded}: the current API. */
    DOWNLOADED_ENDPOINT,
    /** A JSON array on {@code POST /api/v1/sessions}: deprecated, needs {@code media.downloaded: true}. */
    DEPRECATED_SESSIONS_ARRAY
  }

  /** @param errors reasons to refuse the batch; empty when it may be recorded */
  public record Verdict(List<Violation> errors, List<Finding> findings) {
    public boolean accepted() {
      return errors.isEmpty();
    }
  }

  private DownloadedBatchRules() {}

  /** Checked before anything else, so an enormous batch is refused without reading its elements. */
  public static Optional<Violation> sizeProblem(int size, int maxEvents) {
    if (size <= maxEvents) {
      return Optional.empty();
    }
    return Optional.of(violation("", RuleId.DOWNLOADED_TOO_MANY_EVENTS, "at most " + maxEvents + " events",
        NODES.numberNode(size), "The batch has " + size + " events; the mock keeps at most " + maxEvents
            + " per session (--max-events-per-session)"));
  }

  /**
   * @param events the batch's elements, each already validated against its schema
   * @param firstParams the {@code params} object of the first element (missing node if none)
   */
  public static Verdict check(List<IncomingEvent> events, JsonNode firstParams, Form form) {
    List<Violation> errors = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    if (events.isEmpty()) {
      errors.add(violation("", RuleId.DOWNLOADED_EMPTY, "an array starting with sessionStart",
          NODES.arrayNode(), "The batch is empty: a downloaded session needs at least its sessionStart"));
      return new Verdict(errors, findings);
    }
    int sessionEndAt = -1;
    long previousTs = -1;
    for (int i = 0; i < events.size(); i++) {
      IncomingEvent event = events.get(i);
      for (Violation violation : event.violations()) {
        errors.add(violation.atIndex(i));
      }
      EventType type = event.type();
      if (i == 0 && type != EventType.SESSION_START) {
        errors.add(violation("/0/eventType", RuleId.DOWNLOADED_FIRST_NOT_SESSION_START, "sessionStart",
            typeNode(type), "The first event of a downloaded batch must be sessionStart, as on a live session"));
      }
      if (i > 0 && type == EventType.SESSION_START) {
        errors.add(violation("/" + i + "/eventType", RuleId.DOWNLOADED_SECOND_SESSION_START,
            "one sessionStart per batch", typeNode(type),
            "event " + i + " is a second sessionStart: a batch is one session; send each session as its own batch"));
      }
      if (sessionEndAt >= 0) {
        errors.add(violation("/" + i, RuleId.DOWNLOADED_AFTER_SESSION_END, "nothing after sessionEnd",
            typeNode(type), "event " + i + " (" + type + ") comes after sessionEnd at event " + sessionEndAt
                + ": sessionEnd closes the session, so nothing may follow it"));
      }
      if (type == EventType.SESSION_END && sessionEndAt < 0) {
        sessionEndAt = i;
      }
      if (event.ts() >= 0) {
        if (previousTs >= 0 && event.ts() < previousTs) {
          errors.add(violation("/" + i + "/playerTime/ts", RuleId.DOWNLOADED_TS_BACKWARDS,
              "at least " + previousTs, NODES.numberNode(event.ts()), "event " + i + " has ts " + event.ts()
                  + ", earlier than the previous event's " + previousTs + ": store events in the order they happened"));
        }
        previousTs = Math.max(previousTs, event.ts());
      }
    }
    checkDownloadedFlag(firstParams.path("media.downloaded"), form, errors, findings);
    boolean closed = events.stream()
        .anyMatch(e -> e.type() == EventType.SESSION_COMPLETE || e.type() == EventType.SESSION_END);
    if (!closed) {
      findings.add(RuleId.DOWNLOADED_NO_CLOSE.finding(events.size() - 1,
          "The batch has neither sessionComplete nor sessionEnd: end it with sessionComplete (watched to the end)"
              + " or sessionEnd (abandoned), or Adobe cannot tell how the viewing ended"));
    }
    return new Verdict(Violation.capped(errors), findings);
  }

  private static void checkDownloadedFlag(JsonNode flag, Form form, List<Violation> errors, List<Finding> findings) {
    if (form == Form.DEPRECATED_SESSIONS_ARRAY) {
      if (!flag.isBoolean() || !flag.booleanValue()) {
        errors.add(violation("/0/params/media.downloaded", RuleId.DOWNLOADED_FLAG_MISSING, "true",
            flag.isMissingNode() ? null : flag,
            "A downloaded batch posted to /api/v1/sessions (deprecated) needs \"media.downloaded\": true in the "
                + "sessionStart params; better, post it to /api/v1/downloaded"));
      }
      findings.add(RuleId.DOWNLOADED_DEPRECATED_FORM.finding(0,
          "Downloaded content posted as an array to /api/v1/sessions is deprecated and scheduled for removal:"
              + " post the same array to /api/v1/downloaded"));
    } else if (flag.isBoolean() && !flag.booleanValue()) {
      findings.add(RuleId.DOWNLOADED_FLAG_FALSE.finding(0,
          "\"media.downloaded\": false on /api/v1/downloaded: the flag is no longer needed there; drop it"
              + " (or send true)"));
    }
  }

  private static Violation violation(String path, RuleId rule, String expected, JsonNode actual, String message) {
    return Violation.of(path, rule.name(), expected, actual, message);
  }

  private static JsonNode typeNode(EventType type) {
    return type == null ? null : NODES.textNode(type.wireName());
  }
}
