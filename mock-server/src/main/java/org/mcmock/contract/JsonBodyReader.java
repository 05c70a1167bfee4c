package org.mcmock.contract;

import org.mcmock.model.Violation;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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
    // Decoded once: what is parsed, and recorded, is exactly the text that was validated.
    Decoded decoded = body == null ? new Decoded("", -1) : decodeStrictly(body);
    String text = decoded.text();
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
    if (decoded.badByte() >= 0) {
      int at = decoded.badByte();
      return new Refused(400, Violation.of("", "json", "well-formed UTF-8", null, "The body is not valid UTF-8 at"
          + " byte " + at + " (0x" + String.format("%02X", body[at] & 0xFF) + "): send the JSON encoded in UTF-8;"
          + " overlong forms, encoded surrogates and code points above U+10FFFF are not UTF-8"), text);
    }
    JsonNode node;
    try {
      node = mapper.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (StreamConstraintsException e) {
      boolean nesting = String.valueOf(e.getOriginalMessage()).contains("nesting depth");
      return new Refused(400, Violation.of("", "limits",
          nesting ? "JSON nested at most " + MAX_DEPTH + " levels deep" : "JSON within the mock's size limits", null,
          nesting
              ? "The body is nested more than " + MAX_DEPTH + " levels deep; a Media Collection event needs 3"
              : "The body holds a number or string too long to be a Media Collection value"), text);
    } catch (JsonProcessingException e) {
      return new Refused(400, Violation.of("", "json", "well-formed UTF-8 JSON", null,
          "The body is not valid JSON: " + UserText.clean(e.getOriginalMessage()) + where(e.getLocation())), text);
    } catch (IOException e) {
      return new Refused(400, Violation.of("", "json", "well-formed UTF-8 JSON", null,
          "The body could not be read as JSON: " + UserText.clean(e.getMessage())), text);
    }
    Violation badNumber = firstUnrepresentableNumber(node);
    if (badNumber != null) {
      return new Refused(400, badNumber, text);
    }
    return new Json(node, text);
  }

  /**
   * The text, and where the first byte that is not well-formed UTF-8 is (else -1). Such a byte appears in the text
   * as {@code \\xC1}, so that the journal shows what was sent rather than a U+FFFD that was not.
   */
  private record Decoded(String text, int badByte) {}

  /**
   * Java's UTF-8 decoder, told to report rather than replace: it refuses overlong forms, encoded surrogates, code
   * points above U+10FFFF and broken continuations, which {@code new String(bytes, UTF_8)} turns into U+FFFD.
   */
  private static Decoded decodeStrictly(byte[] body) {
    if (isAscii(body)) { // nearly every body: no decoder, no buffer, the bytes become the string as they are
      return new Decoded(new String(body, StandardCharsets.ISO_8859_1), -1);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CharBuffer out = CharBuffer.allocate(body.length);
    int firstBad = -1;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (!result.isError()) {
        break;
      }
      if (firstBad < 0) {
        firstBad = in.position();
        // Each bad byte takes 4 characters: room for all of them to be bad (the rare, refused path).
        out = CharBuffer.allocate(body.length * 4).put(out.flip());
      }
      for (int i = 0; i < result.length(); i++) {
        out.put(String.format("\\x%02X", in.get() & 0xFF));
      }
    }
    decoder.flush(out);
    return new Decoded(out.flip().toString(), firstBad);
  }

  private static boolean isAscii(byte[] body) {
    for (byte b : body) {
      if (b < 0) {
        return false;
      }
    }
    return true;
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

  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Numbers like 1e400 or 2^70 parse, but no event field can hold them, nor any text a {@code \\ud800} escape
   * without its pair: say so before validating.
   */
  private static Violation firstUnrepresentableNumber(JsonNode root) {
    if (findUnrepresentable(root, null) == null) {
      return null;
    }
    Deque<String> path = new ArrayDeque<>(); // a body that is refused: search again, noting the way
    JsonNode bad = findUnrepresentable(root, path);
    JsonPointer at = JsonPointer.empty();
    for (String segment : path) {
      at = at.appendProperty(segment);
    }
    String pointer = at.toString();
    String where = pointer.isEmpty() ? "The body" : pointer;
    if (bad.isTextual()) {
      return Violation.of(pointer, "json", "text without lone surrogates", null, where + " holds a \\u escape of"
          + " a lone surrogate (\\ud800-\\udfff without its pair), which no UTF-8 text can hold: escape a"
          + " character above U+FFFF as its surrogate pair, or send it as UTF-8");
    }
    return Violation.of(pointer, "numberRange", "a number within 64-bit range", NODES.textNode(bad.asText()),
        where + " holds " + bad.asText() + ", a number no Media Collection field can store");
  }

  /**
   * Depth-first search, bounded by {@link #MAX_DEPTH}; the path segments (keys and indices, unescaped: Jackson's
   * {@link JsonPointer} escapes them) are pushed only on the way back from a hit, and only when {@code path} is
   * not null, so a valid body costs no string building.
   */
  private static JsonNode findUnrepresentable(JsonNode node, Deque<String> path) {
    if (node.isBigInteger() || (node.isFloatingPointNumber() && !Double.isFinite(node.asDouble()))
        || (node.isTextual() && hasLoneSurrogate(node.textValue()))) {
      return node;
    }
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode bad = hasLoneSurrogate(field.getKey()) ? NODES.textNode(field.getKey())
            : findUnrepresentable(field.getValue(), path);
        if (bad != null) {
          if (path != null) {
            path.push(field.getKey());
          }
          return bad;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode bad = findUnrepresentable(node.get(i), path);
        if (bad != null) {
          if (path != null) {
            path.push(String.valueOf(i));
          }
          return bad;
        }
      }
    }
    return null;
  }
}
