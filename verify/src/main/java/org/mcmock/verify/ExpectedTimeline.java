package org.mcmock.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mcmock.model.EventType;

/**
 * What a session must look like, read from a table such as a feature's:
 *
 * <pre>
 * | request          | seconds | playhead | params                        |
 * | sessionStart     | 0       | 0        | media.id=ClickMe              |
 * | play             | 0       | 0        |                               |
 * | pings every 10 s | 0 to 30 |          |                               |
 * | sessionEnd       | 30      | 30       |                               |
 * </pre>
 *
 * Only {@code request} is required; an empty cell is not checked. A second {@code sessionStart} row expects
 * the player to have started a new session there.
 */
public record ExpectedTimeline(String name, List<ExpectedRow> rows) {

  public static final String REQUEST = "request";
  public static final String SECONDS = "seconds";
  public static final String PLAYHEAD = "playhead";
  public static final String ANSWER = "answer";
  /** The columns that hold some of a request's values, {@code key=value, key=value}, in the order checked. */
  public static final List<String> SUBSETS = List.of("params", "qoeData", "customMetadata");

  private static final List<String> COLUMNS = List.of(REQUEST, SECONDS, PLAYHEAD, "params", "qoeData",
      "customMetadata", ANSWER);
  /** A number as a table writes it: no exponent, no NaN, no Infinity, which {@code parseDouble} would take. */
  private static final String NUMBER = "-?\\d+(?:\\.\\d+)?";
  private static final Pattern CADENCE = Pattern.compile("pings every (" + NUMBER + ") ?s(?:econds?)?");
  private static final Pattern STRETCH = Pattern.compile("(" + NUMBER + ") ?s? to (" + NUMBER + ") ?s?");

  public ExpectedTimeline {
    rows = List.copyOf(rows);
  }

  /**
   * @param table the header row, then one row per expected request or ping stretch
   * @throws IllegalArgumentException naming the row and cell that cannot be read
   */
  public static ExpectedTimeline parse(String name, List<List<String>> table) {
    if (table.isEmpty()) {
      throw new IllegalArgumentException("the timeline \"" + name + "\" has no rows, not even a header");
    }
    List<String> header = table.get(0).stream().map(String::strip).toList();
    for (String column : header) {
      if (!COLUMNS.contains(column)) {
        throw new IllegalArgumentException("the timeline \"" + name + "\" has a column '" + column
            + "' that means nothing here; its columns can be " + COLUMNS);
      }
      if (header.indexOf(column) != header.lastIndexOf(column)) {
        throw new IllegalArgumentException("the timeline \"" + name + "\" has two columns '" + column
            + "': put all its values in one");
      }
    }
    if (!header.contains(REQUEST)) {
      throw new IllegalArgumentException("the timeline \"" + name + "\" needs a 'request' column, got " + header);
    }
    List<ExpectedRow> rows = new ArrayList<>();
    for (int r = 1; r < table.size(); r++) {
      Map<String, String> cells = new LinkedHashMap<>();
      List<String> values = table.get(r);
      for (int c = 0; c < header.size(); c++) {
        cells.put(header.get(c), c < values.size() && values.get(c) != null ? values.get(c).strip() : "");
      }
      try {
        rows.add(row(r, cells));
      } catch (IllegalArgumentException e) {
        // The row's error names the row; a feature's author needs to know which table too.
        throw new IllegalArgumentException("the timeline \"" + name + "\", " + e.getMessage(), e);
      }
    }
    return new ExpectedTimeline(name, rows);
  }

  /** The rows that are requests, in order. */
  public List<ExpectedEvent> events() {
    return rows.stream().filter(ExpectedEvent.class::isInstance).map(ExpectedEvent.class::cast).toList();
  }

  private static ExpectedRow row(int r, Map<String, String> cells) {
    String request = cells.get(REQUEST);
    if (request.isEmpty()) {
      throw new IllegalArgumentException("row " + r + " names no request");
    }
    Matcher cadence = CADENCE.matcher(request.toLowerCase(Locale.ROOT));
    if (cadence.matches()) {
      Matcher stretch = STRETCH.matcher(cells.getOrDefault(SECONDS, ""));
      if (!stretch.matches()) {
        throw new IllegalArgumentException("row " + r + " (" + request + ") needs its stretch in 'seconds' as"
            + " 'A to B', e.g. '22 to 64', got '" + cells.getOrDefault(SECONDS, "") + "'");
      }
      return new PingCadence(r, Double.parseDouble(cadence.group(1)), Double.parseDouble(stretch.group(1)),
          Double.parseDouble(stretch.group(2)));
    }
    Optional<EventType> type = EventType.fromWireName(request);
    if (type.isEmpty()) {
      throw new IllegalArgumentException("row " + r + ": '" + request + "' is neither an event type (such as"
          + " adStart) nor a ping stretch ('pings every 10 s')" + suggestion(request));
    }
    if (type.get() == EventType.PING) {
      throw new IllegalArgumentException("row " + r + ": pings are not checked one by one but by how often they"
          + " come: write a row 'pings every 10 s' with the stretch in 'seconds', e.g. '12 to 45'");
    }
    Map<String, Map<String, String>> subsets = new LinkedHashMap<>();
    for (String field : SUBSETS) {
      String cell = cells.getOrDefault(field, "");
      if (!cell.isEmpty()) {
        subsets.put(field, pairs(r, field, cell));
      }
    }
    return new ExpectedEvent(r, request, number(r, SECONDS, cells), number(r, PLAYHEAD, cells), subsets,
        answer(r, cells.getOrDefault(ANSWER, "")));
  }

  /** "; did you mean adStart?" for "adstart" or "ad start". */
  private static String suggestion(String request) {
    String squeezed = request.replace(" ", "");
    return Arrays.stream(EventType.values()).map(EventType::wireName).filter(squeezed::equalsIgnoreCase)
        .findFirst().map(name -> "; did you mean " + name + "?").orElse("");
  }

  private static OptionalDouble number(int r, String column, Map<String, String> cells) {
    String cell = cells.getOrDefault(column, "");
    if (cell.isEmpty()) {
      return OptionalDouble.empty();
    }
    if (!cell.matches(NUMBER)) {
      throw new IllegalArgumentException("row " + r + ": '" + column + "' must be a number, got '" + cell + "'");
    }
    return OptionalDouble.of(Double.parseDouble(cell));
  }

  private static OptionalInt answer(int r, String cell) {
    if (cell.isEmpty()) {
      return OptionalInt.empty();
    }
    if (!cell.matches("[1-5]\\d\\d")) {
      throw new IllegalArgumentException("row " + r + ": 'answer' must be an HTTP status such as 204, got '"
          + cell + "'");
    }
    return OptionalInt.of(Integer.parseInt(cell));
  }

  /** {@code a=1, b="x, y"}: commas inside double quotes belong to the value. */
  static Map<String, String> pairs(int r, String column, String cell) {
    Map<String, String> pairs = new LinkedHashMap<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    List<String> parts = new ArrayList<>();
    for (char c : cell.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        current.append(c);
      } else if (c == ',' && !quoted) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("row " + r + ": '" + column + "' has an unclosed quote in '" + cell + "'");
    }
    parts.add(current.toString());
    for (String part : parts) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("row " + r + ": '" + column + "' holds key=value pairs separated by"
            + " commas, and '" + part.strip() + "' is not one");
      }
      String value = part.substring(eq + 1).strip();
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      pairs.put(part.substring(0, eq).strip(), value);
    }
    return pairs;
  }
}
