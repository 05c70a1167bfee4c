package org.mcmock.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations the way people write them: {@code 10m}, {@code 90s}, {@code 1h}, {@code 250ms} or ISO {@code PT10M}. */
public final class Durations {

  private static final Pattern SHORT = Pattern.compile("(\\d{1,18})\\s*(ms|s|m|h|d)");

  /** The longest duration the mock takes anywhere: 100 years, far beyond any timeout, and far from overflow. */
  public static final Duration MAX = Duration.ofDays(36_500);

  private Durations() {}

  public static Duration parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("A duration is needed, e.g. 10m, 90s, 250ms or PT10M");
    }
    Duration parsed;
    try {
      parsed = parseUnbounded(text.trim().toLowerCase(Locale.ROOT));
    } catch (ArithmeticException | DateTimeParseException e) {
      parsed = null;
    }
    if (parsed == null) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration: write e.g. 10m, 90s, 1h, 250ms or PT10M");
    }
    if (parsed.compareTo(MAX) > 0) {
      throw new IllegalArgumentException("'" + text + "' is longer than the mock takes: at most " + format(MAX)
          + " (100 years)");
    }
    return parsed;
  }

  /** Null when the text has neither form; ArithmeticException when its number overflows a Duration. */
  private static Duration parseUnbounded(String value) {
    Matcher m = SHORT.matcher(value);
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      };
    }
    Duration iso = Duration.parse(value.toUpperCase(Locale.ROOT));
    iso.toMillis(); // throws ArithmeticException beyond what milliseconds hold
    return iso;
  }

  /** The short form, e.g. {@code 10m} or {@code 1h30m}. */
  public static String format(Duration d) {
    return d.toString().substring(2).toLowerCase(Locale.ROOT);
  }
}
