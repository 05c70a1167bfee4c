package org.mcmock.faults;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mcmock.model.EventType;

/**
 * Which requests a planned fault waits for: a sessionStart ({@code POST /api/v1/sessions} with one object), one
 * event type on {@code /api/v1/sessions/{sid}/events}, or any event there.
 *
 * @param on the name the fault was planned with: {@code sessionStart}, {@code event} or an event type
 * @param eventType the event type it waits for; null for {@code sessionStart} and {@code event}
 */
public record FaultTarget(String on, EventType eventType) {

  public static final String SESSION_START = "sessionStart";
  public static final String ANY_EVENT = "event";

  /** The target named {@code on}; IllegalArgumentException lists the names a fault accepts. */
  public static FaultTarget parse(String on) {
    if (SESSION_START.equals(on) || ANY_EVENT.equals(on)) {
      return new FaultTarget(on, null);
    }
    return EventType.fromWireName(on).filter(type -> type != EventType.SESSION_START)
        .map(type -> new FaultTarget(on, type))
        .orElseThrow(() -> new IllegalArgumentException("Unknown \"on\": '" + on + "'. A fault waits for one of "
            + String.join(", ", names())));
  }

  /** Every name {@code on} accepts: sessionStart, event, then the event types sent to a session. */
  public static List<String> names() {
    List<String> names = new ArrayList<>(List.of(SESSION_START, ANY_EVENT));
    Arrays.stream(EventType.values()).filter(type -> type != EventType.SESSION_START)
        .forEach(type -> names.add(type.wireName()));
    return names;
  }

  boolean matchesSessionStart() {
    return SESSION_START.equals(on);
  }

  /** @param type the eventType of a request to the events endpoint, null when its body names none we know */
  boolean matchesEvent(EventType type) {
    return ANY_EVENT.equals(on) || (eventType != null && eventType == type);
  }
}
