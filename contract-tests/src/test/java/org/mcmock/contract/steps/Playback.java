package org.mcmock.contract.steps;

import io.cucumber.java.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.mcmock.contract.players.ApiUnderTest;
import org.mcmock.contract.players.CommandPlayer;
import org.mcmock.contract.players.FeatureNames;
import org.mcmock.contract.players.PlayerUnderTest;
import org.mcmock.contract.players.Seams;
import org.mcmock.contract.players.SessionEndWatch;
import org.mcmock.contract.viewing.MediaCatalogue;
import org.mcmock.contract.viewing.Viewer;
import org.mcmock.contract.viewing.ViewingStep;
import org.opentest4j.TestAbortedException;

/**
 * One scenario's player: what it knows about the media, the viewer playing it with the reference client, and
 * the last answer to a request a step sent by hand. Shared by the step classes through picocontainer.
 */
public final class Playback {

  private static final Duration ANSWER_WAIT = Duration.ofSeconds(10);
  /**
   * How long a player stays open after its session's last request: a player that forgets to stop its ping
   * timer shows it then. The reference client sends nothing more.
   */
  private static final Duration LINGER = Duration.ofSeconds(30);
  private static final Seams REFERENCE = new Seams() {};
  private static final Set<String> SESSION_ENDS = Set.of("sessionEnd", "sessionComplete");

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
  private final PlayerUnderTest player = PlayerUnderTest.current();
  private boolean playerScenario;
  private String scenarioName = "";

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

  /**
   * Learns which scenario runs. A {@code @player} scenario is played by the player under test; the others
   * test the mock itself with the reference client, and are skipped when the player is a command, as are
   * {@code @in-process} ones, which move the player's clock.
   */
  void starts(Scenario scenario) {
    playerScenario = scenario.getSourceTagNames().contains("@player");
    scenarioName = FeatureNames.scenario(scenario.getUri(), scenario.getName());
    if (player.command().isPresent() && !playerScenario) {
      throw new TestAbortedException("not a @player scenario: it tests the mock with the reference client, so "
          + player + " does not play it");
    }
    if (playerScenario && player.strict()) {
      backend.admin().switchMode("strict");
    }
    if (player.command().isPresent() && scenario.getSourceTagNames().contains("@in-process")) {
      throw new TestAbortedException("an @in-process scenario: it moves the player's clock, which only an"
          + " in-process player lets a test do");
    }
  }

  void recovery(SessionRecovery chosen) {
    recovery = chosen;
  }

  /** "Feature name: Scenario name", as {@code verify} and a command player know the scenario. */
  String scenarioName() {
    return scenarioName;
  }

  /**
   * Streams the rows to the mock as they happen, and waits until every request has its answer. In a
   * {@code @player} scenario the player under test plays them: a command plays the scenario its own way.
   */
  void watch(List<ViewingStep> steps) {
    if (playerScenario && player.command().isPresent()) {
      playCommand(player.command().get());
      return;
    }
    if (viewer == null) {
      Seams seams = playerScenario ? player.seams() : REFERENCE;
      LiveSession session = seams.session(seams.transport(player.recorded(scenarioName,
          playerScenario ? ApiUnderTest.wire(transport) : transport)), recovery);
      live = session;
      PingSchedule schedule = seams.pings(pings);
      viewer = Viewer.streaming(media, schedule,
          (clock, playhead) -> seams.tracking(seams.sink(session, clock, playhead), clock, playhead, schedule));
    }
    viewer.watch(steps);
    if (playerScenario && !steps.isEmpty() && SESSION_ENDS.contains(steps.get(steps.size() - 1).request())) {
      viewer.waits(LINGER);
    }
    awaitAnswers();
  }

  private void playCommand(String command) {
    CommandPlayer.Run run;
    try {
      run = new CommandPlayer(command, CommandPlayer.timeoutFromProperty(), CommandPlayer.repositoryRoot(),
          Path.of("target", "players")).play(backend.baseUrl(), scenarioName,
          new SessionEndWatch(backend.admin())::ended);
    } catch (IOException e) {
      throw new IllegalStateException("could not run the player `" + command + "`: " + e.getMessage(), e);
    }
    if (run.declined()) {
      throw new TestAbortedException("the player `" + command + "` does not play this scenario (it exited with "
          + CommandPlayer.DOES_NOT_PLAY + ")");
    }
    if (run.problem() != null) {
      throw new AssertionError(run.problem());
    }
    List<String> sids = backend.admin().sessions().getList("sessions.sid");
    sid = sids.isEmpty() ? null : sids.get(sids.size() - 1);
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
