package org.mcmock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcmock.MediaCollectionMock;
import org.mcmock.session.SidIssuer;
import picocli.CommandLine;

/** {@code java -jar mcmock.jar verify ...}, run in-process as the jar runs it: a subcommand of the mock's. */
class VerifyCommandTest {

  private static final long T0 = 1_700_000_000_000L;

  private static final String FEATURE = """
      Feature: Short

        Scenario: Plays five seconds
          Then the session follows the timeline:
            | request      | seconds | playhead | params           |
            | sessionStart | 0       | 0        | media.id=ClickMe |
            | play         | 0       | 0        |                  |
            | sessionEnd   | 5       | 5        |                  |
      """;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;
  private Path features;

  @BeforeEach
  void writeFeatures() throws IOException {
    features = Files.createDirectories(dir.resolve("features"));
    Files.writeString(features.resolve("short.feature"), FEATURE);
  }

  private int verify(String... args) {
    String[] command = new String[args.length + 1];
    command[0] = "verify";
    System.arraycopy(args, 0, command, 1, args.length);
    return new CommandLine(new MockCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute(command);
  }

  /** A journal of one session: sessionStart and play at 0 s, sessionEnd at {@code endSeconds}. */
  private Path journal(double endSeconds) throws IOException {
    return Files.writeString(dir.resolve("journal.json"), """
        {"sessions": [{"sid": "s1", "state": "ended", "closeReason": "sessionEnd arrived (event 2)",
          "createdAt": "2023-11-14T22:13:20Z", "findings": [], "events": [
          %s, %s, %s]}],
         "refusedSessionStarts": []}
        """.formatted(event(0, "sessionStart", 0, 0, 201, ", \"params\": {\"media.id\": \"ClickMe\"}"),
        event(1, "play", 0, 0, 204, ""), event(2, "sessionEnd", endSeconds, 5, 204, "")));
  }

  private static String event(int index, String type, double seconds, double playhead, int status, String more) {
    long ts = T0 + Math.round(seconds * 1000);
    return """
        {"index": %d, "eventType": "%s", "ts": %d, "playhead": %s, "status": %d, "errors": [], "findings": [],
         "body": {"eventType": "%s", "playerTime": {"playhead": %s, "ts": %d}%s}}"""
        .formatted(index, type, ts, playhead, status, type, playhead, ts, more);
  }

  /**
   * A journal of two runs: session s1 ends at 9 s; session s2, a minute later, follows the timeline but for a
   * second play while playing, at 2 s.
   */
  private Path twoRuns() throws IOException {
    return Files.writeString(dir.resolve("two-runs.json"), """
        {"sessions": [{"sid": "s1", "state": "ended", "closeReason": "sessionEnd arrived (event 2)",
          "createdAt": "2023-11-14T22:13:20Z", "findings": [], "events": [%s, %s, %s]},
         {"sid": "s2", "state": "ended", "closeReason": "sessionEnd arrived (event 3)",
          "createdAt": "2023-11-14T22:14:20Z", "findings": [], "events": [%s, %s, %s, %s]}],
         "refusedSessionStarts": []}
        """.formatted(event(0, "sessionStart", 0, 0, 201, ", \"params\": {\"media.id\": \"ClickMe\"}"),
        event(1, "play", 0, 0, 204, ""), event(2, "sessionEnd", 9, 5, 204, ""),
        event(0, "sessionStart", 60, 0, 201, ", \"params\": {\"media.id\": \"ClickMe\"}"),
        event(1, "play", 60, 0, 204, ""), event(2, "play", 62, 2, 204, ""), event(3, "sessionEnd", 65, 5, 204, "")));
  }

  @Test
  void theNewestRunIsCheckedAndTheReportSaysWhatElseTheMockHolds() throws IOException {
    int code = verify("--features", features.toString(), "--timeline", "Short", "--journal", twoRuns().toString());

    assertThat(code).as("exit code; output:%n%s%nerror output: %s", out, err).isZero();
    assertThat(out.toString()).as("report").startsWith("The mock holds 2 sessions; checked session 2 (s2), the"
        + " player's newest run (--session SID chooses others). It holds earlier runs too: reset it between runs"
        + " with POST /__admin/media-collection/reset.");
  }

  @Test
  void exactHoldsThePlayerToTheLetterOfTheTimeline() throws IOException {
    int code = verify("--features", features.toString(), "--timeline", "Short", "--journal", twoRuns().toString(),
        "--exact");

    assertThat(code).as("exit code with --exact; output:%n%s%nerror output: %s", out, err).isEqualTo(1);
    assertThat(out.toString()).as("report with --exact")
        .contains("1 mistake.", "1. unexpected play at 2.0 s: the timeline has no such request there");
  }

  @Test
  void sessionChoosesTheSessionToCheck() throws IOException {
    int code = verify("--features", features.toString(), "--timeline", "Short", "--journal", twoRuns().toString(),
        "--session", "s1");

    assertThat(code).as("exit code with --session s1; output:%n%s%nerror output: %s", out, err).isEqualTo(1);
    assertThat(out.toString()).as("report with --session s1")
        .startsWith("The mock holds 2 sessions; checked session 1 (s1), as --session chose.")
        .contains("sessionEnd at 9.0 s (row 3): expected at 5 s by its ts, recorded at 9.0 s");
  }

  @Test
  void aSessionTheMockDoesNotHoldExitsWith2NamingThoseItHolds() throws IOException {
    int code = verify("--features", features.toString(), "--timeline", "Short", "--journal", twoRuns().toString(),
        "--session", "nope");

    assertThat(code).as("exit code with --session nope").isEqualTo(2);
    assertThat(err.toString()).as("error output").contains("mcmock verify: --session: the mock holds no session"
        + " nope; Sessions: 1: s1 (ended", "2: s2 (ended").doesNotContain("Exception");
    assertThat(out.toString()).as("output").isEmpty();
  }

  @Test
  void listShowsTheBundledTimelines() {
    int code = verify("--list");

    assertThat(code).as("exit code of verify --list; error output: %s", err).isZero();
    assertThat(out.toString()).as("verify --list").contains(
        "Timeline 2 - the user abandons the session: The player reports the viewing until the user closes the app");
  }

  @Test
  void listShowsTheTimelinesOfAFolder() {
    int code = verify("--list", "--features", features.toString());

    assertThat(code).as("exit code; error output: %s", err).isZero();
    assertThat(out.toString()).as("verify --list --features %s", features).isEqualTo(
        "Short: Plays five seconds" + System.lineSeparator());
  }

  @Test
  void aJournalThatFollowsTheTimelineExitsWith0() throws IOException {
    int code = verify("--features", features.toString(), "--timeline", "Short", "--journal",
        journal(5).toString());

    assertThat(code).as("exit code; output:%n%s%nerror output: %s", out, err).isZero();
    assertThat(out.toString()).as("report")
        .startsWith("The mock holds 1 session; checked session 1 (s1).\nThe recorded session follows the timeline \"Short: Plays five seconds\": 3 requests in 1 session.");
  }

  @Test
  void aJournalThatDoesNotFollowExitsWith1AndWritesTheReport() throws IOException {
    Path report = dir.resolve("report.txt");

    int code = verify("--features", features.toString(), "--timeline", "five seconds", "--journal",
        journal(9).toString(), "--report", report.toString());

    assertThat(code).as("exit code; output:%n%s%nerror output: %s", out, err).isEqualTo(1);
    assertThat(out.toString()).as("report printed")
        .contains("1 mistake.", "sessionEnd at 9.0 s (row 3): expected at 5 s by its ts, recorded at 9.0 s");
    assertThat(report).as("the report written with --report").hasContent(out.toString().stripTrailing());
  }

  @Test
  void theToleranceOptionWidensWhatPasses() throws IOException {
    int code = verify("--features", features.toString(), "--timeline", "Short", "--journal",
        journal(9).toString(), "--tolerance", "5s");

    assertThat(code).as("exit code with --tolerance 5s; output:%n%s", out).isZero();
  }

  @Test
  void aNegativeToleranceIsAUsageError() throws IOException {
    int code = verify("--features", features.toString(), "--timeline", "Short", "--journal",
        journal(5).toString(), "--tolerance", "PT-1S");

    assertThat(code).as("exit code with --tolerance PT-1S; error output: %s", err).isEqualTo(2);
    assertThat(err.toString()).as("error output").contains("--tolerance").doesNotContain("Exception");
  }

  @Test
  void anUnknownTimelineExitsWith2ListingTheTimelines() throws IOException {
    int code = verify("--features", features.toString(), "--timeline", "Timeline 7", "--journal",
        journal(5).toString());

    assertThat(code).as("exit code for an unknown timeline").isEqualTo(2);
    assertThat(err.toString()).as("error output")
        .contains("No timeline is named \"Timeline 7\"", "The timelines:", "Short: Plays five seconds");
    assertThat(out.toString()).as("output").isEmpty();
  }

  @Test
  void noTimelineExitsWith2SayingHowToChooseOne() {
    int code = verify("--features", features.toString());

    assertThat(code).as("exit code without --timeline").isEqualTo(2);
    assertThat(err.toString()).as("error output").contains("--timeline NAME", "--list");
  }

  @Test
  void anUnreadableJournalExitsWith2NamingIt() throws IOException {
    Path notJson = Files.writeString(dir.resolve("saved.html"), "<html>Not Found</html>");

    int code = verify("--features", features.toString(), "--timeline", "Short", "--journal", notJson.toString());

    assertThat(code).as("exit code for a journal that is not JSON").isEqualTo(2);
    assertThat(err.toString()).as("error output").contains("mcmock verify: ", notJson.toString(), "not a journal");
  }

  @Test
  void aMissingJournalExitsWith2NamingIt() {
    Path absent = dir.resolve("absent.json");

    int code = verify("--features", features.toString(), "--timeline", "Short", "--journal", absent.toString());

    assertThat(code).as("exit code for a journal file that is not there").isEqualTo(2);
    assertThat(err.toString()).as("error output").contains(absent.toString(), "no such file");
  }

  @Test
  void aMockThatIsNotRunningExitsWith2NamingItsUrl() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }

    int code = verify("--features", features.toString(), "--timeline", "Short", "--mock", "http://localhost:" + port);

    assertThat(code).as("exit code with nothing listening at --mock").isEqualTo(2);
    assertThat(err.toString()).as("error output").contains("http://localhost:" + port, "is the mock running")
        .doesNotContain("null");
  }

  @Test
  void aFeaturesFolderThatIsNotThereExitsWith2() {
    int code = verify("--features", dir.resolve("absent").toString(), "--list");

    assertThat(code).as("exit code for --features of no folder").isEqualTo(2);
    assertThat(err.toString()).as("error output").contains("cannot read the features", "no folder of features");
  }

  @Test
  void aRunningMocksSessionsAreVerified() throws Exception {
    try (MediaCollectionMock mock = MediaCollectionMock.start()) {
      play(mock, 5);

      int code = verify("--features", features.toString(), "--timeline", "Short", "--mock", mock.baseUrl());

      assertThat(code).as("exit code; output:%n%s%nerror output: %s", out, err).isZero();
      assertThat(out.toString()).as("report").contains("3 requests in 1 session");
    }
  }

  @Test
  void severalMocksBehindOneLoadBalancerAreVerifiedAsOne() throws Exception {
    try (MediaCollectionMock first = MediaCollectionMock.start(); MediaCollectionMock second = MediaCollectionMock.start()) {
      first.sessions().issueSidsWith(SidIssuer.forInstance("a"));
      second.sessions().issueSidsWith(SidIssuer.forInstance("b"));
      String early = play(first, 9); // does not follow the timeline
      String late = play(second, 5); // the player's newest run, on the other mock

      int code = verify("--features", features.toString(), "--timeline", "Short", "--mock",
          first.baseUrl() + "," + second.baseUrl());

      assertThat(code).as("exit code; output:%n%s%nerror output: %s", out, err).isZero();
      assertThat(early).as("the first mock's sid").startsWith("0000000a");
      assertThat(late).as("the second mock's sid").startsWith("0000000b");
      assertThat(out.toString()).as("report").contains("The mock holds 2 sessions", late);

      int alone = verify("--features", features.toString(), "--timeline", "Short", "--mock", first.baseUrl());
      assertThat(alone).as("exit code with the first mock alone, whose session ends at 9 s").isEqualTo(1);
    }
  }

  /** Plays the Short timeline on {@code mock}, its sessionEnd at {@code endSeconds}; returns the sid. */
  private static String play(MediaCollectionMock mock, long endSeconds) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> started = post(http, mock.baseUrl() + "/api/v1/sessions", """
        {"eventType": "sessionStart", "playerTime": {"playhead": 0, "ts": %d}, "params": {
         "analytics.trackingServer": "t", "analytics.reportSuite": "r", "visitor.marketingCloudOrgId": "o",
         "media.id": "ClickMe", "media.length": 60, "media.contentType": "vod", "media.playerName": "p",
         "media.channel": "c"}}""".formatted(T0));
    assertThat(started.statusCode()).as("sessionStart answer: %s", started.body()).isEqualTo(201);
    String location = started.headers().firstValue("Location").orElseThrow();
    for (String[] event : new String[][] {{"play", "0", "0"}, {"sessionEnd", String.valueOf(endSeconds), "5"}}) {
      HttpResponse<String> answer = post(http, mock.baseUrl() + location + "/events", """
          {"eventType": "%s", "playerTime": {"playhead": %s, "ts": %d}}"""
          .formatted(event[0], event[2], T0 + Long.parseLong(event[1]) * 1000));
      assertThat(answer.statusCode()).as("%s answer: %s", event[0], answer.body()).isEqualTo(204);
    }
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private static HttpResponse<String> post(HttpClient http, String url, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
