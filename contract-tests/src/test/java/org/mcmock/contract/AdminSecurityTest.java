package org.mcmock.contract;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mcmock.MediaCollectionMock;
import org.mcmock.admin.AdminAccess;
import org.mcmock.config.MockSettings;
import org.mcmock.schema.SchemaCatalog;

/**
 * The admin API, ours and WireMock's, is the tester's, not every web page's: a page on another origin, a DNS
 * rebinding name or a caller without the token is refused, while curl-like tools and the mock's own pages pass,
 * and the player endpoints keep Adobe's CORS for every origin. Raw sockets, so that Host and Origin are exactly
 * what an attacker's browser sends.
 */
class AdminSecurityTest {

  @RegisterExtension
  static final MockBackend mock = new MockBackend();

  private static final String EVIL = "Origin: http://evil.test\r\n";

  @Test
  void aPreflightFromAnotherSiteToTheAdminApiIsRefusedWithoutCorsHeaders() {
    RawHttp.Answer answer = RawHttp.send(mock.baseUrl(), "OPTIONS /__admin/media-collection/reset HTTP/1.1",
        EVIL + "Access-Control-Request-Method: POST\r\n", new byte[0]);

    assertThat(answer.status()).as("preflight from evil.test: %s", answer).isEqualTo(403);
    assertThat(answer.headers()).as("no CORS header may let evil.test read or send: %s", answer)
        .doesNotContainKeys("access-control-allow-origin", "access-control-allow-credentials");
  }

  @Test
  void aTextPlainPostFromAnotherSiteCannotResetTheMock() {
    String sid = MockBackend.sidOf(mock.startSession(Payloads.sessionStart()));

    RawHttp.Answer answer = post("/__admin/media-collection/reset", EVIL);

    assertThat(answer.status()).as("a form-like POST from evil.test: %s", answer).isEqualTo(403);
    assertThat(answer.message()).contains("http://evil.test").contains("--admin-allow-origin");
    assertThat(mock.admin().session(sid).getString("sid")).as("the session outlives the attempt").isEqualTo(sid);
  }

  @Test
  void aTextPlainPostFromAnotherSiteCannotShutTheMockDown() {
    try (MediaCollectionMock own = MediaCollectionMock.start(wireMockConfig().dynamicPort(), MockSettings.defaults())) {
      RawHttp.Answer answer = post(own.baseUrl(), "/__admin/shutdown", EVIL);

      assertThat(answer.status()).as("POST /__admin/shutdown from evil.test: %s", answer).isEqualTo(403);
      assertThat(own.server().isRunning()).as("the mock still runs").isTrue();
    }
  }

  @Test
  void aDnsRebindingNameCannotReadTheJournalNorWireMocksAdmin() {
    for (String path : List.of("/__admin/media-collection/journal", "/__admin/mappings")) {
      RawHttp.Answer answer = RawHttp.send(mock.baseUrl(), "GET " + path + " HTTP/1.1", "Host: evil.test\r\n",
          new byte[0]);

      assertThat(answer.status()).as("GET %s with Host: evil.test: %s", path, answer).isEqualTo(403);
      assertThat(answer.message()).contains("evil.test").contains("--admin-host");
    }
  }

  @Test
  void toolsWithoutOriginAndTheMocksOwnPagesStillReachTheAdminApi() {
    // A browser on the mock's own page sends the address it loaded, port included, as Host and Origin.
    String own = "Host: " + mock.baseUrl().substring("http://".length()) + "\r\nOrigin: " + mock.baseUrl() + "\r\n";

    RawHttp.Answer tool = RawHttp.send(mock.baseUrl(), "GET /__admin/media-collection/sessions HTTP/1.1", "",
        new byte[0]);
    RawHttp.Answer page = RawHttp.send(mock.baseUrl(), "GET /__admin/media-collection/sessions HTTP/1.1", own,
        new byte[0]);

    assertThat(tool.status()).as("curl-like, no Origin: %s", tool).isEqualTo(200);
    assertThat(page.status()).as("the mock's own page: %s", page).isEqualTo(200);
    assertThat(page.headers()).containsEntry("access-control-allow-origin", mock.baseUrl());
  }

  @Test
  void theAdminApiAnswersToLoopbackNamesAndIpAddresses() {
    for (String host : List.of("localhost:1", "127.0.0.1", "[::1]:8080", "app.localhost")) {
      RawHttp.Answer answer = RawHttp.send(mock.baseUrl(), "GET /__admin/media-collection/mode HTTP/1.1",
          "Host: " + host + "\r\n", new byte[0]);

      assertThat(answer.status()).as("Host: %s: %s", host, answer).isEqualTo(200);
    }
  }

  @Test
  void anAllowedOriginGetsCorsAndAConfiguredHostNameIsServed() {
    AdminAccess access = new AdminAccess(List.of("https://dashboard.test"), List.of("mock.ci.internal"), null, null);
    try (MediaCollectionMock own = MediaCollectionMock.start(wireMockConfig().dynamicPort(), MockSettings.defaults(),
        SchemaCatalog.bundled(), access)) {
      RawHttp.Answer preflight = RawHttp.send(own.baseUrl(), "OPTIONS /__admin/media-collection/reset HTTP/1.1",
          "Origin: https://dashboard.test\r\nAccess-Control-Request-Method: POST\r\n", new byte[0]);
      RawHttp.Answer named = RawHttp.send(own.baseUrl(), "GET /__admin/media-collection/mode HTTP/1.1",
          "Host: mock.ci.internal\r\nOrigin: https://dashboard.test\r\n", new byte[0]);

      assertThat(preflight.status()).as("preflight from the allowed origin: %s", preflight).isEqualTo(204);
      assertThat(preflight.headers()).containsEntry("access-control-allow-origin", "https://dashboard.test")
          .doesNotContainKey("access-control-allow-credentials");
      assertThat(named.status()).as("Host: mock.ci.internal: %s", named).isEqualTo(200);
      assertThat(named.headers()).containsEntry("access-control-allow-origin", "https://dashboard.test");
    }
  }

  @Test
  void withATokenEveryAdminRequestMustCarryIt() {
    try (MediaCollectionMock own = MediaCollectionMock.start(wireMockConfig().dynamicPort(), MockSettings.defaults(),
        SchemaCatalog.bundled(), AdminAccess.local().withToken("s3cret"))) {
      RawHttp.Answer none = RawHttp.send(own.baseUrl(), "GET /__admin/mappings HTTP/1.1", "", new byte[0]);
      RawHttp.Answer wrong = post(own.baseUrl(), "/__admin/media-collection/reset", "Authorization: Bearer guess\r\n");
      RawHttp.Answer right = post(own.baseUrl(), "/__admin/media-collection/reset", "Authorization: Bearer s3cret\r\n");

      assertThat(none.status()).as("no token: %s", none).isEqualTo(401);
      assertThat(none.headers()).containsKey("www-authenticate");
      assertThat(none.message()).contains("--admin-token").doesNotContain("s3cret");
      assertThat(wrong.status()).as("wrong token: %s", wrong).isEqualTo(401);
      assertThat(right.status()).as("the token: %s", right).isEqualTo(200);
    }
  }

  @Test
  void theInspectorPagesFilesNeedNoTokenButItsDataDoesAndOtherSitesGetNeither() {
    try (MediaCollectionMock own = MediaCollectionMock.start(wireMockConfig().dynamicPort(), MockSettings.defaults(),
        SchemaCatalog.bundled(), AdminAccess.local().withToken("s3cret"))) {
      RawHttp.Answer page = RawHttp.send(own.baseUrl(), "GET /__admin/media-collection/ui/ HTTP/1.1", "", new byte[0]);
      RawHttp.Answer script = RawHttp.send(own.baseUrl(), "GET /__admin/media-collection/ui/timeline.js HTTP/1.1",
          "", new byte[0]);
      // As the page's same-origin GET goes: a browser sends no Origin with it.
      RawHttp.Answer data = RawHttp.send(own.baseUrl(), "GET /__admin/media-collection/sessions HTTP/1.1", "",
          new byte[0]);
      RawHttp.Answer elsewhere = RawHttp.send(own.baseUrl(), "GET /__admin/media-collection/ui/ HTTP/1.1", EVIL,
          new byte[0]);
      RawHttp.Answer unknown = RawHttp.send(own.baseUrl(), "GET /__admin/media-collection/ui/..%2fpom.xml HTTP/1.1",
          "", new byte[0]);

      assertThat(page.status()).as("the page without the token: %s", page).isEqualTo(200);
      assertThat(page.headers()).containsEntry("content-type", "text/html; charset=utf-8")
          .containsEntry("x-content-type-options", "nosniff");
      assertThat(page.headers().get("content-security-policy")).as("the page's policy")
          .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'");
      assertThat(script.headers()).containsEntry("content-type", "text/javascript; charset=utf-8");
      assertThat(data.status()).as("the sessions, from the page, without the token: %s", data).isEqualTo(401);
      assertThat(elsewhere.status()).as("the page for another site: %s", elsewhere).isEqualTo(403);
      assertThat(unknown.status()).as("a file the page does not have: %s", unknown).isBetween(400, 404);
    }
  }

  @Test
  void thePlayerEndpointsKeepAdobesCorsForEveryOrigin() {
    RawHttp.Answer preflight = RawHttp.send(mock.baseUrl(), "OPTIONS /api/v1/sessions HTTP/1.1",
        EVIL + "Access-Control-Request-Method: POST\r\n", new byte[0]);
    RawHttp.Answer start = RawHttp.send(mock.baseUrl(), "POST /api/v1/sessions HTTP/1.1",
        EVIL + "Content-Type: application/json\r\nContent-Length: "
            + Payloads.sessionStart().getBytes(UTF_8).length + "\r\n", Payloads.sessionStart().getBytes(UTF_8));

    assertThat(preflight.status()).as("player preflight from any site: %s", preflight).isBetween(200, 299);
    assertThat(preflight.headers()).containsEntry("access-control-allow-origin", "*");
    assertThat(start.status()).as("sessionStart from any site: %s", start).isEqualTo(201);
    assertThat(start.headers()).containsEntry("access-control-allow-origin", "*");
  }

  private static RawHttp.Answer post(String path, String headers) {
    return post(mock.baseUrl(), path, headers);
  }

  private static RawHttp.Answer post(String baseUrl, String path, String headers) {
    byte[] body = "{}".getBytes(UTF_8);
    return RawHttp.send(baseUrl, "POST " + path + " HTTP/1.1",
        headers + "Content-Type: text/plain\r\nContent-Length: " + body.length + "\r\n", body);
  }
}
