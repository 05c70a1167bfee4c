package org.mcmock.config;

import java.time.Duration;

/**
 * What the HTTP edge allows a connection, so that slow, idle or numerous clients cannot starve the others.
 * Built once from the command line's options; {@link #defaults()} is what a mock started from Java gets.
 *
 * @param headerTimeout a request's line and headers must have arrived this long after their first byte, else the
 *     connection gets 408 and is closed (checked every half of it, so a trickler is cut within 1.5 times it)
 * @param idleTimeout a connection that sends and reads nothing for this long is closed
 * @param minRequestDataRate bytes per second a request body must arrive at, else 408 and the connection is closed
 * @param minResponseDataRate bytes per second a client must read an answer at, else the connection is closed
 * @param acceptQueue connections the kernel queues before the mock accepts them (the listen backlog; Linux caps
 *     it at net.core.somaxconn)
 * @param threads the most request threads; a connection holds one only while its request is being answered
 * @param shutdownGrace how long SIGTERM waits for answers in flight before the mock stops
 */
public record ServerLimits(
    Duration headerTimeout,
    Duration idleTimeout,
    long minRequestDataRate,
    long minResponseDataRate,
    int acceptQueue,
    int threads,
    Duration shutdownGrace) {

  public ServerLimits {
    requirePositive(headerTimeout, "headerTimeout");
    requirePositive(idleTimeout, "idleTimeout");
    if (minRequestDataRate < 0 || minResponseDataRate < 0) {
      throw new IllegalArgumentException("data rates must be 0 (no minimum) or more bytes per second");
    }
    if (acceptQueue < 1 || threads < 8) {
      throw new IllegalArgumentException("the accept queue needs at least 1 place and the thread pool 8 threads, got "
          + acceptQueue + " and " + threads);
    }
    if (shutdownGrace == null || shutdownGrace.isNegative()) {
      throw new IllegalArgumentException("shutdownGrace must be zero or more, got " + shutdownGrace);
    }
  }

  /** Headers within 10 s, 30 s idle, bodies and answers at 128 B/s at least, 8,192 queued, 25 threads (WireMock's
   * own default: more only lengthen the queue of busy answers, see bench/README.md), 5 s grace. The command line's
   * {@code --help} shows these. */
  public static ServerLimits defaults() {
    return new ServerLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), 128, 128, 8192, 25, Duration.ofSeconds(5));
  }

  /** These limits with another minimum response data rate (0: none). */
  public ServerLimits withMinResponseDataRate(long bytesPerSecond) {
    return new ServerLimits(headerTimeout, idleTimeout, minRequestDataRate, bytesPerSecond, acceptQueue, threads,
        shutdownGrace);
  }

  private static void requirePositive(Duration value, String name) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
