package org.mcmock.contract.viewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordedTimelineTest {

  private static final long T0 = Viewer.START;

  /** An expected row: "request", "play", "seconds", "12", ... */
  private static Map<String, String> row(String... columnsAndCells) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < columnsAndCells.length; i += 2) {
      row.put(columnsAndCells[i], columnsAndCells[i + 1]);
    }
    return row;
  }

  /** A recorded event as the admin API lists it. */
  private static Map<String, Object> event(String eventType, long ts, Number playhead, int status) {
    return Map.of("eventType", eventType, "ts", ts, "playhead", playhead, "status", status);
  }

  private static Map<String, Object> event(String eventType) {
    return event(eventType, T0, 0, 204);
  }

  @Test
  void thereIsNoDifferenceWhenTheBackendRecordedWhatTheTimelineExpects() {
    List<Map<String, String>> expected = List.of(
        row("request", "sessionStart", "seconds", "0", "playhead", "0", "answer", "201"),
        row("request", "play", "seconds", "12", "playhead", "0", "answer", "204"),
        row("request", "ping", "seconds", "20", "playhead", "8.0", "answer", "204"));
    List<Map<String, Object>> recorded = List.of(event("sessionStart", T0, 0, 201), event("play", T0 + 12_000, 0, 204),
        event("ping", T0 + 20_000, 8, 204));

    assertThat(RecordedTimeline.differences(expected, recorded)).isEmpty();
  }

  @Test
  void onlyTheColumnsTheTimelineGivesAreCompared() {
    List<Map<String, String>> expected = List.of(row("request", "sessionEnd", "answer", "204"));

    assertThat(RecordedTimeline.differences(expected, List.of(event("sessionEnd", T0 + 99_000, 42.5, 204))))
        .isEmpty();
  }

  @Test
  void secondsCountFromTheFirstRecordedEvent() {
    List<Map<String, String>> expected =
        List.of(row("request", "sessionStart", "seconds", "0"), row("request", "play", "seconds", "12.5"));
    List<Map<String, Object>> recorded =
        List.of(event("sessionStart", T0 + 5_000, 0, 201), event("play", T0 + 17_500, 0, 204));

    assertThat(RecordedTimeline.differences(expected, recorded)).isEmpty();
  }

  @Test
  void aMismatchReadsAsASideBySideDiffWithTheDifferingRowMarked() {
    List<Map<String, String>> expected =
        List.of(row("request", "sessionStart", "seconds", "0"), row("request", "play", "seconds", "12"));
    List<Map<String, Object>> recorded = List.of(event("sessionStart", T0, 0, 201), event("play", T0 + 13_000, 0, 204));

    assertThat(RecordedTimeline.differences(expected, recorded)).hasValue("""
        The backend recorded 2 request(s) where the timeline expects 2; rows marked > differ:
              #  expected             recorded
              0  sessionStart at 0 s  sessionStart at 0 s
          >   1  play at 12 s         play at 13 s""");
  }

  @Test
  void aMismatchedAnswerIsADifference() {
    List<Map<String, String>> expected = List.of(row("request", "ping", "answer", "204"));

    assertThat(RecordedTimeline.differences(expected, List.of(event("ping", T0, 0, 410))))
        .hasValueSatisfying(diff -> assertThat(diff).contains("  >   0  ping -> 204  ping -> 410"));
  }

  @Test
  void aMissingRowIsMarkedAsNothingRecorded() {
    List<Map<String, String>> expected =
        List.of(row("request", "sessionStart"), row("request", "play"), row("request", "sessionEnd"));

    assertThat(RecordedTimeline.differences(expected, List.of(event("sessionStart"), event("play"))))
        .hasValueSatisfying(diff -> assertThat(diff)
            .startsWith("The backend recorded 2 request(s) where the timeline expects 3; rows marked > differ:")
            .contains("      1  play          play\n")
            .endsWith("  >   2  sessionEnd    (nothing)"));
  }

  @Test
  void anExtraRowIsMarkedAsNothingExpected() {
    List<Map<String, String>> expected = List.of(row("request", "sessionStart"), row("request", "play"));

    assertThat(RecordedTimeline.differences(expected, List.of(event("sessionStart"), event("play"), event("ping"))))
        .hasValueSatisfying(diff -> assertThat(diff)
            .startsWith("The backend recorded 3 request(s) where the timeline expects 2; rows marked > differ:")
            .endsWith("  >   2  (nothing)     ping"));
  }

  @Test
  void theHeaderLinesUpWithTheRows() {
    List<Map<String, String>> expected = List.of(row("request", "play"));
    List<String> lines = RecordedTimeline.differences(expected, List.of(event("ping"))).orElseThrow().lines().toList();

    assertThat(lines.get(1).indexOf("expected")).isEqualTo(lines.get(2).indexOf("play"));
    assertThat(lines.get(1).indexOf("recorded")).isEqualTo(lines.get(2).indexOf("ping"));
  }

  @Test
  void theRecordedColumnStaysInPlaceBesideNothingExpected() {
    List<Map<String, String>> expected = List.of(row("request", "play"));
    List<String> lines =
        RecordedTimeline.differences(expected, List.of(event("play"), event("ping"))).orElseThrow().lines().toList();

    assertThat(lines.get(3).lastIndexOf("ping")).isEqualTo(lines.get(2).lastIndexOf("play"));
  }

  @Test
  void aDecimalPlayheadReadFromTheAdminApiMatchesTheSameNumberInTheTimeline() {
    List<Map<String, Object>> recorded = JsonPath.from(
        "{\"events\": [{\"eventType\": \"ping\", \"ts\": 1529997933478, \"playhead\": 8.3, \"status\": 204}]}")
        .getList("events");

    assertThat(RecordedTimeline.differences(List.of(row("request", "ping", "playhead", "8.3")), recorded)).isEmpty();
  }
}
