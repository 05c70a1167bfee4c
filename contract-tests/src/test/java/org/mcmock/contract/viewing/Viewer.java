package org.mcmock.contract.viewing;

import java.time.Duration;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.mcmock.client.DownloadedBatch;
import org.mcmock.client.EventSink;
import org.mcmock.client.LiveSession;
import org.mcmock.client.MediaTracker;
import org.mcmock.client.PingSchedule;
import org.mcmock.client.SimulatedClock;

/**
 * Someone watching with the reference client: plays a timeline's rows on the player's simulated clock, so the
 * client pings on its own between rows, with the playhead where a playing video would have it.
 */
public final class Viewer {

  /** The first ts of every timeline: the seed's downloaded session, 2018-06-26T07:25:23.478Z. */
  public static final long START = 1_529_997_923_478L;

  private final SimulatedClock clock = new SimulatedClock(START);
  private final PlayheadModel playhead = new PlayheadModel();
  private final MediaCatalogue media;
  private final MediaTracker tracker;

  /** Builds where a viewer's tracker puts its events, given the player's clock and playhead. */
  @FunctionalInterface
  public interface Sinks {
    EventSink sink(SimulatedClock clock, DoubleSupplier playhead);
  }

  private Viewer(MediaCatalogue media, PingSchedule pings, Sinks sinks) {
    this.media = media;
    DoubleSupplier now = () -> playhead.at(clock.millis());
    this.tracker = new MediaTracker(clock, now, pings, sinks.sink(clock, now));
  }

  /** Watching a stream: every request goes to the backend as it happens. */
  public static Viewer streaming(MediaCatalogue media, PingSchedule pings, LiveSession session) {
    return streaming(media, pings, (clock, playhead) -> session);
  }

  /** Watching a stream through a client whose events may go through more hands than the session's. */
  public static Viewer streaming(MediaCatalogue media, PingSchedule pings, Sinks sinks) {
    return new Viewer(media, pings, sinks);
  }

  /** Watching downloaded content: the requests are stored for one upload later. */
  public static Viewer offline(MediaCatalogue media, DownloadedBatch batch) {
    return new Viewer(media, PingSchedule.downloaded(), (clock, playhead) -> batch);
  }

  /** Plays the rows in order; their seconds count from the session's start and never go back. */
  public void watch(List<ViewingStep> steps) {
    for (ViewingStep step : steps) {
      long at = START + step.millis();
      if (at < clock.millis()) {
        throw new IllegalArgumentException("the timeline goes back in time at " + step);
      }
      clock.advanceTo(at);
      playhead.row(at, step.playhead(), step.request());
      if ("sessionStart".equals(step.request())) {
        tracker.sessionStart(media.dataFor(step));
      } else {
        tracker.track(step.request(), media.dataFor(step));
      }
    }
  }

  /** Time goes on with nobody touching the player; the client keeps pinging. */
  public void waits(Duration duration) {
    clock.advanceBy(duration);
  }

  /** The player's clock now: what its next request writes as {@code playerTime.ts}. */
  public long millis() {
    return clock.millis();
  }

  /** The player's playhead now. */
  public double playhead() {
    return playhead.at(clock.millis());
  }
}
