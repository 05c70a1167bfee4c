package org.mcmock.rules;

import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import java.util.Optional;
import org.mcmock.model.EventType;

/** stateEnd needs an earlier stateStart of the same name. */
final class StateNotStartedRule implements SessionRule {

  @Override
  public RuleId id() {
    return RuleId.STATE_NOT_STARTED;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    if (!event.is(EventType.STATE_END) || before.activeState(Timeline.stateName(event)) >= 0) {
      return Optional.empty();
    }
    return found(event, Wording.describe(before, event) + " ends the state \""
        + Timeline.stateName(event) + "\", which is not active: send stateStart with the same media.state.name"
        + " first, or Adobe ignores the stateEnd");
  }
}
