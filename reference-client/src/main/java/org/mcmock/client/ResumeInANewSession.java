package org.mcmock.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** {@link SessionRecovery#resume()}: a new session with {@code media.resume: true} after a 404 or 410. */
final class ResumeInANewSession implements SessionRecovery {

  /** A backend that refuses every session would otherwise have the client open sessions without end. */
  static final int MAX_RESTARTS = 5;

  /** 404: the backend does not know the sid; 410: the session is closed. Both call for a new session. */
  static final Set<Integer> SESSION_GONE = Set.of(404, 410);

  /** A new session opened only to be closed again would count a content start and nothing watched. */
  private static final Set<String> ENDS = Set.of("sessionEnd", "sessionComplete");

  @Override
  public List<Event> restart(Exchange refused, OpenItems open, int restartsSoFar) {
    Optional<Event> sessionStart = open.sessionStart();
    OptionalLong refusedAt = Bodies.ts(refused.body());
    // Without a sessionStart to copy or the refused event's time, there is nothing to resume from.
    if (!SESSION_GONE.contains(refused.status()) || ENDS.contains(refused.eventType())
        || restartsSoFar >= MAX_RESTARTS || sessionStart.isEmpty() || refusedAt.isEmpty()) {
      return List.of();
    }
    Event failed = new Event(refused.eventType(), refused.body());
    JsonNode playhead = Bodies.playhead(failed.body());
    long ts = refusedAt.getAsLong();

    List<Event> events = new ArrayList<>();
    events.add(Bodies.at(Bodies.withParam(sessionStart.get(), "media.resume", true), playhead, ts));
    List<Event> replay = open.replay();
    for (Event item : replay) {
      events.add(Bodies.at(item, playhead, ++ts));
    }
    boolean replayed = replay.stream().anyMatch(item -> Bodies.sameButForTime(item, failed));
    if (!failed.is("ping") && !replayed) {
      events.add(Bodies.at(failed, playhead, ++ts));
    }
    return events;
  }
}
