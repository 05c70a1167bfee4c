package org.mcmock.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mcmock.model.EventType;

class FaultSpecTest {

  private static JsonNode json(String text) throws Exception {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void occurrenceAndTimesDefaultToTheNextRequestOnce() throws Exception {
    FaultSpec spec = FaultSpec.read(json("{\"on\": \"ping\", \"status\": 500}"));

    assertThat(spec).isEqualTo(new FaultSpec(new FaultTarget("ping", EventType.PING), 1, 1,
        new FaultAction(null, 500, null)));
  }

  @Test
  void readsEveryField() throws Exception {
    FaultSpec spec = FaultSpec.read(json(
        "{\"on\": \"event\", \"occurrence\": 3, \"times\": 0, \"delay\": \"250ms\", \"fault\": \"connection_reset_by_peer\"}"));

    assertThat(spec).isEqualTo(new FaultSpec(new FaultTarget("event", null), 3, 0,
        new FaultAction(Duration.ofMillis(250), null, Fault.CONNECTION_RESET_BY_PEER)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "[1]                                          | Send a JSON object",
      "{}                                           | \"on\" is required",
      "{\"on\": 5, \"status\": 500}                 | \"on\" is required",
      "{\"on\": \"pingg\", \"status\": 500}         | Unknown \"on\": 'pingg'. A fault waits for one of sessionStart, event, sessionComplete",
      "{\"on\": \"ping\"}                           | Say what the fault does",
      "{\"on\": \"ping\", \"status\": 200}          | \"status\" must be a number from 400 to 599, got 200",
      "{\"on\": \"ping\", \"status\": 600}          | \"status\" must be a number from 400 to 599",
      "{\"on\": \"ping\", \"status\": \"500\"}      | \"status\" must be a number",
      "{\"on\": \"ping\", \"fault\": \"BOOM\"}      | Unknown \"fault\": \"BOOM\". WireMock's faults are CONNECTION_RESET_BY_PEER",
      "{\"on\": \"ping\", \"status\": 500, \"fault\": \"EMPTY_RESPONSE\"} | not both",
      "{\"on\": \"ping\", \"status\": 500, \"occurrence\": 0}  | \"occurrence\" must be a whole number of at least 1, got 0",
      "{\"on\": \"ping\", \"status\": 500, \"times\": -1}      | \"times\" must be a whole number of at least 0, got -1",
      "{\"on\": \"ping\", \"status\": 500, \"times\": 1.5}     | \"times\" must be a whole number",
      "{\"on\": \"ping\", \"delay\": \"-3s\"}       | \"delay\" must be a duration",
      "{\"on\": \"ping\", \"delay\": \"PT-3S\"}     | \"delay\" must be a duration",
      "{\"on\": \"ping\", \"delay\": 300}           | \"delay\" must be a duration",
      "{\"on\": \"ping\", \"delay\": \"9999999999999999d\"} | \"delay\" must be a duration",
      "{\"on\": \"ping\", \"status\": 500, \"every\": 2} | Unknown field \"every\": a fault takes on, occurrence, times, delay, status, fault",
  })
  void refusesABodyNamingTheProblem(String body, String message) throws Exception {
    JsonNode json = json(body);

    assertThatThrownBy(() -> FaultSpec.read(json)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
