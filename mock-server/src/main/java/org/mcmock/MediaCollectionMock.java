package org.mcmock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.List;
import org.mcmock.admin.AdminAccess;
import org.mcmock.admin.AdminGuard;
import org.mcmock.admin.AdminStreams;
import org.mcmock.config.MockSettings;
import org.mcmock.config.ServerLimits;
import org.mcmock.faults.FaultPlan;
import org.mcmock.http.JsonErrorsServerFactory;
import org.mcmock.schema.SchemaCatalog;
import org.mcmock.session.IdleSweeper;
import org.mcmock.session.MockClock;
import org.mcmock.session.SessionStore;

/**
 * A running mock: a WireMock server with {@link MediaCollectionExtension}, whose Jetty answers the requests
 * it refuses itself in JSON too ({@link JsonErrorsServerFactory}). Used by the command line and by tests that
 * want the real HTTP stack in-process.
 *
 * <pre>{@code
 * try (var mock = MediaCollectionMock.start(wireMockConfig().dynamicPort(), MockSettings.defaults())) {
 *   String base = mock.baseUrl();   // e.g. http://localhost:53124
 * }
 * }</pre>
 */
public final class MediaCollectionMock implements AutoCloseable {

  /**
   * WireMock's own request journal is off: WireMock keeps every request forever by default, and when bounded
   * it counts the whole journal on every request, which halved the mock's throughput at 1,000 entries. The
   * session store is the mock's journal; {@code --journal-entries N} turns WireMock's back on.
   */
  public static final int DEFAULT_JOURNAL_ENTRIES = 0;

  private final WireMockServer server;
  private final MediaCollectionExtension extension;
  private final IdleSweeper sweeper;

  private MediaCollectionMock(WireMockServer server, MediaCollectionExtension extension, IdleSweeper sweeper) {
    this.server = server;
    this.extension = extension;
    this.sweeper = sweeper;
  }

  /** Starts on a random port with the bundled schemas, default settings and WireMock's journal off. */
  public static MediaCollectionMock start() {
    return start(MockSettings.defaults());
  }

  /** Starts on a random port with the bundled schemas, these settings and WireMock's journal off. */
  public static MediaCollectionMock start(MockSettings settings) {
    return start(wireMockConfig().dynamicPort().disableRequestJournal().stubRequestLoggingDisabled(true), settings);
  }

  public static MediaCollectionMock start(WireMockConfiguration config, MockSettings settings) {
    return start(config, settings, SchemaCatalog.bundled());
  }

  public static MediaCollectionMock start(WireMockConfiguration config, MockSettings settings, SchemaCatalog schemas) {
    return start(config, new MediaCollectionExtension(settings, schemas, MockClock.system()), AdminAccess.local(),
        ServerLimits.defaults());
  }

  /** Starts with these limits on connections and the admin API open to this machine only. */
  public static MediaCollectionMock start(WireMockConfiguration config, MockSettings settings, SchemaCatalog schemas,
      ServerLimits limits) {
    return start(config, new MediaCollectionExtension(settings, schemas, MockClock.system()), AdminAccess.local(),
        limits);
  }

  /** Starts with the admin API open to whom {@code access} lets in, and the default limits on connections. */
  public static MediaCollectionMock start(WireMockConfiguration config, MockSettings settings, SchemaCatalog schemas,
      AdminAccess access) {
    return start(config, new MediaCollectionExtension(settings, schemas, MockClock.system()), access,
        ServerLimits.defaults());
  }

  /**
   * Starts a server around an extension already built (one whose sessions a journal file has restored).
   *
   * @param access who may use the admin API; its lists are streamed ({@link AdminStreams})
   * @param limits what a connection is allowed ({@link ServerLimits}); the thread count is the limits' unless the
   *     config sets its own
   *     (access and limits apply unless {@code config} brings its own HTTP server factory)
   */
  public static MediaCollectionMock start(WireMockConfiguration config, MediaCollectionExtension extension,
      AdminAccess access, ServerLimits limits) {
    if (config.hasDefaultHttpServerFactory()) {
      config.httpServerFactory(new JsonErrorsServerFactory(limits, extension.sessions().settings().maxBodyBytes(),
          List.of(new AdminGuard(access), extension.adminStreams()), extension.directAnswers()));
    }
    if (config.containerThreads() == Options.DEFAULT_CONTAINER_THREADS) {
      config.containerThreads(limits.threads()); // a count the config sets itself wins
    }
    if (config.jettySettings().getAcceptors().isEmpty()) {
      config.jettyAcceptors(acceptors(Runtime.getRuntime().availableProcessors()));
    }
    // No HTTP/2 upgrade on the plain port: browsers never use h2c, nor does Adobe's backend offer it, and the JDK's
    // HttpClient, which tries it on every http:// call, once read a streamed admin list as broken HTTP/2 frames.
    config.http2PlainDisabled(true);
    WireMockServer server = new WireMockServer(config.extensions(extension));
    server.start();
    return new MediaCollectionMock(server, extension, IdleSweeper.start(extension.sessions()));
  }

  /**
   * Jetty's own rule for a connector, one acceptor per 8 cores, 1 to 4: accepting a connection is cheap. WireMock
   * asks for 3 whatever the machine, and Jetty warns "Acceptors should be <= availableProcessors" on 2 cores.
   */
  static int acceptors(int cores) {
    return Math.max(1, Math.min(4, cores / 8));
  }

  /** {@code http://localhost:<port>}, without a trailing slash (WireMock's own prefers HTTPS when enabled). */
  public String baseUrl() {
    return "http://localhost:" + server.port();
  }

  public int port() {
    return server.port();
  }

  public WireMockServer server() {
    return server;
  }

  public SessionStore sessions() {
    return extension.sessions();
  }

  public FaultPlan faults() {
    return extension.faults();
  }

  /** What {@code POST /__admin/media-collection/reset} does; WireMock's own stubs are left alone. */
  public void reset() {
    extension.reset();
  }

  @Override
  public void close() {
    sweeper.close();
    server.stop();
  }
}
