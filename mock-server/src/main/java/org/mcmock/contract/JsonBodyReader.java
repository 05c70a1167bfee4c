package org.mcmock.contract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a request body as JSON, refusing everything a real backend would choke on (wrong content
 * type, oversize, malformed, duplicate keys, absurd nesting or numbers) with a status and a sentence
 * that names the problem. It never throws on bad input.
 */
public final class JsonBodyReader {

  /** Nesting deeper than any Media Collection event needs (they are 3 levels deep). */
  public static final int MAX_DEPTH = 32;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectMapper mapper;
  private final int maxBytes;

  public JsonBodyReader(int maxBytes) {
    this.maxBytes = maxBytes;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxNumberLength(400)
            .maxStringLength(maxBytes)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** The outcome of reading a body: either JSON or a refusal. */
  public sealed interface Result {}

  /** @param text the body decoded as UTF-8, for the journal */
  public record Json(JsonNode node, String text) implements Result {}

  /** @param status 400, 413 or 415 */
  public record Refused(int status, Violation violation, String text) implements Result {}

  public Result read(byte[] body, String contentType) {
    String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
    if (!isJson(contentType)) {
      return new Refused(415, Violation.of("", "contentType", "application/json",
          contentType == null ? null : NODES.textNode(contentType),
          "The Media Collection API takes JSON: send the header Content-Type: application/json"
              + (contentType == null ? " (the request had none)" : " (the request said " + contentType + ")")), text);
    }
    if (body == null || body.length == 0 || text.isBlank()) {
      return new Refused(400, Violation.of("", "json", "a JSON body", null, "The request body is empty"), text);
    }
    if (body.length > maxBytes) {
      return new Refused(413, Violation.of("", "bodySize", "at most " + maxBytes + " bytes",
          NODES.numberNode(body.length), "The request body has " + body.length + " bytes; the limit is "
              + maxBytes + " bytes (a downloaded batch that large should be split into sessions)"),
          text.substring(0, Math.min(text.length(), 1024)));
    }
    JsonNode node;
    try {
      node = mapper.readTree(body);
    } catch (StreamConstraintsException e) {
      boolean nesting = String.valueOf(e.getOriginalMessage()).contains("nesting depth");
      return new Refused(400, Violation.of("", "limits",
          nesting ? "JSON nested at most " + MAX_DEPTH + " levels deep" : "JSON within the mock's size limits", null,
          nesting
              ? "The body is nested more than " + MAX_DEPTH + " levels deep; a Media Collection event needs 3"
              : "The body holds a number or string too long to be a Media Collection value"), text);
    } catch (JsonProcessingException e) {
      return new Refused(400, Violation.of("", "json", "well-formed UTF-8 JSON", null,
          "The body is not valid JSON: " + e.getOriginalMessage() + where(e.getLocation())), text);
    } catch (IOException e) {
      return new Refused(400, Violation.of("", "json", "well-formed UTF-8 JSON", null,
          "The body could not be read as JSON: " + e.getMessage()), text);
    }
    Violation badNumber = firstUnrepresentableNumber(node);
    if (badNumber != null) {
      return new Refused(400, badNumber, text);
    }
    return new Json(node, text);
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/json");
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** Numbers like 1e400 or 2^70 parse, but no event field can hold them: say so before validating. */
  private static Violation firstUnrepresentableNumber(JsonNode root) {
    Deque<String> path = new ArrayDeque<>();
    JsonNode bad = findUnrepresentable(root, path);
    if (bad == null) {
      return null;
    }
    String pointer = path.isEmpty() ? "" : "/" + String.join("/", path);
    return Violation.of(pointer, "numberRange", "a number within 64-bit range", NODES.textNode(bad.asText()),
        (pointer.isEmpty() ? "The body" : pointer) + " holds " + bad.asText()
            + ", a number no Media Collection field can store");
  }

  /**
   * Depth-first search, bounded by {@link #MAX_DEPTH}; the path segments are pushed only on the way back
   * from a hit, so a valid body costs no string building.
   */
  private static JsonNode findUnrepresentable(JsonNode node, Deque<String> path) {
    if (node.isBigInteger() || (node.isFloatingPointNumber() && !Double.isFinite(node.asDouble()))) {
      return node;
    }
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode bad = findUnrepresentable(field.getValue(), path);
        if (bad != null) {
          path.push(field.getKey().replace("~", "~0").replace("/", "~1"));
          return bad;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode bad = findUnrepresentable(node.get(i), path);
        if (bad != null) {
          path.push(String.valueOf(i));
          return bad;
        }
      }
    }
    return null;
  }
}
