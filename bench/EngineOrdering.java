import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.mcmock.config.MockSettings;
import org.mcmock.model.EventType;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.session.MockClock;
import org.mcmock.session.Session;
import org.mcmock.session.SessionStore;

/**
 * What the reorder buffer costs the session engine, without HTTP: bench/sessions.lua's session (a sessionStart and
 * 16 events in ts order) played through SessionStore on one thread, with the buffer (the defaults) and without it
 * (--reorder-events 0), in alternating rounds so both see the same machine. Run from the top folder after
 * {@code mvn -B -q package -DskipTests -pl mock-server -am}:
 * {@code java -cp cli/target/mcmock.jar bench/EngineOrdering.java}
 */
public class EngineOrdering {

  static final String[][] TIMELINE = {
      {"adBreakStart", "0", "0", "{\"media.ad.podFriendlyName\":\"pre-roll\",\"media.ad.podIndex\":0,\"media.ad.podSecond\":0}"},
      {"adStart", "0", "0", "{\"media.ad.name\":\"Ad 1\",\"media.ad.id\":\"001\",\"media.ad.length\":15,\"media.ad.podPosition\":1,\"media.ad.playerName\":\"bench\"}"},
      {"ping", "10", "0", null}, {"adComplete", "15", "0", null}, {"adBreakComplete", "15", "0", null},
      {"play", "15", "0", null}, {"ping", "20", "5", null}, {"ping", "30", "15", null},
      {"pauseStart", "33", "18", null}, {"ping", "40", "18", null}, {"play", "43", "18", null},
      {"ping", "50", "25", null}, {"bitrateChange", "52", "27", null}, {"ping", "60", "35", null},
      {"sessionComplete", "68", "43", null}, {"sessionEnd", "68", "43", null}};

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    long t0 = 1_700_000_000_000L;
    ObjectNode startJson = (ObjectNode) json.readTree(Files.readString(Path.of("bench/session-start.json")));
    startJson.with("playerTime").put("ts", t0);
    IncomingEvent start = IncomingEvent.of(startJson, startJson.toString(), List.of());
    List<IncomingEvent> events = new ArrayList<>();
    for (int i = 0; i < TIMELINE.length; i++) {
      String[] step = TIMELINE[i];
      ObjectNode e = json.createObjectNode().put("eventType", step[0]);
      e.putObject("playerTime").put("playhead", Double.parseDouble(step[2]))
          .put("ts", t0 + Long.parseLong(step[1]) * 1000 + i + 1);
      if (step[3] != null) {
        e.set("params", json.readTree(step[3]));
      }
      events.add(IncomingEvent.of(e, e.toString(), List.of()));
    }
    MockSettings buffered = MockSettings.builder().maxSessions(1_000_000).build();
    MockSettings arrival = buffered.toBuilder().reorderEvents(0).build();
    SessionStore probe = new SessionStore(new MockClock(Clock.systemUTC()), buffered);
    Session first = probe.open(start).session();
    for (IncomingEvent event : events) {
      if (probe.offer(first, event) instanceof org.mcmock.session.Outcome.Unsettled) {
        throw new IllegalStateException(event.type() + " would wait for its settle window");
      }
    }
    System.out.println("findings of one session (none, so no answer waits): "
        + first.snapshot(probe.clock().millis(), buffered, false).findings());
    int sessions = 10_000;
    int rounds = 30;
    double[][] seen = new double[2][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int which = 0; which < 2; which++) {
        SessionStore store = new SessionStore(new MockClock(Clock.systemUTC()), which == 0 ? buffered : arrival);
        long began = System.nanoTime();
        for (int s = 0; s < sessions; s++) {
          Session session = store.open(start).session();
          for (IncomingEvent event : events) {
            store.settle(session, store.offer(session, event), Duration.ZERO);
          }
          session.snapshot(store.clock().millis(), store.settings(), false);
        }
        double perSecond = sessions * (events.size() + 1) / ((System.nanoTime() - began) / 1e9);
        seen[which][round] = perSecond;
        System.gc();
      }
    }
    // the median of the rounds after the JIT's warm-up (the first 5), which a busy machine disturbs least
    double withBuffer = median(seen[0], 5);
    double withoutBuffer = median(seen[1], 5);
    System.out.printf("median of rounds 5-%d: reorder buffer %,.0f events/s, arrival order (--reorder-events 0) %,.0f"
        + " events/s: the buffer costs the engine %.1f %% (%.2f vs %.2f microseconds per event)%n", rounds - 1,
        withBuffer, withoutBuffer, 100 * (1 - withBuffer / withoutBuffer), 1e6 / withBuffer, 1e6 / withoutBuffer);
  }

  static double median(double[] values, int from) {
    double[] kept = java.util.Arrays.copyOfRange(values, from, values.length);
    java.util.Arrays.sort(kept);
    return kept[kept.length / 2];
  }
}
