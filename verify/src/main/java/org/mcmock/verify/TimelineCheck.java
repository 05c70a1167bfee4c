package org.mcmock.verify;

import java.util.Collection;

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
    return verdict(timeline, PlayerRun.newest(journal, sessionStarts));
  }

  /**
   * Checks the sessions of {@code journal} whose sids are {@code sids}, in the order they were opened.
   *
   * @throws IllegalArgumentException naming a sid the journal does not hold, and those it holds
   */
  public Verdict check(ExpectedTimeline timeline, Journal journal, Collection<String> sids) {
    return verdict(timeline, PlayerRun.sessions(journal, sids));
  }

  /**
   * The mistakes, in the order the report numbers them: those of the requests and ping stretches, then of the
   * pings' answers, then the mock's error findings.
   */
  private Verdict verdict(ExpectedTimeline timeline, PlayerRun run) {
    Journal journal = run.journal();
    VerdictDraft draft = new VerdictDraft();
    if (journal.requests().isEmpty()) {
      draft.mistake("No request was recorded: the player sent no sessionStart to /api/v1/sessions of this mock"
          + " (or the mock was reset after it did).");
    } else if (!FindingsCheck.tsInSeconds(journal, draft)) {
      PlayerClock clock = new PlayerClock(journal, tolerance);
      AnswerCheck answers = new AnswerCheck(journal, clock);
      CadenceCheck cadences = new CadenceCheck(journal, exact, clock);
      new RequestComparison(timeline, journal, exact, clock, answers, cadences, draft).compare();
      answers.pingMistakes(cadences.pings()).forEach(draft::mistake);
      FindingsCheck.errors(journal, draft);
    }
    return new Verdict(timeline.name(), draft.mistakes(), TimelineReport.write(run, timeline.name(), draft),
        draft.diff(), timeline, journal);
  }
}
