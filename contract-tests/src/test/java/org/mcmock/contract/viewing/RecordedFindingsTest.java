package org.mcmock.contract.viewing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordedFindingsTest {

  @Test
  void recordedFindingsNameTheRequestAtTheirEventIndexAndReadLikeTheFeaturesRows() {
    List<Map<String, Object>> events = List.of(Map.of("eventType", "sessionStart"), Map.of("eventType", "adStart"));
    List<Map<String, Object>> findings = List.of(
        Map.of("eventIndex", 1, "rule", "AD_OUTSIDE_BREAK", "severity", "error"));

    assertThat(RecordedFindings.recorded(findings, events))
        .isEqualTo(RecordedFindings.expected(List.of(
            Map.of("event", "1", "request", "adStart", "rule", "AD_OUTSIDE_BREAK", "severity", "error"))))
        .containsExactly("event 1 (adStart): AD_OUTSIDE_BREAK, error");
  }

  @Test
  void aFindingOutsideTheRecordedEventsIsAboutTheBatch() {
    List<Map<String, Object>> findings = List.of(
        Map.of("eventIndex", -1, "rule", "DOWNLOADED_NO_CLOSE", "severity", "warning"));

    assertThat(RecordedFindings.recorded(findings, List.of()))
        .containsExactly("event -1 (the batch): DOWNLOADED_NO_CLOSE, warning");
  }
}
