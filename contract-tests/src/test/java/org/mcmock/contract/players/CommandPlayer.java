package org.mcmock.contract.players;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Runs a player of any language as a command: it gets the mock's base URL and the scenario's name in its
 * environment, and is stopped once its session has ended, once it exits, or when the bound runs out.
 * Waiting is real time here: the program under test lives in the real world.
 *
 * @param timeout how long the command may take to play one scenario
 * @param workingDirectory where the command runs: the repository's root, so that
 *     {@code bash examples/browser-player/play.sh} works from the features
 * @param logs the folder that keeps each run's output
 */
public record CommandPlayer(String command, Duration timeout, File workingDirectory, Path logs) {

  public static final String BASE_URL_VARIABLE = "MCMOCK_BASE_URL";
  public static final String SCENARIO_VARIABLE = "MCMOCK_SCENARIO";
  /** {@code -Dmcmock.player.timeout=120s}: how long a command may take to play one scenario. */
  public static final String TIMEOUT_PROPERTY = "mcmock.player.timeout";
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private static final Duration POLL = Duration.ofMillis(50);
  /**
   * How long a player still running after its session ended may go on: for what it sends too late, and to
   * print its log and exit on its own.
   */
  private static final long GRACE_MILLIS = 2000;
  /** The exit code by which a player says it does not play this scenario; the scenario is then skipped. */
  public static final int DOES_NOT_PLAY = 3;
  private static final int OUTPUT_LINES_SHOWN = 30;

  /** The bound from {@value #TIMEOUT_PROPERTY} (e.g. {@code 120s}), or {@link #DEFAULT_TIMEOUT}. */
  public static Duration timeoutFromProperty() {
    String value = System.getProperty(TIMEOUT_PROPERTY, "").strip();
    return value.isEmpty() ? DEFAULT_TIMEOUT : Duration.parse("PT" + value.toUpperCase(java.util.Locale.ROOT));
  }

  /** The repository's root when the tests run from contract-tests/ (as Maven runs them), else here. */
  public static File repositoryRoot() {
    File parent = new File("..").getAbsoluteFile();
    return new File(parent, "features").isDirectory() ? parent : new File(".").getAbsoluteFile();
  }

  /** What came of one run. */
  public record Run(String command, Integer exitCode, boolean stoppedByTimeout, Path log, List<String> lastLines) {

    /** The player said it does not play this scenario ({@link #DOES_NOT_PLAY}). */
    public boolean declined() {
      return exitCode != null && exitCode == DOES_NOT_PLAY;
    }

    /** A problem worth failing the scenario for before its recording is even read, or null. */
    public String problem() {
      if (stoppedByTimeout) {
        return "the player `" + command + "` neither ended its session nor exited within its time; stopped."
            + output();
      }
      if (exitCode != null && exitCode != 0) {
        return "the player `" + command + "` exited with " + exitCode + "." + output();
      }
      return null;
    }

    private String output() {
      return lastLines.isEmpty() ? " It printed nothing." : " Its last output (all of it in " + log + "):\n  "
          + String.join("\n  ", lastLines);
    }
  }

  /**
   * Runs the command for one scenario.
   *
   * @param sessionEnded tells whether the player's session has ended, as the mock recorded it
   */
  public Run play(String baseUrl, String scenario, Supplier<Boolean> sessionEnded) throws IOException {
    Files.createDirectories(logs);
    Path log = logs.resolve(scenario.replaceAll("[^A-Za-z0-9]+", "-") + ".log");
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(workingDirectory)
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put(BASE_URL_VARIABLE, baseUrl);
    builder.environment().put(SCENARIO_VARIABLE, scenario);
    Process process = builder.start();
    try {
      Awaitility.await("the player's session to end or the player to exit").atMost(timeout).pollDelay(Duration.ZERO)
          .pollInterval(POLL).until(() -> !process.isAlive() || sessionEnded.get());
    } catch (ConditionTimeoutException e) {
      // the bound ran out: the player is stopped below
    }
    boolean ended = sessionEnded.get();
    if (ended) {
      awaitExit(process, GRACE_MILLIS);
    }
    boolean exited = !process.isAlive();
    if (!exited) {
      stop(process);
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    List<String> last = lines.subList(Math.max(0, lines.size() - OUTPUT_LINES_SHOWN), lines.size());
    return new Run(command, exited ? process.exitValue() : null, !exited && !ended, log, List.copyOf(last));
  }

  private static void awaitExit(Process process, long millis) {
    try {
      process.waitFor(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the command and whatever it started (a browser, a web server). */
  public static void stop(Process process) {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
