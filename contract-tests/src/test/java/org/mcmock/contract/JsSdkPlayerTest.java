package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mcmock.contract.players.Mistake;
import org.mcmock.contract.players.PlayerUnderTest;
import org.mcmock.contract.arrivals.RecordedPlayers;

/**
 * Every {@code @player} scenario played by the reference client in its JS SDK mode, as Adobe's Media JS SDK
 * 3.x plays it: up to 3 requests in flight, random network delays, its own pings, forced plays and auto-closes.
 * The mock judges it as Adobe's backend does, in faithful and in strict mode; and the broken clients built on
 * it are still caught, all 16. The delays' seed is printed; {@code -Dmcmock.seed=N} plays the same delays again.
 * The runs are shared with {@code ArrivalOrdersTest}, which delivers what they sent again in other orders.
 */
class JsSdkPlayerTest {

  private static final long SEED = Seeds.chosen("JsSdkPlayerTest's network delays");

  @ParameterizedTest(name = "strict mode {0}: the JS SDK-shaped player passes every @player scenario")
  @ValueSource(booleans = {false, true})
  void passesEveryPlayerScenario(boolean strict) {
    RecordedPlayers.Played played = RecordedPlayers.jsSdk(SEED, strict);
    assertThat(played.outcome().failures()).as("the @player scenarios %s fails", played.player()).isEmpty();
    assertThat(played.outcome().ran()).as("@player scenarios played").isGreaterThanOrEqualTo(8);
  }

  @ParameterizedTest(name = "a JS SDK-shaped client that {0} is caught")
  @EnumSource(Mistake.class)
  void isCaught(Mistake mistake) throws Exception {
    BrokenClientsTest.assertCaught(mistake, PlayerUnderTest.useJsSdk(mistake, SEED, false), "broken-js-sdk-clients",
        mistake.named());
  }
}
