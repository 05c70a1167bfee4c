package org.mcmock.contract.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.mcmock.contract.Admin;
import org.mcmock.contract.viewing.Bodies;
import org.mcmock.contract.viewing.Cells;
import org.mcmock.contract.viewing.RecordedFindings;
import org.mcmock.contract.viewing.RecordedTimeline;
import org.mcmock.contract.viewing.SummaryFigures;

/** What the backend recorded, read back through the mock's admin API. */
public final class RecordSteps {

  private final Playback playback;

  public RecordSteps(Playback playback) {
    this.playback = playback;
  }

  private Admin admin() {
    return playback.backend().admin();
  }

  @Then("the backend recorded:")
  public void recorded(List<Map<String, String>> expected) {
    List<Map<String, Object>> events = admin().session(playback.sid()).getList("events");
    RecordedTimeline.differences(expected, events).ifPresent(diff -> {
      throw new AssertionError(diff);
    });
  }

  @Then("the session is {string}")
  public void state(String state) {
    assertThat(admin().session(playback.sid()).getString("state")).as("state of session %s", playback.sid())
        .isEqualTo(state);
  }

  /** The oldest session the mock holds, when a player has had to start another. */
  @Then("the first session timed out: {string}")
  public void firstTimedOut(String reason) {
    List<Map<String, Object>> sessions = admin().sessions().getList("sessions");
    assertThat(sessions).as("sessions the mock holds").isNotEmpty();
    assertThat(sessions.get(0)).as("the first session").containsEntry("state", "timed-out")
        .containsEntry("closeReason", reason);
  }

  @Then("the mock found no error")
  public void noError() {
    JsonPath findings = admin().sessionFindings(playback.sid(), Map.of("severity", "error"));
    assertThat(findings.getList("findings", Map.class)).as("error findings of session %s", playback.sid()).isEmpty();
  }

  @Then("the mock found:")
  public void found(List<Map<String, String>> expected) {
    JsonPath session = admin().session(playback.sid());
    List<Map<String, Object>> findings = session.getList("findings");
    assertThat(RecordedFindings.recorded(findings, session.getList("events")))
        .as("findings of session %s (event, request, rule, severity); messages: %s", playback.sid(),
            findings.stream().map(f -> f.get("message")).toList())
        .containsExactlyElementsOf(RecordedFindings.expected(expected));
  }

  @Then("the summary shows:")
  public void summary(List<Map<String, String>> figures) {
    JsonPath summary = admin().summary(playback.sid());
    figures.forEach(row -> {
      String figure = Cells.required(row, "figure");
      assertThat(SummaryFigures.text(summary.get(SummaryFigures.path(figure))))
          .as("summary figure '%s' of session %s: %s", figure, playback.sid(), summary.prettify())
          .isEqualTo(Cells.required(row, "value"));
    });
  }

  @Then("the sessionStart carried:")
  public void sessionStartCarried(Map<String, String> fields) {
    carried("sessionStart", fields);
  }

  /** The first recorded event of that type carried these values; keys are paths in its body. */
  @Then("the {string} carried:")
  public void carried(String eventType, Map<String, String> fields) {
    List<Map<String, Object>> events = admin().session(playback.sid()).getList("events");
    Map<String, Object> event = events.stream().filter(e -> eventType.equals(e.get("eventType"))).findFirst()
        .orElseThrow(() -> new AssertionError("the session recorded no " + eventType + "; it recorded "
            + events.stream().map(e -> e.get("eventType")).toList()));
    fields.forEach((path, value) -> assertThat(SummaryFigures.text(Bodies.at(event.get("body"), path)))
        .as("%s of the recorded %s: %s", path, eventType, event.get("body")).isEqualTo(value));
  }

  @Then("the mock recorded no session")
  public void noSession() {
    assertThat(admin().sessions().getInt("total")).as("sessions the mock knows").isZero();
  }

  @Then("the mock lists the batch as rejected, naming {string}")
  public void rejected(String path) {
    JsonPath batches = admin().rejectedBatches();
    assertThat(batches.getList("batches.errors.path").toString()).as("errors of the rejected batches: %s",
        batches.prettify()).contains(path);
  }
}
