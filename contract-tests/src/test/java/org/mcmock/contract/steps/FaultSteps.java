package org.mcmock.contract.steps;

import io.cucumber.java.en.Given;
import java.util.LinkedHashMap;
import java.util.Map;

/** Failures the backend is told to have, through the mock's fault injection. */
public final class FaultSteps {

  private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4);

  private final Playback playback;

  public FaultSteps(Playback playback) {
    this.playback = playback;
  }

  @Given("the backend answers the sessionStart {int} seconds late")
  public void lateSessionStart(int seconds) {
    Map<String, Object> fault = new LinkedHashMap<>();
    fault.put("on", "sessionStart");
    fault.put("delay", seconds + "s");
    playback.backend().admin().injectFault(fault);
  }

  @Given("^the backend answers the (first|second|third|fourth) (\\w+) with (\\d{3})$")
  public void answers(String ordinal, String eventType, int status) {
    Map<String, Object> fault = new LinkedHashMap<>();
    fault.put("on", eventType);
    fault.put("occurrence", ORDINALS.get(ordinal));
    fault.put("status", status);
    playback.backend().admin().injectFault(fault);
  }
}
