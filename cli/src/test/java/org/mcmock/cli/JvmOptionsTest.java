package org.mcmock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A plain {@code java -jar mcmock.jar} is told which flags the mock is measured with; ./mcmock's start is not. */
class JvmOptionsTest {

  private final JvmOptions options = JvmOptions.bundled();

  @Test
  void theBundledFlagsSetAHeapAndACollector() {
    assertThat(options.flags()).anyMatch(flag -> flag.startsWith("-Xmx")).contains("-XX:+UseG1GC");
  }

  @Test
  void aJvmStartedWithoutFlagsIsToldWhatToAdd() {
    assertThat(options.hint(List.of())).get().asString()
        .contains("./mcmock", "java " + String.join(" ", options.flags()) + " -jar mcmock.jar");
  }

  @Test
  void aJvmStartedWithTheFlagsOrItsOwnHeapIsNotTold() {
    assertThat(options.hint(options.flags())).as("./mcmock's start").isEmpty();
    assertThat(options.hint(List.of("-Xmx2g"))).as("a heap the user chose").isEmpty();
  }
}
