package org.mcmock.contract.players;

import java.util.Optional;
import org.mcmock.client.Transport;

/**
 * The player the features' {@code @player} scenarios play: the reference client, a deliberately broken copy
 * of it, or any program given by the system property {@value #COMMAND_PROPERTY}. Scenarios without
 * {@code @player} test the mock itself and always use the reference client.
 *
 * @param commandLine the program that plays, or null for the reference client
 * @param jsSdkSeed the seed of the JS SDK mode's network delays, or null for the reference client's own behaviour
 * @param strict whether the mock plays this player's scenarios in strict mode
 */
public record PlayerUnderTest(Mistake mistake, String commandLine, Long jsSdkSeed, boolean strict) {

  /** {@code -Dmcmock.player="node player.js"}: the command line that plays a scenario, run with bash. */
  public static final String COMMAND_PROPERTY = "mcmock.player";

  private static final PlayerUnderTest REFERENCE = new PlayerUnderTest(null, null, null, false);
  private static volatile PlayerUnderTest chosen;
  private static volatile Recordings recordings;

  /** The player chosen for this run: by {@link #use}, else by the system property, else the reference client. */
  public static PlayerUnderTest current() {
    PlayerUnderTest override = chosen;
    if (override != null) {
      return override;
    }
    String property = System.getProperty(COMMAND_PROPERTY, "").strip();
    return property.isEmpty() ? REFERENCE : new PlayerUnderTest(null, property, null, false);
  }

  /** Plays the features with the reference client broken by {@code mistake} until the result is closed. */
  public static AutoCloseable use(Mistake mistake) {
    return use(new PlayerUnderTest(mistake, null, null, false));
  }

  /** Plays the features with {@code command} until the result is closed. */
  public static AutoCloseable useCommand(String command) {
    return use(new PlayerUnderTest(null, command, null, false));
  }

  /**
   * Plays the features with the reference client in its JS SDK mode ({@link JsSdkClient}), broken by
   * {@code mistake} unless it is null, over a network whose delays come from {@code seed}, against the mock
   * in strict mode if {@code strict}, until the result is closed.
   */
  public static AutoCloseable useJsSdk(Mistake mistake, long seed, boolean strict) {
    return use(new PlayerUnderTest(mistake, null, seed, strict));
  }

  /** The player chosen until the result is closed; the result's {@code toString} names it. */
  private static AutoCloseable use(PlayerUnderTest player) {
    chosen = player;
    return new AutoCloseable() {
      @Override
      public void close() {
        chosen = null;
      }

      @Override
      public String toString() {
        return player.toString();
      }
    };
  }

  /** How the in-process player differs from the reference client: not at all, by its JS SDK mode, by a mistake. */
  public Seams seams() {
    Seams seams = mistake == null ? new Seams() {} : mistake;
    return jsSdkSeed == null ? seams : new JsSdkClient(seams, jsSdkSeed);
  }

  /**
   * The transport a {@code @player} scenario's requests reach the wire by: {@code transport}, tapped when
   * {@link #recordingInto} asked for a record of what reaches the mock, in the order it does.
   */
  public Transport recorded(String scenario, Transport transport) {
    Recordings into = recordings;
    return into == null ? transport : into.tap(scenario, transport);
  }

  /** Records the requests the players' scenarios send into {@code recordings}, scenario by scenario, until closed. */
  public static AutoCloseable recordingInto(Recordings into) {
    recordings = into;
    return () -> recordings = null;
  }

  /** The command that plays the scenarios, when the player is a program of its own. */
  public Optional<String> command() {
    return Optional.ofNullable(commandLine);
  }

  @Override
  public String toString() {
    String client = jsSdkSeed == null ? "the reference client"
        : "the reference client in its JS SDK mode (network delays seed " + jsSdkSeed + ")";
    return commandLine != null ? "the command `" + commandLine + "`"
        : (mistake != null ? client + " broken by " + mistake.what() : client) + (strict ? ", strict mode" : "");
  }
}
