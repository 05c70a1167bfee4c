package org.mcmock.model;

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

  /**
   * Where this event stands among events that share one {@code playerTime.ts}: the order in which its sender
   * meant a group of siblings, so a tie is judged the same whatever order the network delivered it in. The
   * session opens first; then what closes, inner first (an ad before its break, a break before its chapter);
   * then what opens, outer first (a chapter, its break, its ad); then what changes the player's state; pings;
   * and what ends the session last. Events of one rank cannot be ordered by their type.
   */
  public int tieRank() {
    return switch (this) {
      case SESSION_START -> 0;
      case AD_COMPLETE, AD_SKIP -> 1;
      case AD_BREAK_COMPLETE -> 2;
      case CHAPTER_COMPLETE, CHAPTER_SKIP -> 3;
      case STATE_END -> 4;
      case CHAPTER_START -> 5;
      case AD_BREAK_START -> 6;
      case AD_START -> 7;
      case STATE_START -> 8;
      case PLAY, PAUSE_START, BUFFER_START, ERROR, BITRATE_CHANGE -> 9;
      case PING -> 10;
      case SESSION_COMPLETE -> 11;
      case SESSION_END -> 12;
    };
  }

  public static Optional<EventType> fromWireName(String name) {
    return Optional.ofNullable(name == null ? null : BY_WIRE_NAME.get(name));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
