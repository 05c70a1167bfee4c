package org.mcmock.contract.viewing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlayheadModelTest {

  private final PlayheadModel model = new PlayheadModel();

  @Test
  void thePlayheadStandsStillUntilTheFirstPlay() {
    model.row(0, 0, "sessionStart");

    assertThat(model.at(10_000)).isEqualTo(0);
  }

  @Test
  void thePlayheadMovesOneSecondPerSecondAfterPlay() {
    model.row(12_000, 0, "play");

    assertThat(model.at(20_000)).isEqualTo(8);
    assertThat(model.at(20_500)).isEqualTo(8.5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"adBreakStart", "pauseStart", "bufferStart", "error", "sessionEnd", "sessionComplete"})
  void thePlayheadStandsStillAfterAStopEvent(String stop) {
    model.row(0, 0, "play");
    model.row(20_000, 20, stop);

    assertThat(model.at(35_000)).isEqualTo(20);
  }

  @ParameterizedTest
  @ValueSource(strings = {"chapterStart", "stateStart", "bitrateChange", "adBreakComplete"})
  void otherEventsLeaveAPlayingVideoPlaying(String request) {
    model.row(0, 0, "play");
    model.row(10_000, 10, request);

    assertThat(model.at(15_000)).isEqualTo(15);
  }

  @Test
  void playAfterAStopMovesThePlayheadOnFromWhereTheRowPutsIt() {
    model.row(12_000, 0, "play");
    model.row(32_000, 20, "error");
    model.row(37_000, 20, "play");

    assertThat(model.at(40_000)).isEqualTo(23);
  }

  @Test
  void aRowPutsThePlayheadWhereItSaysWhateverItWasBefore() {
    model.row(0, 0, "play");
    model.row(10_000, 42, "stateStart");

    assertThat(model.at(10_000)).isEqualTo(42);
    assertThat(model.at(13_000)).isEqualTo(45);
  }
}
