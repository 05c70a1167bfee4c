package org.mcmock.model;

import static org.mcmock.model.Severity.ERROR;
import static org.mcmock.model.Severity.WARNING;

/**
 * Every rule id the mock reports, in findings and in 400 bodies, with the severity it carries and
 * what it checks. The README's rule table lists exactly these.
 */
public enum RuleId {
  AD_OUTSIDE_BREAK(ERROR, "adStart, adComplete or adSkip with no open ad break", Cure.BY_EARLIER_EVENT),
  AD_NOT_STARTED(ERROR, "adComplete or adSkip with no open ad", Cure.BY_EARLIER_EVENT),
  AD_BREAK_NESTED(ERROR, "adBreakStart while an ad break is open", Cure.BY_EARLIER_EVENT),
  AD_BREAK_NOT_STARTED(ERROR, "adBreakComplete with no open ad break", Cure.BY_EARLIER_EVENT),
  PLAYBACK_BEFORE_AD(WARNING, "play, pauseStart or bufferStart between adBreakStart and its first adStart", Cure.BY_EARLIER_EVENT),
  CHAPTER_OVERLAP(ERROR, "chapterStart while a chapter is open", Cure.BY_EARLIER_EVENT),
  CHAPTER_NOT_STARTED(ERROR, "chapterComplete or chapterSkip with no open chapter", Cure.BY_EARLIER_EVENT),
  STATE_NOT_STARTED(ERROR, "stateEnd for a state that is not active", Cure.BY_EARLIER_EVENT),
  STATE_ALREADY_ACTIVE(WARNING, "stateStart for a state that is already active", Cure.BY_EARLIER_EVENT),
  STATE_LIMIT(WARNING, "more than 10 distinct player states in a session"),
  TS_EQUAL(WARNING, "events share a ts and the canonical order cannot tell which came first (two adStarts, say);"
      + " once per tied group"),
  TS_BACKWARDS(WARNING, ERROR, "ts earlier than the previous event's: warning within 1 s, error beyond"),
  TS_IN_SECONDS(ERROR, "sessionStart's playerTime.ts looks like seconds (below 10^11, i.e. before 1973 in ms)"),
  PING_GAP(ERROR, "more than the ping interval (+ tolerance) of ts without any event while the session is open", Cure.BY_EARLIER_EVENT),
  PING_FIRST_LATE(WARNING, "first ping later than the ping interval (+ tolerance) after playback starts", Cure.BY_EARLIER_EVENT),
  PING_WITH_PARAMS(WARNING, "a ping carrying params"),
  PLAYHEAD_RANGE(WARNING, "VOD playhead below 0 or beyond media.length (+ tolerance); live outside [0, 86400)"),
  CUSTOM_METADATA_RESERVED_KEY(ERROR, "customMetadata key with the reserved prefix a."),
  CUSTOM_METADATA_MEDIA_KEY(WARNING, "customMetadata key with the prefix media. (can overwrite standard fields)"),
  CUSTOM_METADATA_IGNORED(WARNING, "customMetadata on an event other than sessionStart, adStart or chapterStart"),
  DOWNLOADED_EMPTY(ERROR, "a downloaded batch with no events"),
  DOWNLOADED_FIRST_NOT_SESSION_START(ERROR, "a downloaded batch that does not start with sessionStart"),
  DOWNLOADED_SECOND_SESSION_START(ERROR, "a second sessionStart in one downloaded batch"),
  DOWNLOADED_TS_BACKWARDS(ERROR, "ts going backwards inside a downloaded batch"),
  DOWNLOADED_AFTER_SESSION_END(ERROR, "an event after sessionEnd in a downloaded batch"),
  DOWNLOADED_FLAG_MISSING(ERROR, "the deprecated array form without \"media.downloaded\": true"),
  DOWNLOADED_TOO_MANY_EVENTS(ERROR, "a batch larger than --max-events-per-session"),
  DOWNLOADED_ON_LIVE_SESSION(ERROR, "\"media.downloaded\": true on a live sessionStart"),
  DOWNLOADED_NO_CLOSE(WARNING, "a downloaded batch with neither sessionComplete nor sessionEnd"),
  DOWNLOADED_FLAG_FALSE(WARNING, "\"media.downloaded\": false on /api/v1/downloaded"),
  DOWNLOADED_DEPRECATED_FORM(WARNING, "a downloaded batch posted as an array to /api/v1/sessions");

  /** Whether an event not yet arrived could still cure a finding, so its answer may wait for it. */
  public enum Cure {
    /** Nothing that arrives later changes it. */
    NEVER,
    /** An event with an equal or earlier ts (an adBreakStart before its adStart, a ping in a gap) cures it. */
    BY_EARLIER_EVENT
  }

  private final Severity severity;
  /** The severity a graded rule reaches when it is broken badly, or the same as {@link #severity}. */
  private final Severity gradedUpTo;
  private final String description;
  private final Cure cure;

  RuleId(Severity severity, String description) {
    this(severity, severity, description, Cure.NEVER);
  }

  RuleId(Severity severity, String description, Cure cure) {
    this(severity, severity, description, cure);
  }

  /** A graded rule: {@code severity} by default, {@code gradedUpTo} when broken badly (its description says when). */
  RuleId(Severity severity, Severity gradedUpTo, String description) {
    this(severity, gradedUpTo, description, Cure.NEVER);
  }

  RuleId(Severity severity, Severity gradedUpTo, String description, Cure cure) {
    this.severity = severity;
    this.gradedUpTo = gradedUpTo;
    this.description = description;
    this.cure = cure;
  }

  /** True when an event not yet arrived, with an equal or earlier ts, could cure this rule's finding. */
  public boolean curableByEarlierEvent() {
    return cure == Cure.BY_EARLIER_EVENT;
  }

  /** The severity of this rule's findings; a graded rule's when it is broken mildly. */
  public Severity severity() {
    return severity;
  }

  /** The severity of a graded rule's findings when it is broken badly; {@link #severity()} for any other rule. */
  public Severity gradedUpTo() {
    return gradedUpTo;
  }

  /** The severity as the README's rule table and the admin API's rule list show it; {@code warning / error} if graded. */
  public String severityLabel() {
    return severity == gradedUpTo ? severity.label() : severity.label() + " / " + gradedUpTo.label();
  }

  public String description() {
    return description;
  }

  /** A finding of this rule, with its own severity, about the event at {@code eventIndex} (-1: the whole session). */
  public Finding finding(int eventIndex, String message) {
    return new Finding(this, severity, eventIndex, message);
  }

  /** A finding of a graded rule broken badly: {@link #gradedUpTo()}. */
  public Finding gradedFinding(int eventIndex, String message) {
    return new Finding(this, gradedUpTo, eventIndex, message);
  }
}
