package org.mcmock.http;

import java.time.Duration;
import org.eclipse.jetty.server.HttpChannel;
import org.eclipse.jetty.server.Request;

/** Counts the requests being answered, so that a stop can let them finish (within a grace period). */
final class InFlight implements HttpChannel.Listener {

  private final Object lock = new Object();
  private int requests;

  @Override
  public void onRequestBegin(Request request) {
    synchronized (lock) {
      requests++;
    }
  }

  @Override
  public void onComplete(Request request) {
    synchronized (lock) {
      requests--;
      lock.notifyAll();
    }
  }

  /** Waits until no request is being answered, or {@code grace} has passed; true when none is left. */
  boolean awaitNone(Duration grace) throws InterruptedException {
    long deadline = System.nanoTime() + grace.toNanos();
    synchronized (lock) {
      while (requests > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        lock.wait(Math.max(1, left / 1_000_000));
      }
      return true;
    }
  }
}
