package org.mcmock.contract.arrivals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When each of a player's requests reaches the backend, given a delay for each: the player sends a request no
 * earlier than the moment it was sent in the recording (counted from the first) and no earlier than the one before,
 * with at most {@code inFlight} requests unanswered at once; a barrier (a sessionStart, whose sid the later
 * requests need, or a request whose answer changed what the player did next) is sent once everything before it
 * has arrived, and nothing after it leaves before it has arrived; and a request leaves only once every request
 * at least one SDK tick ({@value #TICK_MILLIS} ms) earlier by ts has arrived, since a player sends the moments
 * of its timeline as they come (the features play them faster, on a simulated clock). A request therefore
 * overtakes only requests still in flight when it was sent. Pure: the same delays give the same order.
 */
public final class ArrivalOrder {

  /**
   * One request of the player's, as the order needs it: when it was sent, in milliseconds by the backend's
   * clock (or null), its {@code playerTime.ts} (or null), and whether it is a barrier.
   */
  public record Request(Long sentAt, Long ts, boolean barrier) {}

  /** Request {@code index} (in the order sent) reaches the backend {@code atMillis} after the first was sent. */
  public record Arrival(int index, long atMillis) {}

  /** Adobe's Media JS SDK 3.x flushes its queue every 500 ms. */
  public static final long TICK_MILLIS = 500;

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
      sent = Math.max(sent, earlierMomentsArrived(requests, arrival, i));
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

  /** When every request sent before {@code i} and at least a tick earlier by ts has arrived. */
  private static long earlierMomentsArrived(List<Request> requests, long[] arrival, int i) {
    Long ts = requests.get(i).ts();
    long arrived = 0;
    for (int j = 0; ts != null && j < i; j++) {
      Long earlier = requests.get(j).ts();
      if (earlier != null && ts - earlier >= TICK_MILLIS) {
        arrived = Math.max(arrived, arrival[j]);
      }
    }
    return arrived;
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
