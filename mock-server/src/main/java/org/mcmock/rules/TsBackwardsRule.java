package org.mcmock.rules;

import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import java.util.Optional;

/**
 * Adobe's backend reorders events by ts within a short buffer (it warns that reordering may fail
 * beyond 1 s): a small step back is repaired, a larger one puts the event in the wrong place. The mock's own
 * reorder buffer puts every event that arrives in time in its place, so this speaks only of an event that arrived
 * after the events around it had settled, and is judged where it arrived.
 */
final class TsBackwardsRule implements SessionRule {

  static final long REORDER_WINDOW_MILLIS = 1000;

  @Override
  public RuleId id() {
    return RuleId.TS_BACKWARDS;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    if (before.previousTs() < 0 || event.ts() < 0 || event.ts() >= before.previousTs()) {
      return Optional.empty();
    }
    long behind = before.previousTs() - event.ts();
    String what = Wording.describe(before, event) + " is " + Wording.seconds(behind) + " earlier than event "
        + before.previousIndex() + " (" + before.previousType().wireName() + ", ts " + before.previousTs() + ")"
        + " and arrived too late for the reorder buffer to put it before that";
    if (behind <= REORDER_WINDOW_MILLIS) {
      return found(event, what
          + ": Adobe's backend reorders this within its buffer, but send events in the order they happen");
    }
    return Optional.of(id().gradedFinding(event.index(), what
        + ": beyond 1 s Adobe's backend may not reorder it, and the event lands in the wrong place; send events"
        + " in the order they happen, with the ts of the moment they happen"));
  }
}
