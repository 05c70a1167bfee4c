package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java snippet in the README comes from a test that compiles and runs it: a block between
 * {@code // README: <section> {} and {@code // }} in a test source must appear, as written, in a java block of
 * the README section with that heading.
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of("..", "README.md");
  private static final List<Path> TEST_SOURCES = List.of(
      Path.of("..", "mock-server", "src", "test", "java"), Path.of("..", "junit", "src", "test", "java"),
      Path.of("..", "verify", "src", "test", "java"), Path.of("..", "cli", "src", "test", "java"),
      Path.of("..", "reference-client", "src", "test", "java"));
  private static final Pattern MARKED = Pattern.compile("// README: (.+?) \\{\\n(.*?)\\n\\s*// }", Pattern.DOTALL);

  record Snippet(Path source, String section, String code) {
    @Override
    public String toString() {
      return section + " (" + source.getFileName() + ")";
    }
  }

  static List<Snippet> snippets() throws IOException {
    List<Snippet> found = new ArrayList<>();
    for (Path root : TEST_SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher matcher = MARKED.matcher(Files.readString(file, StandardCharsets.UTF_8));
          while (matcher.find()) {
            found.add(new Snippet(file, matcher.group(1), matcher.group(2).stripIndent().strip()));
          }
        }
      }
    }
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void theReadmeShowsTheSnippetAsTheTestRunsIt(Snippet snippet) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher heading = Pattern.compile("^#+ " + Pattern.quote(snippet.section()) + "$", Pattern.MULTILINE)
        .matcher(readme);
    assertThat(heading.find()).as("the README has a section \"%s\" for the snippet in %s", snippet.section(),
        snippet.source()).isTrue();
    String section = readme.substring(heading.end());
    Matcher next = Pattern.compile("^## ", Pattern.MULTILINE).matcher(section);
    section = next.find() ? section.substring(0, next.start()) : section;
    assertThat(section).as("the README section \"%s\" must show the snippet of %s exactly", snippet.section(),
        snippet.source()).contains("```java\n" + snippet.code() + "\n```");
  }

  @org.junit.jupiter.api.Test
  void theSnippetsAreFound() throws IOException {
    assertThat(snippets()).as("marked README snippets in the test sources").hasSizeGreaterThanOrEqualTo(2);
  }
}
