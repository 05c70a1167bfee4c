package org.mcmock.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * The requests Adobe's Media JS SDK 3.x ({@code sdks/js/3.x/lib/MediaSDK.js}) makes of a player's calls, for a
 * client that behaves as that SDK does rather than as the reference client. It sits between a
 * {@link MediaTracker} and the session and changes the tracker's events as the SDK's hit generator would:
 *
 * <ul>
 *   <li>every event carries the clock's ts as it is, so events of one moment share it (the SDK stamps each
 *       call with {@code Date.getTime()}, and what one call generates with the same ts);
 *   <li>a playback event goes out only when the playback state changes (play, pause, buffer), and a
 *       {@code play} is forced right after {@code adStart} and {@code adBreakComplete} and once content has
 *       played for 1 s outside an ad break ({@code processPlayback(true)}, {@code _cmdContentStartDetection});
 *   <li>pings come from the SDK's own 500 ms tick, once the interval has passed since the last playback event or
 *       ping: the ping timer restarts at each state change ({@code processPlayback}); the tracker's own pings
 *       are dropped;
 *   <li>what is open is closed first, with the same ts: {@code adSkip}, {@code adBreakComplete} and
 *       {@code chapterSkip} before {@code sessionEnd} or {@code sessionComplete}, the previous ad before an
 *       {@code adStart}, the previous break before an {@code adBreakStart} ({@code _setupRules});
 *   <li>{@code media.contentType} goes in lower case ({@code StreamType.VOD = "vod"}) and
 *       {@code media.ad.podIndex} counts from 1 (the SDK's ad break position must be at least 1).
 * </ul>
 */
public final class JsSdkTracking implements EventSink {

  /** {@code MediaProcessor}'s and {@code MediaTracker}'s timers: every 500 ms. */
  public static final Duration TICK = Duration.ofMillis(500);
  /** How long content plays outside an ad break before the SDK says so again with a forced play. */
  static final long CONTENT_START_MILLIS = 1000;

  private enum Playback {
    INIT("ping"), PLAY("play"), PAUSE("pauseStart"), BUFFER("bufferStart");

    private final String event;

    Playback(String event) {
      this.event = event;
    }

    static Playback of(String eventType) {
      return switch (eventType) {
        case "play" -> PLAY;
        case "pauseStart" -> PAUSE;
        case "bufferStart" -> BUFFER;
        default -> null;
      };
    }
  }

  private final EventSink next;
  private final SimulatedClock clock;
  private final DoubleSupplier playhead;
  private final PingSchedule pings;

  private Playback state = Playback.INIT;
  private long stateTs;
  private boolean inAdBreak;
  private boolean inAd;
  private boolean inChapter;
  private boolean contentStarted;
  private long contentPlayingSince = -1;
  private boolean ended;
  private SimulatedClock.Timer timer;

  /** @param pings the intervals in content and inside ads (the SDK: 10 s, or 1 s in ads with granular tracking) */
  public JsSdkTracking(EventSink next, SimulatedClock clock, DoubleSupplier playhead, PingSchedule pings) {
    this.next = Objects.requireNonNull(next, "next");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.playhead = Objects.requireNonNull(playhead, "playhead");
    this.pings = Objects.requireNonNull(pings, "pings");
  }

  @Override
  public synchronized void accept(String eventType, String body) {
    if (ended || "ping".equals(eventType)) {
      return;
    }
    long now = clock.millis();
    ObjectNode event = Bodies.read(body);
    event.withObject("/playerTime").put("ts", now);
    boolean forced = false;
    switch (eventType) {
      case "sessionStart" -> {
        lowerCase(event, "media.contentType");
        send(eventType, event);
        stateTs = now;
        timer = clock.every(TICK, this::tick);
      }
      case "sessionEnd", "sessionComplete" -> {
        closeAd(now);
        closeAdBreak(now);
        closeChapter(now);
        send(eventType, event);
        ended = true;
        if (timer != null) {
          timer.cancel();
        }
        return;
      }
      case "adBreakStart" -> {
        closeAd(now);
        closeAdBreak(now);
        countFromOne(event, "media.ad.podIndex");
        send(eventType, event);
        inAdBreak = true;
      }
      case "adBreakComplete" -> {
        closeAd(now);
        send(eventType, event);
        inAdBreak = false;
        forced = true;
      }
      case "adStart" -> {
        closeAd(now);
        send(eventType, event);
        inAd = true;
        state = state == Playback.INIT ? Playback.PLAY : state;
        forced = true;
      }
      case "adComplete", "adSkip" -> {
        send(eventType, event);
        inAd = false;
      }
      case "chapterStart" -> {
        closeChapter(now);
        send(eventType, event);
        inChapter = true;
      }
      case "chapterComplete", "chapterSkip" -> {
        send(eventType, event);
        inChapter = false;
      }
      case "play", "pauseStart", "bufferStart" -> {
        Playback changed = Playback.of(eventType);
        if (changed != state) {
          state = changed;
          send(eventType, event);
          stateTs = now;
        }
      }
      default -> send(eventType, event);
    }
    afterEachCall(now, forced);
  }

  /** The SDK's tick: as after every call, a forced play once content has started, else a ping if one is due. */
  private synchronized void tick() {
    if (!ended) {
      afterEachCall(clock.millis(), false);
    }
  }

  private void afterEachCall(long now, boolean forcePlaybackEvent) {
    detectContentStart(now);
    Duration interval = inAd ? pings.ad() : pings.content();
    if (forcePlaybackEvent || now - stateTs >= interval.toMillis()) {
      emit(forcePlaybackEvent ? state.event : "ping", now);
      stateTs = now;
    }
  }

  private void detectContentStart(long now) {
    if (contentStarted || state != Playback.PLAY) {
      return;
    }
    if (inAdBreak) {
      contentPlayingSince = -1;
      return;
    }
    contentPlayingSince = contentPlayingSince < 0 ? now : contentPlayingSince;
    if (now - contentPlayingSince >= CONTENT_START_MILLIS) {
      emit(state.event, now);
      stateTs = now;
      contentStarted = true;
    }
  }

  private void closeAd(long now) {
    if (inAd) {
      emit("adSkip", now);
      inAd = false;
    }
  }

  private void closeAdBreak(long now) {
    if (inAdBreak) {
      emit("adBreakComplete", now);
      inAdBreak = false;
    }
  }

  private void closeChapter(long now) {
    if (inChapter) {
      emit("chapterSkip", now);
      inChapter = false;
    }
  }

  private void emit(String eventType, long ts) {
    send(eventType, MediaTracker.body(eventType, playhead.getAsDouble(), ts));
  }

  private void send(String eventType, ObjectNode body) {
    next.accept(eventType, body.toString());
  }

  private static void lowerCase(ObjectNode event, String param) {
    JsonNode value = event.at("/params/" + param);
    if (value.isTextual()) {
      event.withObject("/params").put(param, value.asText().toLowerCase(Locale.ROOT));
    }
  }

  private static void countFromOne(ObjectNode event, String param) {
    JsonNode value = event.at("/params/" + param);
    if (value.isIntegralNumber()) {
      event.withObject("/params").put(param, value.asLong() + 1);
    }
  }
}
