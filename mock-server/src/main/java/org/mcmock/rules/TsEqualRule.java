package org.mcmock.rules;

import java.util.Optional;

/**
 * Adobe's backend sorts events by ts and cannot order ties. Adobe's own SDKs send sibling events with
 * one ts (adStart and its play), so a tie is a warning, not an error.
 */
final class TsEqualRule implements SessionRule {

  @Override
  public RuleId id() {
    return RuleId.TS_EQUAL;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    if (before.previousTs() < 0 || event.ts() != before.previousTs()) {
      return Optional.empty();
    }
    return Optional.of(new Finding(id(), Severity.WARNING, event.index(), before.describe(event)
        + " has the same ts as event " + before.previousIndex() + " (" + before.previousType().wireName()
        + "): Adobe's backend orders events by ts and cannot order a tie; keep at least 1 ms between events"));
  }
}
