package org.mcmock.rules;

import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import java.util.Optional;

/**
 * Adobe's backend sorts events by ts and cannot order ties. The mock orders a tie as its sender meant it (the
 * canonical order, {@link org.mcmock.contract.CanonicalOrder}): adStart and its play, or adSkip, adBreakComplete
 * and sessionEnd, as Adobe's own SDKs send them with one ts, are siblings in that order and say nothing. A tie
 * the canonical order cannot decide (two adStarts, play and pauseStart) is a warning, once per group of events
 * that share a ts.
 */
final class TsEqualRule implements SessionRule {

  @Override
  public RuleId id() {
    return RuleId.TS_EQUAL;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    if (!before.tiesPrevious(event) || before.inTieOrder(event) || before.tieOutOfOrder()) {
      return Optional.empty();
    }
    return found(event, Wording.describe(before, event)
        + " has the same ts as event " + before.previousIndex() + " (" + before.previousType().wireName()
        + "), and nothing says which came first: Adobe's backend orders events by ts and cannot order this tie;"
        + " keep at least 1 ms between events");
  }
}
