package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mcmock.model.RuleId;

/** The README's rule table documents every rule id the mock can report, and nothing else. */
class ReadmeRulesTest {

  private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([A-Z_]+)` \\|", Pattern.MULTILINE);

  @Test
  void theRuleTableListsExactlyTheRuleIdsTheMockReports() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("### Session rules"));
    Matcher rows = TABLE_ROW.matcher(section.substring(0, section.indexOf("\n## ")));
    List<String> documented = rows.results().map(m -> m.group(1)).toList();

    List<String> reported = Arrays.stream(RuleId.values()).map(RuleId::name).toList();
    assertThat(documented).as("rule ids in the README's \"Session rules\" table")
        .containsExactlyInAnyOrderElementsOf(reported);
  }
}
