package org.mcmock.journal;

import org.mcmock.model.Api;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.mcmock.model.EventType;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.model.Violation;
import org.mcmock.model.Finding;
import org.mcmock.model.Mode;
import org.mcmock.session.RefusedStart;
import org.mcmock.session.RejectedBatch;

/**
 * One line of a journal file: one call that changed the store, with what it was given and when. Only the fields
 * its {@code kind} needs are written.
 *
 * @param kind {@code started, opened, downloaded, offered, injected, rejectedBatch, refusedStart, mode, reset}
 * @param at the arrival time the store used, epoch ms
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JournalLine(String kind, long at, String sid, Event event, String late, List<Event> batch,
    List<Finding> batchFindings, Integer status, String injected, RejectedBatch rejectedBatch,
    RefusedStart refusedStart, String mode) {

  static JournalLine of(String kind, long at) {
    return new JournalLine(kind, at, null, null, null, null, null, null, null, null, null, null);
  }

  JournalLine withMode(Mode value) {
    return new JournalLine(kind, at, sid, event, late, batch, batchFindings, status, injected, rejectedBatch,
        refusedStart, value.label());
  }

  /**
   * An event as the store was given it: the body as received, and the verdict of its schema.
   *
   * @param translated for a Media Edge event, the Media Collection body the rules judged (one XDM statesUpdate
   *     stands for several); null for a Media Collection event, whose body is what the rules judged
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Event(String body, boolean json, String type, Double playhead, long ts, List<Violation> violations,
      int refusalStatus, String translated) {

    static Event of(IncomingEvent event) {
      return new Event(event.body(), !event.json().isMissingNode(),
          event.type() == null ? null : event.type().wireName(),
          Double.isNaN(event.playhead()) ? null : event.playhead(), event.ts(), event.violations(),
          event.refusalStatus(),
          event.api() == Api.MEDIA_EDGE && !event.json().isMissingNode() ? event.json().toString() : null);
    }

    /** What the session rules read: the body, or for a Media Edge event its translation. */
    String rulesText() {
      return translated == null ? body : translated;
    }

    /** The same event again; {@code parsed} is {@link #rulesText()} parsed once more for the session rules. */
    IncomingEvent incoming(JsonNode parsed) {
      return new IncomingEvent(type == null ? null : EventType.fromWireName(type).orElse(null),
          playhead == null ? Double.NaN : playhead, ts, parsed, body, violations == null ? List.of() : violations,
          refusalStatus, translated == null ? Api.MEDIA_COLLECTION : Api.MEDIA_EDGE);
    }
  }
}
