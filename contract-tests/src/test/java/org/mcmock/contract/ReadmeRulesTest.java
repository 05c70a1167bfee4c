package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mcmock.model.RuleId;

/** The README's rule table documents every rule id the mock can report, and nothing else, with its severity. */
class ReadmeRulesTest {

  /** A row of the table: its rule id and its severity column (the last), e.g. {@code error (batch refused)}. */
  private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([A-Z_]+)` \\|.*\\| ([a-z /]+?)(?: \\(.*\\))? \\|$",
      Pattern.MULTILINE);

  private static List<MatchResult> rows() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("### Session rules"));
    return TABLE_ROW.matcher(section.substring(0, section.indexOf("\n## "))).results().toList();
  }

  @Test
  void theRuleTableListsExactlyTheRuleIdsTheMockReports() throws Exception {
    List<String> documented = rows().stream().map(m -> m.group(1)).toList();

    List<String> reported = Arrays.stream(RuleId.values()).map(RuleId::name).toList();
    assertThat(documented).as("rule ids in the README's \"Session rules\" table")
        .containsExactlyInAnyOrderElementsOf(reported);
  }

  @Test
  void eachRowShowsTheSeverityItsRuleIdCarries() throws Exception {
    for (MatchResult row : rows()) {
      assertThat(row.group(2)).as("severity of %s in the README's rule table", row.group(1))
          .isEqualTo(RuleId.valueOf(row.group(1)).severityLabel());
    }
  }
}
