package org.mcmock.verify;

import java.time.Duration;

/**
 * When a player's viewing is over, judged from its newest session (a player that restarts after a 410 leaves
 * its old session behind): that session is closed, or is complete and has been quiet for a moment, since a
 * player may still send sessionEnd after sessionComplete. The JUnit extension and the features' command
 * mode wait for this.
 */
public final class ViewingEnd {

  /** How long a complete session must go without a request before the player is taken to be done with it. */
  public static final Duration QUIET_AFTER_COMPLETE = Duration.ofSeconds(2);

  private ViewingEnd() {}

  /**
   * @param state the newest session's state as the admin API labels it ({@code open}, {@code complete},
   *     {@code ended}...)
   * @param lastEventAt when that session last took a request, and {@code now}, both by the mock's clock
   */
  public static boolean over(String state, long lastEventAt, long now) {
    if ("open".equals(state)) {
      return false;
    }
    return !"complete".equals(state) || now - lastEventAt >= QUIET_AFTER_COMPLETE.toMillis();
  }
}
