package org.mcmock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mcmock.verify.Journal;
import org.mcmock.verify.RecordedSession;

/**
 * {@code --journal-file}: a real mock process is killed with SIGKILL mid-run; {@code verify --journal FILE} reads
 * what it had answered, and a mock started again with the file holds the same sessions and takes their next events.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class JournalFileCrashTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private Process running;

  @TempDir Path dir;

  @AfterEach
  void stop() {
    if (running != null) {
      running.destroyForcibly();
    }
  }

  @Test
  void afterKill9VerifyReadsTheJournalFileAndARestartRestoresTheSessions() throws Exception {
    Path file = dir.resolve("journal.jsonl");
    String base = start(file);
    JsonNode batch = JSON.readTree(resource("/events/valid/downloaded-batch.json"));
    String ended = play(base, batch, batch.size());          // sessionStart ... sessionComplete
    post(base, "/api/v1/sessions/" + ended + "/events",
        batch.get(batch.size() - 1).toString().replace("sessionComplete", "sessionEnd"), 204);
    String open = play(base, batch, 3);                      // sessionStart, play, ping: still open
    post(base, "/api/v1/sessions/" + open + "/events", "{\"eventType\":\"nonsense\"}", 400);
    post(base, "/api/v1/sessions", "{\"eventType\":\"sessionStart\"}", 400);   // refused: no params
    Journal live = Journal.fetch(base);

    running.destroyForcibly().waitFor();   // SIGKILL: no shutdown hook, no flush
    Journal fromFile = Journal.read(file, new MockJournalFiles());
    String restartedBase = start(file);
    Journal restored = Journal.fetch(restartedBase);

    assertThat(describe(fromFile)).as("verify --journal on the file of a killed mock").isEqualTo(describe(live));
    assertThat(fromFile.requests()).as("the refused sessionStart too").hasSameSizeAs(live.requests());
    assertThat(describe(restored)).as("the sessions a restart with the same file holds").isEqualTo(describe(live));
    assertThat(restored.sessions()).extracting(RecordedSession::sid).containsExactly(ended, open);
    post(restartedBase, "/api/v1/sessions/" + open + "/events", batch.get(3).toString(), 204);
    // an event later than the sessionEnd: one with an earlier ts would still be taken inside the reorder window
    ObjectNode afterEnd = (ObjectNode) batch.get(3).deepCopy();
    ((ObjectNode) afterEnd.get("playerTime")).put("ts", batch.get(batch.size() - 1).at("/playerTime/ts").asLong() + 1);
    post(restartedBase, "/api/v1/sessions/" + ended + "/events", afterEnd.toString(), 410);
  }

  /** Each session as sid, state, every request (type and status) and every finding. */
  private static String describe(Journal journal) {
    return journal.sessions().stream().map(s -> s.sid() + " " + s.state() + " "
            + s.requests().stream().map(r -> r.request() + ":" + r.status()).toList() + " "
            + s.findings().stream().map(f -> f.rule() + "@" + f.eventIndex()).toList())
        .collect(Collectors.joining("\n"));
  }

  private String play(String base, JsonNode batch, int events) throws Exception {
    HttpResponse<String> created = post(base, "/api/v1/sessions", batch.get(0).toString(), 201);
    String sid = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/sessions/", "");
    for (int i = 1; i < events; i++) {
      post(base, "/api/v1/sessions/" + sid + "/events", batch.get(i).toString(), 204);
    }
    return sid;
  }

  private HttpResponse<String> post(String base, String path, String body, int expected) throws Exception {
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as("POST %s: %s", path, answer.body()).isEqualTo(expected);
    return answer;
  }

  /** Starts the mock as its own process, as {@code java -jar mcmock.jar} would, and waits for its banner. */
  private String start(Path journal) throws IOException {
    MockProcess started = MockProcess.start("--bind-address", "127.0.0.1", "--journal-file", journal.toString());
    running = started.process();
    return started.baseUrl();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = JournalFileCrashTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
