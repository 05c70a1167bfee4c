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

  private Scenarios() {}
}
