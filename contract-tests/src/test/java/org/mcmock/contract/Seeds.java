package org.mcmock.contract;

import java.security.SecureRandom;

/**
 * The seed of this test run's randomized tests: {@code -Dmcmock.seed=N} to replay one, else a new one, the same
 * for every test of the run (they share recordings); printed by each test that uses it.
 */
final class Seeds {

  static final String PROPERTY = "mcmock.seed";

  private static Long chosen;

  private Seeds() {}

  static synchronized long chosen(String what) {
    if (chosen == null) {
      String given = System.getProperty(PROPERTY, "").strip();
      chosen = given.isEmpty() ? new SecureRandom().nextLong() : Long.parseLong(given);
    }
    System.out.printf("%s: seed %d (replay with -D%s=%d)%n", what, chosen, PROPERTY, chosen);
    return chosen;
  }
}
