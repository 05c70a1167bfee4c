package org.mcmock.client;

/** Where a {@link MediaTracker} puts each event it builds: sent at once, or stored for a downloaded batch. */
public interface EventSink {

  /** Takes one event, in the order it happened; {@code body} is its JSON request body. */
  void accept(String eventType, String body);
}
