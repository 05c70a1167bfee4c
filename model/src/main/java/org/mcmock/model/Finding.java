package org.mcmock.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * Something the mock noticed about a session that Adobe's backend would not say out loud.
 *
 * @param rule stable rule id, e.g. {@code AD_OUTSIDE_BREAK} (its name in JSON)
 * @param severity the rule's severity ({@link RuleId#finding}), or the graded one ({@link RuleId#gradedFinding})
 * @param eventIndex index of the event in the session's ts order, or -1 for the whole session
 * @param message what happened and what the docs ask for instead
 */
public record Finding(RuleId rule, Severity severity, int eventIndex, String message) {

  @JsonIgnore
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** True when an event not yet arrived, with an equal or earlier ts, could still cure this finding. */
  @JsonIgnore
  public boolean curable() {
    return rule.curableByEarlierEvent();
  }

  public static boolean anyCurable(List<Finding> findings) {
    return findings.stream().anyMatch(Finding::curable);
  }

  /** True when an error among them can never be cured, so strict mode refuses at once. */
  public static boolean anyIncurableError(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.isError() && !f.curable());
  }

  /** The same finding about the event now at {@code index} (an event moves when a late one lands before it). */
  public Finding at(int index) {
    return index == eventIndex ? this : new Finding(rule, severity, index, message);
  }

  public static boolean anyError(List<Finding> findings) {
    return findings.stream().anyMatch(Finding::isError);
  }
}
