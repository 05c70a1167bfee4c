package org.mcmock.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mcmock.model.EventType;

/**
 * A session's requests as Adobe's backend judges them: by {@code playerTime.ts}, and among those that share one
 * ts in the canonical order of {@link EventType#tieRank()}, whatever order the network delivered them in. A
 * request without a ts keeps its place after the one that arrived before it; requests of one rank and one ts
 * keep their arrival order.
 */
final class TsOrder {

  private TsOrder() {}

  /** {@code arrived}, in the order they arrived, sorted by ts and canonical rank. */
  static List<RecordedRequest> sort(List<RecordedRequest> arrived) {
    List<Keyed> keyed = new ArrayList<>(arrived.size());
    long ts = Long.MIN_VALUE;
    for (RecordedRequest request : arrived) {
      ts = request.ts() >= 0 ? request.ts() : ts;
      keyed.add(new Keyed(ts, rank(request), request));
    }
    // List.sort is stable: ties of ts and rank stay in arrival order.
    keyed.sort(Comparator.comparingLong(Keyed::ts).thenComparingInt(Keyed::rank));
    return keyed.stream().map(Keyed::request).toList();
  }

  private static int rank(RecordedRequest request) {
    return EventType.fromWireName(request.eventType()).map(EventType::tieRank).orElse(Integer.MAX_VALUE);
  }

  private record Keyed(long ts, int rank, RecordedRequest request) {}
}
