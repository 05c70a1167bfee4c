package org.mcmock.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import org.mcmock.MediaCollectionMock;
import org.mcmock.verify.FeatureTimelines;
import org.mcmock.verify.Journal;

/**
 * What a test sees of the mock {@link MediaCollectionMockExtension} runs: where it listens, and assertions on
 * what it recorded. The extension is itself the handle, so a {@code @RegisterExtension} field and a parameter of
 * this type, injected by {@link MediaCollectionMockTest @MediaCollectionMockTest}, read the same:
 *
 * <pre>{@code
 * @MediaCollectionMockTest
 * class PlayerTest {
 *   @Test
 *   void reportsTheViewing(MediaCollectionMockHandle mock) {
 *     player.reportTo(mock.baseUrl()).play();   // the player posts to mock.sessionsUrl()
 *     mock.awaitSessionEnd(Duration.ofSeconds(10));
 *     mock.assertThatSessions().count(1).answered(201, 204).followTimeline("Timeline 2");
 *   }
 * }
 * }</pre>
 */
public interface MediaCollectionMockHandle {

  /**
   * The running mock: its {@link MediaCollectionMock#sessions() sessions}, mode and clock, and its WireMock
   * server for stubs of one's own.
   *
   * @throws IllegalStateException outside a test, when no mock is running
   */
  MediaCollectionMock runningMock();

  /** The expected timelines {@link SessionsAssert#followTimeline(String)} names: the bundled features by default. */
  FeatureTimelines timelines();

  /**
   * Where a failed {@link SessionsAssert#followTimeline(String) followTimeline} writes its verdict as an HTML page
   * (the timeline chart and the mistakes; the failure message names it): {@code
   * target/mcmock-reports/<TestClass>.<testMethod>.html} under the extension, where the test is known.
   */
  default Path reportFile() {
    return Path.of("target", "mcmock-reports", "sessions.html");
  }

  /** {@code http://localhost:<port>}, no trailing slash: the base URL a player takes instead of Adobe's. */
  default String baseUrl() {
    return runningMock().baseUrl();
  }

  default int port() {
    return runningMock().port();
  }

  /** {@code <baseUrl>/api/v1/sessions}, where a player posts its sessionStart. */
  default String sessionsUrl() {
    return baseUrl() + "/api/v1/sessions";
  }

  /**
   * Assertions on what the mock has recorded so far, read once from its journal ({@code GET
   * /__admin/media-collection/journal}, as {@code java -jar mcmock.jar verify} reads it).
   *
   * @throws UncheckedIOException when the journal cannot be read
   */
  default SessionsAssert assertThatSessions() {
    try {
      return new SessionsAssert(Journal.fetch(baseUrl()), timelines(), reportFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the journal of the mock at " + baseUrl() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Waits until the player's newest session has ended: {@code sessionEnd} arrived, it timed out, or {@code
   * sessionComplete} arrived and nothing came for 2 s since. Polls the mock's
   * sessions every few milliseconds, so a player that plays on its own clock is checked as soon as it is done.
   *
   * @return this handle, to go on with {@link #assertThatSessions()}
   * @throws AssertionError when the session has not ended within {@code timeout}, saying where it is
   */
  default MediaCollectionMockHandle awaitSessionEnd(Duration timeout) {
    SessionEnd.await(runningMock().sessions(), timeout);
    return this;
  }
}
