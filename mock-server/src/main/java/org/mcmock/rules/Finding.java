package org.mcmock.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * Something the mock noticed about a session that Adobe's backend would not say out loud.
 *
 * @param rule stable rule id, e.g. {@code AD_OUTSIDE_BREAK}
 * @param eventIndex index of the event in the session's arrival order, or -1 for the whole session
 * @param message what happened and what the docs ask for instead
 */
public record Finding(String rule, Severity severity, int eventIndex, String message) {

  public Finding(RuleId rule, Severity severity, int eventIndex, String message) {
    this(rule.name(), severity, eventIndex, message);
  }

  @JsonIgnore
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  public static boolean anyError(List<Finding> findings) {
    return findings.stream().anyMatch(Finding::isError);
  }
}
