package org.mcmock.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mcmock.config.Durations;

/**
 * A fault as the admin API plans it: {@code {"on": "ping", "occurrence": 2, "times": 1, "status": 500}}.
 *
 * @param occurrence the nth matching request from when it is planned gets the fault first (from 1)
 * @param times how many matching requests in a row get it from then on; 0: every one from then on
 */
public record FaultSpec(FaultTarget target, int occurrence, int times, FaultAction action) {

  static final List<String> FIELDS = List.of("on", "occurrence", "times", "delay", "status", "fault");

  /** Reads a plan's body; IllegalArgumentException names the first problem in a sentence the caller can act on. */
  public static FaultSpec read(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new IllegalArgumentException("Send a JSON object, e.g. {\"on\": \"ping\", \"status\": 500}");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException("Unknown field \"" + name + "\": a fault takes "
            + String.join(", ", FIELDS));
      }
    }
    JsonNode on = body.get("on");
    if (on == null || !on.isTextual()) {
      throw new IllegalArgumentException("\"on\" is required, as text: one of " + String.join(", ",
          FaultTarget.names()));
    }
    FaultAction action = new FaultAction(delay(body.get("delay")), status(body.get("status")), fault(body.get("fault")));
    if (action.status() != null && action.fault() != null) {
      throw new IllegalArgumentException("Give \"status\" or \"fault\", not both: a fault breaks the connection, so no"
          + " status is ever sent");
    }
    if (action.delay() == null && !action.replacesAnswer()) {
      throw new IllegalArgumentException("Say what the fault does: \"delay\" (e.g. \"3s\"), \"status\" (400 to 599)"
          + " or \"fault\" (" + faultNames() + "); delay may come with one of the others");
    }
    return new FaultSpec(FaultTarget.parse(on.asText()), count(body.get("occurrence"), "occurrence", 1),
        count(body.get("times"), "times", 0), action);
  }

  /** A whole number of at least {@code min}, 1 when absent. */
  private static int count(JsonNode value, String name, int min) {
    if (value == null) {
      return 1;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min) {
      throw new IllegalArgumentException("\"" + name + "\" must be a whole number of at least " + min + ", got "
          + value);
    }
    return value.intValue();
  }

  private static Duration delay(JsonNode value) {
    if (value == null) {
      return null;
    }
    String problem = "\"delay\" must be a duration from 0 to " + Integer.MAX_VALUE + " ms, as text (\"3s\","
        + " \"250ms\", \"PT3S\"), got " + value;
    try {
      Duration delay = Durations.parse(value.isTextual() ? value.asText() : "");
      if (delay.isNegative() || delay.toMillis() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(problem);
      }
      return delay;
    } catch (IllegalArgumentException | ArithmeticException notADelay) {
      throw new IllegalArgumentException(problem, notADelay);
    }
  }

  private static Integer status(JsonNode value) {
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || value.intValue() < 400 || value.intValue() > 599) {
      throw new IllegalArgumentException("\"status\" must be a number from 400 to 599, got " + value);
    }
    return value.intValue();
  }

  private static Fault fault(JsonNode value) {
    if (value == null) {
      return null;
    }
    String name = value.isTextual() ? value.asText().toUpperCase(Locale.ROOT) : "";
    return Arrays.stream(Fault.values()).filter(f -> f.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown \"fault\": " + value + ". WireMock's faults are "
            + faultNames()));
  }

  private static String faultNames() {
    return Arrays.stream(Fault.values()).map(Fault::name).collect(Collectors.joining(", "));
  }
}
