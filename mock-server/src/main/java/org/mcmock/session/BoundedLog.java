package org.mcmock.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last {@code capacity} things of a kind the admin API shows, oldest first; older ones drop out. */
final class BoundedLog<T> {

  private final Deque<T> entries = new ArrayDeque<>();
  private final int capacity;

  BoundedLog(int capacity) {
    this.capacity = capacity;
  }

  synchronized void add(T entry) {
    if (entries.size() >= capacity) {
      entries.removeFirst();
    }
    entries.addLast(entry);
  }

  synchronized List<T> list() {
    return List.copyOf(entries);
  }

  synchronized void clear() {
    entries.clear();
  }
}
