package org.mcmock.junit;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.mcmock.MediaCollectionMock;
import org.mcmock.config.MockSettings;
import org.mcmock.verify.FeatureTimelines;

/**
 * Runs a {@link MediaCollectionMock} on a random port for JUnit 5 tests, as WireMock's {@code WireMockExtension}
 * runs a WireMock server: registered from a static field, one mock serves the whole class; from an instance
 * field, each test gets its own. Either way the mock is reset before each test (what {@code POST
 * /__admin/media-collection/reset} resets: sessions, clock, mode) and stopped after: it lives in JUnit's {@code
 * ExtensionContext.Store} of the class (or the test) that started it, which closes it when that scope ends.
 *
 * <pre>{@code
 * @RegisterExtension
 * static MediaCollectionMockExtension mock = MediaCollectionMockExtension.newInstance()
 *     .settings(MockSettings.builder().mode(Mode.STRICT).build())   // optional
 *     .build();
 *
 * @Test
 * void reportsTheViewing() {
 *   player.reportTo(mock.baseUrl()).play();
 *   mock.awaitSessionEnd(Duration.ofSeconds(10));
 *   mock.assertThatSessions().answered(201, 204).followTimeline("Timeline 2");
 * }
 * }</pre>
 *
 * Or declaratively, with {@link MediaCollectionMockTest @MediaCollectionMockTest} on the class and a {@link
 * MediaCollectionMockHandle} parameter. The extension is itself the handle: a field and a parameter read the same.
 * A class shares one mock between its tests, so they must not run concurrently.
 */
public final class MediaCollectionMockExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver,
    MediaCollectionMockHandle {

  private static final Namespace NAMESPACE = Namespace.create(MediaCollectionMockExtension.class);

  private final MockSettings settings;
  private final Path features;
  private final WireMockConfiguration options;
  /** The mock the store of the running class or test holds; set when it starts, cleared when JUnit closes it. */
  private volatile Started current;

  /** Default settings and the bundled features: what {@link MediaCollectionMockTest} registers. */
  public MediaCollectionMockExtension() {
    this(new Builder());
  }

  private MediaCollectionMockExtension(Builder builder) {
    this.settings = builder.settings;
    this.features = builder.features;
    this.options = builder.options;
  }

  /** The test running now ("Class.method"), which names the HTML report of a failed followTimeline. */
  private volatile String test;

  public static Builder newInstance() {
    return new Builder();
  }

  /** From a static field: one mock for the class, in the class's store, closed by JUnit after the last test. */
  @Override
  public void beforeAll(ExtensionContext context) {
    runningIn(context);
  }

  /**
   * The class's mock (or, from an instance field, one for this test alone, closed after it), reset: what {@code
   * POST /__admin/media-collection/reset} resets.
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    runningIn(context).reset();
    test = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
  }

  @Override
  public Path reportFile() {
    String name = test;
    return Path.of("target", "mcmock-reports", (name == null ? "sessions" : name) + ".html");
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == MediaCollectionMockHandle.class;
  }

  /** The handle is the extension: the mock it names is the one running when the test uses it. */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return this;
  }

  @Override
  public MediaCollectionMock runningMock() {
    return started().mock();
  }

  @Override
  public FeatureTimelines timelines() {
    Started started = current;
    return started != null ? started.timelines() : RunningMock.bundledTimelines();
  }

  private Started started() {
    Started started = current;
    if (started == null) {
      throw new IllegalStateException("No Media Collection mock is running: the extension starts one before each"
          + " test (before all of them when registered from a static field) and stops it after; use it from a"
          + " test, a @BeforeEach or a @AfterEach method");
    }
    return started;
  }

  /** The mock this extension keeps in this context's store or an enclosing one's, started there if none is. */
  private RunningMock runningIn(ExtensionContext context) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(this, key -> start(), Started.class).running;
  }

  private Started start() {
    Started started = new Started(RunningMock.start(options, settings, features));
    current = started;
    return started;
  }

  /** The store's value: JUnit closes it when the scope that started the mock ends. */
  private final class Started implements AutoCloseable {

    final RunningMock running;

    Started(RunningMock running) {
      this.running = running;
    }

    MediaCollectionMock mock() {
      return running.mock();
    }

    FeatureTimelines timelines() {
      return running.timelines();
    }

    @Override
    public void close() {
      if (current == this) {
        current = null;
      }
      running.close();
    }
  }

  /** How the mock runs: {@code MediaCollectionMockExtension.newInstance().settings(..).features(..).build()}. */
  public static final class Builder {

    private MockSettings settings = MockSettings.defaults();
    private Path features;
    private WireMockConfiguration options;

    private Builder() {}

    /**
     * WireMock's options, as {@code WireMockExtension.options(..)} takes them (e.g. {@code
     * wireMockConfig().dynamicPort()} to keep WireMock's request journal); a random port and the journal off unless
     * set.
     */
    public Builder options(WireMockConfiguration value) {
      options = Objects.requireNonNull(value, "options");
      return this;
    }

    /** The mock's settings: timeouts, caps, rule tolerances, mode ({@link MockSettings#defaults()} unless set). */
    public Builder settings(MockSettings value) {
      settings = Objects.requireNonNull(value, "settings");
      return this;
    }

    /**
     * Read the timelines {@link SessionsAssert#followTimeline(String)} names from this folder of {@code .feature}
     * files (and its sub-folders) instead of the bundled ones; read when the mock starts.
     */
    public Builder features(Path folder) {
      features = Objects.requireNonNull(folder, "features");
      return this;
    }

    public MediaCollectionMockExtension build() {
      return new MediaCollectionMockExtension(this);
    }
  }
}
