package org.mcmock.contract.websdk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.mcmock.contract.players.CommandPlayer;

/**
 * Adobe's Web SDK, @adobe/alloy, pinned, from the npm registry, as examples/browser-player-websdk/fetch-alloy.sh
 * fetches and checks it (it keeps it, so a second run needs no network).
 */
public final class AlloyBundle {

  /** fetch-alloy.sh's exit code when npm is missing or the registry cannot be reached. */
  public static final int CANNOT_FETCH = 2;

  private AlloyBundle() {}

  /** What the script did: the bundle's path when {@code exitCode} is 0, else what it said. */
  public record Fetched(Path bundle, int exitCode, String said) {}

  public static Fetched fetch(Path folder) throws IOException, InterruptedException {
    Process script = new ProcessBuilder("bash", "examples/browser-player-websdk/fetch-alloy.sh",
        folder.toAbsolutePath().toString()).directory(CommandPlayer.repositoryRoot()).redirectErrorStream(true)
        .start();
    String said = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    return new Fetched(folder.resolve("alloy.min.js"), script.waitFor(), said);
  }
}
