package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mcmock.verify.ExpectedTimeline;
import org.mcmock.verify.FeatureTimelines;
import org.mcmock.verify.Journal;
import org.mcmock.verify.TimelineCheck;
import org.mcmock.verify.Verdict;

/**
 * Runs each of the README's curl walkthroughs exactly as written (only the mock's address changes) and
 * holds its output to the README's own "It prints" block, so what a newcomer pastes cannot go stale.
 */
class ReadmeWalkthroughTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Pattern BLOCK = Pattern.compile("```(bash|text)\\n(.*?)```", Pattern.DOTALL);

  @RegisterExtension static final MockBackend mock = new MockBackend();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"## Walkthrough: a viewer abandons a session", "## Findings: what Adobe would not tell you",
      "## Media Edge API"})
  void theWalkthroughPrintsWhatTheReadmeSays(String heading) throws Exception {
    List<String> blocks = walkthroughBlocks(heading);
    String script = blocks.get(0).replace("MOCK=http://localhost:8080", "MOCK=" + mock.baseUrl());
    assertThat(script).as("the walkthrough must set MOCK so it can be pointed at a mock").contains(mock.baseUrl());
    assertThat(script).as("the walkthrough keeps its files where mktemp puts them, not at fixed /tmp paths")
        .doesNotContain("/tmp/");

    List<String> printed = run(script);
    List<String> documented = blocks.get(1).lines().toList();

    List<String> documentedCodes = documented.stream().filter(line -> line.contains(" -> ")).toList();
    List<String> printedCodes = printed.stream().filter(line -> line.contains(" -> ")).toList();
    assertThat(printedCodes).as("what the README walkthrough \"%s\" prints, in order", heading)
        .isEqualTo(documentedCodes);
    for (String header : documented.stream().filter(line -> line.matches("^[A-Z][A-Za-z-]+: .*")).toList()) {
      String name = header.substring(0, header.indexOf(':'));
      String value = header.substring(header.indexOf(':') + 2);
      if (name.equals("Location")) {
        assertThat(printed).as("the walkthrough's Location header").anyMatch(
            line -> line.strip().matches("Location: /api/v1/sessions/[0-9a-f]{64}"));
      } else {
        assertThat(printed).as("the walkthrough's sessionStart answer must carry %s", header)
            .anyMatch(line -> line.strip().equalsIgnoreCase(name + ": " + value));
      }
    }
    assertThat(printed.get(0).strip()).as("first line printed").isEqualTo(documented.get(0));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"## Walkthrough: a viewer abandons a session", "## Media Edge API"})
  void theTimeline2WalkthroughFollowsTheFeaturesTimelineToTheLetter(String heading) throws Exception {
    run(walkthroughBlocks(heading).get(0).replace("MOCK=http://localhost:8080", "MOCK=" + mock.baseUrl()));

    ExpectedTimeline timeline = FeatureTimelines.bundled().find("Timeline 2");
    Verdict verdict = TimelineCheck.withDefaultTolerance().exactly().check(timeline, Journal.fetch(mock.baseUrl()));

    assertThat(verdict.mistakes()).as("mistakes of the README walkthrough \"%s\" against %s (verify --exact);"
        + " the report was:%n%s", heading, timeline.name(), verdict.report()).isEmpty();
  }

  /** The first bash block and the first text block under the heading. */
  private static List<String> walkthroughBlocks(String heading) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    assertThat(readme).as("README section").contains(heading);
    String section = readme.substring(readme.indexOf(heading));
    Matcher matcher = BLOCK.matcher(section);
    String bash = null;
    String text = null;
    while (matcher.find() && (bash == null || text == null)) {
      if (matcher.group(1).equals("bash") && bash == null) {
        bash = matcher.group(2);
      } else if (matcher.group(1).equals("text") && text == null) {
        text = matcher.group(2);
      }
    }
    assertThat(bash).as("README walkthrough: a ```bash block").isNotNull();
    assertThat(text).as("README walkthrough: the ```text block of what it prints").isNotNull();
    return List.of(bash, text);
  }

  private static List<String> run(String script) throws Exception {
    Process bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
    String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(60, TimeUnit.SECONDS)).as("the walkthrough finished").isTrue();
    assertThat(bash.exitValue()).as("exit code of the walkthrough; it printed:%n%s", output).isZero();
    return output.lines().map(line -> line.replace("\r", "")).filter(line -> !line.isBlank()).toList();
  }
}
