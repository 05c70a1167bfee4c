package org.mcmock.rules;

import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import java.util.Optional;

/**
 * One session rule. It judges an event against the session as it stood before the event, and is pure:
 * the same timeline and event always give the same finding, so each rule is tested on its own.
 */
public interface SessionRule {

  RuleId id();

  /** The finding this event earns, if any. */
  Optional<Finding> check(Timeline before, RuleEvent event);

  /** This rule's finding, with the severity its {@link RuleId} carries, about {@code event}. */
  default Optional<Finding> found(RuleEvent event, String message) {
    return Optional.of(id().finding(event.index(), message));
  }
}
