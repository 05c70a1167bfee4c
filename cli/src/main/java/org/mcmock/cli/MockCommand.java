package org.mcmock.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mcmock.MediaCollectionExtension;
import org.mcmock.MediaCollectionMock;
import org.mcmock.admin.AdminAccess;
import org.mcmock.config.Durations;
import org.mcmock.config.MockSettings;
import org.mcmock.config.ServerLimits;
import org.mcmock.journal.JournalFile;
import org.mcmock.journal.PinnableClock;
import org.mcmock.model.Mode;
import org.mcmock.schema.SchemaCatalog;
import org.mcmock.session.MockClock;
import org.mcmock.verify.FeatureTimelines;
import org.mcmock.session.SidIssuer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar mcmock.jar [options]}: starts the mock and serves until stopped (Ctrl-C);
 * {@code java -jar mcmock.jar verify ...} checks what a mock recorded against a timeline ({@link VerifyCommand}).
 */
@Command(
    name = "mcmock",
    versionProvider = MockCommand.Version.class,
    defaultValueProvider = SettingsDefaults.class,
    resourceBundle = "org.mcmock.cli.MockCommand",
    sortOptions = false,
    usageHelpAutoWidth = true,
    subcommands = VerifyCommand.class,
    description = "A local stand-in for Adobe's Media Collection API backend, built on WireMock.%n"
        + "Point your player at http://<host>:<port> instead of https://<your>.hb-api.omtrdc.net.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped normally (SIGTERM, Ctrl-C or POST /__admin/shutdown)", "1:could not start (port in use, unreadable schemas...)",
        "2:invalid options"})
public final class MockCommand implements Callable<Integer> {

  // What each option does, as --help says it: MockCommand.properties beside this class, keyed by option name;
  // each default comes from the settings (SettingsDefaults).
  @Option(names = "--port", order = 1, defaultValue = "8080", paramLabel = "PORT")
  int port;
  @Option(names = "--bind-address", order = 2, defaultValue = "127.0.0.1", paramLabel = "ADDRESS")
  String bindAddress;
  @Option(names = "--admin-allow-origin", order = 3, split = ",", paramLabel = "ORIGIN")
  List<String> adminAllowOrigins = new ArrayList<>();
  @Option(names = "--admin-host", order = 4, split = ",", paramLabel = "NAME")
  List<String> adminHosts = new ArrayList<>();
  @Option(names = "--admin-token", order = 5, paramLabel = "TOKEN", defaultValue = "${env:MCMOCK_ADMIN_TOKEN}")
  String adminToken;
  @Option(names = "--https-port", order = 6, paramLabel = "PORT")
  Integer httpsPort;
  @Option(names = "--https-keystore", order = 6, paramLabel = "FILE")
  Path httpsKeystore;
  @Option(names = "--https-keystore-password", order = 6, paramLabel = "PASSWORD",
      defaultValue = "${env:MCMOCK_HTTPS_KEYSTORE_PASSWORD:-password}")
  String httpsKeystorePassword;
  @Option(names = "--schemas", order = 7, paramLabel = "DIR")
  Path schemaFolder;

  /** What the session options set; starts from {@link MockSettings#defaults()}. */
  private final MockSettings.Builder settings = MockSettings.builder();

  @Option(names = "--event-timeout", order = 8, paramLabel = "DURATION", converter = DurationConverter.class)
  void eventTimeout(Duration value) { settings.eventTimeout(value); }
  @Option(names = "--playhead-timeout", order = 9, paramLabel = "DURATION", converter = DurationConverter.class)
  void playheadTimeout(Duration value) { settings.playheadTimeout(value); }
  @Option(names = "--retention", order = 10, paramLabel = "DURATION", converter = DurationConverter.class)
  void retention(Duration value) { settings.retention(value); }
  @Option(names = "--max-sessions", order = 11, paramLabel = "N")
  void maxSessions(int value) { settings.maxSessions(value); }
  @Option(names = "--max-recorded-mb", order = 12, paramLabel = "MB")
  void maxRecordedMb(long megabytes) { settings.maxRecordedBytes(megabytes * MockSettings.ONE_MIB); }
  @Option(names = "--max-events-per-session", order = 13, paramLabel = "N")
  void maxEventsPerSession(int value) { settings.maxEventsPerSession(value); }
  @Option(names = "--mode", order = 14, paramLabel = "MODE", converter = ModeConverter.class)
  void mode(Mode value) { settings.mode(value); }
  @Option(names = "--ping-tolerance", order = 15, paramLabel = "DURATION", converter = DurationConverter.class)
  void pingTolerance(Duration value) { settings.pingTolerance(value); }
  @Option(names = "--ad-ping-interval", order = 16, paramLabel = "DURATION", converter = DurationConverter.class)
  void adPingInterval(Duration value) { settings.adPingInterval(value); }
  @Option(names = "--playhead-tolerance", order = 17, paramLabel = "DURATION", converter = DurationConverter.class)
  void playheadTolerance(Duration value) { settings.playheadTolerance(value); }
  @Option(names = "--reorder-window", order = 18, paramLabel = "DURATION", converter = DurationConverter.class)
  void reorderWindow(Duration value) { settings.reorderWindow(value); }
  @Option(names = "--reorder-events", order = 19, paramLabel = "N")
  void reorderEvents(int value) { settings.reorderEvents(value); }
  @Option(names = "--settle-window", order = 20, paramLabel = "DURATION", converter = DurationConverter.class)
  void settleWindow(Duration value) { settings.settleWindow(value); }
  @Option(names = "--delay", order = 21, paramLabel = "DURATION", converter = DurationConverter.class)
  Duration delay;
  @Option(names = "--journal-entries", order = 22, paramLabel = "N")
  int journalEntries;
  @Option(names = "--journal-file", order = 23, paramLabel = "FILE")
  Path journalFile;
  @Option(names = "--root-dir", order = 24, defaultValue = ".", paramLabel = "DIR")
  Path rootDir;
  @Option(names = "--container-threads", order = 25, paramLabel = "N")
  int containerThreads;
  @Option(names = "--accept-queue", order = 26, paramLabel = "N")
  int acceptQueue;
  @Option(names = "--header-timeout", order = 27, paramLabel = "DURATION", converter = DurationConverter.class)
  Duration headerTimeout;
  @Option(names = "--idle-timeout", order = 28, paramLabel = "DURATION", converter = DurationConverter.class)
  Duration idleTimeout;
  @Option(names = "--min-data-rate", order = 29, paramLabel = "BYTES_PER_SECOND")
  long minDataRate;
  @Option(names = "--shutdown-grace", order = 30, paramLabel = "DURATION", converter = DurationConverter.class)
  Duration shutdownGrace;
  @Option(names = "--instance-id", order = 31, paramLabel = "HEX", converter = InstanceIdConverter.class)
  SidIssuer instanceId;
  @Option(names = "--verbose", order = 32)
  boolean verbose;
  @Option(names = {"-h", "--help"}, order = 33, usageHelp = true)
  boolean help;
  @Option(names = {"-V", "--version"}, order = 34, versionHelp = true)
  boolean version;

  @Spec CommandLine.Model.CommandSpec spec;

  private final CountDownLatch stopRequested = new CountDownLatch(1);

  public static void main(String... args) {
    int code = new CommandLine(new MockCommand()).execute(args);
    System.exit(code);
  }

  @Override
  public Integer call() throws InterruptedException {
    MediaCollectionMock mock;
    try {
      mock = start();
    } catch (RuntimeException e) {
      spec.commandLine().getErr().println("mcmock could not start: " + reason(e));
      return 1;
    }
    StopOnce stop = new StopOnce(mock);
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "mcmock-shutdown"));
    Signals.onStop(stopRequested::countDown);
    // Ends on SIGTERM or Ctrl-C, and when POST /__admin/shutdown has stopped the server.
    while (!stopRequested.await(100, TimeUnit.MILLISECONDS) && mock.server().isRunning()) {
      // waiting
    }
    stop.run();
    spec.commandLine().getOut().println("Media Collection API mock stopped");
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** Stops the mock once, whoever asks first: the main thread or the JVM's shutdown hook. */
  private static final class StopOnce implements Runnable {
    private final MediaCollectionMock mock;
    private final AtomicBoolean done = new AtomicBoolean();

    StopOnce(MediaCollectionMock mock) {
      this.mock = mock;
    }

    @Override
    public void run() {
      if (done.compareAndSet(false, true)) {
        mock.close();
      }
    }
  }

  /** What went wrong, in the user's terms where we know them. */
  private String reason(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.BindException || String.valueOf(t.getMessage()).contains("Failed to bind")) {
        return bindAddress + ":" + port + " is already in use or not available here; stop the other process or"
            + " choose another port with --port";
      }
    }
    return e.getMessage();
  }

  /** Starts the mock as the options describe and prints where it listens. */
  MediaCollectionMock start() {
    checkKeystore();
    MockSettings settings = this.settings.build();
    SchemaCatalog schemas = schemaFolder == null ? SchemaCatalog.bundled() : SchemaCatalog.fromFolder(schemaFolder);
    PinnableClock clock = new PinnableClock();
    MediaCollectionExtension extension = new MediaCollectionExtension(settings, schemas, new MockClock(clock));
    if (instanceId != null) {
      extension.sessions().issueSidsWith(instanceId);
    }
    String journal = journalFile == null ? null : restore(extension, clock);
    WireMockConfiguration config = wireMock().extensions(new VerifyRoutes(extension, FeatureTimelines::bundled));
    MediaCollectionMock mock = MediaCollectionMock.start(config, extension, adminAccess(), serverLimits());
    if (delay != null) {
      mock.server().setGlobalFixedDelay((int) delay.toMillis());
    }
    PrintWriter out = spec.commandLine().getOut();
    String base = "http://" + ("0.0.0.0".equals(bindAddress) ? "localhost" : bindAddress) + ":" + mock.port();
    out.println("Media Collection API mock listening on " + base + " (bound to " + bindAddress + ": "
        + (loopback() ? "only this machine can reach it; --bind-address 0.0.0.0 opens it to the network)"
            : "reachable from the network)"));
    out.println("  sessions:  POST " + base + "/api/v1/sessions");
    if (httpsPort != null) {
      out.println("  https:     https://" + base.substring("http://".length(), base.lastIndexOf(':') + 1)
          + mock.server().httpsPort() + " (" + (httpsKeystore == null ? "WireMock's self-signed certificate"
              : "the certificate of " + httpsKeystore) + ")");
    }
    out.println("  schemas:   " + schemas.origin());
    out.println("  instance:  " + extension.sessions().instanceId() + " (the first " + SidIssuer.INSTANCE_CHARS
        + " characters of every sid it issues; --instance-id sets it)");
    if (journal != null) {
      out.println("  journal:   " + journal);
    }
    out.println("  timeouts:  " + Durations.format(settings.eventTimeout()) + " without events, "
        + Durations.format(settings.playheadTimeout()) + " without playhead movement; closed sessions kept "
        + Durations.format(settings.retention()));
    out.println("  rules:     " + settings.mode().label() + " mode; pings every 10s, "
        + Durations.format(settings.rules().adPingInterval()) + " inside ads, "
        + Durations.format(settings.rules().pingTolerance()) + " tolerance");
    out.println("  admin API: " + base + "/__admin/media-collection/sessions ("
        + (adminAccess().token() == null ? "no token" : "Bearer token required") + "; pages of "
        + (adminAllowOrigins.isEmpty() ? "no other origin" : String.join(", ", adminAllowOrigins)) + ")");
    JvmOptions.bundled().hint(ManagementFactory.getRuntimeMXBean().getInputArguments()).ifPresent(out::println);
    out.flush();
    return mock;
  }

  /** A keystore that WireMock could not open would stop the start with Jetty's words: say it in the options'. */
  private void checkKeystore() {
    if (httpsKeystore == null) {
      return;
    }
    if (httpsPort == null) {
      throw new IllegalArgumentException("--https-keystore needs --https-port, the port that presents it");
    }
    try {
      java.security.KeyStore.getInstance(httpsKeystore.toFile(), httpsKeystorePassword.toCharArray());
    } catch (IOException | java.security.GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot open the keystore " + httpsKeystore + " (a PKCS12 or JKS file,"
          + " opened with --https-keystore-password or MCMOCK_HTTPS_KEYSTORE_PASSWORD): " + e.getMessage(), e);
    }
  }

  private boolean loopback() {
    try {
      return java.net.InetAddress.getByName(bindAddress).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  ServerLimits serverLimits() {
    return new ServerLimits(headerTimeout, idleTimeout, minDataRate, minDataRate, acceptQueue, containerThreads,
        shutdownGrace);
  }

  /** Restores the sessions the journal file holds and records into it from now on; says what it restored. */
  private String restore(MediaCollectionExtension extension, PinnableClock clock) {
    try {
      JournalFile.Restored restored = JournalFile.attach(journalFile, extension.sessions(), clock);
      return journalFile + " (" + (restored.replayed().lines() == 0 ? "new" : "restored "
          + extension.sessions().size() + " sessions from " + restored.replayed().lines() + " lines"
          + (restored.replayed().unreadable() == 0 ? "" : ", " + restored.replayed().unreadable()
              + " unreadable lines skipped")) + ")";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use the journal file " + journalFile + ": " + e.getMessage(), e);
    }
  }

  /** Who may use the admin API, as the options say. */
  AdminAccess adminAccess() {
    return new AdminAccess(adminAllowOrigins, adminHosts, bindAddress, adminToken);
  }

  private WireMockConfiguration wireMock() {
    WireMockConfiguration config = wireMockConfig()
        .port(port)
        .bindAddress(bindAddress)
        .usingFilesUnderDirectory(rootDir.toString())
        .notifier(new ConsoleNotifier(verbose));
    if (httpsPort != null) {
      config.httpsPort(httpsPort);
    }
    if (httpsKeystore != null) {
      config.keystorePath(httpsKeystore.toString())
          .keystorePassword(httpsKeystorePassword)
          .keyManagerPassword(httpsKeystorePassword);
    }
    if (!verbose) {
      // WireMock formats every request and its answer for the notifier, which prints them only when verbose.
      config.stubRequestLoggingDisabled(true);
    }
    if (journalEntries <= 0) {
      config.disableRequestJournal();
    } else {
      config.maxRequestJournalEntries(journalEntries);
    }
    return config;
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = MockCommand.class.getPackage().getImplementationVersion();
      return new String[] {"mcmock " + (version == null ? "(development build)" : version)
          + ", WireMock " + com.github.tomakehurst.wiremock.core.Version.getCurrentVersion()};
    }
  }
}
