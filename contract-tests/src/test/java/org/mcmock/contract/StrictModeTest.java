package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.contract.Checks.hasError;
import static org.mcmock.contract.Checks.hasStatus;
import static org.mcmock.contract.Checks.jsonMessage;
import static org.mcmock.contract.Payloads.T0;
import static org.mcmock.contract.Payloads.event;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Strict mode, switched on over the admin API: every request with an {@code error} finding gets a 400 that names
 * the rule and is not applied; everything else gets Adobe's answer, as in faithful mode.
 */
class StrictModeTest {

  @RegisterExtension static final MockBackend mock = new MockBackend();

  private static final String HEADER = "X-Media-Findings";

  @Test
  void mockStartsFaithful() {
    JsonPath mode = mock.admin().mode();

    assertThat(mode.getString("mode")).as("GET /mode: the default mode keeps Adobe's status codes")
        .isEqualTo("faithful");
    assertThat(mode.getString("startedAs")).as("GET /mode: the mode the mock was started in").isEqualTo("faithful");
  }

  @ParameterizedTest(name = "{0} /mode with mode strict switches to strict")
  @ValueSource(strings = {"PUT", "POST"})
  void modeCanBeSwitchedToStrict(String method) {
    Response answer = mock.admin().modeAnswer(method, "{\"mode\": \"strict\"}");

    hasStatus(answer, 200, method + " /mode {\"mode\": \"strict\"}");
    assertThat(answer.jsonPath().getString("mode")).as("the answer must show the new mode").isEqualTo("strict");
    assertThat(answer.jsonPath().getString("startedAs")).as("startedAs does not change").isEqualTo("faithful");
    assertThat(mock.admin().mode().getString("mode")).as("GET /mode after switching").isEqualTo("strict");
  }

  @ParameterizedTest(name = "PUT /mode with {0} gets 400 and keeps the mode")
  @ValueSource(strings = {"{\"mode\": \"lenient\"}", "{\"mode\": 1}", "{}", "strict", "[\"strict\"]"})
  void badModeBodyGets400AndKeepsTheMode(String body) {
    Response answer = mock.admin().modeAnswer("PUT", body);

    hasStatus(answer, 400, "PUT /mode with body " + body);
    assertThat(jsonMessage(answer, "PUT /mode with body " + body)).as("the message must say what to send")
        .contains("strict");
    assertThat(mock.admin().mode().getString("mode")).as("a refused PUT /mode must leave the mode as it was")
        .isEqualTo("faithful");
  }

  @Test
  void rulesListShowsTheModeInForce() {
    mock.admin().switchMode("strict");

    JsonPath rules = mock.admin().rules();

    assertThat(rules.getString("mode")).as("GET /rules after switching to strict").isEqualTo("strict");
    assertThat(rules.<Map<String, Object>>getList("rules"))
        .as("GET /rules must list AD_OUTSIDE_BREAK, the rule strict mode refuses here, as an error")
        .anySatisfy(r -> assertThat(r).containsEntry("id", "AD_OUTSIDE_BREAK").containsEntry("severity", "error")
            .containsKey("checks"));
  }

  @Test
  void resetBringsBackFaithful() {
    mock.admin().switchMode("strict");

    mock.admin().reset();

    assertThat(mock.admin().mode().getString("mode")).as("POST /reset must restore the mode the mock started in")
        .isEqualTo("faithful");
  }

  @Test
  void strictRefusesExactlyTheEventsFaithfulReportedAsErrors() {
    List<Payloads.Step> steps = Payloads.timeline2WithoutPreRollAdBreakStart();
    // a customMetadata key under media. is a warning: the sessionStart has only a warning
    String start = Payloads.with(Payloads.timeline2SessionStart(), "", "customMetadata", Map.of("media.note", "x"));
    String faithfulSid = send(start, steps).sid();
    JsonPath faithfulFindings = mock.admin().sessionFindings(faithfulSid);
    Set<Integer> errorIndexes = new TreeSet<>(
        mock.admin().sessionFindings(faithfulSid, Map.of("severity", "error")).<Integer>getList("findings.eventIndex"));
    Set<Integer> warningOnlyIndexes = new TreeSet<>(faithfulFindings.<Integer>getList("findings.eventIndex"));
    warningOnlyIndexes.removeAll(errorIndexes);
    assertThat(errorIndexes).as("faithful run: the timeline must have events with error findings").isNotEmpty();
    assertThat(warningOnlyIndexes).as("faithful run: the timeline must have events with only warnings")
        .isNotEmpty();
    mock.admin().reset();
    mock.admin().switchMode("strict");

    Sent strict = send(start, steps);

    hasStatus(strict.answers().get(0), 201, "strict mode, the sessionStart with only a warning");
    for (int i = 1; i < strict.answers().size(); i++) {
      int expected = errorIndexes.contains(i) ? 400 : 204;
      hasStatus(strict.answers().get(i), expected, "strict mode, event " + i + " (" + steps.get(i - 1).action()
          + "); faithful mode reported errors at " + errorIndexes + " and only warnings at " + warningOnlyIndexes);
    }
  }

  @Test
  void eventWithOnlyAWarningGets204InStrict() {
    mock.admin().switchMode("strict");
    String sid = mock.openSession();

    Response answer = mock.sendEvent(sid, Payloads.with(event("play", 0, T0 + 1000), "", "customMetadata",
        Map.of("note", "x")));

    hasStatus(answer, 204, "strict mode, a play with customMetadata (CUSTOM_METADATA_IGNORED, a warning)");
    assertThat(answer.header(HEADER)).as("the warning is still reported")
        .isEqualTo("1 warning: CUSTOM_METADATA_IGNORED at event 1");
  }

  @Test
  void refusedEventGets400NamingTheRule() {
    Response answer = strictAdStartOutsideABreak();

    Map<String, Object> error = hasError(answer, "", "AD_OUTSIDE_BREAK", "strict mode, adStart outside a break");
    assertThat(error).as("a rule's error has no expected or actual value").containsEntry("expected", null)
        .containsEntry("actual", null);
    assertThat(jsonMessage(answer, "strict 400")).as("the message must say the refusal comes from strict mode")
        .contains("strict mode");
    assertThat(answer.jsonPath().<Map<String, Object>>getList("findings"))
        .as("the 400 must list the findings, with rule, severity and event index")
        .anySatisfy(f -> assertThat(f).containsEntry("rule", "AD_OUTSIDE_BREAK").containsEntry("severity", "error")
            .containsEntry("eventIndex", 1).containsKey("message"));
    assertThat(answer.header(HEADER)).as("the 400 carries the findings summary too")
        .isEqualTo("1 error: AD_OUTSIDE_BREAK at event 1");
  }

  @Test
  void findingsOfTheStrict400HaveTheAdminApisShape() {
    Response answer = strictAdStartOutsideABreak();

    assertThat(answer.jsonPath().<Map<String, Object>>getList("findings"))
        .as("each finding in a strict 400 must have the shape of the admin API's findings")
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f).containsOnlyKeys("rule", "severity", "eventIndex", "message"));
  }

  @Test
  void refusedEventIsRecordedWith400ButNotApplied() {
    mock.admin().switchMode("strict");
    String sid = mock.openSession();

    hasStatus(mock.sendEvent(sid, Payloads.adStart(0, T0 + 1000)), 400, "strict mode, adStart outside a break");

    JsonPath view = mock.admin().session(sid);
    assertThat(view.getInt("events[1].status")).as("the refused adStart is recorded with the status it got")
        .isEqualTo(400);
    assertThat(view.getBoolean("events[1].applied")).as("the refused adStart is not applied").isFalse();
    assertThat(view.<String>getList("events[1].findings.rule")).as("the refused adStart keeps its findings")
        .contains("AD_OUTSIDE_BREAK");
    assertThat(mock.admin().summary(sid).getInt("ads.started")).as("summary.ads.started must not count it")
        .isZero();
  }

  @Test
  void refusedEventsAreLeftOutOfTheSessionSummary() {
    mock.admin().switchMode("strict");

    String sid = send(Payloads.timeline2SessionStart(), Payloads.timeline2WithoutPreRollAdBreakStart()).sid();

    JsonPath summary = mock.admin().summary(sid);
    assertThat(summary.getInt("ads.started")).as("strict: only the mid-roll adStart was applied; the pre-roll one"
        + " was refused").isEqualTo(1);
    assertThat(summary.getInt("ads.completed")).as("strict: the pre-roll adComplete was refused").isZero();
    assertThat(mock.admin().session(sid).getInt("requests.rejected"))
        .as("strict: the adStart, adComplete and adBreakComplete of the pre-roll were refused").isEqualTo(3);
  }

  @Test
  void sessionStartWithReservedCustomMetadataKeyGets400InStrictAndNoSession() {
    mock.admin().switchMode("strict");

    Response answer = mock.startSession(sessionStartWithReservedKey());

    hasStatus(answer, 400, "strict mode, a sessionStart with customMetadata {\"a.reserved\": \"x\"}");
    hasError(answer, "", "CUSTOM_METADATA_RESERVED_KEY", "strict mode, customMetadata a.reserved");
    assertThat(answer.header("Location")).as("a refused sessionStart must not hand out a session").isNull();
    assertThat(mock.admin().sessions().getInt("total")).as("a refused sessionStart must open no session").isZero();
  }

  @Test
  void sessionStartWithReservedCustomMetadataKeyGets201InFaithfulWithAnError() {
    Response answer = mock.startSession(sessionStartWithReservedKey());

    hasStatus(answer, 201, "faithful mode, a sessionStart with customMetadata {\"a.reserved\": \"x\"}");
    assertThat(answer.header(HEADER)).isEqualTo("1 error: CUSTOM_METADATA_RESERVED_KEY at event 0");
    assertThat(mock.admin().session(MockBackend.sidOf(answer)).<String>getList("events[0].findings.rule"))
        .as("the sessionStart (event 0) must carry its finding").containsExactly("CUSTOM_METADATA_RESERVED_KEY");
  }

  @Test
  void batchWithAnAdOutsideItsBreakGets201InFaithfulWithFindings() {
    Response answer = mock.sendDownloaded(Payloads.batch(Payloads.seedBatchWithAdOutsideBreak()));

    hasStatus(answer, 201, "faithful mode, the seed batch with an adStart and adComplete outside any break");
    assertThat(answer.header(HEADER)).as("both ads' findings, in the 201's header")
        .isEqualTo("2 errors: AD_OUTSIDE_BREAK at event 2; AD_OUTSIDE_BREAK at event 3");
    List<Map<String, Object>> findings = mock.admin().sessionFindings(MockBackend.sidOf(answer)).getList("findings");
    assertThat(findings.stream().map(f -> f.get("rule") + "@" + f.get("eventIndex")))
        .as("the recorded session's findings").containsExactly("AD_OUTSIDE_BREAK@2", "AD_OUTSIDE_BREAK@3");
  }

  @Test
  void batchWithAnAdOutsideItsBreakGets400InStrictAndNothingIsRecorded() {
    mock.admin().switchMode("strict");

    Response answer = mock.sendDownloaded(Payloads.batch(Payloads.seedBatchWithAdOutsideBreak()));

    hasStatus(answer, 400, "strict mode, the seed batch with an adStart and adComplete outside any break");
    hasError(answer, "/2", "AD_OUTSIDE_BREAK", "strict mode, the batch's adStart outside a break");
    hasError(answer, "/3", "AD_OUTSIDE_BREAK", "strict mode, the batch's adComplete outside a break");
    assertThat(mock.admin().sessions().getInt("total")).as("a batch refused in strict mode must record nothing")
        .isZero();
  }

  @Test
  void batchRefusedInStrictIsListedInRejectedBatches() {
    mock.admin().switchMode("strict");

    hasStatus(mock.sendDownloaded(Payloads.batch(Payloads.seedBatchWithAdOutsideBreak())), 400,
        "strict mode, a batch with an ad outside its break");

    JsonPath rejected = mock.admin().rejectedBatches();
    assertThat(rejected.getInt("total")).as("the refused batch must be kept in rejected-batches").isEqualTo(1);
    assertThat(rejected.getString("batches[0].path")).isEqualTo("/api/v1/downloaded");
    assertThat(rejected.<String>getList("batches[0].errors.path")).as("its reasons, pointing into the batch")
        .containsExactly("/2", "/3");
    assertThat(rejected.<String>getList("batches[0].errors.rule")).containsOnly("AD_OUTSIDE_BREAK");
  }

  private static String sessionStartWithReservedKey() {
    return Payloads.with(Payloads.sessionStart(), "", "customMetadata", Map.of("a.reserved", "x"));
  }

  /** The answers to a timeline, index i being event i (sessionStart is 0); statuses are the test's to check. */
  private record Sent(String sid, List<Response> answers) {}

  private static Sent send(String sessionStart, List<Payloads.Step> steps) {
    Response created = mock.startSession(sessionStart);
    hasStatus(created, 201, "the timeline's sessionStart");
    String sid = MockBackend.sidOf(created);
    List<Response> answers = new ArrayList<>(List.of(created));
    for (Payloads.Step step : steps) {
      answers.add(mock.sendEvent(sid, step.body()));
    }
    return new Sent(sid, answers);
  }

  /** In strict mode, an adStart with no open ad break: refused with 400. */
  private static Response strictAdStartOutsideABreak() {
    mock.admin().switchMode("strict");
    String sid = mock.openSession();
    Response answer = mock.sendEvent(sid, Payloads.adStart(0, T0 + 1000));
    hasStatus(answer, 400, "strict mode, an adStart with no open ad break");
    return answer;
  }
}
