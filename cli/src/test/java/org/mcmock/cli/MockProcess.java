package org.mcmock.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mock as its own process, started as {@code java -jar mcmock.jar} would be (with the test's classpath) on a free
 * port, for tests of what only a real process shows: exit codes, signals, a crash.
 *
 * @param process the running JVM; the test stops it
 * @param baseUrl where it listens, read from its start-up line
 */
record MockProcess(Process process, String baseUrl) {

  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

  /** Starts the mock with these options besides {@code --port 0} and waits until it says where it listens. */
  static MockProcess start(String... options) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), MockCommand.class.getName(), "--port", "0"));
    command.addAll(List.of(options));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      seen.append(line).append('\n');
      Matcher listening = LISTENING.matcher(line);
      if (listening.find()) {
        Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }), "drain-mock-output");
        drain.setDaemon(true);
        drain.start();
        return new MockProcess(process, listening.group(1));
      }
    }
    throw new AssertionError("the mock process ended without saying where it listens; its output was:\n" + seen);
  }
}
