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
 * TS_BACKWARDS says so. Not thread-safe: the session holds its lock.
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
  private final List<Entry> entries = new ArrayList<>();
  /** Findings that are final: the settled events', and a downloaded batch's own. */
  private final List<Finding> settledFindings = new ArrayList<>();
  /** Where the tail starts: every entry before it is final; when anything is buffered, the first buffered one. */
  private int tailStart;
  private int buffered;

  /**
   * @param weigh told what holding a buffered event's parsed body costs (plus) and when that ends (minus), so the
   *     store's memory budget counts it
   */
  OrderedEvents(SessionJudge judge, LongConsumer weigh) {
    this.judge = judge;
    this.weigh = weigh;
  }

  /** What a buffered event's parsed body costs besides its text, as the store's budget counts it. */
  static long treeWeight(Entry entry) {
    return 2 * RecordedEvent.weightOf(entry.record.body());
  }

  int size() {
    return entries.size();
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
    entry.event = null;
    entries.add(entry);
    tailStart = entries.size();
  }

  void addSettledFindings(List<Finding> findings) {
    settledFindings.addAll(findings);
  }

  /** A request that was not applied: kept where it arrived, after everything recorded so far. */
  int addUnapplied(Entry entry) {
    entry.event = null;
    entries.add(entry);
    advanceTail();
    return entries.size() - 1;
  }

  /**
   * With no buffer ({@code --reorder-events 0}): the findings of an event judged after everything so far, as
   * {@link #appendFinal} would apply it.
   */
  List<Finding> judgeAtEnd(Entry entry) {
    return judge.judge(new RuleEvent(entries.size(), entry.event));
  }

  /** With no buffer: an event judged by {@link #judgeAtEnd}, applied and final at once. */
  void appendFinal(Entry entry, List<Finding> findings) {
    int at = entries.size();
    judge.settle(new RuleEvent(at, entry.event));
    entry.record = entry.record.answered(entry.record.status(), findings);
    addSettled(entry);
    settledFindings.addAll(findings);
  }

  /** Judges an accepted event in its place in ts order and applies it, unsettled. */
  void insert(Entry entry) {
    int at = entries.size();
    for (int i = entries.size() - 1; i >= tailStart; i--) {
      Entry other = entries.get(i);
      if (other.buffered) {
        if (ORDER.compare(other, entry) <= 0) {
          break;
        }
        at = i;
      }
    }
    entry.buffered = true;
    buffered++;
    weigh.accept(treeWeight(entry));
    if (at == entries.size()) {
      entries.add(entry);
      judgeAndApply(entry, at);
    } else {
      entries.add(at, entry);
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
    return buffered == 0 ? null : entries.get(tailStart);
  }

  /** Makes the earliest buffered event final. */
  void settleHead() {
    Entry head = entries.get(tailStart);
    judge.settle(new RuleEvent(tailStart, head.event));
    unbuffer(head);
    advanceTail();
    if (buffered == 0) {
      judge.allSettled();
    }
  }

  /** True when a buffered event arrived at or before {@code cutoff} (mock-clock epoch ms). */
  boolean anyBufferedSince(long cutoff) {
    for (int i = tailStart; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (entry.buffered && entry.record.arrivedAt() <= cutoff) {
        return true;
      }
    }
    return false;
  }

  /** Where an entry stands in ts order now. */
  int positionOf(Entry entry) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (entries.get(i) == entry) {
        return i;
      }
    }
    return -1;
  }

  /** The entry that arrived as {@code arrival}, most recent first. */
  Entry find(int arrival) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (entries.get(i).arrival() == arrival) {
        return entries.get(i);
      }
    }
    throw new IllegalArgumentException("No request arrived as " + arrival);
  }

  /** The recorded request of an entry, with its index as it stands now. */
  RecordedEvent recorded(Entry entry) {
    return entry.record.at(positionOf(entry));
  }

  /** Every recorded request in ts order, each with its index. */
  void forEach(Consumer<RecordedEvent> action) {
    for (int i = 0; i < entries.size(); i++) {
      action.accept(entries.get(i).record.at(i));
    }
  }

  /** The session's findings: the final ones, then those of the tail as it is judged now. */
  List<Finding> findings() {
    List<Finding> all = new ArrayList<>(settledFindings);
    for (int i = tailStart; i < entries.size(); i++) {
      all.addAll(entries.get(i).findings());
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
    for (int i = tailStart; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (entry.buffered) {
        judgeAndApply(entry, i);
      } else {
        moveTo(entry, i);
      }
    }
  }

  private void unbuffer(Entry entry) {
    entry.buffered = false;
    entry.event = null;
    buffered--;
    weigh.accept(-treeWeight(entry));
  }

  /** Freezes the entries before the first buffered one: their index and findings are final. */
  private void advanceTail() {
    while (tailStart < entries.size() && !entries.get(tailStart).buffered) {
      Entry entry = entries.get(tailStart);
      moveTo(entry, tailStart);
      settledFindings.addAll(entry.findings());
      tailStart++;
    }
  }

  /** An entry that a late event pushed along: its index and its findings name its new place. */
  private static void moveTo(Entry entry, int index) {
    if (entry.record.index() != index) {
      entry.record = entry.record.at(index).answered(entry.record.status(),
          entry.findings().stream().map(f -> f.at(index)).toList());
    }
  }
}
