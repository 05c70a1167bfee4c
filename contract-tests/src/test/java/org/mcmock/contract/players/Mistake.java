package org.mcmock.contract.players;

import java.util.Optional;
import org.mcmock.model.Api;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.concurrent.CompletableFuture;
import org.mcmock.client.Answer;
import org.mcmock.client.EventSink;
import org.mcmock.client.LiveSession;
import org.mcmock.client.PingSchedule;
import org.mcmock.client.Queueing;
import org.mcmock.client.SessionRecovery;
import org.mcmock.client.SimulatedClock;
import org.mcmock.client.Transport;

/**
 * Deliberately broken clients: the reference client with one mistake each, and the scenario meant to catch it.
 * {@code BrokenClientsTest} plays each against its scenario and requires the scenario to fail with a message
 * that contains {@link #named()}.
 */
public enum Mistake implements Seams {

  NO_AD_BREAK_START("never sends adBreakStart", Scenarios.TIMELINE_2,
      "adBreakStart at 0 s, playhead 0 (row 2) is missing") {
    @Override
    public EventSink sink(EventSink next, SimulatedClock clock, DoubleSupplier playhead) {
      return EventEdits.dropping(next, "adBreakStart");
    }
  },

  NO_PINGS("never pings", Scenarios.TIMELINE_2, "the player sent no ping at all") {
    @Override
    public PingSchedule pings(PingSchedule reference) {
      return new PingSchedule(Duration.ofDays(1), Duration.ofDays(1));
    }
  },

  PINGS_EVERY_30_SECONDS("pings every 30 s", Scenarios.TIMELINE_1,
      "pings every 10 s from 22 to 88 s (row 10)") {
    @Override
    public PingSchedule pings(PingSchedule reference) {
      return new PingSchedule(Duration.ofSeconds(30), Duration.ofSeconds(30));
    }
  },

  EVENTS_AFTER_SESSION_END("keeps its ping timer running after sessionEnd", Scenarios.TIMELINE_2,
      "ping at 58.0 s: answered 410: sent after sessionEnd") {
    @Override
    public EventSink sink(EventSink next, SimulatedClock clock, DoubleSupplier playhead) {
      return EventEdits.pingingOnAfter(next, "sessionEnd", clock, playhead);
    }
  },

  SESSION_COMPLETE_ON_ABANDON("sends sessionComplete when the user abandons, not sessionEnd",
      Scenarios.TIMELINE_2, "the player sent sessionComplete at 48.0 s instead") {
    @Override
    public EventSink sink(EventSink next, SimulatedClock clock, DoubleSupplier playhead) {
      return EventEdits.editing(next, (type, event) -> {
        if ("sessionEnd".equals(type)) {
          event.put("eventType", "sessionComplete");
        }
      });
    }
  },

  WRONG_TYPES("writes the ad's pod position as a string", Scenarios.TIMELINE_2,
      "answered 400: \"/params/media.ad.podPosition") {
    @Override
    public EventSink sink(EventSink next, SimulatedClock clock, DoubleSupplier playhead) {
      return EventEdits.editing(next, (type, event) -> {
        if ("adStart".equals(type)) {
          EventEdits.params(event).put("media.ad.podPosition", EventEdits.params(event).path("media.ad.podPosition")
              .asText());
        }
      });
    }
  },

  UNPREFIXED_QOE_KEYS("writes qoeData keys without media.qoe.", Scenarios.LIVE_STREAM,
      "did you mean \"media.qoe.bitrate\"?") {
    @Override
    public EventSink sink(EventSink next, SimulatedClock clock, DoubleSupplier playhead) {
      return EventEdits.editing(next, (type, event) -> {
        if (event.has("qoeData")) {
          ObjectNode qoe = (ObjectNode) event.get("qoeData");
          ObjectNode bare = event.putObject("qoeData");
          qoe.properties().forEach(f -> bare.set(f.getKey().replaceFirst("^media\\.qoe\\.", ""), f.getValue()));
        }
      });
    }
  },

  SWAPPED_ORDER("sends adStart before its adBreakStart", Scenarios.TIMELINE_2, "adBreakStart is out of order") {
    @Override
    public EventSink sink(EventSink next, SimulatedClock clock, DoubleSupplier playhead) {
      return EventEdits.holdingBack(next, "adBreakStart");
    }
  },

  EQUAL_TIMESTAMPS("writes the sessionStart's ts on every event", Scenarios.TIMELINE_2,
      "expected at 12 s by its ts, recorded at 0.0 s") {
    @Override
    public EventSink sink(EventSink next, SimulatedClock clock, DoubleSupplier playhead) {
      long[] first = {-1};
      return EventEdits.editing(next, (type, event) -> {
        long ts = EventEdits.playerTime(event).path("ts").asLong();
        first[0] = first[0] < 0 ? ts : first[0];
        EventEdits.playerTime(event).put("ts", first[0]);
      });
    }
  },

  MISSING_REQUIRED_PARAM("leaves media.channel out of the sessionStart", Scenarios.TIMELINE_2,
      "sessionStart at 0.0 s (row 1): answered 400") {
    @Override
    public EventSink sink(EventSink next, SimulatedClock clock, DoubleSupplier playhead) {
      return EventEdits.editing(next, (type, event) -> {
        if ("sessionStart".equals(type)) {
          EventEdits.params(event).remove("media.channel");
        }
      });
    }
  },

  TS_IN_SECONDS("writes ts in seconds, not milliseconds", Scenarios.TIMELINE_1,
      "playerTime.ts is in seconds, not milliseconds") {
    @Override
    public EventSink sink(EventSink next, SimulatedClock clock, DoubleSupplier playhead) {
      return EventEdits.editing(next, (type, event) -> EventEdits.playerTime(event)
          .put("ts", EventEdits.playerTime(event).path("ts").asLong() / 1000));
    }
  },

  NO_QUEUEING("drops the events it produces while the sid is pending", Scenarios.LATE_SESSIONS_ANSWER,
      "play at 0 s, playhead 0 (row 2) is missing") {
    @Override
    public LiveSession session(Transport transport, SessionRecovery recovery) {
      return new LiveSession(transport, recovery, Queueing.none());
    }
  },

  GIVES_UP_AFTER_500("stops tracking after a 500", Scenarios.ANSWER_500,
      "pauseStart at 15 s, playhead 15 (row 4) is missing") {
    @Override
    public Transport transport(Transport reference) {
      boolean[] failed = {false};
      return (path, json) -> failed[0]
          ? CompletableFuture.completedFuture(Answer.none("not sent: the player gave up after a 500"))
          : reference.post(path, json).thenApply(answer -> {
            failed[0] |= answer.status() >= 500;
            return answer;
          });
    }
  },

  IGNORES_410("keeps sending to a session that answered 410", Scenarios.ANSWER_410,
      "kept sending to it instead of starting a new session") {
    @Override
    public LiveSession session(Transport transport, SessionRecovery recovery) {
      return new LiveSession(transport, SessionRecovery.none());
    }
  },

  NO_RESUME_FLAG("starts the new session after a timeout without media.resume", Scenarios.TIMEOUT_IN_PAUSE,
      "params has no media.resume (expected true)") {
    @Override
    public Transport transport(Transport reference) {
      return (path, json) -> reference.post(path, LiveSession.SESSIONS_PATH.equals(path)
          ? EventEdits.withoutParam(json, "media.resume") : json);
    }
  },

  PLAYHEAD_IN_MILLISECONDS("writes the playhead in milliseconds", Scenarios.TIMELINE_1,
      "expected at playhead 11, recorded at playhead 11000") {
    @Override
    public EventSink sink(EventSink next, SimulatedClock clock, DoubleSupplier playhead) {
      return EventEdits.editing(next, (type, event) -> EventEdits.playerTime(event)
          .put("playhead", EventEdits.playerTime(event).path("playhead").asDouble() * 1000));
    }
  };

  private final String what;
  private final Scenarios.Target scenario;
  private final String named;

  Mistake(String what, Scenarios.Target scenario, String named) {
    this.what = what;
    this.scenario = scenario;
    this.named = named;
  }

  /** The mistake, in the words of a client team. */
  public String what() {
    return what;
  }

  /** The scenario meant to catch it. */
  public Scenarios.Target scenario() {
    return scenario;
  }

  /** What the failure message must say for a reader to recognise the mistake. */
  public String named() {
    return named;
  }

  /**
   * What the failure says when the client speaks {@code api}; empty when the mistake cannot be made there. On
   * Media Edge the errors name XDM fields, and unprefixed QoE keys are no mistake: {@code qoeDataDetails.bitrate}
   * is the XDM name (the reference client writes every Media Edge key through the mock's own field mapping).
   */
  public Optional<String> named(Api api) {
    if (api == Api.MEDIA_COLLECTION) {
      return Optional.of(named);
    }
    return switch (this) {
      case WRONG_TYPES -> Optional.of("answered 400: \"/events/0/xdm/mediaCollection/advertisingDetails/podPosition");
      case UNPREFIXED_QOE_KEYS -> Optional.empty();
      default -> Optional.of(named);
    };
  }
}
