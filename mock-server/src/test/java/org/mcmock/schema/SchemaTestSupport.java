package org.mcmock.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mcmock.model.Violation;

/** Fixtures and assertions shared by the schema tests. */
final class SchemaTestSupport {

  /** The top-level schema folder, seen from mock-server/ (Maven runs the tests there). */
  static final Path SCHEMA_FOLDER = Path.of("../schemas");

  /** Class-path folder of the payloads that must pass. */
  static final String VALID_EVENTS = "events/valid";

  static final ObjectMapper JSON = new ObjectMapper();

  private static SchemaCatalog folderCatalog;

  private SchemaTestSupport() {}

  /** One catalog for the whole run: loading 19 schemas per test would only slow the suite down. */
  static synchronized SchemaCatalog catalog() {
    if (folderCatalog == null) {
      folderCatalog = SchemaCatalog.fromFolder(SCHEMA_FOLDER);
    }
    return folderCatalog;
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode resource(String name) {
    try (InputStream in = SchemaTestSupport.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as("test resource %s is on the class path", name).isNotNull();
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A deep copy of one event in a fixture file, so a test may break it freely. */
  static ObjectNode event(String fixture, int index) {
    JsonNode root = resource(VALID_EVENTS + "/" + fixture);
    JsonNode node = root.isArray() ? root.get(index) : root;
    assertThat(node).as("%s has an event at index %d", fixture, index).isNotNull();
    return (ObjectNode) node.deepCopy();
  }

  /** The fixture files under {@link #VALID_EVENTS}, sorted by name. */
  static List<Path> validFixtureFiles() {
    URL url = SchemaTestSupport.class.getClassLoader().getResource(VALID_EVENTS);
    assertThat(url).as("%s is on the test class path", VALID_EVENTS).isNotNull();
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** All violations, one per line, for assertion messages. */
  static String describe(List<Violation> violations) {
    if (violations.isEmpty()) {
      return "(no violations)";
    }
    return violations.stream()
        .map(v -> "  " + v.path() + " [" + v.rule() + "] expected=" + v.expected() + " actual=" + v.actual()
            + " :: " + v.message())
        .collect(Collectors.joining("\n", "\n", ""));
  }

  /**
   * Asserts that {@code violations} hold exactly one problem, at {@code path} under {@code rule}, and returns it.
   * "Exactly one" matters: a single mistake must not be reported as a cascade of unrelated errors.
   */
  static Violation assertOnlyViolation(String what, List<Violation> violations, String path, String rule) {
    assertThat(violations)
        .as("%s: expected exactly one violation %s [%s], got:%s", what, path, rule, describe(violations))
        .hasSize(1);
    Violation only = violations.get(0);
    assertThat(only.path()).as("%s: path of the violation%s", what, describe(violations)).isEqualTo(path);
    assertThat(only.rule()).as("%s: rule of the violation%s", what, describe(violations)).isEqualTo(rule);
    assertThat(only.message())
        .as("%s: the violation explains itself in a sentence", what)
        .isNotBlank();
    return only;
  }
}
