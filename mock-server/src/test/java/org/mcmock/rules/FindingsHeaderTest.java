package org.mcmock.rules;

import org.mcmock.model.Severity;
import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code X-Media-Findings} header: counts by severity, worst first, at most three listed. */
class FindingsHeaderTest {

  private static Finding error(RuleId rule, int index) {
    return new Finding(rule, Severity.ERROR, index, "message");
  }

  private static Finding warning(RuleId rule, int index) {
    return new Finding(rule, Severity.WARNING, index, "message");
  }

  @Test
  void noFindingsReadNone() {
    assertThat(FindingsHeader.value(List.of())).isEqualTo("none");
  }

  @Test
  void oneErrorIsCountedAndNamedWithItsEvent() {
    assertThat(FindingsHeader.value(List.of(error(RuleId.AD_OUTSIDE_BREAK, 7))))
        .isEqualTo("1 error: AD_OUTSIDE_BREAK at event 7");
  }

  @Test
  void oneWarningIsSingularToo() {
    assertThat(FindingsHeader.value(List.of(warning(RuleId.TS_EQUAL, 2)))).isEqualTo("1 warning: TS_EQUAL at event 2");
  }

  @Test
  void errorsAreCountedAndListedFirstThenWarningsInEventOrder() {
    List<Finding> findings = List.of(
        warning(RuleId.TS_EQUAL, 1),
        error(RuleId.AD_OUTSIDE_BREAK, 3),
        warning(RuleId.PING_FIRST_LATE, 5));

    assertThat(FindingsHeader.value(findings))
        .isEqualTo("1 error, 2 warnings: AD_OUTSIDE_BREAK at event 3; TS_EQUAL at event 1; PING_FIRST_LATE at event 5");
  }

  @Test
  void infoFindingsComeLast() {
    List<Finding> findings = List.of(
        new Finding(RuleId.STATE_LIMIT, Severity.INFO, 0, "message"),
        warning(RuleId.TS_EQUAL, 1),
        error(RuleId.PING_GAP, 2));

    assertThat(FindingsHeader.value(findings))
        .isEqualTo("1 error, 1 warning, 1 info: PING_GAP at event 2; TS_EQUAL at event 1;"
            + " STATE_LIMIT at event 0");
  }

  @Test
  void exactlyThreeFindingsAreAllListed() {
    List<Finding> findings = List.of(error(RuleId.PING_GAP, 4), error(RuleId.PING_GAP, 9), error(RuleId.PING_GAP, 14));

    assertThat(FindingsHeader.value(findings))
        .isEqualTo("3 errors: PING_GAP at event 4; PING_GAP at event 9; PING_GAP at event 14");
  }

  @Test
  void beyondThreeFindingsTheRestIsCounted() {
    List<Finding> findings = List.of(
        warning(RuleId.TS_EQUAL, 1),
        warning(RuleId.TS_EQUAL, 2),
        error(RuleId.CHAPTER_OVERLAP, 3),
        warning(RuleId.STATE_ALREADY_ACTIVE, 4),
        error(RuleId.STATE_NOT_STARTED, 5));

    assertThat(FindingsHeader.value(findings)).isEqualTo("2 errors, 3 warnings: CHAPTER_OVERLAP at event 3;"
        + " STATE_NOT_STARTED at event 5; TS_EQUAL at event 1; and 2 more");
  }

  @Test
  void adobesTimeline2WithoutItsPreRollAdBreakStart() {
    List<Finding> findings = AdobeTimelinesTest.timeline2(false).findings();

    assertThat(FindingsHeader.value(findings)).isEqualTo("3 errors: AD_OUTSIDE_BREAK at event 1;"
        + " AD_OUTSIDE_BREAK at event 3; AD_BREAK_NOT_STARTED at event 4");
  }
}
