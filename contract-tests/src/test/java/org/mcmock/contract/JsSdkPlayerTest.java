package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mcmock.contract.players.Mistake;
import org.mcmock.contract.players.PlayerUnderTest;
import org.mcmock.contract.players.ScenarioRun;

/**
 * Every {@code @player} scenario played by the reference client in its JS SDK mode, as Adobe's Media JS SDK
 * 3.x plays it: up to 3 requests in flight, random network delays, its own pings, forced plays and auto-closes.
 * The mock judges it as Adobe's backend does, in faithful and in strict mode; and the broken clients built on
 * it are still caught. The delays' seed is printed; {@code -Dmcmock.seed=N} plays the same delays again.
 */
class JsSdkPlayerTest {

  /** Mistakes the JS SDK's own behaviour hides: ... */
  private static final Set<Mistake> NOT_APPLICABLE = Set.of();

  private static final long SEED = Seeds.chosen("JsSdkPlayerTest's network delays");

  @ParameterizedTest(name = "strict mode {0}: the JS SDK-shaped player passes every @player scenario")
  @ValueSource(booleans = {false, true})
  void passesEveryPlayerScenario(boolean strict) throws Exception {
    ScenarioRun.Outcome outcome;
    try (AutoCloseable player = PlayerUnderTest.useJsSdk(null, SEED, strict)) {
      outcome = ScenarioRun.players("target/players/js-sdk-" + (strict ? "strict" : "faithful") + ".ndjson");
      assertThat(outcome.failures()).as("the @player scenarios %s fails (seed %d)", player, SEED).isEmpty();
    }
    assertThat(outcome.ran()).as("@player scenarios played").isGreaterThanOrEqualTo(8);
  }

  @ParameterizedTest(name = "a JS SDK-shaped client that {0} is caught")
  @EnumSource(Mistake.class)
  void isCaught(Mistake mistake) throws Exception {
    if (!NOT_APPLICABLE.contains(mistake)) {
      BrokenClientsTest.assertCaught(mistake, PlayerUnderTest.useJsSdk(mistake, SEED, false), "broken-js-sdk-clients");
    }
  }
}
