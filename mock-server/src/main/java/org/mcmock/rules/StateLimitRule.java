package org.mcmock.rules;

import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import java.util.Optional;
import org.mcmock.model.EventType;

/** Adobe keeps the first 10 distinct player states of a session and drops the rest. */
final class StateLimitRule implements SessionRule {

  static final int MAX_STATES = 10;

  @Override
  public RuleId id() {
    return RuleId.STATE_LIMIT;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    String name = Timeline.stateName(event);
    if (!event.is(EventType.STATE_START) || before.stateSeen(name) || before.distinctStates() < MAX_STATES) {
      return Optional.empty();
    }
    return found(event, Wording.describe(before, event) + " starts \""
        + name + "\", distinct player state number " + (before.distinctStates() + 1) + ": Adobe keeps only the"
        + " first " + MAX_STATES + " per session and drops this one; track fewer states");
  }
}
