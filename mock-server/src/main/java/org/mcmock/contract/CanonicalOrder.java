package org.mcmock.contract;

import org.mcmock.model.EventType;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * The order in which the mock judges a session's events, as Adobe's backend sorts them: by
 * {@code playerTime.ts}; events that share a ts by {@link EventType#tieRank()} (sessionStart; what closes, inner
 * first; what opens, outer first; player states; pings; sessionComplete, sessionEnd); then by playhead; and, for
 * events that still tie, by their body text, so that the order never depends on which request the network
 * delivered first. Arrival order is never part of the key.
 */
public final class CanonicalOrder {

  /** Events by (ts, rank, playhead, body). */
  public static final Comparator<IncomingEvent> EVENTS =
      by(IncomingEvent::ts, e -> e.type().tieRank(), IncomingEvent::playhead, IncomingEvent::body);

  private CanonicalOrder() {}

  /** The canonical order over anything that has a ts, a tie rank, a playhead and a body (verify's records). */
  public static <T> Comparator<T> by(ToLongFunction<T> ts, ToIntFunction<T> rank, ToDoubleFunction<T> playhead,
      Function<T, String> body) {
    return Comparator.comparingLong(ts).thenComparingInt(rank).thenComparingDouble(playhead)
        .thenComparing(body, Comparator.nullsFirst(Comparator.naturalOrder()));
  }
}
