package org.mcmock.contract.viewing;

import java.util.Set;

/**
 * Where the player's playhead is between two rows of a timeline: it moves one second per second while the
 * content plays, and stands still from adBreakStart, pauseStart, bufferStart, error or the session's end
 * until the next {@code play}. Each row puts it where the row says.
 */
final class PlayheadModel {

  private static final Set<String> STOPS = Set.of(
      "adBreakStart", "pauseStart", "bufferStart", "error", "sessionEnd", "sessionComplete");

  private long sinceMillis;
  private double playhead;
  private boolean playing;

  /** The playhead at {@code millis}, which is no earlier than the last row. */
  double at(long millis) {
    return playing ? playhead + (millis - sinceMillis) / 1000.0 : playhead;
  }

  /** The row at {@code millis} puts the playhead at {@code value}, then its request may start or stop playback. */
  void row(long millis, double value, String request) {
    sinceMillis = millis;
    playhead = value;
    if ("play".equals(request)) {
      playing = true;
    } else if (STOPS.contains(request)) {
      playing = false;
    }
  }
}
