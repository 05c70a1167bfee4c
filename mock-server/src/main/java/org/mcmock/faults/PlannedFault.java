package org.mcmock.faults;

/**
 * A fault waiting in the {@link FaultPlan}: what it waits for, which of the matching requests get it, and how
 * many it has seen and acted on so far. The counts change under the fault's own lock.
 *
 * @see FaultSpec for what occurrence and times mean
 */
public final class PlannedFault {

  private final int id;
  private final FaultSpec spec;
  private int seen;
  private int fired;

  PlannedFault(int id, FaultSpec spec) {
    this.id = id;
    this.spec = spec;
  }

  /** The counts at one moment. {@code spent}: no later request can get the fault any more. */
  public record Progress(int seen, int fired, boolean spent) {}

  public int id() {
    return id;
  }

  public FaultSpec spec() {
    return spec;
  }

  public FaultAction action() {
    return spec.action();
  }

  public synchronized Progress progress() {
    return new Progress(seen, fired, spec.times() != 0 && seen >= spec.occurrence() + spec.times() - 1);
  }

  /** Counts one more matching request; true when that request falls in the fault's run. */
  synchronized boolean due() {
    seen++;
    return seen >= spec.occurrence() && (spec.times() == 0 || seen < spec.occurrence() + spec.times());
  }

  synchronized void fired() {
    fired++;
  }

  /** {@code "fault 3 (status 500 on ping, occurrence 1, times 1)"}, for the injected answer's message. */
  public String describe() {
    return "fault " + id + " (" + spec.action().describe() + " on " + spec.target().on() + ", occurrence "
        + spec.occurrence() + ", times " + spec.times() + ")";
  }
}
