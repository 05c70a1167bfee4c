package org.mcmock.contract.arrivals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When each of a player's requests reaches the backend, given a delay for each: the player sends a request no
 * earlier than the moment it was sent in the recording (counted from the first) and no earlier than the one before,
 * with at most {@code inFlight} requests unanswered at once; a barrier (a sessionStart, whose sid the later
 * requests need, or a request whose answer changed what the player did next) is sent once everything before it
 * has arrived, and nothing after it leaves before it has arrived. A request therefore overtakes only requests
 * still in flight when it was sent. Pure: the same delays give the same order.
 */
public final class ArrivalOrder {

  /**
   * One request of the player's, as the order needs it: when it was sent, in milliseconds by the backend's
   * clock (or null), and whether it is a barrier.
   */
  public record Request(Long sentAt, boolean barrier) {}

  /** Request {@code index} (in the order sent) reaches the backend {@code atMillis} after the first was sent. */
  public record Arrival(int index, long atMillis) {}

  private ArrivalOrder() {}

  /**
   * @param delays the network delay of each request in milliseconds, in the order sent (missing ones are 0)
   * @return every request, in the order they arrive (ties in the order sent)
   */
  public static List<Arrival> of(List<Request> requests, List<Integer> delays, int inFlight) {
    long first = requests.stream().filter(r -> r.sentAt() != null).mapToLong(Request::sentAt).findFirst().orElse(0);
    long[] arrival = new long[requests.size()];
    long lastSent = 0;
    long allArrived = 0;
    long barrierArrived = 0;
    for (int i = 0; i < requests.size(); i++) {
      Request request = requests.get(i);
      long sent = Math.max(lastSent, barrierArrived);
      if (request.sentAt() != null) {
        sent = Math.max(sent, request.sentAt() - first);
      }
      if (request.barrier()) {
        sent = Math.max(sent, allArrived);
      }
      sent = untilRoomInFlight(arrival, i, sent, inFlight);
      arrival[i] = sent + (i < delays.size() ? Math.max(0, delays.get(i)) : 0);
      lastSent = sent;
      allArrived = Math.max(allArrived, arrival[i]);
      if (request.barrier()) {
        barrierArrived = arrival[i];
      }
    }
    List<Arrival> order = new ArrayList<>();
    for (int i = 0; i < arrival.length; i++) {
      order.add(new Arrival(i, arrival[i]));
    }
    order.sort(Comparator.comparingLong(Arrival::atMillis).thenComparingInt(Arrival::index));
    return order;
  }

  /** The first moment from {@code sent} on when fewer than {@code inFlight} of the requests before are unanswered. */
  private static long untilRoomInFlight(long[] arrival, int sentSoFar, long sent, int inFlight) {
    while (true) {
      long now = sent;
      List<Long> inAir = new ArrayList<>();
      for (int j = 0; j < sentSoFar; j++) {
        if (arrival[j] > now) {
          inAir.add(arrival[j]);
        }
      }
      if (inAir.size() < inFlight) {
        return sent;
      }
      sent = inAir.stream().min(Long::compare).orElseThrow();
    }
  }
}
