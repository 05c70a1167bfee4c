package org.mcmock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mcmock.contract.JsonBodyReader;
import org.mcmock.faults.FaultPlan;
import org.mcmock.model.EdgeEventType;
import org.mcmock.model.Finding;
import org.mcmock.model.Violation;
import org.mcmock.session.StoreFullException;

/**
 * {@code POST /ee[/{hint}]/v1/interact}, the Edge Network call through which Adobe's Web SDK starts a media
 * session: every event whose {@code xdm.eventType} is {@code media.sessionStart} opens one, and the answer's
 * {@code handle} carries a {@code media-analytics:new-session} entry for it (its {@code eventIndex} the event's
 * place). Other events are taken and ignored: 200 with an empty {@code handle}. A refused sessionStart gives
 * 207 with an entry in {@code errors}, as Adobe's Edge Network answers.
 */
public final class EdgeInteractTransformer extends EdgeTransformer {

  public static final String NAME = "media-edge-interact";

  private final FaultPlan faults;
  private final EdgeStarts starts;

  EdgeInteractTransformer(EventReader reader, FaultPlan faults, EdgeStarts starts) {
    super(NAME, reader);
    this.faults = faults;
    this.starts = starts;
  }

  @Override
  ResponseDefinition respond(Request request, String requestId) {
    if (configId(request) == null) {
      return EdgeAnswers.noDatastream("", requestId);
    }
    JsonBodyReader.Result body = read(request);
    if (body instanceof JsonBodyReader.Refused refused) {
      return unreadable(refused, requestId);
    }
    JsonNode events = ((JsonBodyReader.Json) body).node().path("events");
    if (!events.isArray()) {
      Violation missing = Violation.of("/events", "required", "array", events.isMissingNode() ? null : events,
          "An interact call carries its events in an array \"events\": [{\"xdm\": {...}}]");
      return EdgeAnswers.invalid(400, missing.message(), List.of(missing), requestId);
    }
    List<Integer> mediaStarts = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (EdgeEventType.SESSION_START.xdmName().equals(events.get(i).path("xdm").path("eventType").asText(null))) {
        mediaStarts.add(i);
      }
    }
    if (mediaStarts.isEmpty()) {
      return Answers.json(200, EdgeHandles.body(requestId, List.of(), List.of()));
    }
    return FaultAnswers.answer(faults.sessionStart(), late -> open(events, mediaStarts, late, requestId),
        injected -> starts.keepInjected(FaultAnswers.recordedStatus(injected), injected.describe(),
            events.toString()));
  }

  private ResponseDefinition open(JsonNode events, List<Integer> mediaStarts, String late, String requestId) {
    List<Map<String, Object>> sessions = new ArrayList<>();
    List<Map<String, Object>> errors = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    try {
      for (int index : mediaStarts) {
        ObjectNode one = JsonNodeFactory.instance.objectNode();
        one.putArray("events").add(events.get(index));
        EdgeStarts.Start start = starts.open(one, one.toString(), late);
        if (start instanceof EdgeStarts.Opened opened) {
          sessions.add(EdgeHandles.newSession(opened.sid(), index));
          findings.addAll(opened.findings());
        } else if (start instanceof EdgeStarts.Refused refused) {
          errors.add(refused.error(index, requestId));
          findings.addAll(refused.findings());
        }
      }
    } catch (StoreFullException full) {
      return EdgeAnswers.full(full, requestId);
    }
    return Answers.withFindings(Answers.json(errors.isEmpty() ? 200 : 207,
        EdgeHandles.body(requestId, EdgeHandles.edgeState(sessions), errors)), findings);
  }
}
