package org.mcmock.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model is the admin API's JSON: its keys in the order the README shows, read back as written. */
class JournalJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Finding FINDING = new Finding(RuleId.PING_GAP, Severity.ERROR, 1, "no ping for 12 s");

  private static final Event PLAY = new Event(1, 1, "2023-11-14T22:13:20Z", "play", 0.0, 1_700_000_000_000L, 204,
      true, null, false, List.of(), List.of(FINDING), JSON.createObjectNode().put("eventType", "play"));

  private static Session session(List<Event> events) {
    return new Session("s1", "open", false, "media-collection", "/api/v1/sessions/s1", "2023-11-14T22:13:20Z",
        "2023-11-14T22:13:20Z", null, null, new Session.PlayerTime(1_700_000_000_000L, null, "2023-11-14T22:13:20Z", null),
        new Session.RequestCounts(1, 1, 0, 0), Map.of("play", 1),
        new Summary("live", "open", false, new Summary.Ads(0, 0, 0, 0), new Summary.Chapters(0, 0, 0),
            new Summary.Seconds(0, 0, 0, 0), 0, 0, 0, 0, 0, Map.of("error", 1)), List.of(FINDING), events);
  }

  @Test
  void aSessionIsWrittenWithTheAdminApisKeysInOrderAndItsNullsShown() {
    JsonNode json = JSON.valueToTree(session(List.of(PLAY)));

    assertThat(json.properties()).extracting(Map.Entry::getKey).containsExactly("sid", "state", "downloaded",
        "api", "location", "createdAt", "lastEventAt", "closedAt", "closeReason", "playerTime", "requests", "eventTypes",
        "summary", "findings", "events");
    assertThat(json.get("closedAt").isNull()).as("closedAt of an open session is null, not left out").isTrue();
    assertThat(json.at("/events/0").properties()).extracting(Map.Entry::getKey).containsExactly("index", "arrival",
        "arrivedAt", "eventType", "playhead", "ts", "status", "applied", "injected", "answeredByFault", "errors",
        "findings", "body");
    assertThat(json.at("/findings/0").toString())
        .isEqualTo("{\"rule\":\"PING_GAP\",\"severity\":\"error\",\"eventIndex\":1,\"message\":\"no ping for 12 s\"}");
  }

  @Test
  void aListedSessionLeavesItsEventsOut() {
    assertThat(JSON.valueToTree(session(null)).has("events")).as("events of a listing").isFalse();
  }

  @Test
  void aJournalReadsBackAsItWasWritten() throws Exception {
    JournalPage page = new JournalPage(100, List.of(session(List.of(PLAY))), null, List.of());

    assertThat(JSON.readValue(JSON.writeValueAsString(page), JournalPage.class)).isEqualTo(page);
  }

  @Test
  void aRequestSavedWithoutErrorsOrFindingsReadsAsHavingNone() throws Exception {
    Event event = JSON.readValue("{\"index\": 0, \"eventType\": \"ping\", \"errors\": null}", Event.class);

    assertThat(event.errors()).as("errors").isEmpty();
    assertThat(event.findings()).as("findings").isEmpty();
  }
}
