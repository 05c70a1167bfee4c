package org.mcmock.contract;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcmock.MediaCollectionMock;
import org.mcmock.cli.MockCommand;
import org.mcmock.config.MockSettings;
import org.mcmock.contract.players.CommandPlayer;
import org.mcmock.contract.websdk.AlloyBundle;
import org.mcmock.contract.websdk.HeadlessChromium;
import org.mcmock.contract.websdk.PageServer;
import org.mcmock.contract.websdk.TestCertificate;
import picocli.CommandLine;

/**
 * Adobe's Web SDK (@adobe/alloy from the npm registry, pinned) plays Timeline 2 in headless Chromium through the
 * page of examples/browser-player-websdk, against the mock's Media Edge API over HTTPS: Chromium maps
 * edge.adobedc.net to the mock's HTTPS port and player.mcmock.test to the page's, and trusts the certificate
 * this test makes. Then {@code verify --timeline "Timeline 2"} passes the session the mock recorded. CI installs
 * Chromium and npm and sets {@value BrowserPlayerTest#REQUIRE_BROWSER}, so there it cannot be skipped.
 */
class WebSdkPlayerTest {

  private static final String EDGE = "edge.adobedc.net";
  private static final String PAGE_HOST = "player.mcmock.test";
  private static final Path EXAMPLE = CommandPlayer.repositoryRoot().toPath()
      .resolve("examples/browser-player-websdk");
  private static final Path LOGS = Path.of("target/players");

  @Test
  void adobesWebSdkPlaysTimeline2AndVerifyPassesIt(@TempDir Path folder) throws Exception {
    boolean required = "1".equals(System.getenv(BrowserPlayerTest.REQUIRE_BROWSER));
    Optional<HeadlessChromium> chromium = HeadlessChromium.find();
    if (!required) {
      assumeTrue(chromium.isPresent(), "Chromium is needed (Debian: apt-get install chromium); .ci/run installs it");
    }
    assertThat(chromium).as("Chromium, which %s=1 requires", BrowserPlayerTest.REQUIRE_BROWSER).isPresent();
    AlloyBundle.Fetched alloy = AlloyBundle.fetch(Path.of("target/websdk"));
    if (!required) {
      assumeTrue(alloy.exitCode() != AlloyBundle.CANNOT_FETCH, "@adobe/alloy could not be fetched: " + alloy.said());
    }
    assertThat(alloy.exitCode()).as("fetch-alloy.sh's exit code; it said: %s", alloy.said()).isZero();

    TestCertificate certificate = TestCertificate.create(folder, List.of(EDGE, PAGE_HOST));
    try (MediaCollectionMock mock = MediaCollectionMock.start(certificate.https(wireMockConfig().dynamicPort()
            .disableRequestJournal().stubRequestLoggingDisabled(true)), MockSettings.defaults());
        PageServer site = PageServer.start(certificate, Map.of("/index.html", EXAMPLE.resolve("index.html"),
            "/player.js", EXAMPLE.resolve("player.js"), "/alloy.min.js", alloy.bundle()))) {
      HeadlessChromium.Page page = chromium.get().open("https://" + PAGE_HOST + "/index.html",
          Map.of(EDGE, mock.server().httpsPort(), PAGE_HOST, site.port()), certificate, folder);
      Files.createDirectories(LOGS);
      Files.writeString(LOGS.resolve("websdk-player.log"), page.log());

      assertThat(page.title()).as("the page's verdict; its log:%n%s", page.log()).isEqualTo("done");
      StringWriter report = new StringWriter();
      int verdict = new CommandLine(new MockCommand()).setOut(new PrintWriter(report)).setErr(new PrintWriter(report))
          .execute("verify", "--mock", mock.baseUrl(), "--timeline", "Timeline 2");
      assertThat(verdict).as("verify's exit code; its report:%n%s%nthe page's log (also in %s):%n%s", report,
              LOGS.resolve("websdk-player.log"), page.log())
          .isZero();
    }
  }
}
