package org.mcmock.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.schema.SchemaTestSupport.catalog;
import static org.mcmock.schema.SchemaTestSupport.describe;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcmock.model.EventType;
import org.mcmock.model.Violation;

/**
 * Every payload that Adobe's documentation, its timelines and its Android SDK send must pass.
 *
 * <p>The payloads live in {@code src/test/resources/events/valid/}: one file per source, holding one event or
 * an array of events (a timeline or a downloaded batch). Each event is its own test case. A new real-world
 * sample only needs a new file there.
 */
class ValidEventsTest {

  static Stream<Arguments> validEvents() {
    List<Arguments> cases = new ArrayList<>();
    for (Path file : SchemaTestSupport.validFixtureFiles()) {
      JsonNode root;
      try {
        root = SchemaTestSupport.JSON.readTree(file.toFile());
      } catch (IOException e) {
        throw new UncheckedIOException("Fixture " + file.getFileName() + " is not valid JSON", e);
      }
      String name = file.getFileName().toString();
      if (root.isArray()) {
        for (int i = 0; i < root.size(); i++) {
          JsonNode event = root.get(i);
          cases.add(Arguments.of(name + "[" + i + "] " + event.path("eventType").asText("?"), event));
        }
      } else {
        cases.add(Arguments.of(name + " " + root.path("eventType").asText("?"), root));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validEvents")
  void documentedPayloadPasses(String label, JsonNode event) {
    List<Violation> violations = catalog().validate(event);
    assertThat(violations)
        .as("%s is a payload Adobe's docs or SDKs send, so the mock must accept it, but it got:%s",
            label, describe(violations))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validEvents")
  void bundledSchemasAgreeWithTheFolder(String label, JsonNode event) {
    List<Violation> violations = SchemaCatalogLoadingTest.bundledCatalog().validate(event);
    assertThat(violations)
        .as("%s passes the folder schemas, so it must pass the bundled copy too, but it got:%s",
            label, describe(violations))
        .isEmpty();
  }

  @Test
  void fixturesCoverEveryEventType() {
    Set<EventType> seen = EnumSet.noneOf(EventType.class);
    validEvents().forEach(arguments -> {
      JsonNode event = (JsonNode) arguments.get()[1];
      EventType.fromWireName(event.path("eventType").asText()).ifPresent(seen::add);
    });
    Set<EventType> missing = EnumSet.complementOf(EnumSet.copyOf(seen));
    assertThat(missing)
        .as("every event type has at least one real-world sample under events/valid; these have none")
        .isEmpty();
  }

  @Test
  void timelineTwoKeepsItsFifteenRequests() {
    long count = validEvents().filter(a -> ((String) a.get()[0]).startsWith("timeline-2-")).count();
    assertThat(count)
        .as("Timeline 2 (seed 003) has 16 actions, of which action 2 (start the ping timer) sends nothing")
        .isEqualTo(15);
  }
}
