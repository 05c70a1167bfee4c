package org.mcmock.cli;

import sun.misc.Signal;

/**
 * SIGTERM and Ctrl-C (SIGINT) as a request to stop, so the main thread can let answers in flight finish and exit
 * 0. Left to the JVM, they start its shutdown at once and the exit code is 143 (or 130).
 */
final class Signals {

  private Signals() {}

  static void onStop(Runnable stop) {
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        Signal.handle(new Signal(name), signal -> stop.run());
      } catch (IllegalArgumentException unavailable) {
        // Not on this platform, or the JVM runs with -Xrs: the shutdown hook stops the mock instead.
      }
    }
  }
}
