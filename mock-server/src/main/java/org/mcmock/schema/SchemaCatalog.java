package org.mcmock.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mcmock.model.EdgeEventType;
import org.mcmock.model.EventType;
import org.mcmock.model.Violation;

/**
 * The JSON Schemas, one per event type, loaded once and shared by every request.
 *
 * <p>This is the only class that knows networknt's API, so a move to its 2.x line touches one file.
 * Schemas are validated as data: a user may point the mock at a folder of their own.
 */
public final class SchemaCatalog {

  /** Where the bundled schemas sit on the class path (copied from the top-level {@code schemas/}). */
  public static final String BUNDLED_LOCATION = "schemas/";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Where the Media Edge schemas sit, one per operation, each for a whole request body. */
  public static final String EDGE_LOCATION = BUNDLED_LOCATION + "edge/";

  private final Map<EventType, Entry> entries;
  private final Map<EdgeEventType, Entry> edge;
  private final String origin;

  private record Entry(JsonNode document, String text, JsonSchema schema) {}

  private SchemaCatalog(Map<EventType, Entry> entries, Map<EdgeEventType, Entry> edge, String origin) {
    this.entries = entries;
    this.edge = edge;
    this.origin = origin;
  }

  /** The schemas shipped inside the jar. */
  public static SchemaCatalog bundled() {
    Map<String, String> texts = new java.util.HashMap<>();
    for (EventType type : EventType.values()) {
      texts.put(type.wireName(), resource(BUNDLED_LOCATION + type.wireName() + ".json"));
    }
    return fromTexts(texts, "bundled schemas");
  }

  private static String resource(String resource) {
    try (InputStream in = SchemaCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The bundled schema " + resource + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Schemas read from {@code folder}, which must hold {@code <eventType>.json} for all 19 types. */
  public static SchemaCatalog fromFolder(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("Schema folder " + folder.toAbsolutePath() + " does not exist");
    }
    Map<String, String> texts = new java.util.HashMap<>();
    List<String> missing = new ArrayList<>();
    for (EventType type : EventType.values()) {
      Path file = folder.resolve(type.wireName() + ".json");
      if (!Files.isRegularFile(file)) {
        missing.add(file.getFileName().toString());
        continue;
      }
      try {
        texts.put(type.wireName(), Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read schema " + file, e);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "Schema folder " + folder.toAbsolutePath() + " lacks " + String.join(", ", missing)
              + " (one file per event type is needed)");
    }
    return fromTexts(texts, folder.toAbsolutePath().toString());
  }

  private static SchemaCatalog fromTexts(Map<String, String> texts, String origin) {
    // Schemas never reach out to the network: $schema draft-04 is built in and refs stay inside a file.
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).build();
    Map<EventType, Entry> entries = new EnumMap<>(EventType.class);
    for (EventType type : EventType.values()) {
      entries.put(type, entry(factory, config, type.wireName(), texts.get(type.wireName()), origin));
    }
    // The Media Edge schemas always come from the jar: a schema folder of the user's replaces Media Collection's.
    Map<EdgeEventType, Entry> edge = new EnumMap<>(EdgeEventType.class);
    for (EdgeEventType type : EdgeEventType.values()) {
      String file = EDGE_LOCATION + type.operation() + ".json";
      edge.put(type, entry(factory, config, "edge/" + type.operation(), resource(file), "bundled schemas"));
    }
    return new SchemaCatalog(entries, edge, origin);
  }

  private static Entry entry(JsonSchemaFactory factory, SchemaValidatorsConfig config, String name, String text,
      String origin) {
    JsonNode document;
    try {
      document = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Schema " + name + ".json in " + origin + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    JsonSchema schema = factory.getSchema(document, config);
    schema.initializeValidators();
    return new Entry(document, text, schema);
  }

  /** Where the schemas came from, for start-up logs and the admin API. */
  public String origin() {
    return origin;
  }

  /** The schema file exactly as loaded, for {@code GET /api/v1/schemas/{eventType}}. */
  public String schemaText(EventType type) {
    return entries.get(type).text();
  }

  /** The Media Edge schema of one operation, for {@code GET /api/v1/schemas/media.<operation>}. */
  public String schemaText(EdgeEventType type) {
    return edge.get(type).text();
  }

  /**
   * Checks a Media Edge request body ({@code {"events": [{"xdm": ...}]}}) against the schema of {@code type}.
   *
   * @return the problems, with JSON Pointers into the body ({@code /events/0/xdm/mediaCollection/playhead})
   */
  public List<Violation> validate(EdgeEventType type, JsonNode body) {
    Entry entry = edge.get(type);
    List<Violation> violations = new ArrayList<>();
    for (ValidationMessage message : entry.schema().validate(body)) {
      violations.add(ViolationMapper.toViolation(type.xdmName(), "GET /api/v1/schemas/" + type.xdmName(),
          entry.document(), body, message));
    }
    violations.sort(Comparator.comparing(Violation::path).thenComparing(Violation::rule));
    return Violation.capped(violations);
  }

  /**
   * Checks one event against the schema of its own {@code eventType}.
   *
   * @return the problems, most specific first; empty when the event is valid
   */
  public List<Violation> validate(JsonNode event) {
    if (event == null || !event.isObject()) {
      return List.of(
          Violation.of("", "type", "a JSON object", event, "The body must be one JSON object (an event)"));
    }
    JsonNode eventType = event.get("eventType");
    if (eventType == null || eventType.isNull()) {
      return List.of(
          Violation.of("/eventType", "required", "one of " + EventType.values().length + " event types", null,
              "eventType is missing: every event names its type, e.g. \"eventType\": \"play\""));
    }
    Optional<EventType> type = eventType.isTextual() ? EventType.fromWireName(eventType.asText()) : Optional.empty();
    if (type.isEmpty()) {
      var known = NODES.arrayNode();
      for (EventType t : EventType.values()) {
        known.add(t.wireName());
      }
      return List.of(new Violation("/eventType", "enum", known, eventType,
          "eventType " + eventType + " is not one of the " + EventType.values().length
              + " event types of the Media Collection API"));
    }
    return validate(type.get(), event);
  }

  /** Checks an event against the schema of {@code type}, whatever its own {@code eventType} says. */
  public List<Violation> validate(EventType type, JsonNode event) {
    Entry entry = entries.get(type);
    List<Violation> violations = new ArrayList<>();
    for (ValidationMessage message : entry.schema().validate(event)) {
      violations.add(ViolationMapper.toViolation(type, entry.document(), event, message));
    }
    violations.sort(Comparator.comparing(Violation::path).thenComparing(Violation::rule));
    return Violation.capped(violations);
  }
}
