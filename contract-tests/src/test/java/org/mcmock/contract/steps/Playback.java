package org.mcmock.contract.steps;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.mcmock.client.Answer;
import org.mcmock.client.DownloadedBatch;
import org.mcmock.client.Exchange;
import org.mcmock.client.HttpTransport;
import org.mcmock.client.LiveSession;
import org.mcmock.client.PingSchedule;
import org.mcmock.client.SessionRecovery;
import org.mcmock.contract.MockBackend;
import org.mcmock.contract.viewing.MediaCatalogue;
import org.mcmock.contract.viewing.Viewer;
import org.mcmock.contract.viewing.ViewingStep;

/**
 * One scenario's player: what it knows about the media, the viewer playing it with the reference client, and
 * the last answer to a request a step sent by hand. Shared by the step classes through picocontainer.
 */
public final class Playback {

  private static final Duration ANSWER_WAIT = Duration.ofSeconds(10);

  final MediaCatalogue media = new MediaCatalogue();
  private final MockBackend backend;
  private final HttpTransport transport;
  private PingSchedule pings = PingSchedule.live();
  private SessionRecovery recovery = SessionRecovery.resume();
  private Viewer viewer;
  private LiveSession live;
  private DownloadedBatch batch;
  private Answer lastAnswer;
  private String sid;

  public Playback(MockUnderTest mock) {
    this.backend = mock.backend();
    this.transport = new HttpTransport(backend.baseUrl());
  }

  MockBackend backend() {
    return backend;
  }

  void pings(PingSchedule schedule) {
    pings = schedule;
  }

  void recovery(SessionRecovery chosen) {
    recovery = chosen;
  }

  /** Streams the rows to the mock as they happen, and waits until every request has its answer. */
  void watch(List<ViewingStep> steps) {
    if (viewer == null) {
      live = new LiveSession(transport, recovery);
      viewer = Viewer.streaming(media, pings, live);
    }
    viewer.watch(steps);
    awaitAnswers();
  }

  /** Plays the rows with nothing sent: the client stores them for one upload. */
  void watchOffline(List<ViewingStep> steps) {
    if (viewer == null) {
      batch = new DownloadedBatch();
      viewer = Viewer.offline(media, batch);
    }
    viewer.watch(steps);
  }

  void waits(Duration duration) {
    viewer().waits(duration);
    awaitAnswers();
  }

  private void awaitAnswers() {
    if (live != null) {
      live.awaitAnswers(ANSWER_WAIT);
      live.sid().ifPresent(value -> sid = value);
    }
  }

  Viewer viewer() {
    if (viewer == null) {
      throw new IllegalStateException("no viewer has watched anything yet in this scenario");
    }
    return viewer;
  }

  DownloadedBatch batch() {
    if (batch == null) {
      throw new IllegalStateException("nothing was watched offline in this scenario");
    }
    return batch;
  }

  /** What the reference client sent and got back, in order. */
  List<Exchange> exchanges() {
    return live == null ? List.of() : live.exchanges();
  }

  /** The player's clock now, or the timelines' start when nothing has been watched. */
  long playerMillis() {
    return viewer == null ? Viewer.START : viewer.millis();
  }

  double playhead() {
    return viewer == null ? 0 : viewer.playhead();
  }

  /** Sends {@code body} to {@code path} by hand and keeps the answer; a 201 makes its session the scenario's. */
  Answer send(String path, String body) {
    return answered(transport.post(path, body));
  }

  /** Keeps an upload's or a hand-sent request's answer. */
  Answer answered(CompletableFuture<Answer> pending) {
    try {
      lastAnswer = pending.get(ANSWER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("no answer within " + ANSWER_WAIT, e);
    }
    lastAnswer.header("Location").filter(location -> lastAnswer.status() == 201)
        .ifPresent(location -> sid = location.substring(location.lastIndexOf('/') + 1));
    return lastAnswer;
  }

  Answer lastAnswer() {
    if (lastAnswer == null) {
      throw new IllegalStateException("no request was sent by hand in this scenario yet");
    }
    return lastAnswer;
  }

  HttpTransport transport() {
    return transport;
  }

  /** The scenario's session: the client's, or the last one a hand-sent request opened. */
  String sid() {
    if (sid == null) {
      throw new IllegalStateException("no session has been opened in this scenario; requests so far: "
          + new ArrayList<>(exchanges()));
    }
    return sid;
  }
}
