package org.mcmock.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

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

  public static Violation of(String path, String rule, String expected, JsonNode actual, String message) {
    return new Violation(path, rule, JsonNodeFactory.instance.textNode(expected), actual, message);
  }

  /** The same violation inside an array element, e.g. {@code /params} becomes {@code /3/params}. */
  public Violation atIndex(int index) {
    return new Violation("/" + index + path, rule, expected, actual, "event " + index + ": " + message);
  }
}
