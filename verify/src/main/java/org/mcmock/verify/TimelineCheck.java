package org.mcmock.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Holds what a mock recorded against an expected timeline. Time is judged by {@code playerTime.ts}, counted
 * from the first request's: a player may play a minute-long timeline in milliseconds. Requests are compared in
 * ts order, as Adobe's backend judges them, whatever order they arrived in. Pings are judged by cadence over the
 * timeline's stretches, every other request by its order, offset, playhead, values and answer. Answers the admin
 * API's fault injection gave are never the player's mistake.
 *
 * <p>By default the check is lenient where Adobe counts the same (see {@link WhatAdobeCounts}): a playback event
 * that changes no state, closing what is open at the session's end, {@code media.contentType} in any case,
 * {@code media.ad.podIndex} counted from 0 or from 1, and any event restarting the ping interval, as the PING_GAP
 * rule counts. {@link #exactly()} holds the player to the letter of the timeline.
 *
 * <p>Of the sessions a mock holds it checks the player's newest run ({@link PlayerRun}), or the sessions named.
 */
public final class TimelineCheck {

  /** Seconds either side that an offset, a playhead or a ping interval may be off by. */
  public static final double DEFAULT_TOLERANCE = 1.0;

  private static final String MISSING = "(missing)";
  private static final String NOT_EXPECTED = "(not expected)";
  private static final int PINGS_LISTED = 8;
  /** The rule whose finding at a sessionStart says the player writes ts in seconds. */
  private static final String TS_IN_SECONDS = "TS_IN_SECONDS";
  private static final String CONTENT_TYPE = "media.contentType";
  private static final String POD_INDEX = "media.ad.podIndex";

  private final double tolerance;
  private final boolean exact;

  /** A lenient check, which tolerates what does not change what Adobe counts. */
  public TimelineCheck(double toleranceSeconds) {
    this(toleranceSeconds, false);
  }

  private TimelineCheck(double toleranceSeconds, boolean exact) {
    if (!(toleranceSeconds >= 0)) {
      throw new IllegalArgumentException("the tolerance must be 0 s or more, got " + toleranceSeconds);
    }
    this.tolerance = toleranceSeconds;
    this.exact = exact;
  }

  /** The same check to the letter of the timeline: every request it does not list is a mistake. */
  public TimelineCheck exactly() {
    return new TimelineCheck(tolerance, true);
  }

  /** Whether the check holds the player to the letter of the timeline ({@link #exactly()}). */
  public boolean exact() {
    return exact;
  }

  /** Seconds either side that an offset, a playhead or a ping interval may be off by. */
  public double tolerance() {
    return tolerance;
  }

  public static TimelineCheck withDefaultTolerance() {
    return new TimelineCheck(DEFAULT_TOLERANCE);
  }

  /** Checks the player's newest run among the sessions {@code journal} holds ({@link PlayerRun}). */
  public Verdict check(ExpectedTimeline timeline, Journal journal) {
    int sessionStarts = (int) timeline.events().stream().filter(e -> "sessionStart".equals(e.request())).count();
    return new Run(timeline, PlayerRun.newest(journal, sessionStarts)).verdict();
  }

  /**
   * Checks the sessions of {@code journal} whose sids are {@code sids}, in the order they were opened.
   *
   * @throws IllegalArgumentException naming a sid the journal does not hold, and those it holds
   */
  public Verdict check(ExpectedTimeline timeline, Journal journal, Collection<String> sids) {
    return new Run(timeline, PlayerRun.sessions(journal, sids)).verdict();
  }

  /** One line of the report's side-by-side diff; {@code differs} marks it with {@code >}. */
  private record DiffLine(boolean differs, String expected, String recorded) {}

  /** One check: its inputs, and the mistakes and diff lines it finds on the way. */
  private final class Run {
    private final ExpectedTimeline timeline;
    private final PlayerRun run;
    /** The sessions checked, out of those the mock holds. */
    private final Journal journal;
    /** The timeline's requests, in order: what the player must send. */
    private final List<ExpectedEvent> want;
    /** Every recorded request but the pings, in order: what the player sent. */
    private final List<RecordedRequest> got;
    private final List<RecordedRequest> pings;
    /** The first request's ts, second 0 of the timeline. */
    private final long start;
    private final WhatAdobeCounts counts;
    /** Per session, whether it counts media.ad.podIndex from 1 (true) or from 0, once seen. */
    private final Map<Integer, Boolean> podIndexFromOne = new HashMap<>();
    private final List<String> mistakes = new ArrayList<>();
    private final List<DiffLine> diff = new ArrayList<>();

    Run(ExpectedTimeline timeline, PlayerRun run) {
      this.timeline = timeline;
      this.run = run;
      this.journal = run.journal();
      this.want = timeline.events();
      this.got = journal.requests().stream().filter(r -> !r.ping()).toList();
      this.counts = new WhatAdobeCounts(got, tolerance);
      this.pings = journal.requests().stream().filter(RecordedRequest::ping).toList();
      this.start = journal.requests().stream().mapToLong(RecordedRequest::ts).filter(ts -> ts >= 0).findFirst()
          .orElse(0);
    }

    Verdict verdict() {
      if (journal.requests().isEmpty()) {
        mistakes.add("No request was recorded: the player sent no sessionStart to /api/v1/sessions of this mock"
            + " (or the mock was reset after it did).");
      } else if (!tsInSeconds()) {
        compareRequests();
        checkPingAnswers();
        checkFindings();
      }
      return new Verdict(timeline.name(), mistakes, report());
    }

    /**
     * A player that writes ts in seconds is told so in one line per session: every offset, ping gap and order
     * would only show it again.
     */
    private boolean tsInSeconds() {
      journal.sessions().forEach(session -> session.findings().stream().filter(f -> TS_IN_SECONDS.equals(f.rule()))
          .findFirst().ifPresent(f -> mistakes.add("playerTime.ts is in seconds, not milliseconds, in session "
              + session.number() + " (" + session.sid() + "): " + f.message() + ". The rest of the comparison is"
              + " left out: every offset would be off by a factor of 1000")));
      return !mistakes.isEmpty();
    }

    /**
     * The mock's error findings; not those on a request it refused for them (strict mode), whose answer
     * already quotes them.
     */
    private void checkFindings() {
      for (RecordedSession session : journal.sessions()) {
        session.findings().stream().filter(f -> f.error() && !refusedFor(session, f))
            .forEach(f -> mistakes.add("The mock found " + f.rule() + " at event " + f.eventIndex() + " of session "
                + f.session() + ": " + f.message()));
      }
    }

    private boolean refusedFor(RecordedSession session, RecordedFinding finding) {
      return session.requests().stream().anyMatch(r -> r.index() == finding.eventIndex() && r.status() >= 400
          && !r.answeredByFault());
    }

    private void compareRequests() {
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
            diff.add(new DiffLine(false, expected.describe(), "(tolerated: not sent, the player was playing)"));
          } else {
            missing.put(step.expected(), pairs);
            diff.add(new DiffLine(true, expected.describe(), MISSING));
          }
        } else {
          Optional<String> excuse = exact ? Optional.empty() : counts.excuse(step.recorded());
          RecordedRequest recorded = got.get(step.recorded());
          if (excuse.isPresent() && answerIsFine(recorded)) {
            diff.add(new DiffLine(false, "(tolerated: " + excuse.get() + ")", describe(recorded)));
          } else {
            extra.put(step.recorded(), pairs);
            diff.add(new DiffLine(true, NOT_EXPECTED, describe(recorded)));
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
      boolean onTime = within(expected.seconds().orElse(Double.NaN), seconds(recorded));
      boolean answeredAsExpected = expected.answer().isPresent() ? expected.answer().getAsInt() == recorded.status()
          : answerIsFine(recorded);
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
          checkCadence(cadence);
        }
        i++;
      }
      // Skip the event row itself: it is written by the caller.
      return i < rows.size() && rows.get(i).row() == beforeRow ? i + 1 : i;
    }

    private void compare(ExpectedEvent expected, RecordedRequest recorded) {
      List<String> differences = new ArrayList<>();
      expected.seconds().ifPresent(s -> {
        if (!within(s, seconds(recorded))) {
          differences.add("expected at " + Numbers.format(s) + " s by its ts, recorded " + at(recorded));
        }
      });
      expected.playhead().ifPresent(p -> {
        if (!within(p, recorded.playhead())) {
          differences.add("expected at playhead " + Numbers.format(p) + ", recorded at playhead "
              + (Double.isNaN(recorded.playhead()) ? "(none)" : Numbers.format(recorded.playhead())));
        }
      });
      expected.subsets().forEach((field, pairs) -> pairs.forEach((key, value) -> {
        Optional<JsonNode> actual = recorded.value(field, key);
        if (actual.isEmpty()) {
          differences.add(field + " has no " + key + " (expected " + value + ")");
        } else if (!accepted(key, value, actual.get(), recorded)) {
          differences.add(field + " " + key + " is " + actual.get() + ", expected " + value + (countedFromOne(key,
              recorded) ? " counted from 0, " + plusOne(value) + " counted from 1 as this session's first is" : ""));
        }
      }));
      if (expected.answer().isPresent()) {
        if (expected.answer().getAsInt() != recorded.status()) {
          differences.add("answered " + recorded.status() + answerReason(recorded) + ", expected "
              + expected.answer().getAsInt());
        }
      } else {
        problemWithAnswer(recorded).ifPresent(differences::add);
      }
      diff.add(new DiffLine(!differences.isEmpty(), expected.describe(), describe(recorded)));
      differences.forEach(d -> mistakes.add(recorded.request() + " " + at(recorded) + " (row " + expected.row()
          + "): " + d));
    }

    /**
     * Where Adobe's sources disagree, a value as Adobe accepts it (lenient only): {@code media.contentType} in
     * any case (docs/decisions.md#where-the-sources-disagree, #16); {@code media.ad.podIndex} counted from 0 or from 1 (docs/decisions.md#where-the-sources-disagree, #4), as the session's
     * first one counts it.
     */
    private boolean accepted(String key, String expected, JsonNode actual, RecordedRequest recorded) {
      if (!exact && CONTENT_TYPE.equals(key)) {
        return actual.isTextual() && expected.equalsIgnoreCase(actual.asText());
      }
      if (!exact && POD_INDEX.equals(key) && expected.matches("\\d+")) {
        boolean fromOne = podIndexFromOne.computeIfAbsent(recorded.session(),
            s -> !sameValue(expected, actual) && sameValue(plusOne(expected), actual));
        return sameValue(fromOne ? plusOne(expected) : expected, actual);
      }
      return sameValue(expected, actual);
    }

    private boolean countedFromOne(String key, RecordedRequest recorded) {
      return !exact && POD_INDEX.equals(key) && podIndexFromOne.getOrDefault(recorded.session(), false);
    }

    private static String plusOne(String index) {
      return String.valueOf(Long.parseLong(index) + 1);
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
          mistakes.add(expected.request() + " is out of order: the timeline expects it " + neighbour(e)
              + " (row " + expected.row() + "), the player sent it " + at(recorded) + afterWhat(moved.get())
              + answerNote(recorded));
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
          mistakes.add("expected " + expected.describe() + " (row " + expected.row() + "), the player sent "
              + recorded.request() + " " + at(recorded) + " instead" + answerNote(recorded));
          missing.remove(e);
          extra.remove(instead.get());
        }
      }
      if (noSessionOpened() && !missing.isEmpty()) {
        // Every later row is missing for one reason; listing each would bury it.
        mistakes.add("no session was opened, so the timeline's other " + missing.size() + " requests (rows "
            + missing.keySet().stream().map(e -> String.valueOf(want.get(e).row())).collect(Collectors.joining(", "))
            + ") and its pings reached none");
      } else {
        missing.keySet().forEach(e -> mistakes.add(want.get(e).describe() + " (row " + want.get(e).row()
            + ") is missing: the player never sent it"));
      }
      extra.keySet().forEach(r -> mistakes.add("unexpected " + got.get(r).request() + " " + at(got.get(r))
          + ": the timeline has no such request there" + answerNote(got.get(r))));
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

    /**
     * The gaps in a ping stretch: between pings, or in the lenient check between any two requests, since any
     * event restarts the ping interval as the PING_GAP rule counts.
     */
    private void checkCadence(PingCadence cadence) {
      List<Double> times = pings.stream().map(this::seconds)
          .filter(s -> s >= cadence.from() - tolerance && s <= cadence.to() + tolerance).sorted().toList();
      List<Double> points = new ArrayList<>();
      points.add(cadence.from());
      (exact ? pings : journal.requests()).stream().map(this::seconds)
          .filter(s -> s > cadence.from() && s < cadence.to()).sorted().forEach(points::add);
      points.add(cadence.to());
      String seen = times.isEmpty() ? "no ping" : "pings at " + times.stream().limit(PINGS_LISTED)
          .map(Numbers::tenths).collect(Collectors.joining(", ")) + (times.size() > PINGS_LISTED ? ", ..." : "")
          + " s";
      List<String> gaps = new ArrayList<>();
      for (int i = 1; i < points.size(); i++) {
        double gap = points.get(i) - points.get(i - 1);
        if (gap > cadence.every() + tolerance) {
          gaps.add(Numbers.tenths(gap) + " s without a ping" + (exact ? "" : " or another request") + " from "
              + Numbers.tenths(points.get(i - 1)) + " to " + Numbers.tenths(points.get(i)) + " s");
        }
      }
      diff.add(new DiffLine(!gaps.isEmpty(), cadence.describe(), seen));
      if (!gaps.isEmpty() && !noSessionOpened()) {
        mistakes.add(cadence.describe() + " (row " + cadence.row() + "): " + (times.isEmpty()
            ? "the player sent no ping at all in those " + Numbers.format(cadence.to() - cadence.from()) + " s"
            : String.join("; ", gaps)));
      }
    }

    /** Pings are not in the diff; a ping the mock refused or answered 410 is a mistake all the same. */
    private void checkPingAnswers() {
      Map<String, List<RecordedRequest>> byProblem = new LinkedHashMap<>();
      for (RecordedRequest ping : pings) {
        if (firstToFindItClosed(ping)) {
          continue;
        }
        problemWithAnswer(ping).ifPresent(p -> byProblem.computeIfAbsent(p, k -> new ArrayList<>()).add(ping));
      }
      byProblem.forEach((problem, same) -> mistakes.add((same.size() == 1 ? "ping " + at(same.get(0))
          : same.size() + " pings from " + Numbers.tenths(seconds(same.get(0))) + " to "
              + Numbers.tenths(seconds(same.get(same.size() - 1))) + " s") + ": " + problem));
    }

    /** What was wrong with the answer a request got, unless {@link #answerIsFine it was fine}. */
    private Optional<String> problemWithAnswer(RecordedRequest recorded) {
      if (answerIsFine(recorded)) {
        return Optional.empty();
      }
      return Optional.of("answered " + recorded.status() + answerReason(recorded));
    }

    /**
     * The first ping to find its session closed, when the player did not close it: the backend closed it
     * under the player (a timeout), which a player learns only so. What it does next is the timeline's to check.
     */
    private boolean firstToFindItClosed(RecordedRequest ping) {
      return closedAnswer(ping) && !afterSessionEnd(ping) && sessionOf(ping)
          .map(s -> s.requests().stream().noneMatch(r -> r.index() < ping.index() && closedAnswer(r)))
          .orElse(true);
    }

    /** A success, or a fault the test asked for: never the player's mistake. */
    private boolean answerIsFine(RecordedRequest recorded) {
      return recorded.answeredOk() || recorded.answeredByFault();
    }

    /** The backend's word that the session is gone: 410 closed, 404 lost. */
    private boolean closedAnswer(RecordedRequest recorded) {
      return recorded.status() == 404 || recorded.status() == 410;
    }

    private Optional<RecordedSession> sessionOf(RecordedRequest recorded) {
      return journal.session(recorded.session());
    }

    private boolean afterSessionEnd(RecordedRequest recorded) {
      return sessionOf(recorded).map(s -> s.requests().stream().anyMatch(r -> r.index() < recorded.index()
          && "sessionEnd".equals(r.eventType()) && r.answeredOk())).orElse(false);
    }

    private String answerNote(RecordedRequest recorded) {
      return problemWithAnswer(recorded).map(p -> " (" + p + ")").orElse("");
    }

    /**
     * Why the mock gave a request its answer: in the mock's words, quoted; for a 410 or a 404 (a session lost
     * by a planned fault), whether the player's own sessionEnd closed the session.
     */
    private String answerReason(RecordedRequest recorded) {
      if (!closedAnswer(recorded)) {
        return recorded.refusal().isEmpty() ? "" : ": \"" + recorded.refusal() + "\"";
      }
      if (afterSessionEnd(recorded)) {
        return ": sent after sessionEnd, which closes the session";
      }
      String closeReason = sessionOf(recorded).map(RecordedSession::closeReason).map(r -> " (" + r + ")").orElse("");
      return ": session " + recorded.session() + " was closed" + closeReason
          + ", and the player kept sending to it instead of starting a new session";
    }

    private String describe(RecordedRequest recorded) {
      StringBuilder text = new StringBuilder(recorded.request());
      if (recorded.ts() >= 0) {
        text.append(" at ").append(Numbers.tenths(seconds(recorded))).append(" s");
      }
      if (!Double.isNaN(recorded.playhead())) {
        text.append(recorded.ts() >= 0 ? ", " : " at ").append("playhead ").append(Numbers.format(recorded.playhead()));
      }
      text.append(" -> ").append(recorded.status());
      if (recorded.injected() != null) {
        text.append(" (injected: ").append(recorded.injected()).append(')');
      }
      if (recorded.session() > 1) {
        text.append(" [session ").append(recorded.session()).append(']');
      }
      return text.toString();
    }

    /** "at 12.0 s" by the request's ts, for the mistakes; a request without one says so. */
    private String at(RecordedRequest recorded) {
      return recorded.ts() < 0 ? "without a ts" : "at " + Numbers.tenths(seconds(recorded)) + " s";
    }

    private double seconds(RecordedRequest recorded) {
      return recorded.ts() < 0 ? Double.NaN : (recorded.ts() - start) / 1000.0;
    }

    private boolean within(double expected, double actual) {
      return !Double.isNaN(expected) && !Double.isNaN(actual) && Math.abs(expected - actual) <= tolerance + 1e-9;
    }

    private String report() {
      StringBuilder text = new StringBuilder(run.describe()).append('\n');
      int sessions = journal.sessions().size();
      if (mistakes.isEmpty()) {
        text.append("The recorded session").append(sessions == 1 ? " follows" : "s follow").append(" the timeline \"")
            .append(timeline.name()).append("\": ").append(journal.requests().size()).append(" requests in ")
            .append(sessions).append(sessions == 1 ? " session" : " sessions").append(".\n");
      } else {
        text.append("The recorded session").append(sessions == 1 ? " does" : "s do").append(" not follow the timeline \"")
            .append(timeline.name()).append("\": ").append(mistakes.size())
            .append(mistakes.size() == 1 ? " mistake" : " mistakes").append(".\n");
        for (int i = 0; i < mistakes.size(); i++) {
          text.append(String.format("  %2d. %s\n", i + 1, mistakes.get(i)));
        }
      }
      if (!diff.isEmpty()) {
        int width = Math.max("expected".length(), diff.stream().mapToInt(l -> l.expected().length()).max().orElse(0));
        text.append("\nThe timeline against what the mock recorded (pings are checked by the stretches; > marks"
            + " a difference):\n");
        text.append(String.format("    %-" + width + "s  %s\n", "expected", "recorded"));
        diff.forEach(l -> text.append(String.format("  %s %-" + width + "s  %s\n", l.differs() ? ">" : " ",
            l.expected(), l.recorded())));
      }
      List<RecordedFinding> notes = journal.sessions().stream().flatMap(s -> s.findings().stream())
          .filter(f -> !f.error()).toList();
      if (!notes.isEmpty()) {
        text.append("\nThe mock's other findings:\n");
        notes.forEach(f -> text.append("  - ").append(f.describe()).append('\n'));
      }
      if (sessions > 0) {
        text.append('\n').append(journal.describeSessions()).append('\n');
      }
      return text.toString();
    }
  }

  /** A table cell against a JSON value: numbers by value, everything else by its text. */
  static boolean sameValue(String expected, JsonNode actual) {
    if (actual.isNumber()) {
      try {
        return Double.parseDouble(expected) == actual.asDouble();
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return actual.isValueNode() && expected.equals(actual.asText());
  }
}
