package org.mcmock.client;

import java.util.List;

/**
 * What a {@link LiveSession} does when the backend refuses an event: start a new session and bring it to where
 * the old one was, or carry on with the old one.
 */
@FunctionalInterface
public interface SessionRecovery {

  /**
   * Asked after every answer outside 2xx to an event (never to a sessionStart), before the next event is sent.
   *
   * @param refused the event as it was sent, and the backend's answer
   * @param open what the session had open before that event
   * @param restartsSoFar how many new sessions this client has started already
   * @return the events that open the new session, its sessionStart first, sent before any event queued since;
   *     empty to carry on with the old session
   */
  List<Event> restart(Exchange refused, OpenItems open, int restartsSoFar);

  /**
   * What Adobe's docs ask of a player, and the default: on 404 (unknown sid) or 410 (closed session) to any
   * event but sessionEnd and sessionComplete, a new session that resumes the content where it was: its
   * sessionStart is the first one with {@code media.resume: true} at the refused event's playhead and ts,
   * followed by {@link OpenItems#replay()} and then the refused event itself (unless it was a ping or the
   * replay already sent it), each one millisecond after the one before. At most 5 new sessions per client.
   *
   * <p>Any other refusal (500, another 4xx, no answer at all) is left alone and the session carries on, as
   * Adobe's SDK does: it drops a hit that failed rather than retry it, so one failure cannot hold back every
   * later event, and the next ping carries the playhead on anyway.
   */
  static SessionRecovery resume() {
    return new ResumeInANewSession();
  }

  /**
   * The same recovery, but every event of the new session carries the ts of its sessionStart (the refused
   * event's), as Adobe's Media JS SDK 3.x stamps everything one call generates ({@code processSessionRestart}).
   */
  default SessionRecovery atOneTs() {
    return (refused, open, restartsSoFar) -> {
      List<Event> events = restart(refused, open, restartsSoFar);
      if (events.isEmpty() || Bodies.ts(events.get(0).body()).isEmpty()) {
        return events;
      }
      long ts = Bodies.ts(events.get(0).body()).getAsLong();
      return events.stream().map(event -> Bodies.at(event, Bodies.playhead(event.body()), ts)).toList();
    };
  }

  /** Never starts a new session: later events keep going to the old sid, whatever it answers. */
  static SessionRecovery none() {
    return (refused, open, restartsSoFar) -> List.of();
  }
}
