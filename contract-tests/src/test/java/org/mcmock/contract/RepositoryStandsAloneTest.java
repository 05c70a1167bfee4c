package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A clone holds what the project relies on: its decisions and sources are in docs/decisions.md, and nothing cites
 * a file outside the repository.
 */
class RepositoryStandsAloneTest {

  private static final Path ROOT = Path.of("..");
  private static final Path DECISIONS = ROOT.resolve("docs/decisions.md");
  private static final Set<String> TEXT = Set.of("java", "md", "feature", "sh", "json", "yml", "xml", "js", "html");
  private static final Pattern OUTSIDE = Pattern.compile("\\.\\./shared|BEHAVIOUR\\.md|FACTS\\.md|FACTS §");
  private static final Pattern SECTION_LINK = Pattern.compile("docs/decisions\\.md#([a-z0-9-]+)");

  @Test
  void noFileCitesADocumentTheCloneDoesNotHold() throws IOException {
    assertThat(filesWith(OUTSIDE)).as("files citing ../shared, BEHAVIOUR.md or FACTS.md").isEmpty();
  }

  @Test
  void everyLinkToADecisionNamesASectionOfDocsDecisions() throws IOException {
    Set<String> anchors = Files.readAllLines(DECISIONS, StandardCharsets.UTF_8).stream()
        .filter(line -> line.startsWith("## "))
        .map(line -> line.substring(3).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-'))
        .collect(Collectors.toSet());
    for (Path file : textFiles()) {
      Matcher link = SECTION_LINK.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (link.find()) {
        assertThat(anchors).as("section #%s linked from %s", link.group(1), file).contains(link.group(1));
      }
    }
  }

  private static List<Path> filesWith(Pattern pattern) throws IOException {
    List<Path> found = new java.util.ArrayList<>();
    for (Path file : textFiles()) {
      if (!file.endsWith(Path.of("RepositoryStandsAloneTest.java"))
          && pattern.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
        found.add(file);
      }
    }
    return found;
  }

  private static List<Path> textFiles() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(Files::isRegularFile)
          .filter(file -> Stream.of("target", ".git", "node_modules").noneMatch(skip -> contains(file, skip)))
          .filter(file -> TEXT.contains(extension(file)))
          .toList();
    }
  }

  private static boolean contains(Path file, String folder) {
    for (Path part : ROOT.relativize(file)) {
      if (part.toString().equals(folder)) {
        return true;
      }
    }
    return false;
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
