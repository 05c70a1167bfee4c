package org.mcmock.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcmock.config.MockSettings;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.contract.XdmEvents;
import org.mcmock.model.Api;
import org.mcmock.model.EdgeEventType;
import org.mcmock.model.MediaEdgeMapping;
import org.mcmock.model.Mode;
import org.mcmock.session.MockClock;
import org.mcmock.session.Session;
import org.mcmock.session.SessionStore;
import org.mcmock.cli.MockJournalFiles;
import org.mcmock.verify.Journal;

/** A journal file replays to the same sessions, through the store's public methods, even with its last line cut. */
class JournalReplayTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void aReplayRestoresSidsStatesEventsAndFindingsAndSkipsALineCutByACrash() throws Exception {
    Path file = dir.resolve("journal.jsonl");
    Recorded recorded = recordedInto(file);
    SessionStore original = recorded.store();
    JournalFile journal = recorded.journal();
    JsonNode batch = batch();
    Session session = original.open(event(batch.get(0))).session();
    original.offer(session, event(batch.get(1)));
    original.switchMode(Mode.STRICT);
    original.offer(session, event(batch.get(5)));
    original.inject(session, event(batch.get(2)), 500, "status 500");
    journal.close();
    Files.writeString(file, "{\"kind\":\"offered\",\"at\":17", StandardOpenOption.APPEND);   // kill -9 mid-line

    PinnableClock replayClock = new PinnableClock();
    SessionStore restored = new SessionStore(new MockClock(replayClock), MockSettings.defaults());
    JournalReplay.Result result = JournalReplay.replay(file, restored, replayClock);

    assertThat(result.unreadable()).as("the cut line is skipped, not fatal").isEqualTo(1);
    assertThat(restored.mode()).as("the mode switch is replayed").isEqualTo(Mode.STRICT);
    assertThat(view(restored, session.sid())).as("the session, replayed").isEqualTo(view(original, session.sid()));
    assertThat(Journal.read(file, new MockJournalFiles()).sessions()).as("verify --journal reads the file")
        .singleElement().satisfies(s -> assertThat(s.requests()).hasSize(4));
  }

  @Test
  void aMediaEdgeSessionReplaysAsTheSameMediaEdgeSessionWithTheSameFindings() throws Exception {
    Path file = dir.resolve("journal.jsonl");
    Recorded recorded = recordedInto(file);
    SessionStore original = recorded.store();
    JsonNode batch = batch();
    Session session = original.open(edge(batch.get(0), null)).session();
    original.offer(session, edge(batch.get(1), session.sid()));
    original.offer(session, edge(batch.get(5), session.sid()));
    recorded.journal().close();

    PinnableClock replayClock = new PinnableClock();
    SessionStore restored = new SessionStore(new MockClock(replayClock), MockSettings.defaults());
    JournalReplay.replay(file, restored, replayClock);

    assertThat(view(restored, session.sid())).as("the session, replayed").isEqualTo(view(original, session.sid()));
    assertThat(restored.find(session.sid()).orElseThrow().api()).isEqualTo(Api.MEDIA_EDGE);
  }

  private record Recorded(SessionStore store, JournalFile journal) {}

  /** A store on its own clock, journaling into {@code file}. */
  private static Recorded recordedInto(Path file) throws Exception {
    PinnableClock clock = new PinnableClock();
    SessionStore store = new SessionStore(new MockClock(clock), MockSettings.defaults());
    return new Recorded(store, JournalFile.attach(file, store, clock).journal());
  }

  /** The event as a Media Edge request carries it, read by the mock's adapter. */
  private static IncomingEvent edge(JsonNode event, String sid) {
    ObjectNode body = MediaEdgeMapping.toRequest(event, sid);
    EdgeEventType type = EdgeEventType.fromXdmName(body.at("/events/0/xdm/eventType").asText()).orElseThrow();
    return XdmEvents.read(type, body, body.toString(), List.of(), 0).get(0);
  }

  private static String view(SessionStore store, String sid) {
    var s = store.find(sid).orElseThrow().snapshot(store.clock().millis(), store.settings(), true);
    return s.state() + " " + s.events().stream().map(e -> e.index() + ":" + e.eventType() + ":" + e.status()
        + ":" + e.arrivedAt() + ":" + e.injected()).toList() + " " + s.findings();
  }

  private static IncomingEvent event(JsonNode node) {
    return IncomingEvent.of(node, node.toString(), List.of());
  }

  private static JsonNode batch() throws Exception {
    try (InputStream in = JournalReplayTest.class.getResourceAsStream("/events/valid/downloaded-batch.json")) {
      return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
