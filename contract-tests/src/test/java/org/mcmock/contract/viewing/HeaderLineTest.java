package org.mcmock.contract.viewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeaderLineTest {

  @Test
  void splitsAtTheFirstColonSoValuesMayHoldColons() {
    assertThat(HeaderLine.parse("X-Media-Findings: 1 error: AD_OUTSIDE_BREAK at event 1"))
        .isEqualTo(new HeaderLine("X-Media-Findings", "1 error: AD_OUTSIDE_BREAK at event 1"));
  }

  @Test
  void aLineWithoutANameIsRefusedWithTheExpectedForm() {
    assertThatThrownBy(() -> HeaderLine.parse("none"))
        .hasMessage("a header is written \"Name: value\", got \"none\"");
  }
}
