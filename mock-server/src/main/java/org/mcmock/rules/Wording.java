package org.mcmock.rules;

import java.math.BigDecimal;

/** How findings name events and durations, so every rule words them alike. */
public final class Wording {

  private Wording() {}

  /**
   * An event by type, index, ts and how far into the session it is:
   * {@code adStart at event 2 (ts …, 2 s after sessionStart)}.
   */
  public static String describe(Timeline before, RuleEvent event) {
    StringBuilder text = new StringBuilder().append(event.type().wireName()).append(" at event ").append(event.index())
        .append(" (ts ").append(event.ts());
    if (before.startTs() >= 0 && event.ts() >= 0) {
      text.append(", ").append(seconds(event.ts() - before.startTs())).append(" after sessionStart");
    }
    return text.append(')').toString();
  }

  /** {@code 12 s}, {@code 12.5 s}, {@code -0.25 s}. */
  public static String seconds(long millis) {
    return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
  }
}
