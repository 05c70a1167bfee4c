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

  /** The JS SDK mode's runs by strict mode, each played once per test run and shared by the tests. */
  private static final Map<Boolean, Played> JS_SDK = new java.util.HashMap<>();

  /** What came of playing every {@code @player} scenario, and what the player sent in each. */
  public record Played(String player, ScenarioRun.Outcome outcome, List<Recording> recordings) {}

  private RecordedPlayers() {}

  /** The correct players: the reference client, and its JS SDK mode in faithful mode ({@link #jsSdk}). */
  public static List<Recording> correct(long seed) {
    List<Recording> all = new ArrayList<>();
    all.addAll(record(PlayerUnderTest.use((Mistake) null), null, false).recordings());
    all.addAll(jsSdk(seed, false).recordings());
    return all;
  }

  /**
   * The JS SDK mode playing every {@code @player} scenario with network delays from {@code seed}, against the
   * mock in strict mode or not: played on the first call, the same answer after (whatever the seed then).
   */
  public static synchronized Played jsSdk(long seed, boolean strict) {
    return JS_SDK.computeIfAbsent(strict, mode -> record(PlayerUnderTest.useJsSdk(null, seed, mode), null, true));
  }

  /** Each broken client (the reference client with one mistake), in its scenario. */
  public static Map<Mistake, Recording> broken() {
    Map<Mistake, Recording> all = new java.util.EnumMap<>(Mistake.class);
    for (Mistake mistake : Mistake.values()) {
      all.put(mistake, record(PlayerUnderTest.use(mistake), mistake, false).recordings().get(0));
    }
    return all;
  }

  /**
   * @param delayed whether the player's requests met network delays on their way: what reached the mock is
   *     then put back in the order the player made it, by ts (requests of one ts keep the order they came in)
   */
  private static Played record(AutoCloseable player, Mistake mistake, boolean delayed) {
    Admin admin = new MockUnderTest().backend().admin();
    Recordings recordings = new Recordings(admin::clockMillis);
    ScenarioRun.Outcome outcome;
    try (player; AutoCloseable recording = PlayerUnderTest.recordingInto(recordings)) {
      outcome = mistake == null
          ? ScenarioRun.players("target/players/" + player.toString().replaceAll("\\W+", "-") + ".ndjson")
          : ScenarioRun.of(mistake.scenario(), "target/arrivals/" + mistake.name() + ".ndjson");
    } catch (Exception e) {
      throw new IllegalStateException("could not record " + player + ": " + e.getMessage(), e);
    }
    return new Played(player.toString(), outcome, recordings.byScenario().entrySet().stream()
        .map(entry -> new Recording(player.toString(), entry.getKey(),
            delayed ? Replay.byTs(entry.getValue()) : entry.getValue(), TIMELINES.find(entry.getKey())))
        .toList());
  }
}
