package org.mcmock.rules;

import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import java.util.Optional;
import org.mcmock.model.EventType;

/** A ping carries only eventType and playerTime (and qoeData when it changed); Adobe's docs say no params. */
final class PingWithParamsRule implements SessionRule {

  @Override
  public RuleId id() {
    return RuleId.PING_WITH_PARAMS;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    if (!event.is(EventType.PING) || event.params().isMissingNode()) {
      return Optional.empty();
    }
    return found(event, Wording.describe(before, event)
        + " carries params: a ping carries only eventType and playerTime; leave params out");
  }
}
