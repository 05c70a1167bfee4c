package org.mcmock.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * One reason a request was refused, as a client sees it in a 400 body.
 *
 * @param path JSON Pointer to the offending value ({@code ""} for the whole body)
 * @param rule the schema keyword ({@code required}, {@code type}...) or a rule id of ours
 * @param expected what the contract asks for
 * @param actual what the request carried ({@code null} when the value is missing)
 * @param message one sentence that says what to change
 */
public record Violation(String path, String rule, JsonNode expected, JsonNode actual, String message) {

  /**
   * How many problems one refusal lists. A 1 MiB body can hold 90,000 unknown keys; listing each made the
   * answer 20 times the body and filled the session's journal until the mock ran out of memory.
   */
  public static final int MAX_LISTED = 100;

  /** The rule of the entry that counts the problems left out. */
  public static final String TOO_MANY_PROBLEMS = "tooManyProblems";

  public static Violation of(String path, String rule, String expected, JsonNode actual, String message) {
    return new Violation(path, rule, JsonNodeFactory.instance.textNode(expected), actual, message);
  }

  /** The first {@link #MAX_LISTED} problems, then one entry that says how many there are in all. */
  public static List<Violation> capped(List<Violation> all) {
    if (all.size() <= MAX_LISTED) {
      return all;
    }
    List<Violation> listed = new ArrayList<>(all.subList(0, MAX_LISTED));
    listed.add(new Violation("", TOO_MANY_PROBLEMS, JsonNodeFactory.instance.textNode(
        "at most " + MAX_LISTED + " problems listed"), JsonNodeFactory.instance.numberNode(all.size()),
        all.size() + " problems in all; only the first " + MAX_LISTED + " are listed: fix those and send it again"));
    return List.copyOf(listed);
  }

  /** How many problems a (possibly capped) list stands for. */
  public static int total(List<Violation> violations) {
    if (!violations.isEmpty()) {
      Violation last = violations.get(violations.size() - 1);
      if (TOO_MANY_PROBLEMS.equals(last.rule())) {
        return last.actual().asInt();
      }
    }
    return violations.size();
  }

  /** The same violation inside an array element, e.g. {@code /params} becomes {@code /3/params}. */
  public Violation atIndex(int index) {
    return new Violation("/" + index + path, rule, expected, actual, "event " + index + ": " + message);
  }
}
