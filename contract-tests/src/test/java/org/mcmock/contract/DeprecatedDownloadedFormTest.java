package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.contract.Checks.hasError;
import static org.mcmock.contract.Checks.hasStatus;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A downloaded batch posted as a JSON array to {@code /api/v1/sessions}: deprecated, still served. */
class DeprecatedDownloadedFormTest {

  @RegisterExtension static final MockBackend mock = new MockBackend();

  @Test
  void flaggedArrayOnSessionsGets201WithDeprecationHeaderAndWarning() {
    Response answer = mock.startSession(Payloads.seedBatchFlaggedDownloaded());

    hasStatus(answer, 201, "the seed batch with media.downloaded: true on /api/v1/sessions");
    assertThat(answer.header("Deprecation")).as("the deprecated form must be answered with a Deprecation header")
        .isNotBlank();
    JsonPath session = mock.admin().session(MockBackend.sidOf(answer));
    assertThat(session.getBoolean("downloaded")).as("the recorded session must be marked downloaded").isTrue();
    assertThat(session.<String>getList("findings.rule"))
        .as("the session must carry a DOWNLOADED_DEPRECATED_FORM warning").contains("DOWNLOADED_DEPRECATED_FORM");
    List<String> severities = session.getList("findings.findAll { it.rule == 'DOWNLOADED_DEPRECATED_FORM' }.severity");
    assertThat(severities).as("DOWNLOADED_DEPRECATED_FORM is a warning").containsOnly("warning");
  }

  @Test
  void arrayOnSessionsWithoutTheFlagGets400AndRecordsNothing() {
    Response answer = mock.startSession(Payloads.seedBatch());

    hasStatus(answer, 400, "the seed batch without media.downloaded on /api/v1/sessions");
    hasError(answer, "/0/params/media.downloaded", "DOWNLOADED_FLAG_MISSING", "the array form without the flag");
    assertThat(mock.admin().sessions().getInt("total")).as("a refused batch must record no session").isZero();
  }

  @Test
  void arrayOnSessionsWithFlagFalseGets400() {
    List<String> events = Payloads.seedBatchEvents();
    events.set(0, Payloads.with(events.get(0), "/params", "media.downloaded", false));

    Response answer = mock.startSession(Payloads.batch(events));

    hasStatus(answer, 400, "the array form with media.downloaded: false");
    hasError(answer, "/0/params/media.downloaded", "DOWNLOADED_FLAG_MISSING", "the array form with the flag false");
  }

  @Test
  void refusedArrayOnSessionsIsListedInRejectedBatches() {
    hasStatus(mock.startSession(Payloads.seedBatch()), 400, "the array form without the flag");

    JsonPath rejected = mock.admin().rejectedBatches();

    assertThat(rejected.getInt("total")).as("the refused batch must be kept in rejected-batches").isEqualTo(1);
    assertThat(rejected.getString("batches[0].path")).as("the rejected batch must say where it was posted")
        .isEqualTo("/api/v1/sessions");
    assertThat(rejected.<String>getList("batches[0].errors.rule")).as("the rejected batch must keep its reason")
        .contains("DOWNLOADED_FLAG_MISSING");
  }
}
