package org.mcmock.model;

/** How much a finding matters to the data Adobe would report. */
public enum Severity {
  /** Adobe will drop or miscount data. */
  ERROR,
  /** Deviates from the docs or is risky. */
  WARNING,
  /** Worth knowing, nothing to fix. */
  INFO;

  @com.fasterxml.jackson.annotation.JsonValue
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
