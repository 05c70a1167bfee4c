package org.mcmock.contract.players;

import java.util.Optional;

/**
 * The player the features' {@code @player} scenarios play: the reference client, a deliberately broken copy
 * of it, or any program given by the system property {@value #COMMAND_PROPERTY}. Scenarios without
 * {@code @player} test the mock itself and always use the reference client.
 */
public final class PlayerUnderTest {

  /** {@code -Dmcmock.player="node player.js"}: the command line that plays a scenario, run with bash. */
  public static final String COMMAND_PROPERTY = "mcmock.player";

  private static final PlayerUnderTest REFERENCE = new PlayerUnderTest(null, null);
  private static volatile PlayerUnderTest chosen;

  private final Mistake mistake;
  private final String command;

  private PlayerUnderTest(Mistake mistake, String command) {
    this.mistake = mistake;
    this.command = command;
  }

  /** The player chosen for this run: by {@link #use}, else by the system property, else the reference client. */
  public static PlayerUnderTest current() {
    PlayerUnderTest override = chosen;
    if (override != null) {
      return override;
    }
    String property = System.getProperty(COMMAND_PROPERTY, "").strip();
    return property.isEmpty() ? REFERENCE : new PlayerUnderTest(null, property);
  }

  /** Plays the features with the reference client broken by {@code mistake} until the result is closed. */
  public static AutoCloseable use(Mistake mistake) {
    return use(new PlayerUnderTest(mistake, null));
  }

  /** Plays the features with {@code command} until the result is closed. */
  public static AutoCloseable useCommand(String command) {
    return use(new PlayerUnderTest(null, command));
  }

  private static AutoCloseable use(PlayerUnderTest player) {
    chosen = player;
    return () -> chosen = null;
  }

  /** How the in-process player differs from the reference client: not at all, or by one mistake. */
  public Seams seams() {
    return mistake == null ? new Seams() {} : mistake;
  }

  /** The command that plays the scenarios, when the player is a program of its own. */
  public Optional<String> command() {
    return Optional.ofNullable(command);
  }

  @Override
  public String toString() {
    return command != null ? "the command `" + command + "`"
        : mistake != null ? "the reference client broken by " + mistake.what() : "the reference client";
  }
}
