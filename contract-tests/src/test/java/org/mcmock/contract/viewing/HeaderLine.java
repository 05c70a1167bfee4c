package org.mcmock.contract.viewing;

/** A header as a feature writes it, {@code "X-Media-Findings: none"}. */
public record HeaderLine(String name, String value) {

  public static HeaderLine parse(String line) {
    int colon = line.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("a header is written \"Name: value\", got \"" + line + "\"");
    }
    return new HeaderLine(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
  }
}
