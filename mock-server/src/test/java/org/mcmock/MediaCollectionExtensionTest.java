package org.mcmock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.mcmock.config.MockSettings;
import org.mcmock.schema.SchemaCatalog;
import org.mcmock.session.MockClock;

/** The README's "Using it from Java" snippet, compiled and run. */
class MediaCollectionExtensionTest {

  @Test
  void theReadmeSnippetTurnsAPlainWireMockServerIntoTheBackend() throws Exception {
    // README: Using it from Java {
    var mock = new MediaCollectionExtension(MockSettings.defaults(), SchemaCatalog.bundled(), MockClock.system());
    var server = new WireMockServer(wireMockConfig().dynamicPort().jettyAcceptors(1).extensions(mock));
    server.start();   // POST http://localhost:<port>/api/v1/sessions now answers like Adobe
    // }
    try {
      HttpResponse<String> answer = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/sessions"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("""
                  {"eventType":"sessionStart","playerTime":{"playhead":0,"ts":1700000000000},"params":{
                   "analytics.trackingServer":"t","analytics.reportSuite":"r","visitor.marketingCloudOrgId":"o",
                   "media.id":"m","media.length":60,"media.contentType":"vod","media.playerName":"p",
                   "media.channel":"c"}}"""))
              .build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(answer.statusCode()).as("sessionStart on a WireMock server with the extension").isEqualTo(201);
      assertThat(answer.headers().firstValue("Location")).get().asString().matches("/api/v1/sessions/[0-9a-f]{64}");
      assertThat(mock.sessions().size()).as("sessions in the extension's store").isEqualTo(1);
    } finally {
      server.stop();
    }
  }
}
