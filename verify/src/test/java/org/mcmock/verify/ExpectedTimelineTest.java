package org.mcmock.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mcmock.verify.Tables.timeline;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ExpectedTimelineTest {

  @Test
  void readsEveryColumnOfARequestRow() {
    ExpectedTimeline timeline = timeline("""
        | request | seconds | playhead | params          | qoeData                | customMetadata | answer |
        | play    | 12.5    | 0        | media.id=ClickMe | media.qoe.bitrate=9000 | genre=drama    | 204    |
        """);

    assertThat(timeline.rows()).as("rows read from the table").containsExactly(new ExpectedEvent(1, "play",
        OptionalDouble.of(12.5), OptionalDouble.of(0), Map.of("params", Map.of("media.id", "ClickMe"),
            "qoeData", Map.of("media.qoe.bitrate", "9000"), "customMetadata", Map.of("genre", "drama")),
        OptionalInt.of(204)));
  }

  @Test
  void valuesKeepTheTablesOrderAndCannotBeChanged() {
    ExpectedEvent event = timeline("""
        | request | customMetadata | qoeData                | params                         |
        | play    | genre=drama    | media.qoe.bitrate=9000 | media.id=ClickMe, media.length=60 |
        """).events().get(0);

    assertThat(event.subsets().keySet()).as("fields, in the order they are checked and reported")
        .containsExactly("params", "qoeData", "customMetadata");
    assertThat(event.subsets().get("params").keySet()).as("params, in the cell's order")
        .containsExactly("media.id", "media.length");
    assertThatThrownBy(() -> event.subsets().get("params").put("media.id", "Other"))
        .as("changing a row's params after parsing").isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void emptyCellsAndMissingColumnsAreNotChecked() {
    ExpectedTimeline timeline = timeline("""
        | request      | seconds |
        | sessionStart |         |
        """);

    assertThat(timeline.events()).as("a row that gives only its request")
        .containsExactly(new ExpectedEvent(1, "sessionStart", OptionalDouble.empty(), OptionalDouble.empty(),
            Map.of(), OptionalInt.empty()));
  }

  @Test
  void aPingRowWithAStretchIsACadenceAndNotARequest() {
    ExpectedTimeline timeline = timeline("""
        | request            | seconds     |
        | sessionStart       | 0           |
        | pings every 10 s   | 12 to 45    |
        | Pings every 1 second | 0 s to 8 s |
        | play               | 45          |
        """);

    assertThat(timeline.rows()).as("rows, the header being row 0").containsExactly(
        new ExpectedEvent(1, "sessionStart", OptionalDouble.of(0), OptionalDouble.empty(), Map.of(),
            OptionalInt.empty()),
        new PingCadence(2, 10, 12, 45),
        new PingCadence(3, 1, 0, 8),
        new ExpectedEvent(4, "play", OptionalDouble.of(45), OptionalDouble.empty(), Map.of(), OptionalInt.empty()));
    assertThat(timeline.events()).as("requests in order, without the ping stretches")
        .extracting(ExpectedEvent::request).containsExactly("sessionStart", "play");
    assertThat(timeline.rows().get(1).describe()).as("how the diff names a stretch")
        .isEqualTo("pings every 10 s from 12 to 45 s");
  }

  @Test
  void paramsArePairsWhoseQuotedValuesMayHoldCommas() {
    ExpectedTimeline timeline = timeline("""
        | request | params                                                              |
        | adStart | media.ad.id="001", media.ad.name="Pre-roll, ad 1" ,media.ad.length=12 |
        """);

    assertThat(timeline.events().get(0).subsets().get("params")).as("params of the row")
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("media.ad.id", "001", "media.ad.name", "Pre-roll, ad 1", "media.ad.length", "12"));
  }

  @Test
  void anUnknownColumnIsNamedWithTheColumnsThereAre() {
    assertThatThrownBy(() -> timeline("""
        | request | second |
        | play    | 12     |
        """)).as("a header with 'second' for 'seconds'")
        .hasMessageContaining("column 'second'")
        .hasMessageContaining("[request, seconds, playhead, params, qoeData, customMetadata, answer]");
  }

  @Test
  void aColumnTwiceIsRefusedRatherThanOneOfThemIgnored() {
    assertThatThrownBy(() -> timeline("""
        | request      | params           | params         |
        | sessionStart | media.id=ClickMe | media.length=1 |
        """)).as("two params columns").hasMessageContaining("two columns 'params'");
  }

  @Test
  void aTableWithoutARequestColumnIsRefused() {
    assertThatThrownBy(() -> timeline("""
        | seconds |
        | 12      |
        """)).as("no request column").hasMessageContaining("needs a 'request' column");
  }

  @Test
  void aBadNumberNamesItsRowColumnAndCell() {
    assertThatThrownBy(() -> timeline("""
        | request      | seconds | playhead |
        | sessionStart | 0       | 0        |
        | play         | 12 s    | 0        |
        """)).as("seconds written '12 s'")
        .hasMessageStartingWith("the timeline \"test\", row 2").hasMessageContaining("'seconds' must be a number, got '12 s'");
    assertThatThrownBy(() -> timeline("""
        | request | playhead |
        | play    | NaN      |
        """)).as("playhead written 'NaN', which Double.parseDouble takes")
        .hasMessageContaining("row 1").hasMessageContaining("'playhead' must be a number, got 'NaN'");
  }

  @Test
  void aBadAnswerNamesItsRowAndCell() {
    assertThatThrownBy(() -> timeline("""
        | request | answer  |
        | play    | 204 OK  |
        """)).as("answer written '204 OK'")
        .hasMessageContaining("row 1").hasMessageContaining("'answer' must be an HTTP status such as 204, got '204 OK'");
  }

  @Test
  void aCadenceWithoutAStretchSaysHowToWriteOne() {
    assertThatThrownBy(() -> timeline("""
        | request          | seconds |
        | sessionStart     | 0       |
        | pings every 10 s | 12      |
        """)).as("a ping stretch with one number")
        .hasMessageContaining("row 2 (pings every 10 s)").hasMessageContaining("'A to B', e.g. '22 to 64', got '12'");
    assertThatThrownBy(() -> timeline("""
        | request          |
        | pings every 10 s |
        """)).as("a ping stretch in a table without a seconds column")
        .hasMessageContaining("row 1 (pings every 10 s)").hasMessageContaining("got ''");
  }

  @Test
  void aStretchThatEndsBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> timeline("""
        | request          | seconds  |
        | pings every 10 s | 45 to 12 |
        """)).as("stretch 45 to 12").hasMessageContaining("row 1").hasMessageContaining("A <= B");
  }

  @Test
  void aRequestWithSpacesIsNeitherAnEventNorAStretch() {
    assertThatThrownBy(() -> timeline("""
        | request       |
        | sessionStart  |
        | ad start      |
        """)).as("request 'ad start'")
        .hasMessageContaining("row 2").hasMessageContaining("'ad start' is neither an event type")
        .hasMessageContaining("did you mean adStart?");
  }

  @Test
  void aRequestThatIsNoEventTypeIsATypoOfTheTableNotAMistakeOfThePlayer() {
    assertThatThrownBy(() -> timeline("""
        | request      |
        | sessionStart |
        | adstart      |
        """)).as("request 'adstart' for 'adStart'")
        .hasMessageContaining("row 2").hasMessageContaining("'adstart' is neither an event type")
        .hasMessageContaining("did you mean adStart?");
  }

  @Test
  void aPingRowSaysThatPingsAreCheckedByStretches() {
    assertThatThrownBy(() -> timeline("""
        | request      | seconds |
        | sessionStart | 0       |
        | ping         | 10      |
        """)).as("a ping row, which the check would never match since pings are not in the order check")
        .hasMessageContaining("row 2").hasMessageContaining("'pings every 10 s'");
  }

  @Test
  void aRowWithoutARequestIsRefused() {
    assertThatThrownBy(() -> timeline("""
        | request | seconds |
        |         | 12      |
        """)).as("empty request cell").hasMessageContaining("row 1 names no request");
  }

  @Test
  void aParamWithoutAnEqualsSignNamesItsRowAndCell() {
    assertThatThrownBy(() -> timeline("""
        | request      | params                    |
        | sessionStart | media.id=ClickMe, media.length |
        """)).as("params 'media.id=ClickMe, media.length'")
        .hasMessageContaining("row 1").hasMessageContaining("'params' holds key=value pairs")
        .hasMessageContaining("'media.length' is not one");
  }

  @Test
  void anUnclosedQuoteNamesItsRowAndCell() {
    assertThatThrownBy(() -> timeline("""
        | request | params                                       |
        | adStart | media.ad.name="Pre-roll, ad 1, media.ad.id=1 |
        """)).as("a quote that is never closed, which would make the value expected hold a quote")
        .hasMessageContaining("row 1").hasMessageContaining("'params'").hasMessageContaining("unclosed quote");
  }

  @Test
  void aTableWithNoRowsAtAllIsRefused() {
    assertThatThrownBy(() -> ExpectedTimeline.parse("empty", List.of())).as("no header")
        .hasMessageContaining("\"empty\" has no rows");
  }
}
