package org.mcmock.contract.websdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The web site of the page under test: serves files over HTTPS, on another host than the edge's, so that the
 * page's requests to the edge are cross-origin with credentials, as on a team's own site.
 */
public final class PageServer implements AutoCloseable {

  private final WireMockServer server;

  private PageServer(WireMockServer server) {
    this.server = server;
  }

  /** Serves each file at its path ({@code "/index.html"} to a file), on a free HTTPS port with the certificate. */
  public static PageServer start(TestCertificate certificate, Map<String, Path> files) throws IOException {
    WireMockServer server = new WireMockServer(certificate.https(wireMockConfig().httpDisabled(true)
        .jettyAcceptors(1).disableRequestJournal().stubRequestLoggingDisabled(true)));
    server.start();
    for (Map.Entry<String, Path> file : files.entrySet()) {
      String name = file.getKey();
      String type = name.endsWith(".html") ? "text/html; charset=utf-8" : "text/javascript; charset=utf-8";
      server.stubFor(get(urlPathEqualTo(name)).willReturn(aResponse().withHeader("Content-Type", type)
          .withBody(Files.readAllBytes(file.getValue()))));
    }
    return new PageServer(server);
  }

  public int port() {
    return server.httpsPort();
  }

  @Override
  public void close() {
    server.stop();
  }
}
