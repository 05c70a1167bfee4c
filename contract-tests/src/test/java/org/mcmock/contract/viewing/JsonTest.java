package org.mcmock.contract.viewing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

  @Test
  void trueAndFalseAreBooleans() {
    assertThat(Json.scalar("true")).isEqualTo(Boolean.TRUE);
    assertThat(Json.scalar("false")).isEqualTo(Boolean.FALSE);
  }

  @Test
  void wholeNumbersAreIntegers() {
    assertThat(Json.scalar("4000")).isEqualTo(4000L);
    assertThat(Json.scalar("-3")).isEqualTo(-3L);
  }

  @Test
  void decimalsAreDecimalNumbers() {
    assertThat(Json.scalar("60.33")).isEqualTo(60.33);
    assertThat(Json.scalar("-0.5")).isEqualTo(-0.5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fullscreen", "Sample Show", "TRUE", "12 s", "1e3", ".5", "0123456789ABCDEF@AdobeOrg"})
  void anythingElseIsText(String cell) {
    assertThat(Json.scalar(cell)).isEqualTo(cell);
  }

  @Test
  void theCellIsStrippedFirst() {
    assertThat(Json.scalar("  12 ")).isEqualTo(12L);
    assertThat(Json.scalar(" mute ")).isEqualTo("mute");
  }

  @Test
  void aQuotedValueStaysTextForStringParamsThatLookLikeNumbers() {
    assertThat(Json.scalar("\"1\"")).isEqualTo("1");
    assertThat(Json.scalar(" \"true\" ")).isEqualTo("true");
  }
}
