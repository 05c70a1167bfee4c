package org.mcmock.verify;

/**
 * "pings every 10 s from 22 s to 64 s": over the stretch no more than {@code every} seconds (plus the
 * tolerance) pass without a ping. Pinging more often passes, as it does at Adobe.
 */
public record PingCadence(int row, double every, double from, double to) implements ExpectedRow {

  public PingCadence {
    if (every <= 0 || to < from) {
      throw new IllegalArgumentException("row " + row + ": a ping stretch needs a positive interval and 'A to B'"
          + " with A <= B, got every " + every + " s from " + from + " to " + to);
    }
  }

  @Override
  public String describe() {
    return "pings every " + Numbers.format(every) + " s from " + Numbers.format(from) + " to " + Numbers.format(to)
        + " s";
  }
}
