package org.mcmock.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compares the timeline's requests with the recorded ones but the pings, in ts order: pairs them
 * ({@link Alignment}), then judges each pair by its offset, playhead, values and answer, and explains each
 * request left unpaired; the ping stretches are judged where they stand among the requests.
 */
final class RequestComparison {

  private static final String MISSING = "(missing)";
  private static final String NOT_EXPECTED = "(not expected)";

  private final ExpectedTimeline timeline;
  private final Journal journal;
  private final boolean exact;
  /** The timeline's requests, in order: what the player must send. */
  private final List<ExpectedEvent> want;
  /** Every recorded request but the pings, in order: what the player sent. */
  private final List<RecordedRequest> got;
  private final WhatAdobeCounts counts;
  private final PlayerClock clock;
  private final AnswerCheck answers;
  private final CadenceCheck cadences;
  private final ValueMatch values;
  private final VerdictDraft draft;

  RequestComparison(ExpectedTimeline timeline, Journal journal, boolean exact, PlayerClock clock,
      AnswerCheck answers, CadenceCheck cadences, VerdictDraft draft) {
    this.timeline = timeline;
    this.journal = journal;
    this.exact = exact;
    this.want = timeline.events();
    this.got = journal.requests().stream().filter(r -> !r.ping()).toList();
    this.counts = new WhatAdobeCounts(got, clock.tolerance());
    this.clock = clock;
    this.answers = answers;
    this.cadences = cadences;
    this.values = new ValueMatch(exact);
    this.draft = draft;
  }

  void compare() {
    List<Alignment.Step> steps = Alignment.align(want, got, this::pairScore);
    // Each unpaired request by the number of pairs before it: a missing and an extra one after as many
    // pairs stand in the same place.
    Map<Integer, Integer> missing = new LinkedHashMap<>();
    Map<Integer, Integer> extra = new LinkedHashMap<>();
    int pairs = 0;
    int nextRow = 0;
    int lastRecorded = -1;
    for (Alignment.Step step : steps) {
      if (step.expected() >= 0) {
        nextRow = checkCadencesBefore(nextRow, want.get(step.expected()).row());
      }
      if (step.match()) {
        pairs++;
        compare(want.get(step.expected()), got.get(step.recorded()));
      } else if (step.missing()) {
        ExpectedEvent expected = want.get(step.expected());
        if (!exact && "play".equals(expected.request()) && counts.playingAfter(lastRecorded)) {
          draft.line(false, expected.describe(), "(tolerated: not sent, the player was playing)", at(expected), null);
        } else {
          missing.put(step.expected(), pairs);
          draft.line(true, expected.describe(), MISSING, at(expected), null);
        }
      } else {
        Optional<String> excuse = exact ? Optional.empty() : counts.excuse(step.recorded());
        RecordedRequest recorded = got.get(step.recorded());
        if (excuse.isPresent() && AnswerCheck.fine(recorded)) {
          draft.line(false, "(tolerated: " + excuse.get() + ")", clock.describe(recorded), null, at(recorded));
        } else {
          extra.put(step.recorded(), pairs);
          draft.line(true, NOT_EXPECTED, clock.describe(recorded), null, at(recorded));
        }
      }
      lastRecorded = step.recorded() >= 0 ? step.recorded() : lastRecorded;
    }
    checkCadencesBefore(nextRow, Integer.MAX_VALUE);
    explainUnpaired(missing, extra);
  }

  /**
   * How well a recorded request stands for an expected one: not at all unless they have the same type; better
   * at the expected time, and better answered as expected, so that a request the mock refused and the player
   * sent again is the one left over. More pairs always beat better pairs.
   */
  private int pairScore(ExpectedEvent expected, RecordedRequest recorded) {
    if (!expected.request().equals(recorded.request())) {
      return 0;
    }
    boolean onTime = clock.within(expected.seconds().orElse(Double.NaN), clock.seconds(recorded));
    boolean answeredAsExpected = expected.answer().isPresent() ? expected.answer().getAsInt() == recorded.status()
        : AnswerCheck.fine(recorded);
    return 4 + (onTime ? 1 : 0) + (answeredAsExpected ? 1 : 0);
  }

  /**
   * Checks the ping stretches from {@code fromIndex} of the timeline's rows up to table row {@code beforeRow},
   * so that their diff lines stand among the requests, and returns the index after that row.
   */
  private int checkCadencesBefore(int fromIndex, int beforeRow) {
    int i = fromIndex;
    List<ExpectedRow> rows = timeline.rows();
    while (i < rows.size() && rows.get(i).row() < beforeRow) {
      if (rows.get(i) instanceof PingCadence cadence) {
        cadences.check(cadence, !noSessionOpened(), draft);
      }
      i++;
    }
    // Skip the event row itself: it is written by the caller.
    return i < rows.size() && rows.get(i).row() == beforeRow ? i + 1 : i;
  }

  private void compare(ExpectedEvent expected, RecordedRequest recorded) {
    List<String> differences = new ArrayList<>();
    expected.seconds().ifPresent(s -> {
      if (!clock.within(s, clock.seconds(recorded))) {
        differences.add("expected at " + Numbers.format(s) + " s by its ts, recorded " + clock.at(recorded));
      }
    });
    expected.playhead().ifPresent(p -> {
      if (!clock.within(p, recorded.playhead())) {
        differences.add("expected at playhead " + Numbers.format(p) + ", recorded at playhead "
            + (Double.isNaN(recorded.playhead()) ? "(none)" : Numbers.format(recorded.playhead())));
      }
    });
    expected.subsets().forEach((field, pairs) -> pairs.forEach((key, value) -> {
      Optional<JsonNode> actual = recorded.value(field, key);
      if (actual.isEmpty()) {
        differences.add(field + " has no " + key + " (expected " + value + ")");
      } else if (!values.accepted(key, value, actual.get(), recorded)) {
        differences.add(field + " " + key + " is " + actual.get() + ", expected " + value
            + values.countingNote(key, value, recorded));
      }
    }));
    if (expected.answer().isPresent()) {
      if (expected.answer().getAsInt() != recorded.status()) {
        differences.add("answered " + recorded.status() + answers.reason(recorded) + ", expected "
            + expected.answer().getAsInt());
      }
    } else {
      answers.problem(recorded).ifPresent(differences::add);
    }
    draft.line(!differences.isEmpty(), expected.describe(), clock.describe(recorded), at(expected), at(recorded));
    differences.forEach(d -> draft.mistake(recorded.request() + " " + clock.at(recorded) + " (row " + expected.row()
        + "): " + d));
  }

  /**
   * Out-of-order requests first (a missing and an extra one of the same type); then a missing and an extra
   * one in the same place, read as one sent instead of the other; then the rest.
   *
   * @param missing each unpaired expected request (its index in {@link #want}) by the pairs before it
   * @param extra each unpaired recorded request (its index in {@link #got}) by the pairs before it
   */
  private void explainUnpaired(Map<Integer, Integer> missing, Map<Integer, Integer> extra) {
    for (Integer e : List.copyOf(missing.keySet())) {
      ExpectedEvent expected = want.get(e);
      Optional<Integer> moved = extra.keySet().stream()
          .filter(r -> got.get(r).request().equals(expected.request())).findFirst();
      if (moved.isPresent()) {
        RecordedRequest recorded = got.get(moved.get());
        draft.mistake(expected.request() + " is out of order: the timeline expects it " + neighbour(e)
            + " (row " + expected.row() + "), the player sent it " + clock.at(recorded) + afterWhat(moved.get())
            + answers.note(recorded));
        missing.remove(e);
        extra.remove(moved.get());
      }
    }
    for (Integer e : List.copyOf(missing.keySet())) {
      Optional<Integer> instead = extra.entrySet().stream()
          .filter(x -> x.getValue().equals(missing.get(e))).map(Map.Entry::getKey).findFirst();
      if (instead.isPresent()) {
        ExpectedEvent expected = want.get(e);
        RecordedRequest recorded = got.get(instead.get());
        draft.mistake("expected " + expected.describe() + " (row " + expected.row() + "), the player sent "
            + recorded.request() + " " + clock.at(recorded) + " instead" + answers.note(recorded));
        missing.remove(e);
        extra.remove(instead.get());
      }
    }
    if (noSessionOpened() && !missing.isEmpty()) {
      // Every later row is missing for one reason; listing each would bury it.
      draft.mistake("no session was opened, so the timeline's other " + missing.size() + " requests (rows "
          + missing.keySet().stream().map(e -> String.valueOf(want.get(e).row())).collect(Collectors.joining(", "))
          + ") and its pings reached none");
    } else {
      missing.keySet().forEach(e -> draft.mistake(want.get(e).describe() + " (row " + want.get(e).row()
          + ") is missing: the player never sent it"));
    }
    extra.keySet().forEach(r -> draft.mistake("unexpected " + got.get(r).request() + " " + clock.at(got.get(r))
        + ": the timeline has no such request there" + answers.note(got.get(r))));
  }

  private static Double at(ExpectedEvent expected) {
    return expected.seconds().isPresent() ? expected.seconds().getAsDouble() : null;
  }

  private Double at(RecordedRequest recorded) {
    double seconds = clock.seconds(recorded);
    return Double.isNaN(seconds) ? null : seconds;
  }

  /** The player's sessionStarts were all refused: nothing after them had a session to go to. */
  private boolean noSessionOpened() {
    return journal.sessions().isEmpty();
  }

  private String neighbour(int expectedIndex) {
    if (expectedIndex + 1 < want.size()) {
      return "before " + want.get(expectedIndex + 1).request();
    }
    return expectedIndex > 0 ? "after " + want.get(expectedIndex - 1).request() : "first";
  }

  /** " after play", naming the request sent before; the first one says so. */
  private String afterWhat(int recordedIndex) {
    return recordedIndex == 0 ? ", before any other request" : " after " + got.get(recordedIndex - 1).request();
  }
}
