package org.mcmock.rules;

import org.mcmock.model.Finding;
import java.util.List;

/**
 * The rules engine for one session, in two layers: the settled timeline (events that have left the reorder
 * buffer: final) and the tip (the settled timeline with the buffered events applied on top, in ts order). Each
 * event is judged against the tip as it stood before it. Judging and applying are separate steps, so strict mode
 * can refuse an event and leave the session as it was; a late event that belongs among the buffered ones is judged
 * by {@link #replay}ing them on a copy of the settled timeline. Not thread-safe: the session that owns it holds
 * its lock.
 */
public final class SessionJudge {

  private final SessionRules rules;
  private final Timeline settled;
  /** The settled timeline plus the buffered events, or null while nothing is buffered (the tip is settled). */
  private Timeline tip;

  SessionJudge(SessionRules rules, Timeline timeline) {
    this.rules = rules;
    this.settled = timeline;
  }

  /** The findings this event would earn after the events applied so far, without applying it. */
  public List<Finding> judge(RuleEvent event) {
    return rules.check(timeline(), event);
  }

  /** Applies an event the session accepted to the tip; it stays unsettled until {@link #settle}. */
  public void apply(RuleEvent event) {
    if (tip == null) {
      tip = settled.copy();
    }
    tip.advance(event);
  }

  /** Makes the earliest buffered event final, as the tip already has it. */
  public void settle(RuleEvent event) {
    settled.advance(event);
  }

  /** Nothing is buffered any more: the tip is the settled timeline. */
  public void allSettled() {
    tip = null;
  }

  /** Starts the tip again from the settled timeline, to apply the buffered events anew in their new order. */
  public void replay() {
    tip = settled.copy();
  }

  /** Judges and applies as final in one step, as for a sessionStart or a downloaded batch. */
  public List<Finding> feed(RuleEvent event) {
    List<Finding> findings = judge(event);
    if (tip != null) {
      tip.advance(event);
    }
    settled.advance(event);
    return findings;
  }

  /** Where the session stands with every applied event, buffered or not. */
  public Timeline timeline() {
    return tip == null ? settled : tip;
  }
}
