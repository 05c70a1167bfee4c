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
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + column + "' must be a number, got '" + value + "' in row " + row, e);
    }
  }

  /** 12 rather than 12.0; 60.33 as it is. */
  public static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
