package org.mcmock.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the requests being answered, so that a stop can let them finish (within a grace period). A filter, not a
 * connection listener: a request upgraded to HTTP/2 (h2c) never told a connection listener it had completed.
 * Every request passes here, so counting takes no lock; only a stop that is waiting is woken.
 */
final class InFlight implements Filter {

  private final Object lock = new Object();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile boolean awaited;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    requests.incrementAndGet();
    try {
      chain.doFilter(request, response);
    } finally {
      if (requests.decrementAndGet() == 0 && awaited) {
        synchronized (lock) {
          lock.notifyAll();
        }
      }
    }
  }

  /** Waits until no request is being answered, or {@code grace} has passed; true when none is left. */
  boolean awaitNone(Duration grace) throws InterruptedException {
    long deadline = System.nanoTime() + grace.toNanos();
    awaited = true;
    synchronized (lock) {
      while (requests.get() > 0) {
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
