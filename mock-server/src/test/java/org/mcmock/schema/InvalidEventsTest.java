package org.mcmock.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.schema.SchemaTestSupport.assertOnlyViolation;
import static org.mcmock.schema.SchemaTestSupport.catalog;
import static org.mcmock.schema.SchemaTestSupport.describe;
import static org.mcmock.schema.SchemaTestSupport.event;
import static org.mcmock.schema.SchemaTestSupport.parse;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mcmock.model.EventType;
import org.mcmock.model.Violation;

/**
 * One broken variant per rule: each starts from a payload that passes (see {@link ValidEventsTest}), breaks one
 * thing, and checks that exactly that thing is reported, at the right JSON Pointer and under the right rule.
 */
class InvalidEventsTest {

  // Bases taken from the valid fixtures, so a base can never be wrong on its own.
  private static final String DOWNLOADED = "downloaded-batch.json";
  private static final String TIMELINE_2 = "timeline-2-user-abandons-session.json";

  static ObjectNode sessionStart() {
    return event(DOWNLOADED, 0);
  }

  static ObjectNode adBreakStart() {
    return event(TIMELINE_2, 1);
  }

  static ObjectNode adStart() {
    return event(TIMELINE_2, 2);
  }

  static ObjectNode ping() {
    return event(TIMELINE_2, 3);
  }

  static ObjectNode playWithQoe() {
    return event(TIMELINE_2, 6);
  }

  static ObjectNode androidSessionStart() {
    return event("android-sdk-video-session.json", 0);
  }

  /** Sets the value at {@code pointer} (its parent must exist) to the JSON text {@code json}. */
  static ObjectNode with(ObjectNode event, String pointer, String json) {
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = event.at(at.head());
    assertThat(parent.isObject()).as("test setup: %s has an object parent in %s", pointer, event).isTrue();
    ((ObjectNode) parent).set(at.last().getMatchingProperty(), parse(json));
    return event;
  }

  /** Removes the value at {@code pointer}. */
  static ObjectNode without(ObjectNode event, String pointer) {
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = event.at(at.head());
    String name = at.last().getMatchingProperty();
    assertThat(parent.has(name)).as("test setup: %s exists before it is removed", pointer).isTrue();
    ((ObjectNode) parent).remove(name);
    return event;
  }

  @Nested
  class Required {

    @ParameterizedTest(name = "sessionStart without {0}")
    @ValueSource(strings = {"analytics.trackingServer", "analytics.reportSuite", "visitor.marketingCloudOrgId",
        "media.id", "media.length", "media.contentType", "media.playerName", "media.channel"})
    void eachRequiredSessionStartKey(String key) {
      ObjectNode event = without(sessionStart(), "/params/" + key.replace("/", "~1"));
      Violation v = assertOnlyViolation("sessionStart without " + key, catalog().validate(event),
          "/params/" + key, "required");
      assertThat(v.actual()).as("a missing key has no actual value").isNull();
      assertThat(v.expected().asText())
          .as("the violation tells the client which type to send for %s", key)
          .isEqualTo(key.equals("media.length") ? "number" : "string");
      assertThat(v.message()).as("the message names the missing key").contains(key);
    }

    @Test
    void sessionStartWithoutParams() {
      assertOnlyViolation("sessionStart without params",
          catalog().validate(without(sessionStart(), "/params")), "/params", "required");
    }

    @ParameterizedTest(name = "adStart without {0}")
    @ValueSource(strings = {"media.ad.id", "media.ad.length", "media.ad.podPosition", "media.ad.playerName"})
    void eachRequiredAdStartKey(String key) {
      assertOnlyViolation("adStart without " + key, catalog().validate(without(adStart(), "/params/" + key)),
          "/params/" + key, "required");
    }

    @ParameterizedTest(name = "adBreakStart without {0}")
    @ValueSource(strings = {"media.ad.podIndex", "media.ad.podSecond"})
    void eachRequiredAdBreakStartKey(String key) {
      assertOnlyViolation("adBreakStart without " + key,
          catalog().validate(without(adBreakStart(), "/params/" + key)), "/params/" + key, "required");
    }

    @ParameterizedTest(name = "chapterStart without {0}")
    @ValueSource(strings = {"media.chapter.index", "media.chapter.offset", "media.chapter.length"})
    void eachRequiredChapterStartKey(String key) {
      ObjectNode chapterStart = event("chapters-docs-and-timeline-3.json", 0);
      assertOnlyViolation("chapterStart without " + key,
          catalog().validate(without(chapterStart, "/params/" + key)), "/params/" + key, "required");
    }

    @ParameterizedTest(name = "{0} without media.state.name")
    @ValueSource(ints = {0, 2})
    void stateEventsNeedAStateName(int index) {
      ObjectNode state = event("player-states.json", index);
      String type = state.get("eventType").asText();
      assertOnlyViolation(type + " with empty params", catalog().validate(with(state.deepCopy(), "/params", "{}")),
          "/params/media.state.name", "required");
      assertOnlyViolation(type + " without params", catalog().validate(without(state, "/params")), "/params",
          "required");
    }

    @ParameterizedTest(name = "{0} without params")
    @ValueSource(ints = {1, 2})
    void adEventsNeedParams(int index) {
      ObjectNode ad = event(TIMELINE_2, index);
      assertOnlyViolation(ad.get("eventType").asText() + " without params",
          catalog().validate(without(ad, "/params")), "/params", "required");
    }

    @Test
    void missingPlayerTime() {
      assertOnlyViolation("ping without playerTime", catalog().validate(without(ping(), "/playerTime")),
          "/playerTime", "required");
    }

    @ParameterizedTest(name = "playerTime without {0}")
    @ValueSource(strings = {"ts", "playhead"})
    void missingPlayerTimeField(String field) {
      Violation v = assertOnlyViolation("ping without playerTime." + field,
          catalog().validate(without(ping(), "/playerTime/" + field)), "/playerTime/" + field, "required");
      assertThat(v.expected().asText()).as("playerTime.%s's type is named", field)
          .isEqualTo(field.equals("ts") ? "integer" : "number");
    }

    @Test
    void missingEventType() {
      assertOnlyViolation("event without eventType", catalog().validate(without(ping(), "/eventType")),
          "/eventType", "required");
    }

    @Test
    void nullEventTypeCountsAsMissing() {
      assertOnlyViolation("eventType null", catalog().validate(with(ping(), "/eventType", "null")), "/eventType",
          "required");
    }

    @Test
    void customerIdEntryWithoutAuthState() {
      ObjectNode event = without(androidSessionStart(), "/params/visitor.customerIDs/userId/authState");
      assertOnlyViolation("customer ID without authState", catalog().validate(event),
          "/params/visitor.customerIDs/userId/authState", "required");
    }
  }

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        Arguments.of("ts as a string", ping(), "/playerTime/ts", "\"1529997923478\"", "integer"),
        Arguments.of("ts with a fraction", ping(), "/playerTime/ts", "1.5", "integer"),
        Arguments.of("ts in seconds as a float", ping(), "/playerTime/ts", "1529997923.478", "integer"),
        Arguments.of("playhead as a string", ping(), "/playerTime/playhead", "\"8\"", "number"),
        Arguments.of("playhead null", ping(), "/playerTime/playhead", "null", "number"),
        Arguments.of("playerTime as a number", ping(), "/playerTime", "0", "object"),
        Arguments.of("media.length as a string", sessionStart(), "/params/media.length", "\"60\"", "number"),
        Arguments.of("media.id as a number", sessionStart(), "/params/media.id", "123", "string"),
        Arguments.of("params as an array", sessionStart(), "/params", "[]", "object"),
        Arguments.of("analytics.enableSSL as a string", sessionStart(), "/params/analytics.enableSSL", "\"true\"",
            "boolean"),
        Arguments.of("media.resume as 0", sessionStart(), "/params/media.resume", "0", "boolean"),
        Arguments.of("media.downloaded as a string", sessionStart(), "/params/media.downloaded", "\"true\"",
            "boolean"),
        Arguments.of("visitor.aamLocationHint as a string", androidSessionStart(),
            "/params/visitor.aamLocationHint", "\"9\"", "integer"),
        Arguments.of("visitor.customerIDs as a string", androidSessionStart(), "/params/visitor.customerIDs",
            "\"user-42\"", "object"),
        Arguments.of("customer ID authState as a string", androidSessionStart(),
            "/params/visitor.customerIDs/userId/authState", "\"1\"", "integer"),
        Arguments.of("media.season as a number", androidSessionStart(), "/params/media.season", "2", "string"),
        Arguments.of("media.ad.podIndex 1.5", adBreakStart(), "/params/media.ad.podIndex", "1.5", "integer"),
        Arguments.of("media.ad.podSecond as a string", adBreakStart(), "/params/media.ad.podSecond", "\"0\"",
            "number"),
        Arguments.of("media.ad.podPosition as a string", adStart(), "/params/media.ad.podPosition", "\"1\"",
            "integer"),
        Arguments.of("media.ad.length as a string", adStart(), "/params/media.ad.length", "\"7\"", "number"),
        Arguments.of("media.chapter.index 1.5", event("chapters-docs-and-timeline-3.json", 0),
            "/params/media.chapter.index", "1.5", "integer"),
        Arguments.of("media.state.name as a number", event("player-states.json", 0), "/params/media.state.name",
            "5", "string"),
        Arguments.of("media.errorId as a number", event("error-docs-params.json", 0), "/params/media.errorId", "1",
            "string"),
        Arguments.of("media.qoe.framesPerSecond 23.976", playWithQoe(), "/qoeData/media.qoe.framesPerSecond",
            "23.976", "integer"),
        Arguments.of("media.qoe.bitrate as a string", playWithQoe(), "/qoeData/media.qoe.bitrate", "\"10000\"",
            "integer"),
        Arguments.of("media.qoe.errorID as a number", event("error-sdk-qoedata.json", 0),
            "/qoeData/media.qoe.errorID", "1", "string"),
        Arguments.of("qoeData as a string", playWithQoe(), "/qoeData", "\"bitrate=10000\"", "object"),
        Arguments.of("customMetadata value as a number", event("custom-metadata-dotted-keys.json", 0),
            "/customMetadata/episodeNumber", "7", "string"),
        Arguments.of("customMetadata value as a boolean", event("custom-metadata-dotted-keys.json", 0),
            "/customMetadata/isLive", "true", "string"),
        Arguments.of("customMetadata value as an object", event("custom-metadata-dotted-keys.json", 0),
            "/customMetadata/show.segment.name", "{\"name\": \"morning\"}", "string"),
        Arguments.of("customMetadata as an array", ping(), "/customMetadata", "[\"a\"]", "object"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongTypes")
  void wrongTypeIsReportedAtItsPath(String label, ObjectNode base, String pointer, String badJson, String type) {
    ObjectNode event = with(base, pointer, badJson);
    Violation v = assertOnlyViolation(label, catalog().validate(event), pointer, "type");
    assertThat(v.expected().asText()).as("%s: the expected type is named", label).isEqualTo(type);
    assertThat(v.actual()).as("%s: the received value is echoed back", label).isEqualTo(parse(badJson));
    assertThat(v.message()).as("%s: the message names the field", label).contains(pointer);
  }

  @Nested
  class UnknownKeys {

    @Test
    void unknownSessionStartParam() {
      ObjectNode event = with(sessionStart(), "/params/media.colour", "\"blue\"");
      Violation v = assertOnlyViolation("unknown params key", catalog().validate(event), "/params/media.colour",
          "additionalProperties");
      assertThat(v.actual().asText()).as("the unknown key is echoed back").isEqualTo("media.colour");
      assertThat(v.message()).as("the message names the key and the event type")
          .contains("/params/media.colour").contains("sessionStart");
    }

    @Test
    void sessionStartParamOnAnotherEvent() {
      ObjectNode event = with(ping(), "/params", "{\"media.id\": \"x\"}");
      assertOnlyViolation("media.id on a ping", catalog().validate(event), "/params/media.id",
          "additionalProperties");
    }

    @Test
    void adParamOnAdComplete() {
      ObjectNode event = with(event(TIMELINE_2, 4), "/params", "{\"media.ad.id\": \"002\"}");
      assertOnlyViolation("media.ad.id on adComplete", catalog().validate(event), "/params/media.ad.id",
          "additionalProperties");
    }

    @Test
    void unprefixedQoeKeySuggestsTheNamespacedOne() {
      // Timeline 2 sends qoeData {"bitrate": 10000}; the schema knows only media.qoe.bitrate.
      ObjectNode event = with(playWithQoe(), "/qoeData", "{\"bitrate\": 10000}");
      Violation v = assertOnlyViolation("qoeData.bitrate", catalog().validate(event), "/qoeData/bitrate",
          "additionalProperties");
      assertThat(v.message())
          .as("the message suggests the key the client meant")
          .contains("media.qoe.bitrate");
    }

    @Test
    void wrongCaseQoeKeySuggestsTheRightCase() {
      ObjectNode event = with(event("error-sdk-qoedata.json", 0), "/qoeData/media.qoe.errorId", "\"e-1\"");
      Violation v = assertOnlyViolation("qoeData media.qoe.errorId", catalog().validate(event),
          "/qoeData/media.qoe.errorId", "additionalProperties");
      assertThat(v.message()).as("the message suggests media.qoe.errorID").contains("media.qoe.errorID");
    }

    @Test
    void wrongCaseErrorParamSuggestsTheRightCase() {
      ObjectNode event = without(event("error-docs-params.json", 0), "/params/media.errorId");
      with(event, "/params/media.errorID", "\"e-1\"");
      Violation v = assertOnlyViolation("params media.errorID", catalog().validate(event),
          "/params/media.errorID", "additionalProperties");
      assertThat(v.message()).as("the message suggests media.errorId").contains("media.errorId");
    }

    @Test
    void extraTopLevelKey() {
      ObjectNode event = with(ping(), "/sessionId", "\"abc\"");
      assertOnlyViolation("top-level sessionId", catalog().validate(event), "/sessionId", "additionalProperties");
    }

    @Test
    void wrongCaseTopLevelKeySuggestsTheRightCase() {
      ObjectNode event = with(ping(), "/qoedata", "{}");
      Violation v = assertOnlyViolation("top-level qoedata", catalog().validate(event), "/qoedata",
          "additionalProperties");
      assertThat(v.message()).as("the message suggests qoeData").contains("\"qoeData\"");
    }

    @Test
    void extraPlayerTimeKey() {
      ObjectNode event = with(ping(), "/playerTime/timezone", "\"UTC\"");
      assertOnlyViolation("playerTime.timezone", catalog().validate(event), "/playerTime/timezone",
          "additionalProperties");
    }

    @Test
    void customMetadataKeyWithADash() {
      ObjectNode event = with(ping(), "/customMetadata", "{\"my-key\": \"x\"}");
      assertOnlyViolation("customMetadata my-key", catalog().validate(event), "/customMetadata/my-key",
          "additionalProperties");
    }

    @Test
    void customMetadataKeyWithASpace() {
      ObjectNode event = with(sessionStart(), "/customMetadata", "{\"my key\": \"x\"}");
      assertOnlyViolation("customMetadata 'my key'", catalog().validate(event), "/customMetadata/my key",
          "additionalProperties");
    }

    @Test
    void customMetadataEmptyKey() {
      ObjectNode event = with(sessionStart(), "/customMetadata", "{\"\": \"x\"}");
      assertOnlyViolation("customMetadata empty key", catalog().validate(event), "/customMetadata/",
          "additionalProperties");
    }

    @Test
    void customMetadataKeyWithASlashIsEscapedInThePointer() {
      ObjectNode event = with(sessionStart(), "/customMetadata", "{\"a/b\": \"x\"}");
      assertOnlyViolation("customMetadata a/b", catalog().validate(event), "/customMetadata/a~1b",
          "additionalProperties");
    }

    @Test
    void extraKeyInACustomerIdEntry() {
      ObjectNode event = with(androidSessionStart(), "/params/visitor.customerIDs/userId/idType", "\"userId\"");
      assertOnlyViolation("customer ID entry with idType", catalog().validate(event),
          "/params/visitor.customerIDs/userId/idType", "additionalProperties");
    }
  }

  @Nested
  class EventTypeRules {

    @ParameterizedTest(name = "eventType {0}")
    @ValueSource(strings = {"\"seekStart\"", "\"bufferEnd\"", "\"statesUpdate\"", "\"SessionStart\"", "\"\"", "42",
        "[\"play\"]"})
    void unknownEventType(String json) {
      ObjectNode event = with(ping(), "/eventType", json);
      Violation v = assertOnlyViolation("eventType " + json, catalog().validate(event), "/eventType", "enum");
      assertThat(v.actual()).as("the received eventType is echoed back").isEqualTo(parse(json));
      assertThat(v.expected().isArray() ? v.expected().size() : -1)
          .as("expected lists the 19 event types")
          .isEqualTo(19);
    }

    @Test
    void eventTypeOfAnotherSchema() {
      // What the HTTP layer does for POST /api/v1/sessions: check against sessionStart whatever the body says.
      List<Violation> violations = catalog().validate(EventType.SESSION_START, ping());
      assertThat(violations.stream().map(v -> v.path() + " " + v.rule()).collect(Collectors.toList()))
          .as("a ping posted as a session start is refused for its eventType and its missing params:%s",
              describe(violations))
          .containsExactly("/eventType enum", "/params required");
    }

    @Test
    void bodyThatIsNotAnObject() {
      ArrayNode batch = JsonNodeFactory.instance.arrayNode().add(ping());
      assertOnlyViolation("an array body", catalog().validate(batch), "", "type");
      assertOnlyViolation("a string body", catalog().validate(parse("\"ping\"")), "", "type");
      assertOnlyViolation("no body", catalog().validate((JsonNode) null), "", "type");
    }
  }

  @Test
  void everyMistakeIsReportedNotOnlyTheFirst() {
    ObjectNode event = without(sessionStart(), "/params/media.id");
    with(event, "/playerTime/ts", "\"now\"");
    with(event, "/qoeData", "{\"bitrate\": 1}");
    List<Violation> violations = catalog().validate(event);
    assertThat(violations.stream().map(v -> v.path() + " " + v.rule()).collect(Collectors.toList()))
        .as("three independent mistakes give three violations, sorted by path:%s", describe(violations))
        .containsExactly("/params/media.id required", "/playerTime/ts type", "/qoeData/bitrate additionalProperties");
  }

  @Test
  void aBodyWithThousandsOfMistakesListsTheFirstHundredAndCountsTheRest() {
    ObjectNode params = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < 5_000; i++) {
      params.put("k" + i, i);
    }
    ObjectNode event = ping().set("params", params);

    List<Violation> violations = catalog().validate(event);

    assertThat(violations).as("5,000 unknown keys: %d problems listed, then one entry that counts them all",
        Violation.MAX_LISTED).hasSize(Violation.MAX_LISTED + 1);
    Violation rest = violations.get(Violation.MAX_LISTED);
    assertThat(rest.rule()).as("the last entry's rule").isEqualTo(Violation.TOO_MANY_PROBLEMS);
    assertThat(rest.message()).as("the last entry says how many problems there are").contains("5000 problems");
    assertThat(Violation.total(violations)).as("the total a refusal reports").isEqualTo(5_000);
  }

  /**
   * Two examples on Adobe's events pages omit keys that the request-parameter table marks required. The mock
   * requires them (docs/decisions.md#where-the-sources-disagree, #7), so the mock answers 400 to these samples; this test records the decision.
   */
  @Nested
  class DocsExamplesRejectedByDecision {

    @Test
    void sessionStartExampleWithoutAnalyticsKeys() {
      JsonNode docs = parse("{\"playerTime\": {\"playhead\": 0, \"ts\": 1699523820000}, \"eventType\": \"sessionStart\","
          + " \"params\": {\"media.channel\": \"Sports\", \"media.playerName\": \"HTML5 Player\","
          + " \"media.contentType\": \"vod\", \"media.length\": 128, \"media.id\": \"video-123\"}}");
      List<Violation> violations = catalog().validate(docs);
      assertThat(violations.stream().map(v -> v.path() + " " + v.rule()).collect(Collectors.toList()))
          .as("session-start.md's example lacks the analytics and visitor keys:%s", describe(violations))
          .containsExactly("/params/analytics.reportSuite required", "/params/analytics.trackingServer required",
              "/params/visitor.marketingCloudOrgId required");
    }

    @Test
    void adStartExampleWithoutPlayerName() {
      JsonNode docs = parse("{\"playerTime\": {\"playhead\": 0, \"ts\": 1699523820000}, \"eventType\": \"adStart\","
          + " \"params\": {\"media.ad.id\": \"ad-2125\", \"media.ad.name\": \"Ford F-150\", \"media.ad.length\": 15,"
          + " \"media.ad.podPosition\": 0}}");
      assertOnlyViolation("ad-start.md's example without media.ad.playerName", catalog().validate(docs),
          "/params/media.ad.playerName", "required");
    }
  }
}
