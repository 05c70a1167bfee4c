package org.mcmock.contract.viewing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mcmock.client.EventData;
import org.mcmock.client.SessionParams;

/**
 * What the player knows about what is being watched (the media, its ads and chapters, the session's custom
 * metadata) and so what each request of a timeline carries. Adobe's required keys come from here, so a
 * feature names an ad and the request gets its id, length and position.
 */
public final class MediaCatalogue {

  public static final String PLAYER_NAME = "mcmock-reference-client";

  private final Map<String, Object> media = new LinkedHashMap<>();
  private final Map<String, String> customMetadata = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> ads = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> chapters = new LinkedHashMap<>();
  private int adBreaks;

  public MediaCatalogue() {
    media.putAll(SessionParams.example("ClickMe", 60, "VOD", PLAYER_NAME).withChannel("features").toMap());
    media.put("media.name", "ClickMe");
  }

  /** Video on demand of {@code length} seconds. */
  public MediaCatalogue vod(String name, double length) {
    return media(name, length, "VOD");
  }

  /** A live stream: Adobe's SDKs send 86400 as its length, and its playhead is the second of the day. */
  public MediaCatalogue live(String name) {
    return media(name, 86_400, "Live");
  }

  private MediaCatalogue media(String name, double length, String contentType) {
    media.put("media.id", name);
    media.put("media.name", name);
    media.put("media.length", length);
    media.put("media.contentType", contentType);
    return this;
  }

  /** One more sessionStart param, e.g. {@code media.show}; numbers and booleans keep their type. */
  public MediaCatalogue param(String key, String value) {
    media.put(key, Json.scalar(value));
    return this;
  }

  public MediaCatalogue customMetadata(String key, String value) {
    customMetadata.put(key, value);
    return this;
  }

  /** An ad the timeline can start by name. */
  public MediaCatalogue ad(String name, String id, double length, int podPosition) {
    ads.put(name, inOrder("media.ad.name", name, "media.ad.id", id, "media.ad.length", length,
        "media.ad.podPosition", podPosition, "media.ad.playerName", PLAYER_NAME));
    return this;
  }

  /** A chapter the timeline can start by name: its index, offset and length as Adobe counts them. */
  public MediaCatalogue chapter(String name, int index, double offset, double length) {
    chapters.put(name, inOrder("media.chapter.index", index, "media.chapter.offset", offset, "media.chapter.length",
        length, "media.chapter.friendlyName", name));
    return this;
  }

  /** What the request of {@code step} carries; ad breaks are numbered in the order they start, from 0. */
  public EventData dataFor(ViewingStep step) {
    String subject = step.subject();
    switch (step.request()) {
      case "sessionStart":
        refuseSubject(step);
        return EventData.params(media).withCustomMetadata(customMetadata);
      case "adBreakStart":
        return EventData.params(Map.of(
            "media.ad.podFriendlyName", subject.isEmpty() ? "ad break " + (adBreaks + 1) : subject,
            "media.ad.podIndex", adBreaks++,
            "media.ad.podSecond", step.playhead()));
      case "adStart":
        return EventData.params(named(ads, "ad", subject));
      case "chapterStart":
        return EventData.params(named(chapters, "chapter", subject));
      case "error":
        return EventData.params(Map.of("media.errorId", required(step), "media.errorSource", "player"));
      case "stateStart":
      case "stateEnd":
        return EventData.params(Map.of("media.state.name", required(step)));
      case "bitrateChange":
        return EventData.NONE.withQoeData(Map.of("media.qoe.bitrate", Json.scalar(required(step))));
      default:
        refuseSubject(step);
        return EventData.NONE;
    }
  }

  private static Map<String, Object> named(Map<String, Map<String, Object>> known, String what, String name) {
    Map<String, Object> params = known.get(name);
    if (params == null) {
      throw new IllegalArgumentException("no " + what + " named '" + name + "'; the feature declares "
          + (known.isEmpty() ? "none" : known.keySet()));
    }
    return params;
  }

  private static void refuseSubject(ViewingStep step) {
    if (!step.subject().isEmpty()) {
      throw new IllegalArgumentException(step.request() + " takes nothing after a colon, so '" + step.subject()
          + "' means nothing: " + step);
    }
  }

  private static String required(ViewingStep step) {
    if (step.subject().isEmpty()) {
      throw new IllegalArgumentException(step.request() + " needs what it is about after a colon, e.g. '"
          + step.request() + ": ...': " + step);
    }
    return step.subject();
  }

  /** Params in the order given: key, value, key, value… */
  private static Map<String, Object> inOrder(Object... keysAndValues) {
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      params.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return params;
  }
}
