package org.mcmock.rules;

import org.mcmock.model.EventType;

/**
 * The figures Adobe would count from a session's events: how many of each (ad breaks, ads, chapters, pauses...)
 * and how long the player spent in content, ads, pauses and buffering. The {@link Timeline} feeds it each event
 * with what was open before it.
 */
final class PlaybackTally {

  /** What an event adds one to, if anything. */
  private enum Count {
    AD_BREAKS, ADS_STARTED, ADS_COMPLETED, ADS_SKIPPED, CHAPTERS_STARTED, CHAPTERS_COMPLETED, CHAPTERS_SKIPPED,
    PAUSES, BUFFERINGS, ERRORS, BITRATE_CHANGES, PINGS, NOTHING
  }

  /** Where time goes between two events. */
  enum Spent { CONTENT, AD, PAUSED, BUFFERING, NOWHERE }

  private final int[] counts;
  private final long[] millis;
  private boolean completed;

  PlaybackTally() {
    this(new int[Count.values().length], new long[Spent.values().length], false);
  }

  private PlaybackTally(int[] counts, long[] millis, boolean completed) {
    this.counts = counts;
    this.millis = millis;
    this.completed = completed;
  }

  PlaybackTally copy() {
    return new PlaybackTally(counts.clone(), millis.clone(), completed);
  }

  /** Counts an applied event; {@code before} is the timeline as it stood before it (an ad counts only in a break). */
  void count(EventType type, Timeline before) {
    Count count = switch (type) {
      case AD_BREAK_START -> Count.AD_BREAKS;
      case AD_START -> before.adBreakOpen() ? Count.ADS_STARTED : Count.NOTHING;
      case AD_COMPLETE -> before.adOpen() ? Count.ADS_COMPLETED : Count.NOTHING;
      case AD_SKIP -> before.adOpen() ? Count.ADS_SKIPPED : Count.NOTHING;
      case CHAPTER_START -> Count.CHAPTERS_STARTED;
      case CHAPTER_COMPLETE -> before.chapterOpen() ? Count.CHAPTERS_COMPLETED : Count.NOTHING;
      case CHAPTER_SKIP -> before.chapterOpen() ? Count.CHAPTERS_SKIPPED : Count.NOTHING;
      case PAUSE_START -> Count.PAUSES;
      case BUFFER_START -> Count.BUFFERINGS;
      case ERROR -> Count.ERRORS;
      case BITRATE_CHANGE -> Count.BITRATE_CHANGES;
      case PING -> Count.PINGS;
      case SESSION_START, SESSION_COMPLETE, SESSION_END, AD_BREAK_COMPLETE, PLAY, STATE_START, STATE_END ->
          Count.NOTHING;
    };
    counts[count.ordinal()]++;
    completed |= type == EventType.SESSION_COMPLETE;
  }

  void spend(Spent where, long elapsed) {
    millis[where.ordinal()] += elapsed;
  }

  PlaybackSummary summary() {
    return new PlaybackSummary(of(Count.AD_BREAKS), of(Count.ADS_STARTED), of(Count.ADS_COMPLETED),
        of(Count.ADS_SKIPPED), of(Count.CHAPTERS_STARTED), of(Count.CHAPTERS_COMPLETED), of(Count.CHAPTERS_SKIPPED),
        of(Count.PAUSES), of(Count.BUFFERINGS), of(Count.ERRORS), of(Count.BITRATE_CHANGES), of(Count.PINGS),
        of(Spent.CONTENT), of(Spent.AD), of(Spent.PAUSED), of(Spent.BUFFERING), completed);
  }

  private int of(Count count) {
    return counts[count.ordinal()];
  }

  private long of(Spent spent) {
    return millis[spent.ordinal()];
  }
}
