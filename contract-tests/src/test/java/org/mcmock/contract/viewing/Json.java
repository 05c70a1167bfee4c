package org.mcmock.contract.viewing;

/** Turning a table cell into the JSON value a player would send. */
final class Json {

  private Json() {}

  /**
   * {@code true}/{@code false} as booleans, integers and decimals as numbers, anything else as text; a value
   * in double quotes is text as written ({@code "1"} for a string param such as {@code media.season}).
   */
  static Object scalar(String cell) {
    String value = cell.strip();
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1);
    }
    if (value.equals("true") || value.equals("false")) {
      return Boolean.parseBoolean(value);
    }
    if (value.matches("-?\\d{1,18}")) {
      return Long.parseLong(value);
    }
    if (value.matches("-?\\d+\\.\\d+")) {
      return Double.parseDouble(value);
    }
    return value;
  }
}
