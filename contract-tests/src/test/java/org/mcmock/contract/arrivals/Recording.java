package org.mcmock.contract.arrivals;

import java.util.List;
import org.mcmock.contract.players.Recordings.Sent;
import org.mcmock.verify.ExpectedTimeline;

/**
 * What one player sent playing one scenario, in the order sent, and the timeline the scenario expects.
 *
 * @param player who played it, in words
 */
public record Recording(String player, String scenario, List<Sent> sent, ExpectedTimeline expected) {

  public Recording {
    sent = List.copyOf(sent);
  }

  /** The requests as an {@link ArrivalOrder} needs them. */
  public List<ArrivalOrder.Request> requests() {
    return Replay.requests(sent);
  }

  @Override
  public String toString() {
    return player + " playing \"" + scenario + "\" (" + sent.size() + " requests)";
  }
}
