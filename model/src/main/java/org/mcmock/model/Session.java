package org.mcmock.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A session as the admin API shows it ({@code GET /__admin/media-collection/sessions/{sid}}, the journal's
 * {@code sessions}, and without its events the session listing).
 *
 * @param api the API it came in by, {@code media-collection} or {@code media-edge} ({@link Api}); null in journals
 *     written before Media Edge sessions existed, which held Media Collection sessions only
 * @param location {@code /api/v1/sessions/{sid}} for a Media Collection session, null for a Media Edge one
 * @param createdAt when it opened, an ISO-8601 instant on the mock's clock; so are the other {@code ...At}
 * @param closedAt null while open
 * @param eventTypes accepted events per {@link EventType#wireName()}, types never accepted left out
 * @param events its requests in ts order; null (and left out of the JSON) in listings
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Session(
    String sid,
    String state,
    boolean downloaded,
    String api,
    String location,
    String createdAt,
    String lastEventAt,
    String closedAt,
    String closeReason,
    PlayerTime playerTime,
    RequestCounts requests,
    Map<String, Integer> eventTypes,
    Summary summary,
    List<Finding> findings,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Event> events) {

  public Session {
    findings = findings == null ? List.of() : List.copyOf(findings);
    events = events == null ? null : List.copyOf(events);
  }

  /** Its events, none when it was read from a listing. */
  public List<Event> eventsOrNone() {
    return events == null ? List.of() : events;
  }

  /**
   * Where the player's clock places the view; for a downloaded session, its start and end at Adobe.
   *
   * @param firstTs {@code playerTime.ts} of the first accepted event, null if none
   * @param lastTs the latest accepted {@code ts}, null if none
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PlayerTime(Long firstTs, Long lastTs, String start, String end) {}

  /** Requests recorded, and of them accepted, rejected (the player's doing) and answered by a planned fault. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RequestCounts(int recorded, int accepted, int rejected, int injected) {}
}
