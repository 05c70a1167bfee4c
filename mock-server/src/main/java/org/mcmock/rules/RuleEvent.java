package org.mcmock.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.mcmock.model.EventType;
import org.mcmock.contract.IncomingEvent;

/**
 * An event as the rules see it: a valid event and its place in the session's ts order, which is the index every
 * finding names.
 */
public record RuleEvent(int index, IncomingEvent event) {

  public EventType type() {
    return event.type();
  }

  public long ts() {
    return event.ts();
  }

  public double playhead() {
    return event.playhead();
  }

  public JsonNode params() {
    return event.params();
  }

  public JsonNode customMetadata() {
    return event.customMetadata();
  }

  public boolean is(EventType... types) {
    for (EventType candidate : types) {
      if (event.type() == candidate) {
        return true;
      }
    }
    return false;
  }
}
