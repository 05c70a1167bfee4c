package org.mcmock.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.mcmock.model.EventType;

/**
 * The faults the admin API has planned, in the order they were planned. Every planned fault counts each request
 * it matches; when several are due on one request, the one planned first acts. Requests are counted one at a
 * time under the plan's lock, so concurrent requests never share an occurrence; while nothing is planned, a
 * request costs one volatile read.
 */
public final class FaultPlan {

  private final AtomicInteger ids = new AtomicInteger();
  private volatile List<PlannedFault> faults = List.of();

  /** Plans a fault that counts requests from now on. Ids are never reused, so a message naming one stays true. */
  public synchronized PlannedFault plan(FaultSpec spec) {
    PlannedFault planned = new PlannedFault(ids.incrementAndGet(), spec);
    List<PlannedFault> more = new ArrayList<>(faults);
    more.add(planned);
    faults = List.copyOf(more);
    return planned;
  }

  public synchronized void clear() {
    faults = List.of();
  }

  public List<PlannedFault> faults() {
    return faults;
  }

  /** The fault a sessionStart gets, if one is due. */
  public Optional<PlannedFault> sessionStart() {
    return take(FaultTarget::matchesSessionStart);
  }

  /** The fault an event gets, if one is due; {@code type} is null when the body names no known event type. */
  public Optional<PlannedFault> event(EventType type) {
    return take(target -> target.matchesEvent(type));
  }

  private Optional<PlannedFault> take(Predicate<FaultTarget> matches) {
    if (faults.isEmpty()) {
      return Optional.empty();
    }
    synchronized (this) {
      PlannedFault acting = null;
      for (PlannedFault fault : faults) {
        if (matches.test(fault.spec().target()) && fault.due() && acting == null) {
          acting = fault;
        }
      }
      if (acting != null) {
        acting.fired();
      }
      return Optional.ofNullable(acting);
    }
  }
}
