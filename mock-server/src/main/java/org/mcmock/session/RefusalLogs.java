package org.mcmock.session;

import java.util.List;

/**
 * What the mock refused without opening a session, newest kept: rejected downloaded batches and refused
 * sessionStarts, as many of each as {@code --max-rejected-batches}.
 */
final class RefusalLogs {

  private final BoundedLog<RejectedBatch> rejectedBatches;
  private final BoundedLog<RefusedStart> refusedStarts;

  RefusalLogs(int max) {
    this.rejectedBatches = new BoundedLog<>(max);
    this.refusedStarts = new BoundedLog<>(max);
  }

  void add(RejectedBatch batch) {
    rejectedBatches.add(batch);
  }

  void add(RefusedStart start) {
    refusedStarts.add(start);
  }

  List<RejectedBatch> rejectedBatches() {
    return rejectedBatches.list();
  }

  List<RefusedStart> refusedStarts() {
    return refusedStarts.list();
  }

  void clear() {
    rejectedBatches.clear();
    refusedStarts.clear();
  }
}
