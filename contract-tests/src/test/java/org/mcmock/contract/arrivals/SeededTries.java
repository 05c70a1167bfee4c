package org.mcmock.contract.arrivals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs a check many times, each try with network delays drawn from a seed of its own, and says which seed
 * failed: the same seed draws the same delays, so {@code -Dmcmock.arrivals.seed=<seed>} replays that one try.
 * All the tries' seeds come from one first seed, printed with the count.
 *
 * @param replaying the one try's own seed when replaying it, else null
 */
public record SeededTries(long firstSeed, int tries, int maxDelayMillis, Long replaying) {

  public static final String REPLAY_PROPERTY = "mcmock.arrivals.seed";

  public SeededTries(long firstSeed, int tries, int maxDelayMillis) {
    this(firstSeed, tries, maxDelayMillis, null);
  }

  /** The tries asked for, or the one try {@value #REPLAY_PROPERTY} names. */
  public static SeededTries fromProperties(long firstSeed, int tries, int maxDelayMillis) {
    String replay = System.getProperty(REPLAY_PROPERTY, "").strip();
    return replay.isEmpty() ? new SeededTries(firstSeed, tries, maxDelayMillis)
        : new SeededTries(firstSeed, 1, maxDelayMillis, Long.parseLong(replay));
  }

  /** The delays of one try: {@code count} of them, each from 0 to the maximum, in milliseconds. */
  public List<Integer> delays(long seed, int count) {
    Random random = new Random(seed);
    List<Integer> delays = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      delays.add(random.nextInt(maxDelayMillis + 1));
    }
    return delays;
  }

  /**
   * Runs {@code check} once per try with that try's delays ({@code count} of them); the first failure is
   * rethrown, naming its try and seed.
   */
  public void run(int count, Consumer<List<Integer>> check) {
    Random seeds = new Random(firstSeed);
    for (int i = 1; i <= tries; i++) {
      long seed = seedOfTry(seeds);
      try {
        check.accept(delays(seed, count));
      } catch (AssertionError failure) {
        throw new AssertionError("try " + i + " of " + tries + " failed; replay it alone with -D" + REPLAY_PROPERTY
            + "=" + seed + "\n" + failure.getMessage(), failure);
      }
    }
  }

  private long seedOfTry(Random seeds) {
    return replaying != null ? replaying : seeds.nextLong();
  }

  @Override
  public String toString() {
    return replaying != null ? "replaying the try of seed " + replaying
        : tries + " tries, delays of up to " + maxDelayMillis + " ms, first seed " + firstSeed;
  }
}
