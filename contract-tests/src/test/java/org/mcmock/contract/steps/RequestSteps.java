package org.mcmock.contract.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import org.mcmock.client.LiveSession;
import org.mcmock.contract.Payloads;

/** Requests sent by hand, as a mistaken player or a stray retry would send them, and the mock's own settings. */
public final class RequestSteps {

  /** Adobe's pages write this where the sample bodies need a ts; the steps put the player's clock there. */
  private static final String TIMESTAMP = "<timestamp>";

  private final Playback playback;

  public RequestSteps(Playback playback) {
    this.playback = playback;
  }

  @Given("the mock runs in {word} mode")
  public void mode(String mode) {
    playback.backend().admin().switchMode(mode);
  }

  @When("the player starts a session with this request:")
  public void startsWith(String body) {
    playback.send(LiveSession.SESSIONS_PATH, withTimestamp(body));
  }

  @When("the player sends this request to the session:")
  public void sendsToSession(String body) {
    playback.send(eventsPath(playback.sid()), withTimestamp(body));
  }

  @When("a late {string} reaches the session {int} seconds later")
  public void lateEvent(String eventType, int seconds) {
    String body = Payloads.event(eventType, playback.playhead(), playback.playerMillis() + seconds * 1000L);
    playback.send(eventsPath(playback.sid()), body);
  }

  @When("the player sends a {string} to the session {string}")
  public void sendsToUnknown(String eventType, String sid) {
    playback.send(eventsPath(sid), Payloads.event(eventType, 0, playback.playerMillis()));
  }

  @When("the player posts this to {string}:")
  public void postsTo(String path, String body) {
    playback.send(path, withTimestamp(body));
  }

  @When("nothing reaches the backend for {int} minutes")
  public void silence(int minutes) {
    playback.backend().admin().advanceClock(minutes + "m");
  }

  private String withTimestamp(String body) {
    return body.replace(TIMESTAMP, Long.toString(playback.playerMillis()));
  }

  private static String eventsPath(String sid) {
    return LiveSession.SESSIONS_PATH + "/" + sid + "/events";
  }
}
