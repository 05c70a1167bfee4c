package org.mcmock.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one field mapping between a Media Collection event body ({@code eventType}, {@code playerTime},
 * {@code params}, {@code qoeData}, {@code customMetadata}) and a Media Edge {@code xdm} event
 * ({@code eventType: media.x}, {@code timestamp}, {@code mediaCollection}), both ways. The mock reads Media Edge
 * events with it; the reference client writes them with it. Sources: Adobe's audio/video and ad parameter pages
 * (the "API key" and "XDM field path" columns), the Media Edge Swagger file, and @adobe/alloy's legacy helpers
 * (see docs/decisions.md, Media Edge).
 */
public final class MediaEdgeMapping {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** XDM detail objects and their keys, XDM key to Media Collection {@code params} key. */
  private record Detail(String object, Map<String, String> keys) {}

  private static final Detail SESSION = new Detail("sessionDetails", sessionKeys());
  private static final Map<EventType, Detail> DETAILS = Map.of(
      EventType.SESSION_START, SESSION,
      EventType.AD_BREAK_START, new Detail("advertisingPodDetails", ordered(
          "friendlyName", "media.ad.podFriendlyName", "index", "media.ad.podIndex", "offset", "media.ad.podSecond")),
      EventType.AD_START, new Detail("advertisingDetails", ordered(
          "name", "media.ad.id", "friendlyName", "media.ad.name", "length", "media.ad.length",
          "podPosition", "media.ad.podPosition", "playerName", "media.ad.playerName",
          "advertiser", "media.ad.advertiser", "campaignID", "media.ad.campaignId",
          "creativeID", "media.ad.creativeId", "creativeURL", "media.ad.creativeURL",
          "siteID", "media.ad.siteId", "placementID", "media.ad.placementId")),
      EventType.CHAPTER_START, new Detail("chapterDetails", ordered(
          "friendlyName", "media.chapter.friendlyName", "index", "media.chapter.index",
          "offset", "media.chapter.offset", "length", "media.chapter.length")),
      EventType.ERROR, new Detail("errorDetails", ordered("name", "media.errorId", "source", "media.errorSource")));
  private static final Detail QOE = new Detail("qoeDataDetails", ordered(
      "bitrate", "media.qoe.bitrate", "droppedFrames", "media.qoe.droppedFrames",
      "framesPerSecond", "media.qoe.framesPerSecond", "timeToStart", "media.qoe.timeToStart"));
  /** XDM keys that are whole numbers, and booleans; every other detail value is a string. */
  private static final Set<String> INTEGERS = Set.of("length", "index", "offset", "podPosition", "bitrate",
      "droppedFrames", "framesPerSecond", "timeToStart");
  private static final Set<String> BOOLEANS = Set.of("hasResume", "isDownloaded");
  private static final String STATE_NAME = "media.state.name";

  private MediaEdgeMapping() {}

  private static Map<String, String> sessionKeys() {
    Map<String, String> keys = ordered("name", "media.id", "friendlyName", "media.name", "appVersion",
        "media.sdkVersion", "assetID", "media.assetId", "mvpd", "media.pass.mvpd", "authorized", "media.pass.auth",
        "hasResume", "media.resume", "isDownloaded", "media.downloaded");
    for (String same : List.of("length", "contentType", "streamType", "playerName", "channel", "show", "season",
        "episode", "genre", "rating", "originator", "network", "showType", "adLoad", "dayPart", "feed",
        "streamFormat", "artist", "album", "label", "author", "station", "publisher", "firstAirDate",
        "firstDigitalDate")) {
      keys.put(same, "media." + same);
    }
    return keys;
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /**
   * The time of an XDM event: {@code timestamp} (ISO 8601 with an offset) in epoch milliseconds, or -1 when
   * it is missing or not such a date.
   */
  public static long millis(JsonNode xdm) {
    String text = xdm.path("timestamp").asText("");
    if (text.isEmpty()) {
      return -1; // the schema names what is missing; no exception to throw and catch
    }
    try {
      return OffsetDateTime.parse(text).toInstant().toEpochMilli();
    } catch (DateTimeParseException notIso) {
      return -1;
    }
  }

  /** {@code ts} as Adobe's Web SDK writes a timestamp, e.g. {@code 2026-12-01T02:44:05.148Z}. */
  public static String timestamp(long ts) {
    return Instant.ofEpochMilli(ts).toString();
  }

  /**
   * The Media Collection events one XDM event stands for: one, or for a statesUpdate a stateEnd per
   * {@code statesEnd} entry then a stateStart per {@code statesStart} entry, each 1 ms after the one before.
   *
   * @param ts the event's time in epoch ms (from its timestamp, or the arrival when it had none)
   */
  public static List<ObjectNode> toMediaCollection(EdgeEventType type, JsonNode xdm, long ts) {
    JsonNode media = xdm.path("mediaCollection");
    if (type == EdgeEventType.STATES_UPDATE) {
      // One request orders its states itself: each takes the next millisecond, so two states started together
      // are not a tie the session rules cannot order (TS_EQUAL), as they would be on Media Collection.
      List<ObjectNode> states = new ArrayList<>();
      media.path("statesEnd").forEach(s -> states.add(state(EventType.STATE_END, media, s, ts + states.size())));
      media.path("statesStart").forEach(s -> states.add(state(EventType.STATE_START, media, s, ts + states.size())));
      return states;
    }
    ObjectNode body = event(type.mediaCollection(), media, ts);
    Detail detail = DETAILS.get(type.mediaCollection());
    if (detail != null) {
      ObjectNode params = params(detail, media.path(detail.object()));
      if (!params.isEmpty()) {
        body.set("params", params);
      }
    }
    JsonNode metadata = media.path("customMetadata");
    if (metadata.isArray()) {
      ObjectNode custom = body.putObject("customMetadata");
      metadata.forEach(pair -> custom.set(pair.path("name").asText(""), pair.path("value")));
    }
    return List.of(body);
  }

  /** Whether a request body is a Media Edge one: {@code {"events": [{"xdm": {...}}]}}. */
  public static boolean isMediaEdge(JsonNode body) {
    return body != null && body.path("events").path(0).path("xdm").isObject();
  }

  /**
   * A recorded request body as a Media Collection event: a Media Edge body ({@code {"events": [{"xdm": ...}]}})
   * translated (its first event, for a statesUpdate its first state), any other body as it is. Null stays null.
   */
  public static JsonNode asMediaCollection(JsonNode body) {
    if (!isMediaEdge(body)) {
      return body;
    }
    JsonNode xdm = body.path("events").path(0).path("xdm");
    return EdgeEventType.fromXdmName(xdm.path("eventType").asText(null))
        .map(type -> toMediaCollection(type, xdm, millis(xdm)))
        .filter(events -> !events.isEmpty())
        .<JsonNode>map(events -> events.get(0))
        .orElse(body);
  }

  private static ObjectNode state(EventType type, JsonNode media, JsonNode state, long ts) {
    ObjectNode body = event(type, media, ts);
    body.putObject("params").set(STATE_NAME, state.path("name"));
    return body;
  }

  private static ObjectNode event(EventType type, JsonNode media, long ts) {
    ObjectNode body = NODES.objectNode();
    body.put("eventType", type.wireName());
    ObjectNode playerTime = body.putObject("playerTime");
    playerTime.set("playhead", media.path("playhead").isMissingNode() ? NODES.nullNode() : media.get("playhead"));
    playerTime.put("ts", ts);
    JsonNode qoe = media.path(QOE.object());
    if (qoe.isObject()) {
      body.set("qoeData", params(QOE, qoe));
    }
    return body;
  }

  private static ObjectNode params(Detail detail, JsonNode object) {
    ObjectNode params = NODES.objectNode();
    object.fields().forEachRemaining(field -> params.set(
        detail.keys().getOrDefault(field.getKey(), field.getKey()), field.getValue()));
    return params;
  }

  /**
   * {@code {"events": [{"xdm": ...}]}}: the Media Edge API's request body carrying a Media Collection event body
   * ({@link #toXdm}).
   *
   * @param sid the session's id, or null for a sessionStart
   */
  public static ObjectNode toRequest(JsonNode body, String sid) {
    ObjectNode request = NODES.objectNode();
    request.putArray("events").addObject().set("xdm", toXdm(body, sid));
    return request;
  }

  /**
   * The XDM event that carries a Media Collection event body, for a client that speaks Media Edge: keys with
   * no Media Edge field ({@code analytics.*}, {@code visitor.*}, {@code media.libraryVersion}) are left out, as
   * the datastream holds them there; playheads and whole-number details are rounded, as Adobe's Web SDK does.
   *
   * @param sid the session's id, or null for a sessionStart
   */
  public static ObjectNode toXdm(JsonNode body, String sid) {
    EventType type = EventType.fromWireName(body.path("eventType").asText(null)).orElse(null);
    ObjectNode xdm = NODES.objectNode();
    if (type == null) {
      xdm.set("eventType", body.path("eventType"));
      return xdm;
    }
    xdm.put("eventType", EdgeEventType.carrying(type).xdmName());
    JsonNode ts = body.path("playerTime").path("ts");
    if (ts.isIntegralNumber()) {
      xdm.put("timestamp", timestamp(ts.asLong()));
    }
    ObjectNode media = xdm.putObject("mediaCollection");
    JsonNode playhead = body.path("playerTime").path("playhead");
    if (playhead.isNumber()) {
      media.put("playhead", Math.round(playhead.asDouble()));
    }
    if (sid != null) {
      media.put("sessionID", sid);
    }
    JsonNode params = body.path("params");
    Detail detail = DETAILS.get(type);
    if (detail != null && params.isObject()) {
      media.set(detail.object(), details(detail, params));
    }
    if (type == EventType.STATE_START || type == EventType.STATE_END) {
      media.putArray(type == EventType.STATE_START ? "statesStart" : "statesEnd").addObject()
          .set("name", params.path(STATE_NAME));
    }
    if (body.path("qoeData").isObject()) {
      media.set(QOE.object(), details(QOE, body.path("qoeData")));
    }
    if (body.path("customMetadata").isObject()) {
      var metadata = media.putArray("customMetadata");
      body.path("customMetadata").fields().forEachRemaining(field ->
          metadata.addObject().put("name", field.getKey()).set("value", field.getValue()));
    }
    return xdm;
  }

  /** Mapped keys take their XDM names; keys Media Edge leaves to the datastream go; any other stays as it is. */
  private static ObjectNode details(Detail detail, JsonNode params) {
    Map<String, String> xdmKeys = new LinkedHashMap<>();
    detail.keys().forEach((xdmKey, mcKey) -> xdmKeys.put(mcKey, xdmKey));
    ObjectNode object = NODES.objectNode();
    params.fields().forEachRemaining(field -> {
      String key = field.getKey();
      if (!datastreamKey(key)) {
        String xdmKey = xdmKeys.getOrDefault(key, key);
        object.set(xdmKey, typed(xdmKey, field.getValue()));
      }
    });
    return object;
  }

  private static boolean datastreamKey(String key) {
    return key.startsWith("analytics.") || key.startsWith("visitor.") || key.equals("appInstallationId")
        || key.equals("media.libraryVersion");
  }

  private static JsonNode typed(String xdmKey, JsonNode value) {
    if (INTEGERS.contains(xdmKey) && value.isNumber()) {
      return NODES.numberNode(Math.round(value.asDouble()));
    }
    if (BOOLEANS.contains(xdmKey) || !value.isValueNode() || value.isNull()) {
      return value;
    }
    return INTEGERS.contains(xdmKey) ? value : NODES.textNode(value.asText());
  }
}
