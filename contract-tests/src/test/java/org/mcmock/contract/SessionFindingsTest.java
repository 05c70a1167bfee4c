package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.contract.Checks.hasStatus;
import static org.mcmock.contract.Checks.jsonMessage;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session rules in the default (faithful) mode: Adobe's answers unchanged, and what the player did wrong kept as
 * findings, on the session, on the event, in {@code X-Media-Findings} and behind the admin API's filters.
 */
class SessionFindingsTest {

  @RegisterExtension static final MockBackend mock = new MockBackend();

  static final String HEADER = "X-Media-Findings";

  /** Where Timeline 2 without its pre-roll adBreakStart breaks the rules, by event index (sessionStart is 0). */
  static final List<String> NO_PRE_ROLL_BREAK_ERRORS =
      List.of("AD_OUTSIDE_BREAK@1", "AD_OUTSIDE_BREAK@3", "AD_BREAK_NOT_STARTED@4");

  @Test
  void everyAnswerToTimeline2HasNoErrorInItsFindingsHeader() {
    Played played = play(Payloads.timeline2SessionStart(), Payloads.timeline2Events());

    for (int i = 0; i < played.answers().size(); i++) {
      Response answer = played.answers().get(i);
      hasStatus(answer, i == 0 ? 201 : 204, "Timeline 2, " + played.action(i));
      assertThat(answer.header(HEADER))
          .as("Timeline 2 is Adobe's own sample: the answer to %s must carry %s 'none' or a summary without"
              + " errors", played.action(i), HEADER)
          .isNotNull()
          .satisfiesAnyOf(
              value -> assertThat(value).isEqualTo("none"),
              value -> assertThat(value).doesNotContainPattern("\\berrors?\\b"));
    }
  }

  @Test
  void timeline2LeavesNoErrorFinding() {
    String sid = play(Payloads.timeline2SessionStart(), Payloads.timeline2Events()).sid();

    JsonPath errors = mock.admin().findings(Map.of("severity", "error"));

    assertThat(errors.getInt("total"))
        .as("Adobe's own Timeline 2 (session %s) must not earn an error finding; got %s", sid,
            errors.getList("findings"))
        .isZero();
  }

  @Test
  void timelineWithoutPreRollAdBreakStartIsStillAcceptedEveryTime() {
    Played played = play(Payloads.timeline2SessionStart(), Payloads.timeline2WithoutPreRollAdBreakStart());

    for (int i = 0; i < played.answers().size(); i++) {
      hasStatus(played.answers().get(i), i == 0 ? 201 : 204, "faithful mode, Timeline 2 without its pre-roll"
          + " adBreakStart, " + played.action(i) + " (Adobe accepts it and silently ignores the ad)");
    }
  }

  @Test
  void adsWithoutTheirBreakAreAdOutsideBreakErrorsAtTheirEventIndexes() {
    String sid = play(Payloads.timeline2SessionStart(), Payloads.timeline2WithoutPreRollAdBreakStart()).sid();

    JsonPath outside = mock.admin().findings(Map.of("rule", "AD_OUTSIDE_BREAK"));

    assertThat(outside.<Integer>getList("findings.eventIndex"))
        .as("the pre-roll adStart (event 1) and adComplete (event 3) come with no open ad break; findings were %s",
            outside.getList("findings"))
        .containsExactly(1, 3);
    assertThat(outside.<String>getList("findings.severity")).as("AD_OUTSIDE_BREAK is an error")
        .containsOnly("error");
    assertThat(outside.<String>getList("findings.sid")).as("each finding must name its session").containsOnly(sid);
  }

  @Test
  void timelineWithoutPreRollAdBreakStartHasExactlyTheseErrors() {
    String sid = play(Payloads.timeline2SessionStart(), Payloads.timeline2WithoutPreRollAdBreakStart()).sid();

    JsonPath errors = mock.admin().sessionFindings(sid, Map.of("severity", "error"));

    assertThat(ruleAtIndex(errors.getList("findings")))
        .as("errors of Timeline 2 without its pre-roll adBreakStart: two ads outside a break, and the"
            + " adBreakComplete of a break never opened")
        .containsExactlyElementsOf(NO_PRE_ROLL_BREAK_ERRORS);
  }

  @Test
  void findingsHeaderOfEachAdOutsideItsBreakNamesTheRuleAndTheEvent() {
    Played played = play(Payloads.timeline2SessionStart(), Payloads.timeline2WithoutPreRollAdBreakStart());

    String adStart = played.answers().get(1).header(HEADER);
    String adComplete = played.answers().get(3).header(HEADER);

    assertThat(adStart)
        .as("the adStart at event 1 earns AD_OUTSIDE_BREAK, once no adBreakStart came to cure it; its tie with the"
            + " sessionStart is in the canonical order, no TS_EQUAL")
        .isEqualTo("1 error: AD_OUTSIDE_BREAK at event 1");
    assertThat(adComplete).as("the adComplete at event 3 earns exactly one AD_OUTSIDE_BREAK")
        .isEqualTo("1 error: AD_OUTSIDE_BREAK at event 3");
  }

  @Test
  void eventsAfterTheMistakeCarryNoErrorInTheirHeader() {
    Played played = play(Payloads.timeline2SessionStart(), Payloads.timeline2WithoutPreRollAdBreakStart());

    for (int i = 5; i < played.answers().size(); i++) {
      assertThat(played.answers().get(i).header(HEADER))
          .as("%s comes after the broken pre-roll and is itself fine; its header must not name an error",
              played.action(i))
          .doesNotContainPattern("\\berrors?\\b");
    }
  }

  @Test
  void pingAfterA25SecondSilenceIsPingGapAtThatPing() {
    String sid = play(Payloads.sessionStart(), Payloads.timelineWithSilence()).sid();

    List<Map<String, Object>> findings = mock.admin().sessionFindings(sid).getList("findings");

    assertThat(ruleAtIndex(findings))
        .as("25 s of ts without any event, between the pings at 11 s and 36 s, must be PING_GAP at the ping after"
            + " the silence (event 3), and nothing else; findings were %s", findings)
        .containsExactly("PING_GAP@3");
    assertThat(findings.get(0).get("severity")).as("PING_GAP is an error").isEqualTo("error");
    assertThat((String) findings.get(0).get("message")).as("the message must say how long the silence was")
        .contains("25 s");
  }

  @Test
  void pingAfterA25SecondSilenceHasPingGapInItsFindingsHeader() {
    Played played = play(Payloads.sessionStart(), Payloads.timelineWithSilence());

    hasStatus(played.answers().get(3), 204, "faithful mode, " + played.action(3));
    assertThat(played.answers().get(3).header(HEADER)).as("the answer to the ping after the silence")
        .isEqualTo("1 error: PING_GAP at event 3");
    assertThat(played.answers().get(2).header(HEADER)).as("the answer to the ping before the silence")
        .isEqualTo("none");
  }

  @Test
  void findingIsShownOnItsEventInTheSessionView() {
    String sid = play(Payloads.sessionStart(), Payloads.timelineWithSilence()).sid();

    JsonPath view = mock.admin().session(sid);

    assertThat(view.<String>getList("events[3].findings.rule"))
        .as("GET /sessions/%s: event 3 (the ping after the silence) must carry its finding", sid)
        .containsExactly("PING_GAP");
    assertThat(view.getInt("events[3].findings[0].eventIndex")).as("the finding on event 3 must name event 3")
        .isEqualTo(3);
    assertThat(view.getString("events[3].findings[0].severity")).isEqualTo("error");
    assertThat(view.<Object>getList("events[2].findings"))
        .as("GET /sessions/%s: event 2 (the ping before the silence) broke no rule", sid).isEmpty();
    assertThat(view.<String>getList("findings.rule"))
        .as("GET /sessions/%s: the session's own list of findings", sid).containsExactly("PING_GAP");
  }

  @Test
  void sessionSummaryCountsFindingsBySeverity() {
    String sid = play(Payloads.timeline2SessionStart(), Payloads.timeline2WithoutPreRollAdBreakStart()).sid();

    Map<String, Object> counted = mock.admin().sessionFindings(sid).getMap("counts");
    Map<String, Object> summary = mock.admin().summary(sid).getMap("findings");
    Map<String, Object> inView = mock.admin().session(sid).getMap("summary.findings");

    assertThat(summary).as("summary.findings of session %s", sid)
        .containsEntry("error", NO_PRE_ROLL_BREAK_ERRORS.size())
        .containsOnlyKeys("error", "warning", "info")
        .isEqualTo(counted);
    assertThat(inView).as("GET /sessions/%s must carry the same summary.findings as /summary", sid)
        .isEqualTo(summary);
  }

  @Test
  void sessionStartFindingIsKeptOnTheSession() {
    Response created = mock.startSession(
        Payloads.with(Payloads.sessionStart(), "", "customMetadata", Map.of("a.reserved", "x")));
    hasStatus(created, 201, "faithful mode, a sessionStart with customMetadata {\"a.reserved\": \"x\"}");
    String sid = MockBackend.sidOf(created);

    assertThat(ruleAtIndex(mock.admin().sessionFindings(sid).getList("findings")))
        .as("GET /sessions/%s/findings must list the sessionStart's finding", sid)
        .containsExactly("CUSTOM_METADATA_RESERVED_KEY@0");
    assertThat(mock.admin().findings(Map.of("severity", "error")).getInt("total"))
        .as("GET /findings?severity=error must count the sessionStart's error").isEqualTo(1);
    assertThat(mock.admin().summary(sid).getInt("findings.error"))
        .as("summary.findings.error of session %s", sid).isEqualTo(1);
  }

  /** The sessionStart with a customMetadata key under media. (CUSTOM_METADATA_MEDIA_KEY, a warning). */
  private static String withMediaKey(String sessionStart) {
    return Payloads.with(sessionStart, "", "customMetadata", Map.of("media.note", "x"));
  }

  @Test
  void severityFilterKeepsOnlyThatSeverity() {
    play(withMediaKey(Payloads.timeline2SessionStart()), Payloads.timeline2WithoutPreRollAdBreakStart());
    JsonPath all = mock.admin().findings();

    JsonPath warnings = mock.admin().findings(Map.of("severity", "warning"));

    assertThat(warnings.<String>getList("findings.severity")).as("?severity=warning").isNotEmpty()
        .containsOnly("warning");
    assertThat(warnings.getInt("total")).as("?severity=warning must keep every warning of the unfiltered list")
        .isEqualTo(all.getInt("counts.warning"));
    assertThat(warnings.getInt("counts.error")).as("?severity=warning must count no error").isZero();
  }

  @Test
  void severityFilterTakesACommaSeparatedList() {
    play(withMediaKey(Payloads.timeline2SessionStart()), Payloads.timeline2WithoutPreRollAdBreakStart());
    JsonPath all = mock.admin().findings();

    JsonPath both = mock.admin().findings(Map.of("severity", "error,warning"));

    assertThat(both.getInt("total")).as("?severity=error,warning must keep errors and warnings")
        .isEqualTo(all.getInt("counts.error") + all.getInt("counts.warning"))
        .isGreaterThan(all.getInt("counts.error"));
  }

  @Test
  void ruleFilterKeepsOnlyThatRuleAcrossSessions() {
    play(Payloads.timeline2SessionStart(), Payloads.timeline2WithoutPreRollAdBreakStart());
    String silent = play(Payloads.sessionStart(), Payloads.timelineWithSilence()).sid();

    JsonPath gaps = mock.admin().findings(Map.of("rule", "PING_GAP"));

    assertThat(gaps.getInt("total")).as("?rule=PING_GAP over two sessions; findings were %s",
        gaps.getList("findings")).isEqualTo(1);
    assertThat(gaps.getString("findings[0].sid")).as("the one PING_GAP is in the silent session").isEqualTo(silent);
    assertThat(gaps.getInt("findings[0].eventIndex")).isEqualTo(3);
  }

  @Test
  void severityAndRuleFiltersCombine() {
    play(Payloads.timeline2SessionStart(), Payloads.timeline2WithoutPreRollAdBreakStart());
    play(Payloads.sessionStart(), Payloads.timelineWithSilence());

    JsonPath errorsOfRule = mock.admin().findings(Map.of("severity", "error", "rule", "AD_OUTSIDE_BREAK"));
    JsonPath warningsOfRule = mock.admin().findings(Map.of("severity", "warning", "rule", "AD_OUTSIDE_BREAK"));
    JsonPath errorsOfTwoRules = mock.admin().findings(Map.of("severity", "error", "rule", "PING_GAP,AD_OUTSIDE_BREAK"));

    assertThat(errorsOfRule.getInt("total")).as("?severity=error&rule=AD_OUTSIDE_BREAK").isEqualTo(2);
    assertThat(warningsOfRule.getInt("total"))
        .as("?severity=warning&rule=AD_OUTSIDE_BREAK: both filters apply, and that rule only reports errors")
        .isZero();
    assertThat(errorsOfTwoRules.<String>getList("findings.rule"))
        .as("?severity=error&rule=PING_GAP,AD_OUTSIDE_BREAK")
        .containsExactlyInAnyOrder("AD_OUTSIDE_BREAK", "AD_OUTSIDE_BREAK", "PING_GAP");
  }

  @Test
  void sessionFindingsTakeTheSameFilters() {
    String sid = play(Payloads.timeline2SessionStart(), Payloads.timeline2WithoutPreRollAdBreakStart()).sid();
    play(Payloads.timeline2SessionStart(), Payloads.timeline2WithoutPreRollAdBreakStart());

    JsonPath filtered = mock.admin().sessionFindings(sid, Map.of("severity", "error", "rule", "AD_OUTSIDE_BREAK"));

    assertThat(filtered.getString("sid")).isEqualTo(sid);
    assertThat(ruleAtIndex(filtered.getList("findings")))
        .as("/sessions/%s/findings?severity=error&rule=AD_OUTSIDE_BREAK must list that session's only", sid)
        .containsExactly("AD_OUTSIDE_BREAK@1", "AD_OUTSIDE_BREAK@3");
    assertThat(filtered.getInt("total")).isEqualTo(2);
    assertThat(filtered.getInt("counts.error")).isEqualTo(2);
  }

  /** A typo in a filter must not pass for a clean run. */
  @ParameterizedTest(name = "GET /findings?{0}={1} gets 400 naming {1}")
  @CsvSource({"severity, fatal", "rule, PING_GAPS"})
  void unknownFilterValueGets400NamingIt(String filter, String value) {
    Response answer = mock.admin().findingsAnswer(Map.of(filter, value));

    hasStatus(answer, 400, "GET /findings?" + filter + "=" + value + " (a typo must not pass for a clean run)");
    assertThat(jsonMessage(answer, "?" + filter + "=" + value)).as("the message must name the unknown value")
        .contains(value);
  }

  @Test
  void unknownValueInASessionsFindingsFilterGets400() {
    String sid = mock.openSession();

    Response severity = mock.admin().sessionFindingsAnswer(sid, Map.of("severity", "error,fatal"));
    Response rule = mock.admin().sessionFindingsAnswer(sid, Map.of("rule", "NOT_A_RULE"));

    hasStatus(severity, 400, "GET /sessions/{sid}/findings?severity=error,fatal");
    jsonMessage(severity, "?severity=error,fatal");
    hasStatus(rule, 400, "GET /sessions/{sid}/findings?rule=NOT_A_RULE");
    jsonMessage(rule, "?rule=NOT_A_RULE");
  }

  /** A timeline as the player sent it: the sid and every answer, index i being event i (sessionStart is 0). */
  record Played(String sid, List<Response> answers, List<String> actions) {
    String action(int index) {
      return "event " + index + " (" + actions.get(index) + ")";
    }
  }

  static Played play(String sessionStart, List<Payloads.Step> steps) {
    List<Response> answers = new ArrayList<>();
    List<String> actions = new ArrayList<>();
    Response created = mock.startSession(sessionStart);
    hasStatus(created, 201, "the timeline's sessionStart");
    answers.add(created);
    actions.add("sessionStart");
    String sid = MockBackend.sidOf(created);
    for (Payloads.Step step : steps) {
      answers.add(mock.sendEvent(sid, step.body()));
      actions.add(step.action());
    }
    return new Played(sid, answers, actions);
  }

  /** {@code RULE@eventIndex} for each finding, in order: short to read in a failure message. */
  static List<String> ruleAtIndex(List<Map<String, Object>> findings) {
    return findings.stream().map(f -> f.get("rule") + "@" + f.get("eventIndex")).toList();
  }
}
