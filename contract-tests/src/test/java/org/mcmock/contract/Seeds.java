package org.mcmock.contract;

import java.security.SecureRandom;

/** The seed of a randomized test: {@code -Dmcmock.seed=N} to replay one, else a new one; printed either way. */
final class Seeds {

  static final String PROPERTY = "mcmock.seed";

  private Seeds() {}

  static long chosen(String what) {
    String given = System.getProperty(PROPERTY, "").strip();
    long seed = given.isEmpty() ? new SecureRandom().nextLong() : Long.parseLong(given);
    System.out.printf("%s: seed %d (replay with -D%s=%d)%n", what, seed, PROPERTY, seed);
    return seed;
  }
}
