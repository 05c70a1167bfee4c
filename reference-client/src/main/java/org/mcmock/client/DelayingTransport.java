package org.mcmock.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * A network that takes its time: each request leaves after a random delay of up to {@code max}, drawn from a
 * seeded generator, so that requests in flight together reach the backend in varying orders. The seed is
 * in {@link #toString()}; the same seed draws the same delays (the order they cause also depends on the
 * machine's threads).
 */
public final class DelayingTransport implements Transport {

  private final Transport next;
  private final long seed;
  private final long maxMillis;
  private final Random random;

  public DelayingTransport(Transport next, long seed, Duration max) {
    this.next = Objects.requireNonNull(next, "next");
    if (max.isNegative()) {
      throw new IllegalArgumentException("a network delay cannot be negative, got " + max);
    }
    this.seed = seed;
    this.maxMillis = max.toMillis();
    this.random = new Random(seed);
  }

  public long seed() {
    return seed;
  }

  @Override
  public CompletableFuture<Answer> post(String path, String json) {
    Executor later = CompletableFuture.delayedExecutor(nextDelay(), TimeUnit.MILLISECONDS);
    return CompletableFuture.supplyAsync(() -> next.post(path, json), later).thenCompose(answer -> answer);
  }

  private synchronized long nextDelay() {
    return maxMillis == 0 ? 0 : random.nextLong(maxMillis + 1);
  }

  @Override
  public String toString() {
    return "network delays of up to " + maxMillis + " ms, seed " + seed;
  }
}
