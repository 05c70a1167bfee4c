package org.mcmock.junit;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.mcmock.MediaCollectionMock;
import org.mcmock.config.MockSettings;
import org.mcmock.verify.FeatureTimelines;

/**
 * One started mock and the timelines its assertions name: the single lifecycle every test uses. {@link
 * MediaCollectionMockExtension} keeps it in JUnit's {@code ExtensionContext.Store}, which closes it (JUnit closes
 * the {@link AutoCloseable} values of a store) when the class or the test that started it is done; a runner
 * without JUnit Jupiter (Cucumber) holds one for its whole run and closes it at the end.
 */
public final class RunningMock implements AutoCloseable {

  private final MediaCollectionMock mock;
  private final FeatureTimelines timelines;

  private RunningMock(MediaCollectionMock mock, FeatureTimelines timelines) {
    this.mock = mock;
    this.timelines = timelines;
  }

  /**
   * Reads the features (none: the bundled ones, read when first named), then starts the mock.
   *
   * @param options WireMock's options (port, journal), or {@code null} for a random port and WireMock's journal off
   * @param features a folder of {@code .feature} files, or {@code null}
   */
  public static RunningMock start(WireMockConfiguration options, MockSettings settings, Path features) {
    FeatureTimelines timelines = features == null ? null : timelinesIn(features);
    MediaCollectionMock mock = options == null ? MediaCollectionMock.start(settings)
        : MediaCollectionMock.start(options, settings);
    return new RunningMock(mock, timelines);
  }

  /** A mock with WireMock's options and the default settings, as the contract tests and the features run it. */
  public static RunningMock start(WireMockConfiguration options) {
    return start(options, MockSettings.defaults(), null);
  }

  public MediaCollectionMock mock() {
    return mock;
  }

  /** The timelines read from the folder given, or the bundled ones. */
  public FeatureTimelines timelines() {
    return timelines != null ? timelines : bundledTimelines();
  }

  /** Between tests: what {@code POST /__admin/media-collection/reset} resets (sessions, clock, mode, faults). */
  public void reset() {
    mock.reset();
  }

  @Override
  public void close() {
    mock.close();
  }

  private static FeatureTimelines timelinesIn(Path features) {
    try {
      return FeatureTimelines.in(features);
    } catch (IOException | IllegalArgumentException e) {
      throw new ExtensionConfigurationException("MediaCollectionMockExtension.features(" + features + "): "
          + e.getMessage(), e);
    }
  }

  /** The bundled timelines, read once ({@link FeatureTimelines#bundled}), when a test first names one. */
  static FeatureTimelines bundledTimelines() {
    return FeatureTimelines.bundled();
  }
}
