package org.mcmock.contract.viewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SummaryFiguresTest {

  @ParameterizedTest
  @CsvSource({"seconds of content, seconds.content", "ads started, ads.started", "ad breaks, ads.breaks",
      "bitrate changes, bitrateChanges", "error findings, findings.error", "pings, pings", "completed, completed"})
  void aKnownFigureMapsToItsPathInTheSummary(String figure, String path) {
    assertThat(SummaryFigures.path(figure)).isEqualTo(path);
  }

  @Test
  void theFiguresNameIsStripped() {
    assertThat(SummaryFigures.path(" errors ")).isEqualTo("errors");
  }

  @Test
  void anUnknownFigureListsTheKnownOnes() {
    assertThatThrownBy(() -> SummaryFigures.path("adverts"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no summary figure 'adverts'; known: [kind, state, completed, ad breaks, ")
        .hasMessageContaining("seconds of content")
        .hasMessageEndingWith("info findings]");
  }

  @Test
  void aWholeNumberIsWrittenWithoutADecimalPoint() {
    assertThat(SummaryFigures.text(45.0)).isEqualTo("45");
    assertThat(SummaryFigures.text(45)).isEqualTo("45");
  }

  @Test
  void aFractionIsWrittenAsItIs() {
    assertThat(SummaryFigures.text(12.5)).isEqualTo("12.5");
  }

  @Test
  void booleansAndTextAreWrittenAsTheyAre() {
    assertThat(SummaryFigures.text(false)).isEqualTo("false");
    assertThat(SummaryFigures.text("ended")).isEqualTo("ended");
  }

  @Test
  void aFractionReadFromTheSummaryIsWrittenAsTheSummarySaysIt() {
    Object value = JsonPath.from("{\"seconds\": {\"ads\": 12.3}}").get(SummaryFigures.path("seconds of ads"));

    assertThat(SummaryFigures.text(value)).isEqualTo("12.3");
  }
}
