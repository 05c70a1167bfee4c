package org.mcmock.contract;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The 19 event types of the Media Collection API, spelled as they travel in {@code eventType}. */
public enum EventType {
  SESSION_START("sessionStart"),
  SESSION_COMPLETE("sessionComplete"),
  SESSION_END("sessionEnd"),
  AD_BREAK_START("adBreakStart"),
  AD_BREAK_COMPLETE("adBreakComplete"),
  AD_START("adStart"),
  AD_COMPLETE("adComplete"),
  AD_SKIP("adSkip"),
  CHAPTER_START("chapterStart"),
  CHAPTER_COMPLETE("chapterComplete"),
  CHAPTER_SKIP("chapterSkip"),
  PLAY("play"),
  PING("ping"),
  BUFFER_START("bufferStart"),
  PAUSE_START("pauseStart"),
  BITRATE_CHANGE("bitrateChange"),
  ERROR("error"),
  STATE_START("stateStart"),
  STATE_END("stateEnd");

  private static final Map<String, EventType> BY_WIRE_NAME =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::wireName, Function.identity()));

  private final String wireName;

  EventType(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in JSON bodies and schema file names, e.g. {@code adBreakStart}. */
  public String wireName() {
    return wireName;
  }

  public static Optional<EventType> fromWireName(String name) {
    return Optional.ofNullable(name == null ? null : BY_WIRE_NAME.get(name));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
