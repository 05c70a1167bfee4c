package org.mcmock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcmock.MediaCollectionMock;
import org.mcmock.config.MockSettings;
import org.mcmock.config.OrderingSettings;
import org.mcmock.config.RuleSettings;
import org.mcmock.config.ServerLimits;
import org.mcmock.model.Mode;
import picocli.CommandLine;

class MockCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private CommandLine commandLine(MockCommand command) {
    return new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
  }

  @Test
  void helpListsEveryOptionWithItsDefault() {
    int code = commandLine(new MockCommand()).execute("--help");

    assertThat(code).as("exit code of --help").isZero();
    assertThat(out.toString().replaceAll("\\s+", " "))
        .as("--help output, whitespace collapsed since long descriptions wrap")
        .contains("--port", "default: 8080", "--bind-address", "--https-port", "--schemas", "--event-timeout",
            "default: 10m", "--playhead-timeout", "default: 30m", "--retention", "default: 1h", "--max-sessions",
            "--max-events-per-session", "--mode", "default: faithful", "--ping-tolerance", "default: 5s",
            "--ad-ping-interval", "default: 10s", "--playhead-tolerance", "default: 1s", "--reorder-window",
            "default: 5s", "--reorder-events", "default: 10", "--settle-window", "default: 250ms", "--delay",
            "--journal-entries", "--root-dir", "--verbose", "--admin-allow-origin", "--admin-host", "--admin-token",
            "MCMOCK_ADMIN_TOKEN", "--journal-file", "Exit codes");
  }

  @Test
  void byDefaultTheMockListensOnLoopbackOnlyAndSaysHowToOpenIt() {
    MockCommand command = new MockCommand();
    commandLine(command).parseArgs("--port", "0");

    try (MediaCollectionMock mock = command.start()) {
      assertThat(mock.server().getOptions().bindAddress()).as("the address bound without --bind-address")
          .isEqualTo("127.0.0.1");
      assertThat(out.toString()).as("start-up line").contains("bound to 127.0.0.1",
          "--bind-address 0.0.0.0 opens it to the network");
    }
    assertThat(commandLine(new MockCommand()).getUsageMessage().replaceAll("\\s+", " ")).as("--help")
        .contains("--bind-address", "default: 127.0.0.1", "0.0.0.0 opens it to the network", "--header-timeout",
            "--idle-timeout", "--min-data-rate", "--accept-queue", "--container-threads", "--shutdown-grace");
  }

  @Test
  void unknownOptionIsAUsageErrorWithExitCode2() {
    int code = commandLine(new MockCommand()).execute("--no-such-option");

    assertThat(code).as("exit code for an unknown option").isEqualTo(2);
    assertThat(err.toString()).as("error output").contains("Unknown option: '--no-such-option'");
  }

  @Test
  void badDurationIsAUsageErrorThatShowsTheAcceptedForms() {
    int code = commandLine(new MockCommand()).execute("--event-timeout", "ten minutes");

    assertThat(code).as("exit code for an unreadable duration").isEqualTo(2);
    assertThat(err.toString()).as("error output").contains("10m, 90s, 1h, 250ms or PT10M");
  }

  @Test
  void instanceIdStartsEverySidAndTheStartUpLineSaysSo() throws Exception {
    MockCommand command = new MockCommand();
    commandLine(command).parseArgs("--port", "0", "--instance-id", "A1");

    try (MediaCollectionMock mock = command.start()) {
      java.net.http.HttpResponse<String> started = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(mock.baseUrl() + "/api/v1/sessions"))
              .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                  "{\"eventType\":\"sessionStart\",\"playerTime\":{\"playhead\":0,\"ts\":1700000000000},"
                  + "\"params\":{\"analytics.trackingServer\":\"t\",\"analytics.reportSuite\":\"r\","
                  + "\"visitor.marketingCloudOrgId\":\"o\",\"media.id\":\"m\",\"media.length\":60,"
                  + "\"media.contentType\":\"vod\",\"media.playerName\":\"p\",\"media.channel\":\"c\"}}"))
              .build(), java.net.http.HttpResponse.BodyHandlers.ofString());

      assertThat(started.headers().firstValue("Location")).as("Location of a sessionStart; answer %s: %s",
          started.statusCode(), started.body()).hasValueSatisfying(location ->
              assertThat(location).matches("/api/v1/sessions/000000a1[0-9a-f]{56}"));
      assertThat(out.toString()).as("start-up line").contains("instance:  000000a1");
    }
  }

  @Test
  void anInstanceIdThatIsNotHexIsAUsageErrorSayingWhatItMayBe() {
    int code = commandLine(new MockCommand()).execute("--instance-id", "mock-1");

    assertThat(code).as("exit code for --instance-id mock-1").isEqualTo(2);
    assertThat(err.toString()).as("error output").contains("1 to 8 hex digits");
  }

  @Test
  void unknownModeIsAUsageErrorNamingTheModes() {
    int code = commandLine(new MockCommand()).execute("--mode", "lenient");

    assertThat(code).as("exit code for an unknown --mode").isEqualTo(2);
    assertThat(err.toString()).as("error output").contains("'lenient' is not a mode: use faithful or strict");
  }

  @Test
  void ruleAndOrderingOptionsReachTheSessionStore() {
    MockCommand command = new MockCommand();
    commandLine(command).parseArgs("--port", "0", "--mode", "STRICT", "--ping-tolerance", "0s",
        "--ad-ping-interval", "1s", "--playhead-tolerance", "250ms", "--reorder-window", "2s",
        "--reorder-events", "3", "--settle-window", "0ms");

    try (MediaCollectionMock mock = command.start()) {
      assertThat(mock.sessions().mode()).as("mode from --mode STRICT").isEqualTo(Mode.STRICT);
      assertThat(mock.sessions().rules().settings()).as("rule settings from the options")
          .isEqualTo(new RuleSettings(Duration.ZERO, Duration.ofSeconds(1), Duration.ofMillis(250)));
      assertThat(mock.sessions().settings().ordering()).as("ordering settings from the options")
          .isEqualTo(new OrderingSettings(Duration.ofSeconds(2), 3, Duration.ZERO));
      assertThat(out.toString()).as("start-up banner").contains("strict mode", "1s inside ads");
    }
  }

  @Test
  void optionsNotGivenStartFromTheSettingsDefaults() {
    MockCommand command = new MockCommand();
    commandLine(command).parseArgs("--port", "0");

    assertThat(command.serverLimits()).as("connection limits without options").isEqualTo(ServerLimits.defaults());
    try (MediaCollectionMock mock = command.start()) {
      assertThat(mock.sessions().settings()).as("settings without options").isEqualTo(MockSettings.defaults());
    }
  }

  @Test
  void schemaFolderLackingFilesFailsToStartWithExitCode1NamingTheMissingFile(@TempDir Path empty) {
    int code = commandLine(new MockCommand()).execute("--port", "0", "--schemas", empty.toString());

    assertThat(code).as("exit code when the schema folder is incomplete").isEqualTo(1);
    assertThat(err.toString()).as("error output").contains("sessionStart.json");
  }

  @Test
  void aPortInUseFailsWithExitCode1AndSaysWhatToDo() {
    try (MediaCollectionMock busy = MediaCollectionMock.start()) {
      int code = commandLine(new MockCommand()).execute("--port", String.valueOf(busy.port()));

      assertThat(code).as("exit code when the port is taken").isEqualTo(1);
      assertThat(err.toString()).as("error output").contains(":" + busy.port() + " is already in use", "--port");
    }
  }

  @Test
  void aSettleWindowBeyondAMinuteDoesNotStartAndSaysTheRange() {
    int code = commandLine(new MockCommand()).execute("--port", "0", "--settle-window", "2m");

    assertThat(code).as("exit code").isEqualTo(1);
    assertThat(err.toString()).contains("--settle-window must be from 0 to 1m, got 2m");
  }

  @Test
  void optionsReachTheRunningMock() throws Exception {
    MockCommand command = new MockCommand();
    commandLine(command).parseArgs("--port", "0", "--bind-address", "127.0.0.1", "--delay", "1ms",
        "--retention", "5m", "--journal-entries", "0", "--https-port", "0");

    try (MediaCollectionMock mock = command.start()) {
      assertThat(out.toString()).as("start-up banner").contains("listening on http://127.0.0.1:" + mock.port())
          .contains("https://127.0.0.1:" + mock.server().httpsPort());
      assertThat(mock.sessions().settings().retention()).isEqualTo(Duration.ofMinutes(5));
      assertThat(mock.server().getGlobalSettings().getSettings().getFixedDelay()).as("global delay from --delay").isEqualTo(1);
      HttpResponse<String> schema = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/api/v1/schemas/ping")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(schema.statusCode()).as("GET /api/v1/schemas/ping on the started mock").isEqualTo(200);
    }
  }

  @Test
  void httpsPresentsTheCertificateOfTheKeystoreGiven(@TempDir Path dir) throws Exception {
    Path keystore = dir.resolve("mock.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "secret1",
        "-alias", "mock", "-keyalg", "EC", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-validity", "2")
        .redirectErrorStream(true).start();
    assertThat(keytool.waitFor()).as("keytool's exit code: %s", new String(keytool.getInputStream().readAllBytes()))
        .isZero();
    MockCommand command = new MockCommand();
    commandLine(command).parseArgs("--port", "0", "--https-port", "0", "--https-keystore", keystore.toString(),
        "--https-keystore-password", "secret1");

    try (MediaCollectionMock mock = command.start()) {
      java.security.KeyStore trusted = java.security.KeyStore.getInstance(keystore.toFile(), "secret1".toCharArray());
      javax.net.ssl.TrustManagerFactory trust =
          javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
      tls.init(null, trust.getTrustManagers(), null);
      HttpResponse<String> schema = HttpClient.newBuilder().sslContext(tls).build().send(HttpRequest.newBuilder(
          URI.create("https://localhost:" + mock.server().httpsPort() + "/api/v1/schemas/ping")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(schema.statusCode()).as("GET /api/v1/schemas/ping over HTTPS, trusting only the keystore's"
          + " certificate").isEqualTo(200);
      assertThat(out.toString()).as("start-up banner").contains("(the certificate of " + keystore + ")");
    }
  }

  @Test
  void aKeystoreThatCannotBeOpenedDoesNotStartAndSaysWhy(@TempDir Path dir) {
    int code = commandLine(new MockCommand()).execute("--port", "0", "--https-port", "0", "--https-keystore",
        dir.resolve("missing.p12").toString());

    assertThat(code).as("exit code").isEqualTo(1);
    assertThat(err.toString()).contains("cannot open the keystore " + dir.resolve("missing.p12"),
        "--https-keystore-password");
  }
}
