package org.mcmock.rules;

import java.util.List;

/**
 * The rules engine for one session: fed one event at a time, it says what each event breaks. Judging
 * and applying are separate steps, so strict mode can refuse an event and leave the session as it was.
 * Not thread-safe: the session that owns it holds its lock.
 */
public final class SessionJudge {

  private final SessionRules rules;
  private final Timeline timeline;

  SessionJudge(SessionRules rules, Timeline timeline) {
    this.rules = rules;
    this.timeline = timeline;
  }

  /** The findings this event would earn, without applying it. */
  public List<Finding> judge(RuleEvent event) {
    return rules.check(timeline, event);
  }

  /** Applies an event the session accepted. */
  public void apply(RuleEvent event) {
    timeline.advance(event);
  }

  /** Judges and applies in one step, as for a downloaded batch or a replayed timeline. */
  public List<Finding> feed(RuleEvent event) {
    List<Finding> findings = judge(event);
    apply(event);
    return findings;
  }

  public Timeline timeline() {
    return timeline;
  }
}
