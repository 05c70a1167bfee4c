package org.mcmock.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mcmock.schema.SchemaTestSupport.SCHEMA_FOLDER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcmock.model.EdgeEventType;
import org.mcmock.model.EventType;

/** Both ways of loading the catalog find all 19 schemas, and a broken folder fails with a useful message. */
class SchemaCatalogLoadingTest {

  private static SchemaCatalog bundled;

  static synchronized SchemaCatalog bundledCatalog() {
    if (bundled == null) {
      bundled = SchemaCatalog.bundled();
    }
    return bundled;
  }

  @Test
  void bundledCatalogHoldsAll19Schemas() {
    assertHoldsAllSchemas(bundledCatalog(), "bundled()");
    assertThat(bundledCatalog().origin()).isEqualTo("bundled schemas");
  }

  @Test
  void folderCatalogHoldsAll19Schemas() {
    SchemaCatalog catalog = SchemaCatalog.fromFolder(SCHEMA_FOLDER);
    assertHoldsAllSchemas(catalog, "fromFolder(../schemas)");
    assertThat(catalog.origin()).isEqualTo(SCHEMA_FOLDER.toAbsolutePath().toString());
  }

  @Test
  void bundledCopyIsByteForByteTheSchemaFolder() throws IOException {
    for (EventType type : EventType.values()) {
      String onDisk = Files.readString(SCHEMA_FOLDER.resolve(type.wireName() + ".json"), StandardCharsets.UTF_8);
      assertThat(bundledCatalog().schemaText(type))
          .as("the jar's schemas/%s.json is a stale copy of ../schemas/%s.json: rebuild", type, type)
          .isEqualTo(onDisk);
    }
  }

  @Test
  void schemaFolderHoldsExactlyOneFilePerEventType() throws IOException {
    Set<String> expected = Arrays.stream(EventType.values())
        .map(t -> t.wireName() + ".json")
        .collect(Collectors.toSet());
    assertThat(filesIn(SCHEMA_FOLDER))
        .as("../schemas holds exactly <eventType>.json for the 19 event types (no stray or misspelt file)")
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  private static Set<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }

  @Test
  void edgeSchemaFolderHoldsExactlyOneFilePerMediaEdgeOperation() throws IOException {
    Set<String> expected = Arrays.stream(EdgeEventType.values())
        .map(t -> t.operation() + ".json")
        .collect(Collectors.toSet());
    assertThat(filesIn(SCHEMA_FOLDER.resolve("edge")))
        .as("../schemas/edge holds exactly <operation>.json for the 18 Media Edge operations")
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void folderLackingOneFileIsRefusedNamingIt(@TempDir Path dir) throws IOException {
    copySchemasTo(dir);
    Files.delete(dir.resolve("adSkip.json"));

    assertThatThrownBy(() -> SchemaCatalog.fromFolder(dir))
        .as("a folder without adSkip.json must be refused with a message naming the missing file")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("adSkip.json")
        .hasMessageContaining(dir.toAbsolutePath().toString());
  }

  @Test
  void folderLackingSeveralFilesNamesEachOfThem(@TempDir Path dir) throws IOException {
    copySchemasTo(dir);
    Files.delete(dir.resolve("stateEnd.json"));
    Files.delete(dir.resolve("sessionStart.json"));

    assertThatThrownBy(() -> SchemaCatalog.fromFolder(dir))
        .as("every missing schema file is named, not only the first one")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stateEnd.json")
        .hasMessageContaining("sessionStart.json")
        .message()
        .doesNotContain("ping.json");
  }

  @Test
  void folderThatDoesNotExistIsRefused(@TempDir Path dir) {
    Path nowhere = dir.resolve("no-such-folder");
    assertThatThrownBy(() -> SchemaCatalog.fromFolder(nowhere))
        .as("a schema folder that does not exist is refused with its path in the message")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-folder")
        .hasMessageContaining("does not exist");
  }

  @Test
  void schemaFileThatIsNotJsonIsRefusedNamingIt(@TempDir Path dir) throws IOException {
    copySchemasTo(dir);
    Files.writeString(dir.resolve("error.json"), "{ \"type\": \"object\", ", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> SchemaCatalog.fromFolder(dir))
        .as("a user's schema file that is not JSON is refused with its name in the message")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("error.json")
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void userFolderCanTightenASchema(@TempDir Path dir) throws IOException {
    copySchemasTo(dir);
    // A user requires media.name on sessionStart: the folder's schemas are data, not code.
    Path file = dir.resolve("sessionStart.json");
    String text = Files.readString(file, StandardCharsets.UTF_8)
        .replace("\"required\": [\"analytics.trackingServer\",", "\"required\": [\"media.name\", \"analytics.trackingServer\",");
    assertThat(text).as("the edit to sessionStart.json took effect").contains("[\"media.name\", ");
    Files.writeString(file, text, StandardCharsets.UTF_8);

    SchemaCatalog tightened = SchemaCatalog.fromFolder(dir);
    ObjectNode withoutName = SchemaTestSupport.event("downloaded-batch.json", 0);
    ((ObjectNode) withoutName.get("params")).remove("media.name");

    SchemaTestSupport.assertOnlyViolation("tightened sessionStart without media.name",
        tightened.validate(withoutName), "/params/media.name", "required");
    assertThat(SchemaTestSupport.catalog().validate(withoutName))
        .as("the shipped schemas keep media.name optional, as in Adobe's request-parameter table")
        .isEmpty();
  }

  private static void assertHoldsAllSchemas(SchemaCatalog catalog, String how) {
    for (EventType type : EventType.values()) {
      String text = catalog.schemaText(type);
      assertThat(text).as("%s has a schema for %s", how, type).isNotBlank();
      JsonNode schema = SchemaTestSupport.parse(text);
      assertThat(schema.path("id").asText())
          .as("%s: the schema served for %s is that type's own file", how, type)
          .isEqualTo("https://mcmock.invalid/api/v1/schemas/" + type.wireName());
    }
  }

  private static void copySchemasTo(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> stream = Files.list(SCHEMA_FOLDER)) {
      files = stream.filter(p -> p.toString().endsWith(".json")).collect(Collectors.toList());
    }
    for (Path file : files) {
      Files.copy(file, dir.resolve(file.getFileName()));
    }
  }
}
