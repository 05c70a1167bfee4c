package org.mcmock.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mcmock.model.Api;
import org.mcmock.model.EventType;
import org.mcmock.model.Finding;
import org.mcmock.rules.PlaybackSummary;

/**
 * A session as it stood at one moment, copied out of its lock for the admin API.
 *
 * @param api the API the session came in by
 * @param closedAt epoch ms when it closed, or -1 while open
 * @param firstTs {@code playerTime.ts} of the first accepted event, -1 if none: where Adobe starts the view
 * @param lastTs the latest accepted {@code ts}, -1 if none: where a downloaded view ends
 * @param recorded requests recorded, accepted or not
 * @param rejected requests recorded but not applied (400, 410), the player's doing
 * @param injected requests a fault planned through the admin API answered instead of the mock
 * @param countsByType accepted events per {@link EventType#ordinal()}
 * @param playback what the applied events amount to, as Adobe would count them
 * @param events the recorded requests in ts order, each with its arrival (empty in listings)
 */
public record SessionSnapshot(
    String sid,
    SessionState state,
    boolean downloaded,
    Api api,
    long createdAt,
    long lastEventAt,
    long closedAt,
    String closeReason,
    long firstTs,
    long lastTs,
    int recorded,
    int rejected,
    int injected,
    int[] countsByType,
    List<Finding> findings,
    PlaybackSummary playback,
    List<RecordedEvent> events) {

  /** A copy of the session {@code sid} as its lifecycle and events stand; its caller holds the session's lock. */
  static SessionSnapshot of(String sid, boolean downloaded, Api api, SessionLifecycle life, String closeReason,
      OrderedEvents events, boolean withEvents) {
    int[] tally = events.tally();
    List<RecordedEvent> recorded = new ArrayList<>(withEvents ? events.size() : 0);
    if (withEvents) {
      events.forEach(recorded::add);
    }
    SessionLifecycle.Activity activity = life.activity();
    return new SessionSnapshot(sid, life.state(), downloaded, api, activity.createdAt(), activity.lastEventAt(),
        life.closedAt(), closeReason, activity.firstTs(), activity.lastTs(), events.size(),
        tally[OrderedEvents.REJECTED], tally[OrderedEvents.INJECTED],
        Arrays.copyOf(tally, EventType.values().length), List.copyOf(events.findings()),
        events.timeline().summary(), List.copyOf(recorded));
  }

  public int count(EventType type) {
    return countsByType[type.ordinal()];
  }
}
