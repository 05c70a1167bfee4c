package org.mcmock.rules;

import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import java.util.Optional;
import org.mcmock.model.EventType;

/** A stateStart for a state that is already active changes nothing; it usually means a missing stateEnd. */
final class StateAlreadyActiveRule implements SessionRule {

  @Override
  public RuleId id() {
    return RuleId.STATE_ALREADY_ACTIVE;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    if (!event.is(EventType.STATE_START)) {
      return Optional.empty();
    }
    int startedAt = before.activeState(Timeline.stateName(event));
    if (startedAt < 0) {
      return Optional.empty();
    }
    return found(event, Wording.describe(before, event) + " starts the"
        + " state \"" + Timeline.stateName(event) + "\", already active since event " + startedAt
        + ": send stateEnd when the state ends, and stateStart only when it begins again");
  }
}
