package org.mcmock.client;

/** One event as the client sends it: its type and its JSON request body. */
public record Event(String type, String body) {

  public boolean is(String eventType) {
    return type.equals(eventType);
  }
}
