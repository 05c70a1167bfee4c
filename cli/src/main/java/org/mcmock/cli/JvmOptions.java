package org.mcmock.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The JVM flags the mock is measured with, from {@code jvm.options} beside this class (the {@code mcmock}
 * launcher passes the same file's flags), and the line that names them for a JVM started without them.
 */
final class JvmOptions {

  private final List<String> flags;

  JvmOptions(List<String> flags) {
    this.flags = List.copyOf(flags);
  }

  /** The flags of the bundled {@code jvm.options}. */
  static JvmOptions bundled() {
    try (InputStream in = JvmOptions.class.getResourceAsStream("jvm.options")) {
      return new JvmOptions(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> flags() {
    return flags;
  }

  /**
   * What to tell someone whose JVM runs without some of the flags (a plain {@code java -jar}); empty when it has
   * them all, or sets its own heap size (they chose).
   *
   * @param given the JVM's own arguments ({@code RuntimeMXBean.getInputArguments()})
   */
  Optional<String> hint(List<String> given) {
    if (given.stream().anyMatch(arg -> arg.startsWith("-Xmx") || arg.startsWith("-XX:MaxHeapSize")
        || arg.startsWith("-XX:MaxRAMPercentage"))) {
      return Optional.empty();
    }
    List<String> missing = flags.stream().filter(flag -> !given.contains(flag)).toList();
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("  jvm:       started without " + String.join(" ", missing) + ", so under load the heap may"
        + " grow to a quarter of this machine's memory: start it with ./mcmock from the sources, or java "
        + String.join(" ", flags) + " -jar mcmock.jar");
  }
}
