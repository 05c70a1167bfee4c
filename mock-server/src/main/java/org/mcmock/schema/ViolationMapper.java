package org.mcmock.schema;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.mcmock.model.EventType;
import org.mcmock.model.Violation;

/** Turns networknt's messages into {@link Violation}s that name the field, the rule and both values. */
final class ViolationMapper {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ViolationMapper() {}

  static Violation toViolation(EventType type, JsonNode schemaDocument, JsonNode event, ValidationMessage message) {
    return toViolation(type.wireName(), "GET /api/v1/schemas/" + type.wireName(), schemaDocument, event, message);
  }

  /**
   * @param name the event as the client named it, e.g. {@code sessionStart} or {@code media.sessionStart}
   * @param schema where the client can read the schema
   */
  static Violation toViolation(String name, String schema, JsonNode schemaDocument, JsonNode event,
      ValidationMessage message) {
    String keyword = message.getType();
    String parent = message.getInstanceLocation().toString();
    String property = message.getProperty();
    String schemaHint = " (schema: " + schema + ")";
    switch (keyword) {
      case "required" -> {
        String path = child(parent, property);
        return new Violation(path, keyword, expectedTypeOf(schemaDocument, message, property), null,
            name + " requires " + describe(path) + ", which is missing" + schemaHint);
      }
      case "additionalProperties" -> {
        String path = child(parent, property);
        List<String> known = knownProperties(schemaDocument, message);
        String suggestion = suggest(property, known);
        return new Violation(path, keyword, NODES.textNode("a key defined for " + name),
            NODES.textNode(property),
            describe(path) + " is not a key the backend accepts on " + name
                + (suggestion == null ? "" : ": did you mean \"" + suggestion + "\"?") + schemaHint);
      }
      default -> {
        JsonNode actual = valueAt(event, parent);
        JsonNode expected = message.getSchemaNode();
        return new Violation(parent, keyword, expected, actual,
            describe(parent) + ": " + stripLocation(message.getMessage(), parent) + schemaHint);
      }
    }
  }

  /** The type the schema declares for a missing property, so the client knows what to send. */
  private static JsonNode expectedTypeOf(JsonNode schemaDocument, ValidationMessage message, String property) {
    JsonNode owner = schemaDocument.at(ownerPointer(message));
    JsonNode declared = owner.path("properties").path(property);
    if (declared.has("$ref")) {
      declared = schemaDocument.at(declared.get("$ref").asText().replaceFirst("^#", ""));
    }
    JsonNode typeNode = declared.path("type");
    return typeNode.isMissingNode() ? NODES.textNode("present") : typeNode;
  }

  private static List<String> knownProperties(JsonNode schemaDocument, ValidationMessage message) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = schemaDocument.at(ownerPointer(message)).path("properties").fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }

  /** The schema object that holds the failing keyword, e.g. {@code /definitions/qoeData}. */
  private static String ownerPointer(ValidationMessage message) {
    String fragment = message.getSchemaLocation().getFragment().toString();
    if (fragment.startsWith("#")) {
      fragment = fragment.substring(1);
    }
    int cut = fragment.lastIndexOf('/');
    return cut <= 0 ? "" : fragment.substring(0, cut);
  }

  /** A near miss among the known keys: same name with a namespace prefix, or other letter case. */
  private static String suggest(String property, List<String> known) {
    for (String candidate : known) {
      if (candidate.equalsIgnoreCase(property)) {
        return candidate;
      }
    }
    String lower = property.toLowerCase(Locale.ROOT);
    for (String candidate : known) {
      if (candidate.toLowerCase(Locale.ROOT).endsWith("." + lower)) {
        return candidate;
      }
    }
    return null;
  }

  private static JsonNode valueAt(JsonNode event, String pointer) {
    if (pointer.isEmpty()) {
      return event;
    }
    JsonNode node = event.at(JsonPointer.compile(pointer));
    return node.isMissingNode() ? null : node;
  }

  private static String stripLocation(String text, String location) {
    String prefix = location + ": ";
    return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
  }

  private static String describe(String pointer) {
    return pointer.isEmpty() ? "the event" : pointer;
  }

  /** The pointer to {@code property} of the object at {@code parent}, escaped ({@code ~0}, {@code ~1}) by Jackson. */
  private static String child(String parent, String property) {
    return JsonPointer.compile(parent).appendProperty(property).toString();
  }
}
