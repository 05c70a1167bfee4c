package org.mcmock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The mock as a real process, started with the test's own classpath: how it stops, and with which exit code. The
 * README says 0 for a normal stop: POST /__admin/shutdown, SIGTERM or Ctrl-C.
 */
class StoppingTheProcessTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String SESSION_START = readSessionStart();

  private Process process;

  @AfterEach
  void killWhatIsLeft() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
    }
  }

  @Test
  void postAdminShutdownEndsTheProcessWithExitCode0() throws Exception {
    String base = start();

    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/__admin/shutdown"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).as("POST /__admin/shutdown").isEqualTo(200);
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("the process ended within 10 s of the shutdown").isTrue();
    assertThat(process.exitValue()).as("exit code after POST /__admin/shutdown").isZero();
  }

  @Test
  void sigtermLetsAnAnswerInFlightFinishThenExits0() throws Exception {
    String base = start("--delay", "2s");
    CompletableFuture<HttpResponse<String>> inFlight = HTTP.sendAsync(
        HttpRequest.newBuilder(URI.create(base + "/api/v1/sessions")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(SESSION_START)).build(), HttpResponse.BodyHandlers.ofString());
    awaitOneSessionRecorded(base);

    process.destroy(); // SIGTERM

    assertThat(inFlight.get(10, TimeUnit.SECONDS).statusCode())
        .as("the sessionStart that was waiting out its planned 2 s delay when SIGTERM came").isEqualTo(201);
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("the process ended after the answer").isTrue();
    assertThat(process.exitValue()).as("exit code after SIGTERM (the JVM's own would be 143)").isZero();
  }

  /** Starts the mock on a free port and returns its base URL, read from the start-up line. */
  private String start(String... options) throws IOException {
    MockProcess started = MockProcess.start(options);
    process = started.process();
    return started.baseUrl();
  }

  /** Polls the admin API (not delayed) until the delayed sessionStart is recorded, i.e. its answer is in flight. */
  private static void awaitOneSessionRecorded(String base) throws Exception {
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    HttpRequest sessions = HttpRequest.newBuilder(URI.create(base + "/__admin/media-collection/sessions")).build();
    while (!HTTP.send(sessions, HttpResponse.BodyHandlers.ofString()).body().contains("\"total\":1")) {
      assertThat(System.nanoTime()).as("the sessionStart was not recorded within 10 s").isLessThan(giveUp);
    }
  }

  private static String readSessionStart() {
    try {
      return Files.readString(Path.of("..", "bench", "session-start.json"));
    } catch (IOException e) {
      throw new IllegalStateException("bench/session-start.json is the sessionStart these tests send", e);
    }
  }
}
