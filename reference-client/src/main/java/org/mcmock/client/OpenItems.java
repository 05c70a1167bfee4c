package org.mcmock.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a session has open, learnt from the events the client sends: the sessionStart, the chapter, ad break
 * and ad in progress, the player states started and not ended, and the playback state (the last
 * {@code play}, {@code pauseStart} or {@code bufferStart}). A new session is brought to the same point by
 * {@link #replay()}, as Adobe's SDK does when it restarts a session.
 */
public final class OpenItems {

  private Event sessionStart;
  private Event chapter;
  private Event adBreak;
  private Event ad;
  private Event playback;
  private final Map<String, Event> states = new LinkedHashMap<>();

  /** Takes note of an event the client sends; a sessionStart begins afresh. */
  public synchronized void sent(Event event) {
    switch (event.type()) {
      case "sessionStart" -> {
        sessionStart = event;
        chapter = null;
        adBreak = null;
        ad = null;
        playback = null;
        states.clear();
      }
      case "chapterStart" -> chapter = event;
      case "chapterComplete", "chapterSkip" -> chapter = null;
      case "adBreakStart" -> {
        adBreak = event;
        ad = null;
      }
      case "adBreakComplete" -> {
        adBreak = null;
        ad = null;
      }
      case "adStart" -> ad = event;
      case "adComplete", "adSkip" -> ad = null;
      case "stateStart" -> states.put(stateName(event), event);
      case "stateEnd" -> states.remove(stateName(event));
      case "play", "pauseStart", "bufferStart" -> playback = event;
      default -> {
        // pings, errors, bitrate changes and the session's end open and close nothing
      }
    }
  }

  /** The last sessionStart sent, if any. */
  public synchronized Optional<Event> sessionStart() {
    return Optional.ofNullable(sessionStart);
  }

  /**
   * The events that open, in a new session, what is open now, in the order Adobe's SDK replays them on a
   * restart: chapterStart, adBreakStart, adStart, each stateStart, then the playback state. The playback
   * state is left out between an adBreakStart and its adStart, where Adobe's timelines send no playback
   * event (the adStart puts the player in playing).
   */
  public synchronized List<Event> replay() {
    List<Event> events = new ArrayList<>();
    for (Event item : new Event[] {chapter, adBreak, ad}) {
      if (item != null) {
        events.add(item);
      }
    }
    events.addAll(states.values());
    boolean waitingForAd = adBreak != null && ad == null;
    if (playback != null && !waitingForAd) {
      events.add(playback);
    }
    return events;
  }

  private static String stateName(Event event) {
    return Bodies.text(event.body(), "/params/media.state.name");
  }
}
