package org.mcmock.contract.viewing;

import java.util.Map;

/** Reading the cells of a feature's table, with messages that name the column and the row. */
public final class Cells {

  private Cells() {}

  public static String required(Map<String, String> row, String column) {
    String value = row.get(column);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the table needs a '" + column + "' value in row " + row);
    }
    return value.strip();
  }

  public static double number(Map<String, String> row, String column) {
    String value = required(row, column);
    try {
      if (!value.matches("-?\\d+(\\.\\d+)?")) {
        throw new NumberFormatException(value);
      }
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + column + "' must be a number, got '" + value + "' in row " + row, e);
    }
  }

  /**
   * A JSON number as the feature would write it. REST Assured's JsonPath reads decimals as Float, and
   * widening 8.3f gives 8.300000190734863; its decimal text gives back 8.3.
   */
  public static double decimal(Number value) {
    return value instanceof Float ? Double.parseDouble(value.toString()) : value.doubleValue();
  }

  /** 12 rather than 12.0; 60.33 as it is. */
  public static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
