package org.mcmock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.model.Violation;
import org.mcmock.rules.DownloadedBatchRules.Form;
import org.mcmock.rules.DownloadedBatchRules;
import org.mcmock.session.Opening;
import org.mcmock.session.RejectedBatch;
import org.mcmock.session.StoreFullException;
import org.mcmock.session.SessionStore;

/**
 * Takes a downloaded batch, from {@code /api/v1/downloaded} or the deprecated array form on
 * {@code /api/v1/sessions}: all of it is recorded as one session, or none of it is.
 */
final class DownloadedIntake {

  private final EventReader reader;
  private final SessionStore store;

  DownloadedIntake(EventReader reader, SessionStore store) {
    this.reader = reader;
    this.store = store;
  }

  ResponseDefinition take(JsonNode batch, String text, String path, Form form) {
    Optional<Violation> tooLarge =
        DownloadedBatchRules.sizeProblem(batch.size(), store.settings().maxEventsPerSession());
    if (tooLarge.isPresent()) {
      return refuse(400, path, batch.size(), List.of(tooLarge.get()), text, tooLarge.get().message());
    }
    List<IncomingEvent> events = new ArrayList<>(batch.size());
    for (JsonNode element : batch) {
      events.add(reader.toEvent(element, element.toString()));
    }
    DownloadedBatchRules.Verdict verdict = DownloadedBatchRules.check(
        events, batch.path(0).path("params"), form);
    if (!verdict.accepted()) {
      return refuse(400, path, batch.size(), verdict.errors(), text,
          Answers.refusal("The downloaded batch was refused whole and nothing was recorded", verdict.errors()));
    }
    Opening opening;
    try {
      opening = store.recordDownloaded(events, verdict.findings());
    } catch (StoreFullException full) {
      return Answers.message(429, full.getMessage());
    }
    if (opening.refused()) {
      List<Violation> errors = Answers.ruleErrors(opening.findings(), f -> "/" + f.eventIndex());
      store.addRejectedBatch(RejectedBatch.of(store.clock().millis(), path, batch.size(), errors, text));
      return Answers.refusedByRule("The downloaded batch was refused whole and nothing was recorded", errors,
          opening.findings());
    }
    ResponseDefinition created = Answers.withFindings(
        Answers.created(Route.sessionLocation(opening.session().sid())), opening.findings());
    if (form == Form.DEPRECATED_SESSIONS_ARRAY) {
      return ResponseDefinitionBuilder.like(created)
          .withHeader("Deprecation", "true")
          .withHeader("Link", "<" + Route.DOWNLOADED.template() + ">; rel=\"successor-version\"")
          .build();
    }
    return created;
  }

  /** Refuses a batch, keeping it for the admin API's list of rejected batches. */
  ResponseDefinition refuse(
      int status, String path, int events, List<Violation> violations, String text, String message) {
    store.addRejectedBatch(RejectedBatch.of(store.clock().millis(), path, events, violations, text));
    return Answers.invalid(status, message, violations);
  }
}
