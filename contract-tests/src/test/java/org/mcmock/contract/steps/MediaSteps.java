package org.mcmock.contract.steps;

import io.cucumber.java.en.Given;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.mcmock.client.PingSchedule;
import org.mcmock.client.SessionRecovery;
import org.mcmock.contract.viewing.Cells;

/** What is being watched, and how the player is set up. */
public final class MediaSteps {

  private final Playback playback;

  public MediaSteps(Playback playback) {
    this.playback = playback;
  }

  @Given("the video {string}, a VOD of {double} seconds")
  public void vod(String name, double length) {
    playback.media.vod(name, length);
  }

  @Given("the live stream {string}")
  public void live(String name) {
    playback.media.live(name);
  }

  @Given("its ads:")
  public void ads(List<Map<String, String>> rows) {
    rows.forEach(row -> playback.media.ad(Cells.required(row, "ad"), Cells.required(row, "id"),
        Cells.number(row, "length"), (int) Cells.number(row, "position")));
  }

  @Given("its chapters:")
  public void chapters(List<Map<String, String>> rows) {
    rows.forEach(row -> playback.media.chapter(Cells.required(row, "chapter"), (int) Cells.number(row, "index"),
        Cells.number(row, "offset"), Cells.number(row, "length")));
  }

  @Given("the sessionStart also carries:")
  public void params(Map<String, String> params) {
    params.forEach(playback.media::param);
  }

  @Given("the session's custom metadata:")
  public void customMetadata(Map<String, String> metadata) {
    metadata.forEach(playback.media::customMetadata);
  }

  @Given("the player pings every {int} second(s) inside ads")
  public void adPings(int seconds) {
    playback.pings(PingSchedule.live(Duration.ofSeconds(seconds)));
  }

  @Given("a player whose timer pings every {int} seconds")
  public void pingsEvery(int seconds) {
    playback.pings(new PingSchedule(Duration.ofSeconds(seconds), Duration.ofSeconds(seconds)));
  }

  /** By default the reference client starts a new session on 404 or 410, as Adobe's docs ask of players. */
  @Given("a player that does not start a new session after a 404 or 410")
  public void keepsItsSession() {
    playback.recovery(SessionRecovery.none());
  }
}
