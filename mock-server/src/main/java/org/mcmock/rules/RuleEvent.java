package org.mcmock.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mcmock.model.EventType;
import org.mcmock.contract.IncomingEvent;

/**
 * An event as the rules see it: a valid event and its place in the session's ts order, which is the index every
 * finding names. Rules read an event only through the accessors below (type, ts, playhead, {@code params},
 * {@code customMetadata}); {@link #readable} keeps exactly that much of one.
 */
public record RuleEvent(int index, IncomingEvent event) {

  /**
   * The same event holding only what the accessors below read, so the rest of its parsed body can go: what a
   * session keeps of an event while it waits in the reorder buffer, to judge it again. A ping keeps no tree at
   * all; under the closed-session benchmark the buffered trees were half the live heap (bench/README.md).
   */
  public static IncomingEvent readable(IncomingEvent event) {
    JsonNode params = event.params();
    JsonNode customMetadata = event.customMetadata();
    JsonNode kept = MissingNode.getInstance();
    if (!params.isMissingNode() || !customMetadata.isMissingNode()) {
      ObjectNode both = JsonNodeFactory.instance.objectNode();
      if (!params.isMissingNode()) {
        both.set("params", params);
      }
      if (!customMetadata.isMissingNode()) {
        both.set("customMetadata", customMetadata);
      }
      kept = both;
    }
    return new IncomingEvent(event.type(), event.playhead(), event.ts(), kept, event.body(), event.violations(),
        event.refusalStatus(), event.api());
  }

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
