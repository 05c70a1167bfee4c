package org.mcmock.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.PrintWriter;
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
    mixinStandardHelpOptions = true,
    versionProvider = MockCommand.Version.class,
    defaultValueProvider = SettingsDefaults.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    subcommands = VerifyCommand.class,
    description = "A local stand-in for Adobe's Media Collection API backend, built on WireMock.%n"
        + "Point your player at http://<host>:<port> instead of https://<your>.hb-api.omtrdc.net.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped normally (SIGTERM, Ctrl-C or POST /__admin/shutdown)", "1:could not start (port in use, unreadable schemas...)",
        "2:invalid options"})
public final class MockCommand implements Callable<Integer> {

  @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
      description = "HTTP port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind-address", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
      description = "Address to listen on. The default, loopback, lets only this machine reach the mock; "
          + "0.0.0.0 opens it to the network, for phones, TVs and containers (default: ${DEFAULT-VALUE}).")
  String bindAddress;

  @Option(names = "--admin-allow-origin", split = ",", paramLabel = "ORIGIN",
      description = "Web origins (e.g. https://dashboard.example) whose pages may call the admin API, with CORS; "
          + "repeatable. By default only the mock's own pages and tools that send no Origin (curl, verify, the "
          + "JUnit extension) may.")
  List<String> adminAllowOrigins = new ArrayList<>();

  @Option(names = "--admin-host", split = ",", paramLabel = "NAME",
      description = "Host names, besides localhost and IP addresses, by which the admin API may be reached (e.g. "
          + "mock.ci.internal); others get 403, which keeps DNS rebinding out. Repeatable.")
  List<String> adminHosts = new ArrayList<>();

  @Option(names = "--admin-token", paramLabel = "TOKEN", defaultValue = "${env:MCMOCK_ADMIN_TOKEN}",
      description = "Every admin request must then carry Authorization: Bearer TOKEN; for a mock on a network "
          + "address. Prefer the MCMOCK_ADMIN_TOKEN environment variable, which other processes cannot read "
          + "from the command line.")
  String adminToken;

  @Option(names = "--https-port", paramLabel = "PORT",
      description = "Also serve HTTPS on this port, with WireMock's self-signed certificate.")
  Integer httpsPort;

  @Option(names = "--schemas", paramLabel = "DIR",
      description = "Folder of <eventType>.json schemas to validate with instead of the bundled ones.")
  Path schemaFolder;

  /** What the session options set; starts from {@link MockSettings#defaults()}. */
  private final MockSettings.Builder settings = MockSettings.builder();

  /** What the connection options set; starts from {@link ServerLimits#defaults()}. */
  private final ServerLimits.Builder limits = ServerLimits.builder();

  @Option(names = "--event-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Close a session after this long without events, as Adobe does (default: ${DEFAULT-VALUE}).")
  void eventTimeout(Duration value) {
    settings.eventTimeout(value);
  }

  @Option(names = "--playhead-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Close a session after this long without playhead movement (default: ${DEFAULT-VALUE}).")
  void playheadTimeout(Duration value) {
    settings.playheadTimeout(value);
  }

  @Option(names = "--retention", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Keep closed sessions this long (they answer 410), then forget them (404) "
          + "(default: ${DEFAULT-VALUE}).")
  void retention(Duration value) {
    settings.retention(value);
  }

  @Option(names = "--max-sessions", paramLabel = "N",
      description = "Sessions kept at once; beyond it the oldest closed sessions are forgotten, and POST "
          + "/api/v1/sessions answers 429 only when all are open (default: ${DEFAULT-VALUE}).")
  void maxSessions(int value) {
    settings.maxSessions(value);
  }

  @Option(names = "--max-recorded-mb", paramLabel = "MB",
      description = "Memory for the requests recorded in all sessions, which bounds the mock's heap; beyond it the "
          + "oldest closed sessions are forgotten, and requests answer 429 only when all are open "
          + "(default: a quarter of the JVM's maximum heap, at most 256).")
  void maxRecordedMb(long megabytes) {
    settings.maxRecordedBytes(megabytes * MockSettings.ONE_MIB);
  }

  @Option(names = "--max-events-per-session", paramLabel = "N",
      description = "Requests recorded per session; beyond it events answer 429 (default: ${DEFAULT-VALUE}).")
  void maxEventsPerSession(int value) {
    settings.maxEventsPerSession(value);
  }

  @Option(names = "--mode", paramLabel = "MODE", converter = ModeConverter.class,
      description = "faithful: Adobe's answers, findings reported beside them; strict: an error finding turns "
          + "the request into a 400 and the event is not applied. Switchable at runtime through "
          + "/__admin/media-collection/mode (default: ${DEFAULT-VALUE}).")
  void mode(Mode value) {
    settings.mode(value);
  }

  @Option(names = "--ping-tolerance", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Slack on the ping interval before PING_GAP and PING_FIRST_LATE (default: ${DEFAULT-VALUE}).")
  void pingTolerance(Duration value) {
    settings.pingTolerance(value);
  }

  @Option(names = "--ad-ping-interval", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Ping interval expected inside ads: 10s as Adobe's SDKs send, 1s as the timeline pages ask "
          + "(default: ${DEFAULT-VALUE}).")
  void adPingInterval(Duration value) {
    settings.adPingInterval(value);
  }

  @Option(names = "--playhead-tolerance", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Slack on media.length before PLAYHEAD_RANGE (default: ${DEFAULT-VALUE}).")
  void playheadTolerance(Duration value) {
    settings.playheadTolerance(value);
  }

  @Option(names = "--reorder-window", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "How long an event waits in a session's reorder buffer before it is final, as Adobe's backend "
          + "holds events to sort them by ts; also how long after sessionEnd an earlier event is still taken "
          + "(default: ${DEFAULT-VALUE}).")
  void reorderWindow(Duration value) {
    settings.reorderWindow(value);
  }

  @Option(names = "--reorder-events", paramLabel = "N",
      description = "Unsettled events a session's reorder buffer holds; beyond it the earliest settles; 0 judges "
          + "events in arrival order (default: ${DEFAULT-VALUE}).")
  void reorderEvents(int value) {
    settings.reorderEvents(value);
  }

  @Option(names = "--settle-window", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "How long the answer to an event waits for a request still in flight that could cure its "
          + "finding (an adStart sent with its adBreakStart); 0ms answers at once (default: ${DEFAULT-VALUE}).")
  void settleWindow(Duration value) {
    settings.settleWindow(value);
  }

  @Option(names = "--delay", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Delay every answer by this much (WireMock's global fixed delay), e.g. 3s.")
  Duration delay;

  @Option(names = "--journal-entries", paramLabel = "N",
      description = "Requests kept in WireMock's own request journal (/__admin/requests); 0 turns it off "
          + "(default: ${DEFAULT-VALUE}: the mock records every session itself, and WireMock recounts a bounded "
          + "journal on every request).")
  int journalEntries;

  @Option(names = "--journal-file", paramLabel = "FILE",
      description = "Append every recorded request to FILE as it is recorded (one JSON line each), so that after a "
          + "crash `verify --journal FILE` works; started again with the same FILE, the mock first restores the "
          + "sessions it holds.")
  Path journalFile;

  @Option(names = "--root-dir", defaultValue = ".", paramLabel = "DIR",
      description = "WireMock root folder: extra stubs from DIR/mappings, files from DIR/__files "
          + "(default: ${DEFAULT-VALUE}).")
  Path rootDir;

  @Option(names = "--container-threads", paramLabel = "N",
      description = "Most request threads; a connection holds one only while its request is answered "
          + "(default: ${DEFAULT-VALUE}).")
  void containerThreads(int value) {
    limits.threads(value);
  }

  @Option(names = "--accept-queue", paramLabel = "N",
      description = "Connections queued before the mock accepts them, capped by net.core.somaxconn "
          + "(default: ${DEFAULT-VALUE}).")
  void acceptQueue(int value) {
    limits.acceptQueue(value);
  }

  @Option(names = "--header-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "A request's line and headers must arrive within this, else 408 and the connection is closed "
          + "(default: ${DEFAULT-VALUE}).")
  void headerTimeout(Duration value) {
    limits.headerTimeout(value);
  }

  @Option(names = "--idle-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Close a connection that sends and reads nothing for this long (default: ${DEFAULT-VALUE}).")
  void idleTimeout(Duration value) {
    limits.idleTimeout(value);
  }

  @Option(names = "--min-data-rate", paramLabel = "BYTES_PER_SECOND",
      description = "Slowest a body may arrive and an answer be read, else 408 or a close; 0 for no minimum "
          + "(default: ${DEFAULT-VALUE}).")
  void minDataRate(long bytesPerSecond) {
    limits.minDataRate(bytesPerSecond);
  }

  @Option(names = "--shutdown-grace", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "On SIGTERM or Ctrl-C, let answers in flight finish for up to this long, then exit 0 "
          + "(default: ${DEFAULT-VALUE}).")
  void shutdownGrace(Duration value) {
    limits.shutdownGrace(value);
  }

  @Option(names = "--verbose", description = "Log every request and answer (WireMock's verbose mode).")
  boolean verbose;

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
    MockSettings settings = this.settings.build();
    SchemaCatalog schemas = schemaFolder == null ? SchemaCatalog.bundled() : SchemaCatalog.fromFolder(schemaFolder);
    PinnableClock clock = new PinnableClock();
    MediaCollectionExtension extension = new MediaCollectionExtension(settings, schemas, new MockClock(clock));
    String journal = journalFile == null ? null : restore(extension, clock);
    MediaCollectionMock mock = MediaCollectionMock.start(wireMock(), extension, adminAccess(), serverLimits());
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
          + mock.server().httpsPort() + " (WireMock's self-signed certificate)");
    }
    out.println("  schemas:   " + schemas.origin());
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
    out.flush();
    return mock;
  }

  private boolean loopback() {
    try {
      return java.net.InetAddress.getByName(bindAddress).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  ServerLimits serverLimits() {
    return limits.build();
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
