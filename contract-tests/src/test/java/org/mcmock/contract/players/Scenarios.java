package org.mcmock.contract.players;

/** The {@code @player} scenarios the broken clients are played against. */
public final class Scenarios {

  /** A scenario: its feature file (under the classpath's {@code features/}) and its name. */
  public record Target(String feature, String name) {}

  public static final Target TIMELINE_1 = new Target("timeline-1-viewed-to-the-end.feature",
      "The player reports the whole viewing, and the backend counts it as Adobe would");
  public static final Target TIMELINE_2 = new Target("timeline-2-user-abandons-session.feature",
      "The player reports the viewing until the user closes the app");
  public static final Target LIVE_STREAM = new Target("live-stream.feature",
      "A viewer tunes in at 19:00, goes fullscreen, the bitrate drops, and leaves");

  public static final Target LATE_SESSIONS_ANSWER = new Target("client-resilience.feature",
      "The sessions answer arrives 3 seconds late, and the player queues its events");
  public static final Target ANSWER_500 = new Target("client-resilience.feature",
      "An event gets 500, and the player carries on");
  public static final Target ANSWER_410 = new Target("client-resilience.feature",
      "An event gets 410, and the player starts a new session where it was");
  public static final Target TIMEOUT_IN_PAUSE = new Target("client-resilience.feature",
      "The session times out during a long pause, and the player resumes it in a new session");

  private Scenarios() {}
}
