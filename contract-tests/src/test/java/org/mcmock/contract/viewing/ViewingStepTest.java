package org.mcmock.contract.viewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ViewingStepTest {

  /** A row with the given columns, in the given order: "action", "Content plays", "seconds", "12", ... */
  private static Map<String, String> row(String... columnsAndCells) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < columnsAndCells.length; i += 2) {
      row.put(columnsAndCells[i], columnsAndCells[i + 1]);
    }
    return row;
  }

  @Test
  void theSubjectAfterTheColonIsSplitOffAndStripped() {
    ViewingStep step = ViewingStep.of(row("seconds", "0", "playhead", "0", "request", " adStart :  Pre-roll ad 1 "));

    assertThat(step.request()).isEqualTo("adStart");
    assertThat(step.subject()).isEqualTo("Pre-roll ad 1");
  }

  @Test
  void aRequestWithoutAColonHasNoSubject() {
    ViewingStep step = ViewingStep.of(row("seconds", "12", "playhead", "0", "request", "play"));

    assertThat(step.request()).isEqualTo("play");
    assertThat(step.subject()).isEmpty();
  }

  @Test
  void secondsAndPlayheadAreReadAsNumbers() {
    ViewingStep step = ViewingStep.of(row("seconds", "12.5", "playhead", " 0.5 ", "request", "play"));

    assertThat(step.seconds()).isEqualTo(12.5);
    assertThat(step.playhead()).isEqualTo(0.5);
    assertThat(step.millis()).isEqualTo(12_500);
  }

  @Test
  void aRowWithoutARequestIsRefusedNamingTheColumnAndTheRow() {
    assertThatThrownBy(() -> ViewingStep.of(row("action", "Content plays", "seconds", "12", "playhead", "0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the table needs a 'request' value in row {action=Content plays, seconds=12, playhead=0}");
  }

  @Test
  void aRowWithoutSecondsIsRefusedNamingTheColumnAndTheRow() {
    assertThatThrownBy(() -> ViewingStep.of(row("seconds", " ", "playhead", "0", "request", "play")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the table needs a 'seconds' value in row {seconds= , playhead=0, request=play}");
  }

  @Test
  void secondsThatAreNotANumberAreRefusedNamingTheColumnAndTheRow() {
    assertThatThrownBy(() -> ViewingStep.of(row("seconds", "twelve", "playhead", "0", "request", "play")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'seconds' must be a number, got 'twelve' in row {seconds=twelve, playhead=0, request=play}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "12d", "1e3", ".5"})
  void onlyPlainDecimalNumbersAreSeconds(String seconds) {
    assertThatThrownBy(() -> ViewingStep.of(row("seconds", seconds, "playhead", "0", "request", "play")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'seconds' must be a number, got '" + seconds + "'");
  }

  @Test
  void toStringReadsLikeTheRowWithItsActionAndSubject() {
    ViewingStep step = ViewingStep.of(
        row("action", "Pre-roll ad 1 starts", "seconds", "0", "playhead", "0", "request", "adStart: Pre-roll ad 1"));

    assertThat(step).hasToString("Pre-roll ad 1 starts: adStart (Pre-roll ad 1) at 0 s, playhead 0");
  }

  @Test
  void toStringOfARowWithoutAnActionColumnStartsWithTheRequest() {
    ViewingStep step = ViewingStep.of(row("seconds", "12.5", "playhead", "0.5", "request", "play"));

    assertThat(step).hasToString("play at 12.5 s, playhead 0.5");
  }

  @Test
  void anEmptyActionCellReadsLikeNoAction() {
    Map<String, String> row = row("action", null, "seconds", "12", "playhead", "0", "request", "play");

    assertThat(ViewingStep.of(row)).hasToString("play at 12 s, playhead 0");
  }
}
