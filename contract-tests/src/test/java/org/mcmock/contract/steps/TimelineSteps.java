package org.mcmock.contract.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Then;
import java.io.IOException;
import org.mcmock.verify.ExpectedTimeline;
import org.mcmock.verify.Journal;
import org.mcmock.verify.TimelineCheck;
import org.mcmock.verify.Verdict;

/** What any player under test must have recorded, held against the scenario's expected timeline. */
public final class TimelineSteps {

  private final Playback playback;

  public TimelineSteps(Playback playback) {
    this.playback = playback;
  }

  @Before(order = 1)
  public void starts(Scenario running) {
    playback.starts(running);
  }

  @Then("the session follows the timeline:")
  @Then("the sessions follow the timeline:")
  public void follows(DataTable timeline) throws IOException {
    Verdict verdict = TimelineCheck.withDefaultTolerance().check(ExpectedTimeline.parse(playback.scenarioName(), timeline.cells()),
        Journal.fetch(playback.backend().baseUrl()));
    if (!verdict.passed()) {
      throw new AssertionError(verdict.report());
    }
  }
}
