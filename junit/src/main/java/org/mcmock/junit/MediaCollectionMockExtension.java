package org.mcmock.junit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.mcmock.MediaCollectionMock;
import org.mcmock.config.MockSettings;
import org.mcmock.verify.FeatureTimelines;

/**
 * Runs a {@link MediaCollectionMock} on a random port for JUnit 5 tests, as WireMock's {@code WireMockExtension}
 * runs a WireMock server: registered from a static field, one mock serves the whole class; from an instance
 * field, each test gets its own. Either way the mock is reset before each test (what {@code POST
 * /__admin/media-collection/reset} resets: sessions, clock, mode) and stopped after.
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
public final class MediaCollectionMockExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
    AfterAllCallback, ParameterResolver, MediaCollectionMockHandle {

  private final MockSettings settings;
  private final Path features;
  private volatile MediaCollectionMock running;
  private volatile FeatureTimelines timelines;
  /** The unique id of the JUnit context that started the mock, and so stops it. */
  private volatile String startedBy;

  /** Default settings and the bundled features: what {@link MediaCollectionMockTest} registers. */
  public MediaCollectionMockExtension() {
    this(new Builder());
  }

  private MediaCollectionMockExtension(Builder builder) {
    this.settings = builder.settings;
    this.features = builder.features;
  }

  public static Builder newInstance() {
    return new Builder();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    startUnlessRunning(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    startUnlessRunning(context);
    running.reset();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stopIfStartedBy(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stopIfStartedBy(context);
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
    MediaCollectionMock mock = running;
    if (mock == null) {
      throw new IllegalStateException("No Media Collection mock is running: the extension starts one before each"
          + " test (before all of them when registered from a static field) and stops it after; use it from a"
          + " test, a @BeforeEach or a @AfterEach method");
    }
    return mock;
  }

  @Override
  public FeatureTimelines timelines() {
    FeatureTimelines loaded = timelines;
    return loaded != null ? loaded : Bundled.TIMELINES;
  }

  private synchronized void startUnlessRunning(ExtensionContext context) {
    if (running != null) {
      return;
    }
    if (features != null) {
      try {
        timelines = FeatureTimelines.in(features);
      } catch (IOException | IllegalArgumentException e) {
        throw new ExtensionConfigurationException("MediaCollectionMockExtension.features(" + features + "): "
            + e.getMessage(), e);
      }
    }
    running = MediaCollectionMock.start(settings);
    startedBy = context.getUniqueId();
  }

  private synchronized void stopIfStartedBy(ExtensionContext context) {
    if (running != null && context.getUniqueId().equals(startedBy)) {
      running.close();
      running = null;
      startedBy = null;
    }
  }

  /** Read once, when a test first names a bundled timeline. */
  private static final class Bundled {
    static final FeatureTimelines TIMELINES = FeatureTimelines.bundled();
  }

  /** How the mock runs: {@code MediaCollectionMockExtension.newInstance().settings(..).features(..).build()}. */
  public static final class Builder {

    private MockSettings settings = MockSettings.defaults();
    private Path features;

    private Builder() {}

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
