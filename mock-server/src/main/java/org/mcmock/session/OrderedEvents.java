package org.mcmock.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.mcmock.contract.CanonicalOrder;
import org.mcmock.model.EventType;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.model.Finding;
import org.mcmock.rules.RuleEvent;
import org.mcmock.rules.SessionJudge;
import org.mcmock.rules.Timeline;

/**
 * A session's recorded requests in ts order, as Adobe's reorder buffer sorts them: a settled prefix, final and
 * judged, then a tail that holds the buffered events (applied, judged, not yet final) in the canonical order
 * ({@link CanonicalOrder}), among the requests that were not applied (kept where they arrived). An event that
 * sorts after every buffered one is judged and applied at once (the common case); one that belongs earlier is
 * inserted in its place and the buffered events are judged again on a copy of the settled timeline. Nothing ever
 * lands inside the settled prefix: an event whose ts is earlier than that is judged right after it, where
 * TS_BACKWARDS says so. The settled prefix is held compactly, as bytes ({@link SettledRequests}); only the tail
 * keeps an {@link Entry} per request. Not thread-safe: the session holds its lock.
 */
final class OrderedEvents {

  /** One recorded request and what the buffer needs to know about it. */
  static final class Entry {
    RecordedEvent record;
    /** The parsed event, kept while it is buffered so it can be judged again; dropped once final. */
    IncomingEvent event;
    final EventType type;
    final int rank;
    boolean buffered;
    /** Its answer waits for a verdict: a finding on it could still be cured by a request not yet arrived. */
    boolean pending;
    /** Strict mode was on when it arrived: an error that holds at the verdict refuses it. */
    boolean strict;
    /** Its lifecycle effects (last event, playhead, sessionEnd closing) have been applied to the session. */
    boolean counted;

    Entry(RecordedEvent record, IncomingEvent event) {
      this.record = record;
      this.event = event;
      this.type = event.type();
      this.rank = type == null ? -1 : type.tieRank();
    }

    List<Finding> findings() {
      return record.findings();
    }

    int arrival() {
      return record.arrival();
    }
  }

  private static final Comparator<Entry> ORDER =
      CanonicalOrder.by(e -> e.record.ts(), e -> e.rank, e -> e.record.playhead(), e -> e.record.body());

  private final SessionJudge judge;
  private final LongConsumer weigh;
  /** The settled prefix: every request before the tail, final. */
  private final SettledRequests settled = new SettledRequests();
  /** The tail, from index {@code settled.size()} on: when anything is buffered, its first entry is buffered. */
  private final List<Entry> tail = new ArrayList<>(4);
  /** Findings that are final: the settled events', and a downloaded batch's own; empty until there is one. */
  private List<Finding> settledFindings = List.of();
  /** The settled requests counted as a snapshot counts them ({@link #tally}), so a listing inflates nothing. */
  private final int[] settledTally = new int[TALLY_SIZE];
  private int buffered;
  /** When the earliest buffered event arrived (mock-clock epoch ms), Long.MAX_VALUE when none is buffered. */
  private long earliestBufferedArrival = Long.MAX_VALUE;

  /** A tally's slots: accepted events per {@link EventType#ordinal()}, then the rejected, then the injected. */
  static final int REJECTED = EventType.values().length;
  static final int INJECTED = REJECTED + 1;
  private static final int TALLY_SIZE = INJECTED + 1;

  /**
   * @param weigh told what holding a buffered event's parsed body costs (plus) and when that ends (minus), so the
   *     store's memory budget counts it
   */
  OrderedEvents(SessionJudge judge, LongConsumer weigh) {
    this.judge = judge;
    this.weigh = weigh;
  }

  /**
   * What a buffered event's parsed body costs besides its text, as the store's budget counts it: nothing for one
   * that kept no tree ({@link RuleEvent#readable}), else at most twice its text.
   */
  static long treeWeight(Entry entry) {
    return entry.event.json().isMissingNode() ? 0 : 2 * RecordedEvent.weightOf(entry.record.body());
  }

  int size() {
    return settled.size() + tail.size();
  }

  int buffered() {
    return buffered;
  }

  /** Where the session stands with every applied event, buffered or not. */
  Timeline timeline() {
    return judge.timeline();
  }

  /** An event the judge has already judged and applied as final (a sessionStart, a downloaded batch's events). */
  void addSettled(Entry entry) {
    if (!tail.isEmpty()) {
      throw new IllegalStateException("an event settles on arrival only after every other has settled");
    }
    settle(entry);
  }

  void addSettledFindings(List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    if (settledFindings.isEmpty()) {
      settledFindings = new ArrayList<>(findings.size());
    }
    settledFindings.addAll(findings);
  }

  /** A request that was not applied: kept where it arrived, after everything recorded so far. */
  int addUnapplied(Entry entry) {
    int at = size();
    entry.event = null;
    tail.add(entry);
    advanceTail();
    return at;
  }

  /**
   * Deflates the settled requests not yet deflated: for a session idle for a while, whose last chunk of requests
   * would otherwise stay as it is until more requests fill it.
   */
  void rest() {
    long freed = settled.seal();
    if (freed != 0) {
      weigh.accept(freed);
    }
  }

  /**
   * With no buffer ({@code --reorder-events 0}): the findings of an event judged after everything so far, as
   * {@link #appendFinal} would apply it.
   */
  List<Finding> judgeAtEnd(Entry entry) {
    return judge.judge(new RuleEvent(size(), entry.event));
  }

  /** With no buffer: an event judged by {@link #judgeAtEnd}, applied and final at once. */
  void appendFinal(Entry entry, List<Finding> findings) {
    int at = size();
    judge.settle(new RuleEvent(at, entry.event));
    entry.record = entry.record.answered(entry.record.status(), findings);
    addSettled(entry);
    addSettledFindings(findings);
  }

  /** Judges an accepted event in its place in ts order and applies it, unsettled. */
  void insert(Entry entry) {
    int at = tail.size();
    for (int i = tail.size() - 1; i >= 0; i--) {
      Entry other = tail.get(i);
      if (other.buffered) {
        if (ORDER.compare(other, entry) <= 0) {
          break;
        }
        at = i;
      }
    }
    entry.buffered = true;
    entry.event = RuleEvent.readable(entry.event);
    buffered++;
    earliestBufferedArrival = Math.min(earliestBufferedArrival, entry.record.arrivedAt());
    weigh.accept(treeWeight(entry));
    if (at == tail.size()) {
      tail.add(entry);
      judgeAndApply(entry, settled.size() + at);
    } else {
      tail.add(at, entry);
      replay();
    }
  }

  /** Takes back a buffered event strict mode refuses: it stays recorded, unapplied, and the rest are judged again. */
  void refuse(Entry entry, int status) {
    entry.record = entry.record.answered(status, entry.findings());
    unbuffer(entry);
    advanceTail();
    if (buffered == 0) {
      judge.allSettled();
    } else {
      replay();
    }
  }

  /** The earliest buffered event by ts, or null. */
  Entry head() {
    return buffered == 0 ? null : tail.get(0);
  }

  /** Makes the earliest buffered event final. */
  void settleHead() {
    Entry head = tail.get(0);
    judge.settle(new RuleEvent(settled.size(), head.event));
    unbuffer(head);
    advanceTail();
    if (buffered == 0) {
      judge.allSettled();
    }
  }

  /**
   * True when a buffered event arrived at or before {@code cutoff} (mock-clock epoch ms). Asked on every request,
   * so the earliest arrival is kept rather than searched for (the search was 4 % of the CPU samples).
   */
  boolean anyBufferedSince(long cutoff) {
    return earliestBufferedArrival <= cutoff;
  }

  /** Where an entry stands in ts order now: a settled one where it settled, which is final. */
  int positionOf(Entry entry) {
    for (int i = tail.size() - 1; i >= 0; i--) {
      if (tail.get(i) == entry) {
        return settled.size() + i;
      }
    }
    return entry.record.index();
  }

  /** The recorded request of an entry, with its index as it stands now. */
  RecordedEvent recorded(Entry entry) {
    return entry.record.at(positionOf(entry));
  }

  /** Every recorded request in ts order, each with its index. */
  void forEach(Consumer<RecordedEvent> action) {
    settled.forEach(action);
    for (int i = 0; i < tail.size(); i++) {
      action.accept(tail.get(i).record.at(settled.size() + i));
    }
  }

  /**
   * Every recorded request counted: accepted events by type ({@link EventType#ordinal()}), then at {@link #REJECTED}
   * the requests recorded but not applied, at {@link #INJECTED} those a planned fault answered.
   */
  int[] tally() {
    int[] tally = settledTally.clone();
    for (Entry entry : tail) {
      count(entry, tally);
    }
    return tally;
  }

  private static void count(Entry entry, int[] tally) {
    RecordedEvent record = entry.record;
    if (record.answeredByFault()) {
      tally[INJECTED]++;
    } else if (!record.applied()) {
      tally[REJECTED]++;
    } else if (entry.type != null) {
      tally[entry.type.ordinal()]++;
    }
  }

  /** The session's findings: the final ones, then those of the tail as it is judged now. */
  List<Finding> findings() {
    List<Finding> all = new ArrayList<>(settledFindings);
    for (Entry entry : tail) {
      all.addAll(entry.findings());
    }
    return all;
  }

  private void judgeAndApply(Entry entry, int at) {
    RuleEvent event = new RuleEvent(at, entry.event);
    entry.record = entry.record.at(at).answered(entry.record.status(), judge.judge(event));
    judge.apply(event);
  }

  /** Judges the buffered events again, in their order now, on a copy of the settled timeline. */
  private void replay() {
    judge.replay();
    for (int i = 0; i < tail.size(); i++) {
      Entry entry = tail.get(i);
      if (entry.buffered) {
        judgeAndApply(entry, settled.size() + i);
      } else {
        moveTo(entry, settled.size() + i);
      }
    }
  }

  private void unbuffer(Entry entry) {
    entry.buffered = false;
    weigh.accept(-treeWeight(entry));
    entry.event = null;
    buffered--;
    if (buffered == 0) {
      earliestBufferedArrival = Long.MAX_VALUE;
    } else if (entry.record.arrivedAt() == earliestBufferedArrival) {
      earliestBufferedArrival = Long.MAX_VALUE;
      for (Entry other : tail) {
        if (other.buffered) {
          earliestBufferedArrival = Math.min(earliestBufferedArrival, other.record.arrivedAt());
        }
      }
    }
  }

  /** Freezes the entries before the first buffered one: their index and findings are final. */
  private void advanceTail() {
    while (!tail.isEmpty() && !tail.get(0).buffered) {
      Entry entry = tail.remove(0);
      moveTo(entry, settled.size());
      addSettledFindings(entry.findings());
      settle(entry);
    }
  }

  /**
   * Hands a final request over to the compact settled prefix: what it weighs changes from its entry's weight to
   * what it costs there.
   */
  private void settle(Entry entry) {
    entry.event = null;
    count(entry, settledTally);
    weigh.accept(settled.add(entry.record) - entry.record.weight());
  }

  /** An entry that a late event pushed along: its index and its findings name its new place. */
  private static void moveTo(Entry entry, int index) {
    if (entry.record.index() != index) {
      entry.record = entry.record.at(index).answered(entry.record.status(),
          entry.findings().stream().map(f -> f.at(index)).toList());
    }
  }
}
