package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.contract.Checks.hasStatus;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Adobe's Timeline 2 "user abandons session" (seed 003), request by request. */
class UserAbandonsSessionWalkthroughTest {

  @RegisterExtension static final MockBackend mock = new MockBackend();

  @Test
  void everyRequestOfTheTimelineIsAccepted() {
    String sid = playTimeline2();

    JsonPath view = mock.admin().session(sid);
    assertThat(view.getInt("requests.accepted")).as("sessionStart and all 14 events must be applied").isEqualTo(15);
    assertThat(view.getString("state")).as("sessionEnd must leave the session ended").isEqualTo("ended");
  }

  @Test
  void pingAfterTheUserClosedTheAppGets410() {
    String sid = playTimeline2();

    hasStatus(mock.sendEvent(sid, Payloads.timeline2LatePing()), 410, "a ping after Timeline 2's sessionEnd");
  }

  private static String playTimeline2() {
    String sid = mock.openSession(Payloads.timeline2SessionStart());
    for (Payloads.Step step : Payloads.timeline2Events()) {
      hasStatus(mock.sendEvent(sid, step.body()), 204, "Timeline 2, action " + step.action());
    }
    return sid;
  }
}
