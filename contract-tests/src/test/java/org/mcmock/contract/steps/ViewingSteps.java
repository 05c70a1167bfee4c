package org.mcmock.contract.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;
import org.mcmock.client.DownloadedBatch;
import org.mcmock.client.LiveSession;
import org.mcmock.contract.viewing.Batches;
import org.mcmock.contract.viewing.ViewingStep;

/** The viewer watching with the reference client, streamed or offline. */
public final class ViewingSteps {

  private final Playback playback;

  public ViewingSteps(Playback playback) {
    this.playback = playback;
  }

  @Given("the viewer has watched:")
  @When("the viewer watches:")
  public void watches(List<ViewingStep> steps) {
    playback.watch(steps);
  }

  @When("the viewer watches offline:")
  public void watchesOffline(List<ViewingStep> steps) {
    playback.watchOffline(steps);
  }

  @When("{int} more seconds pass")
  public void secondsPass(int seconds) {
    playback.waits(Duration.ofSeconds(seconds));
  }

  /** Each minute of player time (six pings), the mock's clock moves on a minute too. */
  @When("the player stays paused for {int} minutes, the mock's clock keeping pace")
  public void staysPaused(int minutes) {
    for (int minute = 0; minute < minutes; minute++) {
      playback.waits(Duration.ofMinutes(1));
      playback.backend().admin().advanceClock("1m");
    }
  }

  @When("the player uploads the stored viewing to \\/api\\/v1\\/downloaded")
  public void uploads() {
    playback.answered(playback.batch().upload(playback.transport()));
  }

  @When("the player uploads the stored viewing in the deprecated form, to \\/api\\/v1\\/sessions")
  public void uploadsDeprecated() {
    playback.answered(playback.batch().uploadDeprecated(playback.transport()));
  }

  @When("the stored viewing goes to \\/api\\/v1\\/downloaded with the {string} playhead written as {string}")
  public void uploadsBroken(String eventType, String playhead) {
    playback.send(DownloadedBatch.DOWNLOADED_PATH, Batches.withPlayhead(playback.batch().body(), eventType, playhead));
  }

  @When("the stored viewing is posted to \\/api\\/v1\\/sessions without media.downloaded")
  public void postsWithoutFlag() {
    playback.send(LiveSession.SESSIONS_PATH, playback.batch().body());
  }
}
