package org.mcmock.contract.arrivals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mcmock.contract.Admin;
import org.mcmock.contract.players.Mistake;
import org.mcmock.contract.players.PlayerUnderTest;
import org.mcmock.contract.players.Recordings;
import org.mcmock.contract.players.ScenarioRun;
import org.mcmock.contract.steps.MockUnderTest;
import org.mcmock.verify.FeatureTimelines;

/**
 * Recordings of the players the suite knows, made once per run by playing the features with Cucumber against
 * the features' mock: the reference client and its JS SDK mode in every {@code @player} scenario, and each
 * broken client in the scenario meant to catch it.
 */
public final class RecordedPlayers {

  private static final FeatureTimelines TIMELINES = FeatureTimelines.bundled();

  private RecordedPlayers() {}

  /** The correct players: the reference client, and its JS SDK mode with delays from {@code seed}. */
  public static List<Recording> correct(long seed) {
    List<Recording> all = new ArrayList<>();
    all.addAll(record(PlayerUnderTest.use((Mistake) null), null, false));
    all.addAll(record(PlayerUnderTest.useJsSdk(null, seed, false), null, true));
    return all;
  }

  /** Each broken client (the reference client with one mistake), in its scenario. */
  public static Map<Mistake, Recording> broken() {
    Map<Mistake, Recording> all = new java.util.EnumMap<>(Mistake.class);
    for (Mistake mistake : Mistake.values()) {
      all.put(mistake, record(PlayerUnderTest.use(mistake), mistake, false).get(0));
    }
    return all;
  }

  /**
   * @param delayed whether the player's requests met network delays on their way: what reached the mock is
   *     then put back in the order the player made it, by ts (requests of one ts keep the order they came in)
   */
  private static List<Recording> record(AutoCloseable player, Mistake mistake, boolean delayed) {
    Admin admin = new MockUnderTest().backend().admin();
    Recordings recordings = new Recordings(admin::clockMillis);
    try (player; AutoCloseable recording = PlayerUnderTest.recordingInto(recordings)) {
      if (mistake == null) {
        ScenarioRun.players("target/arrivals/" + player.toString().replaceAll("\\W+", "-") + ".ndjson");
      } else {
        ScenarioRun.of(mistake.scenario(), "target/arrivals/" + mistake.name() + ".ndjson");
      }
    } catch (Exception e) {
      throw new IllegalStateException("could not record " + player + ": " + e.getMessage(), e);
    }
    return recordings.byScenario().entrySet().stream()
        .map(entry -> new Recording(player.toString(), entry.getKey(),
            delayed ? Replay.byTs(entry.getValue()) : entry.getValue(), TIMELINES.find(entry.getKey())))
        .toList();
  }
}
