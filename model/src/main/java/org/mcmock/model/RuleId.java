package org.mcmock.model;

/**
 * Every rule id the mock reports, in findings and in 400 bodies, with the severity it carries and
 * what it checks. The README's rule table lists exactly these.
 */
public enum RuleId {
  AD_OUTSIDE_BREAK("error", "adStart, adComplete or adSkip with no open ad break", Cure.BY_EARLIER_EVENT),
  AD_NOT_STARTED("error", "adComplete or adSkip with no open ad", Cure.BY_EARLIER_EVENT),
  AD_BREAK_NESTED("error", "adBreakStart while an ad break is open", Cure.BY_EARLIER_EVENT),
  AD_BREAK_NOT_STARTED("error", "adBreakComplete with no open ad break", Cure.BY_EARLIER_EVENT),
  PLAYBACK_BEFORE_AD("warning", "play, pauseStart or bufferStart between adBreakStart and its first adStart", Cure.BY_EARLIER_EVENT),
  CHAPTER_OVERLAP("error", "chapterStart while a chapter is open", Cure.BY_EARLIER_EVENT),
  CHAPTER_NOT_STARTED("error", "chapterComplete or chapterSkip with no open chapter", Cure.BY_EARLIER_EVENT),
  STATE_NOT_STARTED("error", "stateEnd for a state that is not active", Cure.BY_EARLIER_EVENT),
  STATE_ALREADY_ACTIVE("warning", "stateStart for a state that is already active", Cure.BY_EARLIER_EVENT),
  STATE_LIMIT("warning", "more than 10 distinct player states in a session"),
  TS_EQUAL("warning", "events share a ts and the canonical order cannot tell which came first (two adStarts, say);"
      + " once per tied group"),
  TS_BACKWARDS("warning / error", "ts earlier than the previous event's: warning within 1 s, error beyond"),
  TS_IN_SECONDS("error", "sessionStart's playerTime.ts looks like seconds (below 10^11, i.e. before 1973 in ms)"),
  PING_GAP("error", "more than the ping interval (+ tolerance) of ts without any event while the session is open", Cure.BY_EARLIER_EVENT),
  PING_FIRST_LATE("warning", "first ping later than the ping interval (+ tolerance) after playback starts", Cure.BY_EARLIER_EVENT),
  PING_WITH_PARAMS("warning", "a ping carrying params"),
  PLAYHEAD_RANGE("warning", "VOD playhead below 0 or beyond media.length (+ tolerance); live outside [0, 86400)"),
  CUSTOM_METADATA_RESERVED_KEY("error", "customMetadata key with the reserved prefix a."),
  CUSTOM_METADATA_MEDIA_KEY("warning", "customMetadata key with the prefix media. (can overwrite standard fields)"),
  CUSTOM_METADATA_IGNORED("warning", "customMetadata on an event other than sessionStart, adStart or chapterStart"),
  DOWNLOADED_EMPTY("error", "a downloaded batch with no events"),
  DOWNLOADED_FIRST_NOT_SESSION_START("error", "a downloaded batch that does not start with sessionStart"),
  DOWNLOADED_SECOND_SESSION_START("error", "a second sessionStart in one downloaded batch"),
  DOWNLOADED_TS_BACKWARDS("error", "ts going backwards inside a downloaded batch"),
  DOWNLOADED_AFTER_SESSION_END("error", "an event after sessionEnd in a downloaded batch"),
  DOWNLOADED_FLAG_MISSING("error", "the deprecated array form without \"media.downloaded\": true"),
  DOWNLOADED_TOO_MANY_EVENTS("error", "a batch larger than --max-events-per-session"),
  DOWNLOADED_ON_LIVE_SESSION("error", "\"media.downloaded\": true on a live sessionStart"),
  DOWNLOADED_NO_CLOSE("warning", "a downloaded batch with neither sessionComplete nor sessionEnd"),
  DOWNLOADED_FLAG_FALSE("warning", "\"media.downloaded\": false on /api/v1/downloaded"),
  DOWNLOADED_DEPRECATED_FORM("warning", "a downloaded batch posted as an array to /api/v1/sessions");

  /** Whether an event not yet arrived could still cure a finding, so its answer may wait for it. */
  public enum Cure {
    /** Nothing that arrives later changes it. */
    NEVER,
    /** An event with an equal or earlier ts (an adBreakStart before its adStart, a ping in a gap) cures it. */
    BY_EARLIER_EVENT
  }

  private final String severity;
  private final String description;
  private final Cure cure;

  RuleId(String severity, String description) {
    this(severity, description, Cure.NEVER);
  }

  RuleId(String severity, String description, Cure cure) {
    this.severity = severity;
    this.description = description;
    this.cure = cure;
  }

  /** True when an event not yet arrived, with an equal or earlier ts, could cure this rule's finding. */
  public boolean curableByEarlierEvent() {
    return cure == Cure.BY_EARLIER_EVENT;
  }

  /** The severity as documented: one label, or two when the rule grades its findings. */
  public String severity() {
    return severity;
  }

  public String description() {
    return description;
  }
}
