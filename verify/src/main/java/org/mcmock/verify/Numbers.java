package org.mcmock.verify;

/** How the reports write seconds and playheads: whole numbers without a decimal point. */
final class Numbers {

  private Numbers() {}

  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /** Recorded times to the tenth of a second, so a diff shows 12.0 s against the expected 12 s. */
  static String tenths(double seconds) {
    return String.format(java.util.Locale.ROOT, "%.1f", seconds);
  }
}
