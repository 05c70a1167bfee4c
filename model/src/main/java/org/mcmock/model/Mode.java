package org.mcmock.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an {@code error} finding does to the request that caused it. */
public enum Mode {
  /** Adobe's answer, unchanged; the finding is recorded and summarised in {@code X-Media-Findings}. */
  FAITHFUL,
  /** The request gets a 400 that explains the rule, and the event is not applied. */
  STRICT;

  @com.fasterxml.jackson.annotation.JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Mode> fromLabel(String label) {
    return Arrays.stream(values()).filter(m -> m.label().equalsIgnoreCase(String.valueOf(label).trim())).findFirst();
  }
}
