package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.contract.Checks.hasError;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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

  @Test
  void batchWithOneInvalidEventGets400PointingIntoTheBatch() {
    Response answer = mock.sendDownloaded(batchWithTextTsAtIndex2());

    hasStatus(answer, 400, "the seed batch with ts \"abc\" at event 2");
    hasError(answer, "/2/playerTime/ts", "type", "an invalid event inside a batch");
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

  @Test
  void emptyBatchGets400DownloadedEmpty() {
    Response answer = mock.sendDownloaded("[]");

    hasStatus(answer, 400, "an empty batch");
    hasError(answer, "", "DOWNLOADED_EMPTY", "an empty batch");
  }

  @Test
  void batchNotStartingWithSessionStartGets400() {
    List<String> events = seedBatchEvents();
    events.remove(0);

    Response answer = mock.sendDownloaded(batch(events));

    hasStatus(answer, 400, "a batch starting with play");
    hasError(answer, "/0/eventType", "DOWNLOADED_FIRST_NOT_SESSION_START", "a batch starting with play");
  }

  @Test
  void batchWithSecondSessionStartGets400() {
    List<String> events = seedBatchEvents();
    events.add(2, Payloads.sessionStart(0, 1529997930000L));

    Response answer = mock.sendDownloaded(batch(events));

    hasStatus(answer, 400, "a batch with a second sessionStart at event 2");
    hasError(answer, "/2/eventType", "DOWNLOADED_SECOND_SESSION_START", "a second sessionStart");
  }

  @Test
  void batchWithTsGoingBackwardsGets400() {
    List<String> events = seedBatchEvents();
    events.set(3, event("ping", 20, 1529997930000L));

    Response answer = mock.sendDownloaded(batch(events));

    hasStatus(answer, 400, "a batch whose event 3 has a ts earlier than event 2");
    hasError(answer, "/3/playerTime/ts", "DOWNLOADED_TS_BACKWARDS", "ts going backwards");
  }

  @Test
  void batchWithEventAfterSessionEndGets400() {
    List<String> events = seedBatchEvents();
    events.set(5, event("sessionEnd", 35, 1529997960559L));
    events.add(event("ping", 35, 1529997970559L));

    Response answer = mock.sendDownloaded(batch(events));

    hasStatus(answer, 400, "a batch with a ping after sessionEnd");
    hasError(answer, "/6", "DOWNLOADED_AFTER_SESSION_END", "an event after sessionEnd");
  }

  @Test
  void batchWithoutCloseIsAcceptedWithNoCloseWarning() {
    List<String> events = seedBatchEvents();
    events.remove(5);

    Response answer = mock.sendDownloaded(batch(events));

    hasStatus(answer, 201, "a batch without sessionComplete or sessionEnd");
    assertThat(findingRules(MockBackend.sidOf(answer)))
        .as("an unclosed batch must leave a DOWNLOADED_NO_CLOSE finding").contains("DOWNLOADED_NO_CLOSE");
  }

  @Test
  void batchWithDownloadedFalseIsAcceptedWithFlagFalseWarning() {
    List<String> events = seedBatchEvents();
    events.set(0, Payloads.with(events.get(0), "/params", "media.downloaded", false));

    Response answer = mock.sendDownloaded(batch(events));

    hasStatus(answer, 201, "a batch with media.downloaded: false on /api/v1/downloaded");
    assertThat(findingRules(MockBackend.sidOf(answer)))
        .as("media.downloaded false must leave a DOWNLOADED_FLAG_FALSE finding").contains("DOWNLOADED_FLAG_FALSE");
  }

  @Test
  void singleObjectGets400AskingForAnArray() {
    Response answer = mock.sendDownloaded(Payloads.sessionStart());

    hasStatus(answer, 400, "one sessionStart object on /api/v1/downloaded");
    Map<String, Object> error = hasError(answer, "", "type", "an object instead of an array");
    assertThat((String) error.get("message")).as("the error must ask for an array").contains("array");
    assertThat(mock.admin().sessions().getInt("total")).as("nothing may be recorded").isZero();
  }

  private static String batchWithTextTsAtIndex2() {
    List<String> events = seedBatchEvents();
    events.set(2, event("ping", 10, "abc"));
    return batch(events);
  }

  private static List<String> findingRules(String sid) {
    return mock.admin().session(sid).getList("findings.rule");
  }
}
