package org.mcmock.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 18 operations of Adobe's Media Edge API ({@code POST /ee/va/v1/{operation}}), each with the
 * {@code xdm.eventType} it carries ({@code media.play}) and the Media Collection event the session engine sees.
 */
public enum EdgeEventType {
  SESSION_START("sessionStart", EventType.SESSION_START),
  PLAY("play", EventType.PLAY),
  PING("ping", EventType.PING),
  BITRATE_CHANGE("bitrateChange", EventType.BITRATE_CHANGE),
  BUFFER_START("bufferStart", EventType.BUFFER_START),
  PAUSE_START("pauseStart", EventType.PAUSE_START),
  AD_BREAK_START("adBreakStart", EventType.AD_BREAK_START),
  AD_START("adStart", EventType.AD_START),
  AD_COMPLETE("adComplete", EventType.AD_COMPLETE),
  AD_SKIP("adSkip", EventType.AD_SKIP),
  AD_BREAK_COMPLETE("adBreakComplete", EventType.AD_BREAK_COMPLETE),
  CHAPTER_START("chapterStart", EventType.CHAPTER_START),
  CHAPTER_COMPLETE("chapterComplete", EventType.CHAPTER_COMPLETE),
  CHAPTER_SKIP("chapterSkip", EventType.CHAPTER_SKIP),
  ERROR("error", EventType.ERROR),
  SESSION_END("sessionEnd", EventType.SESSION_END),
  SESSION_COMPLETE("sessionComplete", EventType.SESSION_COMPLETE),
  /** One request that starts and ends player states: stateStart and stateEnd events to the engine. */
  STATES_UPDATE("statesUpdate", null);

  /** The prefix of every Media Edge {@code xdm.eventType}. */
  public static final String PREFIX = "media.";

  private static final Map<String, EdgeEventType> BY_OPERATION =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EdgeEventType::operation, Function.identity()));

  private final String operation;
  private final EventType mediaCollection;

  EdgeEventType(String operation, EventType mediaCollection) {
    this.operation = operation;
    this.mediaCollection = mediaCollection;
  }

  /** The last part of the path, e.g. {@code adBreakStart}, and the schema's file name. */
  public String operation() {
    return operation;
  }

  /** {@code xdm.eventType}, e.g. {@code media.adBreakStart}. */
  public String xdmName() {
    return PREFIX + operation;
  }

  /** The Media Collection event the engine sees; null for statesUpdate, which becomes several. */
  public EventType mediaCollection() {
    return mediaCollection;
  }

  public static Optional<EdgeEventType> fromOperation(String operation) {
    return Optional.ofNullable(operation == null ? null : BY_OPERATION.get(operation));
  }

  /** From {@code media.play}; empty for anything else. */
  public static Optional<EdgeEventType> fromXdmName(String xdmName) {
    return xdmName != null && xdmName.startsWith(PREFIX)
        ? fromOperation(xdmName.substring(PREFIX.length())) : Optional.empty();
  }

  /** The Media Edge operation that carries a Media Collection event (stateStart and stateEnd: statesUpdate). */
  public static EdgeEventType carrying(EventType type) {
    return switch (type) {
      case STATE_START, STATE_END -> STATES_UPDATE;
      default -> fromOperation(type.wireName()).orElseThrow();
    };
  }

  @Override
  public String toString() {
    return operation;
  }
}
