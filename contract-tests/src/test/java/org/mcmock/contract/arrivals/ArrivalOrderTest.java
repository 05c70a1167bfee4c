package org.mcmock.contract.arrivals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The orders in which a player's requests can reach the backend, given their network delays. */
class ArrivalOrderTest {

  /** A request sent at {@code millis}, by the mock's clock and the player's alike. */
  private static ArrivalOrder.Request at(long millis) {
    return new ArrivalOrder.Request(millis, millis, false);
  }

  private static ArrivalOrder.Request sessionStartAt(long millis) {
    return new ArrivalOrder.Request(millis, millis, true);
  }

  private static List<Integer> order(List<ArrivalOrder.Request> requests, Integer... delays) {
    return ArrivalOrder.of(requests, List.of(delays), 3).stream().map(ArrivalOrder.Arrival::index).toList();
  }

  @Test
  void withoutDelaysRequestsArriveInTheOrderSent() {
    assertThat(order(List.of(sessionStartAt(0), at(0), at(0), at(5))))
        .containsExactly(0, 1, 2, 3);
  }

  @Test
  void siblingsInFlightTogetherArriveInTheOrderOfTheirDelays() {
    assertThat(order(List.of(sessionStartAt(0), at(10), at(10), at(10)), 0, 30, 20, 10))
        .containsExactly(0, 3, 2, 1);
  }

  @Test
  void aFourthRequestWaitsForRoomAndCannotOvertakeTheThreeInFlight() {
    assertThat(ArrivalOrder.of(List.of(sessionStartAt(0), at(10), at(10), at(10), at(10)),
        List.of(0, 100, 100, 100, 0), 3))
        .as("the fourth event is sent when the first three arrive, at 110 ms, and arrives last")
        .extracting(ArrivalOrder.Arrival::index, ArrivalOrder.Arrival::atMillis)
        .map(tuple -> tuple.toList())
        .containsExactly(List.of(0, 0L), List.of(1, 110L), List.of(2, 110L), List.of(3, 110L), List.of(4, 110L));
  }

  @Test
  void nothingLeavesBeforeTheSessionStartArrivesAndTheSessionStartWaitsForWhatWasSentBefore() {
    assertThat(order(List.of(sessionStartAt(0), at(0), at(0)), 500, 0, 0)).containsExactly(0, 1, 2);
    assertThat(order(List.of(sessionStartAt(0), at(5), sessionStartAt(6), at(6)), 0, 900, 0, 0))
        .as("a new session's sessionStart is sent once the old session's last event has arrived")
        .containsExactly(0, 1, 2, 3);
  }

  @Test
  void requestsFurtherApartThanTheirDelaysKeepTheirOrder() {
    assertThat(order(List.of(sessionStartAt(0), at(0), at(10_000)), 0, 1500, 0)).containsExactly(0, 1, 2);
  }

  @Test
  void aRequestOfALaterMomentWaitsForTheEarlierOnesEvenWhenThePlayerSendsItAtOnce() {
    List<ArrivalOrder.Request> playedFast = List.of(new ArrivalOrder.Request(0L, 0L, true),
        new ArrivalOrder.Request(1L, 48_000L, false), new ArrivalOrder.Request(2L, 58_000L, false));
    assertThat(order(playedFast, 0, 900, 0)).as("a ping 10 s after the sessionEnd by ts cannot overtake it")
        .containsExactly(0, 1, 2);
    List<ArrivalOrder.Request> siblings = List.of(new ArrivalOrder.Request(0L, 0L, true),
        new ArrivalOrder.Request(1L, 48_000L, false), new ArrivalOrder.Request(2L, 48_000L, false));
    assertThat(order(siblings, 0, 900, 0)).containsExactly(0, 2, 1);
  }

  @Test
  void theSameSeedDrawsTheSameDelaysAndAFailingTryNamesItsSeed() {
    SeededTries tries = new SeededTries(42, 3, 1500);
    assertThat(tries.delays(7, 5)).isEqualTo(tries.delays(7, 5)).allMatch(d -> d >= 0 && d <= 1500);
    assertThatThrownBy(() -> tries.run(5, delays -> assertThat(delays).isEmpty()))
        .hasMessageStartingWith("try 1 of 3 failed; replay it alone with -Dmcmock.arrivals.seed=");
  }
}
