package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.mcmock.contract.Checks.hasStatus;
import static org.mcmock.contract.Payloads.T0;
import static org.mcmock.contract.Payloads.batch;
import static org.mcmock.contract.Payloads.event;
import static org.mcmock.contract.Payloads.seedBatch;
import static org.mcmock.contract.Payloads.seedBatchEvents;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code POST /api/v1/downloaded}: a whole offline session in one array, recorded whole or not at all. */
class DownloadedEndpointTest {

  @RegisterExtension static final MockBackend mock = new MockBackend();

  @Test
  void seedBatchGets201WithLocationAndIsRecordedAsOneDownloadedSession() {
    Response answer = mock.sendDownloaded(seedBatch());

    hasStatus(answer, 201, "the seed's downloaded batch");
    String sid = MockBackend.sidOf(answer);
    JsonPath sessions = mock.admin().sessions();
    assertThat(sessions.getInt("total")).as("one downloaded batch must record exactly one session").isEqualTo(1);
    assertThat(sessions.getString("sessions[0].sid")).as("the recorded session must be the one in Location")
        .isEqualTo(sid);
    assertThat(sessions.getBoolean("sessions[0].downloaded")).as("the recorded session must be marked downloaded")
        .isTrue();
    assertThat(mock.admin().session(sid).getList("events")).as("all 6 events of the batch must be recorded")
        .hasSize(6);
  }

  @Test
  void downloadedSessionIsPlacedInTimeByItsFirstAndLastTs() {
    String sid = MockBackend.sidOf(mock.sendDownloaded(seedBatch()));

    Map<String, Object> summary = mock.admin().sessions().getMap("sessions[0]");

    String first = Instant.ofEpochMilli(T0).toString();
    String last = Instant.ofEpochMilli(Payloads.SEED_BATCH_LAST_TS).toString();
    assertThat(summary.toString())
        .as("session %s: docs/decisions.md#downloaded-batches says a downloaded session's first and last ts (%s, %s) are its start and end,"
            + " so the admin summary must show them (as ISO instants or epoch ms); summary was %s", sid, first, last,
            summary)
        .containsAnyOf(first, String.valueOf(T0))
        .containsAnyOf(last, String.valueOf(Payloads.SEED_BATCH_LAST_TS));
  }

  static Stream<Refusal> refusedBatches() {
    return Stream.of(
        new Refusal("the seed batch with ts \"abc\" at event 2", batchWithTextTsAtIndex2(), "/2/playerTime/ts",
            "type"),
        new Refusal("an empty batch", "[]", "", "DOWNLOADED_EMPTY"),
        new Refusal("a batch starting with play", seedBatchWhere(events -> events.remove(0)), "/0/eventType",
            "DOWNLOADED_FIRST_NOT_SESSION_START"),
        new Refusal("a batch with a second sessionStart at event 2",
            seedBatchWhere(events -> events.add(2, Payloads.sessionStart(0, 1529997930000L))), "/2/eventType",
            "DOWNLOADED_SECOND_SESSION_START"),
        new Refusal("a batch whose event 3 has a ts earlier than event 2",
            seedBatchWhere(events -> events.set(3, event("ping", 20, 1529997930000L))), "/3/playerTime/ts",
            "DOWNLOADED_TS_BACKWARDS"),
        new Refusal("a batch with a ping after sessionEnd", seedBatchWhere(events -> {
          events.set(5, event("sessionEnd", 35, 1529997960559L));
          events.add(event("ping", 35, 1529997970559L));
        }), "/6", "DOWNLOADED_AFTER_SESSION_END"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedBatches")
  void refusedBatchGets400PointingIntoTheBatch(Refusal refusal) {
    refusal.isRefusedBy(mock::sendDownloaded);
  }

  @Test
  void refusedBatchRecordsNoSession() {
    mock.openSession();

    hasStatus(mock.sendDownloaded(batchWithTextTsAtIndex2()), 400, "a batch with one invalid event");

    assertThat(mock.admin().sessions().getInt("total"))
        .as("a refused batch must record nothing: only the live session opened before may be listed").isEqualTo(1);
  }

  @Test
  void refusedBatchIsListedWithItsReasonsInRejectedBatches() {
    hasStatus(mock.sendDownloaded(batchWithTextTsAtIndex2()), 400, "a batch with one invalid event");

    JsonPath rejected = mock.admin().rejectedBatches();

    assertThat(rejected.getInt("total")).as("the refused batch must be kept in rejected-batches").isEqualTo(1);
    assertThat(rejected.getString("batches[0].path")).as("the rejected batch must say where it was posted")
        .isEqualTo("/api/v1/downloaded");
    assertThat(rejected.<String>getList("batches[0].errors.path"))
        .as("the rejected batch must keep its reasons").contains("/2/playerTime/ts");
  }

  static Stream<Arguments> batchesAcceptedWithAWarning() {
    return Stream.of(
        arguments("a batch without sessionComplete or sessionEnd", seedBatchWhere(events -> events.remove(5)),
            "DOWNLOADED_NO_CLOSE"),
        arguments("a batch with media.downloaded: false on /api/v1/downloaded", seedBatchWhere(
            events -> events.set(0, Payloads.with(events.get(0), "/params", "media.downloaded", false))),
            "DOWNLOADED_FLAG_FALSE"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("batchesAcceptedWithAWarning")
  void batchIsAcceptedWithAWarningFinding(String what, String batch, String rule) {
    Response answer = mock.sendDownloaded(batch);

    hasStatus(answer, 201, what);
    assertThat(findingRules(MockBackend.sidOf(answer)))
        .as("%s must leave a %s finding", what, rule).contains(rule);
  }

  @Test
  void singleObjectGets400AskingForAnArray() {
    Map<String, Object> error = new Refusal("one sessionStart object on /api/v1/downloaded", Payloads.sessionStart(),
        "", "type").isRefusedBy(mock::sendDownloaded);
    assertThat((String) error.get("message")).as("the error must ask for an array").contains("array");
    assertThat(mock.admin().sessions().getInt("total")).as("nothing may be recorded").isZero();
  }

  private static String batchWithTextTsAtIndex2() {
    return seedBatchWhere(events -> events.set(2, event("ping", 10, "abc")));
  }

  /** The seed's batch with one edit to its list of events. */
  private static String seedBatchWhere(Consumer<List<String>> edit) {
    List<String> events = seedBatchEvents();
    edit.accept(events);
    return batch(events);
  }

  private static List<String> findingRules(String sid) {
    return mock.admin().session(sid).getList("findings.rule");
  }
}
