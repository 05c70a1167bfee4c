package org.mcmock.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mcmock.verify.JournalBuilder.journal;
import static org.mcmock.verify.JournalBuilder.tsAt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcmock.MediaCollectionMock;

class JournalTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final JournalBuilder TWO_SESSIONS = journal()
      .session("s1").send(0, 0, "sessionStart").send(1, 0, "play").send(5, 4, "sessionEnd")
      .session("s2").send(20, 4, "sessionStart").params("media.id", "ClickMe").send(21, 4, "play");

  @Test
  void theJournalGivesItsSessionsAndTheirRequests() {
    Journal journal = TWO_SESSIONS.build();

    assertThat(journal.sessions()).as("sessions of the journal")
        .extracting(RecordedSession::number, RecordedSession::sid, RecordedSession::state, RecordedSession::closeReason)
        .containsExactly(tuple(1, "s1", "ended", "sessionEnd arrived (event 2)"), tuple(2, "s2", "open", null));
    assertThat(journal.requests()).as("every request, session by session")
        .extracting(RecordedRequest::session, RecordedRequest::index, RecordedRequest::eventType,
            RecordedRequest::ts, RecordedRequest::playhead, RecordedRequest::status)
        .containsExactly(
            tuple(1, 0, "sessionStart", tsAt(0), 0.0, 201), tuple(1, 1, "play", tsAt(1), 0.0, 204),
            tuple(1, 2, "sessionEnd", tsAt(5), 4.0, 204), tuple(2, 0, "sessionStart", tsAt(20), 4.0, 201),
            tuple(2, 1, "play", tsAt(21), 4.0, 204));
    assertThat(journal.requests().get(3).value("params", "media.id")).as("params.media.id of s2's sessionStart")
        .map(JsonNode::asText).contains("ClickMe");
  }

  @Test
  void oneSessionSavedFromTheAdminApiIsAJournalOfOne() {
    Journal journal = Journal.parse(TWO_SESSIONS.sessionJson());

    assertThat(journal.sessions()).as("sessions").extracting(RecordedSession::number, RecordedSession::sid)
        .containsExactly(tuple(1, "s2"));
    assertThat(journal.requests()).as("requests").extracting(RecordedRequest::eventType)
        .containsExactly("sessionStart", "play");
  }

  @Test
  void anArrayOfSessionsIsAJournalOfThem() {
    ArrayNode array = JSON.createArrayNode().addAll((ArrayNode) TWO_SESSIONS.json().get("sessions"));

    assertThat(Journal.parse(array).sessions()).as("sessions").extracting(RecordedSession::sid)
        .containsExactly("s1", "s2");
  }

  @Test
  void sessionsAndRefusedStartsAreInTheOrderTheyArrived() {
    JournalBuilder recorded = journal()
        .session("late").send(30, 0, "sessionStart")
        .session("early").send(10, 0, "sessionStart")
        .refusedStart(0, 400, "/params: required property 'media.id' not found")
        .refusedStart(20, 400, "/params: required property 'media.id' not found");
    ArrayNode reversed = JSON.createArrayNode().addAll((ArrayNode) recorded.json().get("sessions"));

    Journal journal = recorded.build();

    assertThat(journal.sessions()).as("sessions listed late first, opened early first")
        .extracting(RecordedSession::number, RecordedSession::sid).containsExactly(tuple(1, "early"), tuple(2, "late"));
    assertThat(journal.requests()).as("requests, refused sessionStarts (session 0) among the sessions by time")
        .extracting(RecordedRequest::session, RecordedRequest::ts)
        .containsExactly(tuple(0, tsAt(0)), tuple(1, tsAt(10)), tuple(0, tsAt(20)), tuple(2, tsAt(30)));
    assertThat(Journal.parse(reversed).sessions()).as("an array of sessions in another order than they opened")
        .extracting(RecordedSession::sid).containsExactly("early", "late");
  }

  @Test
  void aRefusedStartCarriesItsAnswerAndTheMocksReason() {
    RecordedRequest refused = journal().refusedStart(0, 400, "/params: required property 'media.id' not found")
        .build().requests().get(0);

    assertThat(refused).as("the refused sessionStart")
        .extracting(RecordedRequest::session, RecordedRequest::eventType, RecordedRequest::ts, RecordedRequest::status,
            RecordedRequest::refusal)
        .containsExactly(0, "sessionStart", tsAt(0), 400, "/params: required property 'media.id' not found");
  }

  @Test
  void anEventReadsItsInjectedFaultRefusalAndMissingPlayerTime() {
    Journal journal = journal().session("s1").send(0, 0, "sessionStart").injected(500, "status 500")
        .send(1, 0, "play").withoutPlayerTime().answered(400, "/: required property 'playerTime' not found")
        .build();

    RecordedRequest injected = journal.requests().get(0);
    RecordedRequest refused = journal.requests().get(1);
    assertThat(injected.injectedFault()).as("injected fault of the sessionStart").contains("status 500");
    assertThat(injected.answeredOk()).as("answeredOk() of a 500").isFalse();
    assertThat(refused.ts()).as("ts of a play without playerTime").isEqualTo(-1);
    assertThat(refused.playhead()).as("playhead of a play without playerTime").isNaN();
    assertThat(refused.refusal()).as("refusal").isEqualTo("/: required property 'playerTime' not found");
  }

  @Test
  void anUnreadableBodyIsNamedSo() {
    ArrayNode events = JSON.createArrayNode();
    events.addObject().put("index", 0).putNull("eventType").put("status", 400);
    JsonNode session = JSON.createObjectNode().put("sid", "s1").set("events", events);

    assertThat(Journal.parse(session).requests()).as("requests").extracting(RecordedRequest::request)
        .containsExactly("(unreadable)");
  }

  @Test
  void otherJsonIsNotAJournalAndTheErrorSaysWhatIs() {
    for (String json : new String[] {"{\"total\": 0}", "\"journal\"", "42", "null"}) {
      assertThatThrownBy(() -> Journal.parse(JSON.readTree(json))).as("parse(%s)", json)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a journal").hasMessageContaining("{\"sessions\": [...]}");
    }
    assertThatThrownBy(() -> Journal.parse(JSON.readTree("[{\"sid\": \"s1\", \"state\": \"open\"}]")))
        .as("sessions from the list of sessions, which has no events")
        .hasMessageContaining("session s1 has no events");
  }

  @Test
  void aFileThatIsNoJournalIsNamedInTheError(@TempDir Path dir) throws IOException {
    Path garbage = Files.writeString(dir.resolve("garbage.json"), "<html>");
    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    Path other = Files.writeString(dir.resolve("other.json"), "{\"total\": 0}");

    assertThatThrownBy(() -> Journal.read(garbage)).as("read(garbage.json)").isInstanceOf(IOException.class)
        .hasMessageContaining(garbage.toString()).hasMessageContaining("is not a journal");
    assertThatThrownBy(() -> Journal.read(empty)).as("read(empty.json)")
        .hasMessageContaining(empty.toString()).hasMessageContaining("not a journal");
    assertThatThrownBy(() -> Journal.read(other)).as("read(other.json)")
        .hasMessageContaining(other.toString()).hasMessageContaining("not a journal");
    assertThatThrownBy(() -> Journal.read(dir.resolve("absent.json"))).as("read(absent.json)")
        .isInstanceOf(IOException.class).hasMessageContaining("absent.json").hasMessageContaining("no such file");
  }

  @Test
  void aSavedJournalReadsAsTheOneItWasSavedFrom(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("journal.json"), TWO_SESSIONS.json().toPrettyString());

    assertThat(Journal.read(file)).as("journal read back from %s", file).isEqualTo(TWO_SESSIONS.build());
  }

  @Test
  void aRunningMockGivesItsJournal() throws IOException {
    try (MediaCollectionMock mock = MediaCollectionMock.start()) {
      Journal journal = Journal.fetch(mock.baseUrl() + "/");

      assertThat(journal.sessions()).as("sessions of a fresh mock").isEmpty();
      assertThat(journal.requests()).as("requests of a fresh mock").isEmpty();
    }
  }

  @Test
  void aMockThatIsNotRunningIsNamedInTheError() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String url = "http://localhost:" + port;

    assertThatThrownBy(() -> Journal.fetch(url)).as("fetch(%s) with nothing listening", url)
        .isInstanceOf(IOException.class).hasMessageContaining(url).hasMessageContaining("is the mock running");
  }

  @Test
  void aServerThatIsNotAMockIsToldApart() throws IOException {
    try (MediaCollectionMock mock = MediaCollectionMock.start()) {
      String notTheMock = mock.baseUrl() + "/api/v1";

      assertThatThrownBy(() -> Journal.fetch(notTheMock)).as("fetch of a URL under which there is no admin API")
          .hasMessageContaining("answered 404").hasMessageContaining("is this an mcmock mock?");
    }
  }
}
