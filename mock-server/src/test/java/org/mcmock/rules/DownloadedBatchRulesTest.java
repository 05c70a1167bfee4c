package org.mcmock.rules;

import org.mcmock.model.Severity;
import org.mcmock.model.Finding;
import org.mcmock.model.RuleId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcmock.model.EventType;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.model.Violation;
import org.mcmock.rules.DownloadedBatchRules.Form;
import org.mcmock.rules.DownloadedBatchRules.Verdict;

class DownloadedBatchRulesTest {

  private static final JsonNode NO_PARAMS = MissingNode.getInstance();

  private static IncomingEvent event(EventType type, long ts) {
    return new IncomingEvent(type, 0, ts, MissingNode.getInstance(), "{}", List.of(), 400);
  }

  private static List<IncomingEvent> batch(EventType... types) {
    List<IncomingEvent> events = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      events.add(event(types[i], 1_000L * i));
    }
    return events;
  }

  private static Verdict check(List<IncomingEvent> events) {
    return DownloadedBatchRules.check(events, NO_PARAMS, Form.DOWNLOADED_ENDPOINT);
  }

  @Test
  void theSeedBatchIsAcceptedWithoutFindings() {
    Verdict verdict = check(batch(EventType.SESSION_START, EventType.PLAY, EventType.PING, EventType.PING,
        EventType.PING, EventType.SESSION_COMPLETE));

    assertThat(verdict.errors()).isEmpty();
    assertThat(verdict.findings()).isEmpty();
  }

  @Test
  void anEmptyBatchIsRefused() {
    assertThat(check(List.of()).errors()).extracting(Violation::rule).containsExactly("DOWNLOADED_EMPTY");
  }

  /** Batches out of shape: the events in order, the rule that refuses the batch, and where it points. */
  static Stream<Arguments> misshapenBatches() {
    return Stream.of(
        Arguments.of(Named.of("a batch must start with sessionStart",
            List.of(EventType.PLAY, EventType.SESSION_COMPLETE)), "DOWNLOADED_FIRST_NOT_SESSION_START", "/0/eventType"),
        Arguments.of(Named.of("a second sessionStart is refused at its index",
            List.of(EventType.SESSION_START, EventType.PLAY, EventType.SESSION_START)),
            "DOWNLOADED_SECOND_SESSION_START", "/2/eventType"),
        Arguments.of(Named.of("nothing may follow sessionEnd",
            List.of(EventType.SESSION_START, EventType.SESSION_END, EventType.PING)),
            "DOWNLOADED_AFTER_SESSION_END", "/2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("misshapenBatches")
  void aMisshapenBatchIsRefusedWithTheRuleAndThePlace(List<EventType> types, String rule, String path) {
    Verdict verdict = check(batch(types.toArray(EventType[]::new)));

    assertThat(verdict.errors()).extracting(Violation::rule, Violation::path).containsExactly(tuple(rule, path));
  }

  @Test
  void tsGoingBackwardsIsRefusedButEqualTsIsNot() {
    List<IncomingEvent> events = new ArrayList<>(batch(EventType.SESSION_START, EventType.PLAY));
    events.add(event(EventType.PING, 1_000));
    events.add(event(EventType.PING, 999));
    events.add(event(EventType.SESSION_END, 5_000));

    Verdict verdict = check(events);

    assertThat(verdict.errors()).extracting(Violation::rule, Violation::path)
        .containsExactly(tuple("DOWNLOADED_TS_BACKWARDS", "/3/playerTime/ts"));
  }

  @Test
  void schemaViolationsOfAnElementPointIntoTheBatch() {
    List<IncomingEvent> events = new ArrayList<>(batch(EventType.SESSION_START, EventType.SESSION_COMPLETE));
    events.set(1, new IncomingEvent(EventType.PING, 0, 1000, MissingNode.getInstance(), "{}",
        List.of(Violation.of("/playerTime/ts", "type", "integer", null, "ts must be an integer")), 400));

    assertThat(check(events).errors()).extracting(Violation::path).containsExactly("/1/playerTime/ts");
  }

  @Test
  void aBatchWithoutCompleteOrEndIsAcceptedWithAWarning() {
    Verdict verdict = check(batch(EventType.SESSION_START, EventType.PLAY, EventType.PING));

    assertThat(verdict.accepted()).isTrue();
    assertThat(verdict.findings()).extracting(Finding::rule, Finding::severity)
        .containsExactly(tuple(RuleId.DOWNLOADED_NO_CLOSE, Severity.WARNING));
  }

  @Test
  void downloadedFalseOnTheDownloadedEndpointIsAWarning() {
    JsonNode params = JsonNodeFactory.instance.objectNode().put("media.downloaded", false);

    Verdict verdict = DownloadedBatchRules.check(batch(EventType.SESSION_START, EventType.SESSION_END), params,
        Form.DOWNLOADED_ENDPOINT);

    assertThat(verdict.accepted()).isTrue();
    assertThat(verdict.findings()).extracting(Finding::rule).containsExactly(RuleId.DOWNLOADED_FLAG_FALSE);
  }

  @Test
  void theDeprecatedFormNeedsTheDownloadedFlagAndAlwaysWarns() {
    JsonNode flagged = JsonNodeFactory.instance.objectNode().put("media.downloaded", true);
    List<IncomingEvent> events = batch(EventType.SESSION_START, EventType.SESSION_COMPLETE);

    Verdict without = DownloadedBatchRules.check(events, NO_PARAMS, Form.DEPRECATED_SESSIONS_ARRAY);
    Verdict with = DownloadedBatchRules.check(events, flagged, Form.DEPRECATED_SESSIONS_ARRAY);

    assertThat(without.errors()).extracting(Violation::rule, Violation::path).containsExactly(
        tuple("DOWNLOADED_FLAG_MISSING", "/0/params/media.downloaded"));
    assertThat(with.accepted()).isTrue();
    assertThat(with.findings()).extracting(Finding::rule).containsExactly(RuleId.DOWNLOADED_DEPRECATED_FORM);
  }

  @Test
  void aBatchWithAProblemInEveryElementListsTheFirstHundredAndCountsTheRest() {
    Violation wrong = Violation.of("/playerTime/ts", "type", "integer", null, "ts must be an integer");
    List<IncomingEvent> events = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      events.add(new IncomingEvent(i == 0 ? EventType.SESSION_START : EventType.PING, 0, -1,
          MissingNode.getInstance(), "{}", List.of(wrong), 400));
    }

    Verdict verdict = check(events);

    assertThat(verdict.errors()).as("1,000 broken elements").hasSize(Violation.MAX_LISTED + 1);
    assertThat(verdict.errors().get(0).path()).isEqualTo("/0/playerTime/ts");
    assertThat(Violation.total(verdict.errors())).as("the total the refusal reports").isEqualTo(1_000);
  }

  @Test
  void aBatchLargerThanTheEventCapIsRefusedBeforeItsElementsAreRead() {
    assertThat(DownloadedBatchRules.sizeProblem(20_001, 20_000)).get()
        .extracting(Violation::rule).isEqualTo("DOWNLOADED_TOO_MANY_EVENTS");
    assertThat(DownloadedBatchRules.sizeProblem(20_000, 20_000)).isEmpty();
  }
}
