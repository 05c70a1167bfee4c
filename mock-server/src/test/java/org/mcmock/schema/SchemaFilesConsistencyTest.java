package org.mcmock.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.schema.SchemaTestSupport.SCHEMA_FOLDER;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mcmock.model.EventType;

/**
 * Guards the schema files against drift: one shape for all 19 files (ping.json is the template), identical shared
 * definitions, no typo'd keyword, and the parameter catalogue of docs/decisions.md#schemas with its types.
 */
class SchemaFilesConsistencyTest {

  private static final List<String> SHARED_DEFINITIONS = List.of("playerTime", "qoeData", "customMetadata");

  /** Keywords our files may use; anything else is most likely a typo that draft-04 would silently ignore. */
  private static final Set<String> KNOWN_KEYWORDS = Set.of(
      "$schema", "id", "title", "description", "type", "definitions", "properties", "patternProperties",
      "additionalProperties", "required", "enum", "$ref", "minimum", "maximum", "minLength", "maxLength", "pattern",
      "items", "format");

  private static JsonNode schemaFile(EventType type) {
    try {
      return SchemaTestSupport.parse(
          Files.readString(SCHEMA_FOLDER.resolve(type.wireName() + ".json"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(EventType.class)
  void sharedDefinitionsAreIdenticalToPing(EventType type) {
    JsonNode template = schemaFile(EventType.PING).path("definitions");
    JsonNode definitions = schemaFile(type).path("definitions");
    for (String name : SHARED_DEFINITIONS) {
      assertThat(definitions.get(name))
          .as("%s.json: definitions/%s has drifted from ping.json; the shared definitions must be identical in all "
              + "19 files", type, name)
          .isEqualTo(template.get(name));
    }
    List<String> names = new ArrayList<>();
    definitions.fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .as("%s.json: definitions are exactly playerTime, qoeData, customMetadata, params", type)
        .containsExactly("playerTime", "qoeData", "customMetadata", "params");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(EventType.class)
  void fileHasTheTemplateShape(EventType type) {
    JsonNode schema = schemaFile(type);
    String name = type.wireName();
    assertThat(schema.path("$schema").asText())
        .as("%s.json: draft-04 over http, the URI networknt knows without fetching it", name)
        .isEqualTo("http://json-schema.org/draft-04/schema#");
    assertThat(schema.path("id").asText()).as("%s.json: id", name)
        .isEqualTo("https://mcmock.invalid/api/v1/schemas/" + name);
    assertThat(schema.path("title").asText()).as("%s.json: title", name).isEqualTo(name);
    assertThat(schema.path("description").asText()).as("%s.json: description", name).isNotBlank();
    assertThat(schema.path("type").asText()).as("%s.json: type", name).isEqualTo("object");
    assertThat(schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean())
        .as("%s.json: top-level additionalProperties is false", name)
        .isTrue();

    JsonNode properties = schema.path("properties");
    List<String> topLevel = new ArrayList<>();
    properties.fieldNames().forEachRemaining(topLevel::add);
    assertThat(topLevel).as("%s.json: top-level properties", name)
        .containsExactly("eventType", "playerTime", "params", "qoeData", "customMetadata");
    assertThat(properties.path("eventType").path("enum"))
        .as("%s.json: eventType accepts exactly its own name", name)
        .isEqualTo(SchemaTestSupport.parse("[\"" + name + "\"]"));
    for (String ref : List.of("playerTime", "params", "qoeData", "customMetadata")) {
      assertThat(properties.path(ref).path("$ref").asText())
          .as("%s.json: %s points at its definition", name, ref)
          .isEqualTo("#/definitions/" + ref);
    }

    JsonNode params = schema.path("definitions").path("params");
    boolean paramsHaveRequiredKeys = params.path("required").size() > 0;
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(n -> required.add(n.asText()));
    List<String> expectedRequired = new ArrayList<>(List.of("eventType", "playerTime"));
    if (paramsHaveRequiredKeys) {
      expectedRequired.add("params");
    }
    assertThat(required)
        .as("%s.json: params is required at the top level exactly when it has required keys", name)
        .isEqualTo(expectedRequired);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(EventType.class)
  void everyObjectClosesItsKeysAndUsesOnlyKnownKeywords(EventType type) {
    List<String> problems = new ArrayList<>();
    walk(schemaFile(type), "", problems);
    assertThat(problems)
        .as("%s.json: every object schema sets additionalProperties (false, or a schema for map values) and uses "
            + "only known keywords", type)
        .isEmpty();
  }

  private static void walk(JsonNode schema, String pointer, List<String> problems) {
    if (!schema.isObject()) {
      return;
    }
    schema.fieldNames().forEachRemaining(key -> {
      if (!KNOWN_KEYWORDS.contains(key)) {
        problems.add(pointer + ": unknown keyword \"" + key + "\"");
      }
    });
    if ("object".equals(schema.path("type").asText())) {
      JsonNode additional = schema.get("additionalProperties");
      if (additional == null || (additional.isBoolean() && additional.asBoolean())) {
        problems.add(pointer + ": object schema without additionalProperties false");
      }
    }
    for (String container : List.of("definitions", "properties", "patternProperties")) {
      Iterator<Map.Entry<String, JsonNode>> it = schema.path(container).fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> entry = it.next();
        walk(entry.getValue(), pointer + "/" + container + "/" + entry.getKey(), problems);
      }
    }
    if (schema.path("additionalProperties").isObject()) {
      walk(schema.get("additionalProperties"), pointer + "/additionalProperties", problems);
    }
  }

  @Test
  void paramsCatalogueMatchesTheSources() {
    // docs/decisions.md#schemas: every key Adobe's docs, Swagger file or Android SDK send, with its type.
    Map<EventType, Map<String, String>> optional = new LinkedHashMap<>();
    Map<EventType, Map<String, String>> required = new LinkedHashMap<>();

    required.put(EventType.SESSION_START, ordered(
        "analytics.trackingServer", "string", "analytics.reportSuite", "string",
        "visitor.marketingCloudOrgId", "string", "media.id", "string", "media.length", "number",
        "media.contentType", "string", "media.playerName", "string", "media.channel", "string"));
    Map<String, String> sessionOptional = ordered(
        "analytics.enableSSL", "boolean", "analytics.visitorId", "string", "analytics.aid", "string",
        "analytics.optOutServerSideForwarding", "boolean", "analytics.optOutShare", "boolean",
        "visitor.marketingCloudUserId", "string", "visitor.aamLocationHint", "integer",
        "visitor.customerIDs", "object", "appInstallationId", "string", "media.name", "string",
        "media.streamType", "string", "media.resume", "boolean", "media.downloaded", "boolean",
        "media.sdkVersion", "string", "media.libraryVersion", "string");
    for (String key : List.of("streamFormat", "show", "season", "episode", "assetId", "genre", "firstAirDate",
        "firstDigitalDate", "rating", "originator", "network", "showType", "adLoad", "pass.mvpd", "pass.auth",
        "dayPart", "feed", "artist", "album", "label", "author", "station", "publisher")) {
      sessionOptional.put("media." + key, "string");
    }
    optional.put(EventType.SESSION_START, sessionOptional);

    required.put(EventType.AD_BREAK_START, ordered("media.ad.podIndex", "integer", "media.ad.podSecond", "number"));
    optional.put(EventType.AD_BREAK_START, ordered("media.ad.podFriendlyName", "string"));

    required.put(EventType.AD_START, ordered("media.ad.id", "string", "media.ad.length", "number",
        "media.ad.podPosition", "integer", "media.ad.playerName", "string"));
    Map<String, String> adOptional = ordered("media.ad.name", "string", "media.ad.podFriendlyName", "string");
    for (String key : List.of("advertiser", "campaignId", "creativeId", "siteId", "creativeURL", "placementId")) {
      adOptional.put("media.ad." + key, "string");
    }
    optional.put(EventType.AD_START, adOptional);

    required.put(EventType.CHAPTER_START, ordered("media.chapter.index", "integer", "media.chapter.offset", "number",
        "media.chapter.length", "number"));
    optional.put(EventType.CHAPTER_START, ordered("media.chapter.friendlyName", "string"));

    required.put(EventType.STATE_START, ordered("media.state.name", "string"));
    required.put(EventType.STATE_END, ordered("media.state.name", "string"));

    optional.put(EventType.ERROR, ordered("media.errorId", "string", "media.errorSource", "string"));

    for (EventType type : EventType.values()) {
      JsonNode params = schemaFile(type).path("definitions").path("params");
      Map<String, String> want = new LinkedHashMap<>(required.getOrDefault(type, Map.of()));
      want.putAll(optional.getOrDefault(type, Map.of()));

      Map<String, String> have = new LinkedHashMap<>();
      params.path("properties").fields().forEachRemaining(e -> have.put(e.getKey(), e.getValue().path("type").asText()));
      assertThat(have)
          .as("%s.json: params keys and their types (docs/decisions.md#schemas)", type)
          .containsExactlyInAnyOrderEntriesOf(want);

      List<String> requiredKeys = new ArrayList<>();
      params.path("required").forEach(n -> requiredKeys.add(n.asText()));
      assertThat(requiredKeys)
          .as("%s.json: required params keys (docs/decisions.md#schemas)", type)
          .containsExactlyInAnyOrderElementsOf(required.getOrDefault(type, Map.of()).keySet());
    }
  }

  @Test
  void qoeDataKnowsTheSwaggerAndSdkErrorKeys() {
    JsonNode qoe = schemaFile(EventType.PING).path("definitions").path("qoeData").path("properties");
    Map<String, String> have = new LinkedHashMap<>();
    qoe.fields().forEachRemaining(e -> have.put(e.getKey(), e.getValue().path("type").asText()));
    assertThat(have)
        .as("qoeData: the four integer QoE keys plus Swagger's and the SDK's errorID/errorSource strings")
        .containsExactlyInAnyOrderEntriesOf(ordered(
            "media.qoe.bitrate", "integer", "media.qoe.droppedFrames", "integer",
            "media.qoe.framesPerSecond", "integer", "media.qoe.timeToStart", "integer",
            "media.qoe.errorID", "string", "media.qoe.errorSource", "string"));
  }

  private static Map<String, String> ordered(String... keyThenType) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keyThenType.length; i += 2) {
      map.put(keyThenType[i], keyThenType[i + 1]);
    }
    return map;
  }

  @Test
  void filesUseTwoSpaceIndentation() throws IOException {
    List<String> problems = new ArrayList<>();
    for (EventType type : EventType.values()) {
      try (Stream<String> lines = Files.lines(SCHEMA_FOLDER.resolve(type.wireName() + ".json"))) {
        lines.forEach(line -> {
          int indent = line.length() - line.stripLeading().length();
          if (line.startsWith("\t") || indent % 2 != 0) {
            problems.add(type.wireName() + ".json: " + line.strip());
          }
        });
      }
    }
    assertThat(problems).as("schema files are indented with 2 spaces like ping.json").isEmpty();
  }
}
