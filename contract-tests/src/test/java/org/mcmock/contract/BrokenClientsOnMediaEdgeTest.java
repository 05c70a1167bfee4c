package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mcmock.contract.players.ApiUnderTest;
import org.mcmock.contract.players.Mistake;
import org.mcmock.contract.players.PlayerUnderTest;
import org.mcmock.model.Api;

/**
 * The broken clients again, each speaking Adobe's Media Edge API: the same scenario must catch the same
 * mistake, naming it in Media Edge's terms ({@link Mistake#named(Api)}). A mistake that cannot be made on Media
 * Edge (unprefixed QoE keys: the bare names are the XDM ones) must pass there. Reports in
 * {@code target/broken-clients-media-edge/<MISTAKE>.txt}.
 */
class BrokenClientsOnMediaEdgeTest {

  private static final Map<Mistake, Boolean> CAUGHT = new TreeMap<>();

  @ParameterizedTest(name = "a client that {0} is caught on Media Edge")
  @EnumSource(Mistake.class)
  void isCaught(Mistake mistake) throws Exception {
    Optional<String> named = mistake.named(Api.MEDIA_EDGE);
    Assumptions.assumeTrue(named.isPresent(), () -> "not a mistake on Media Edge: " + mistake.what());
    CAUGHT.put(mistake, false);
    try (AutoCloseable edge = ApiUnderTest.use(Api.MEDIA_EDGE)) {
      BrokenClientsTest.assertCaught(mistake, PlayerUnderTest.use(mistake), "broken-clients-media-edge",
          named.get());
    }
    CAUGHT.put(mistake, true);
  }

  @AfterAll
  static void score() {
    long caught = CAUGHT.values().stream().filter(Boolean::booleanValue).count();
    System.out.printf("Broken clients caught on Media Edge: %d / %d (of %d, the others cannot be made there)%n",
        caught, CAUGHT.size(), Mistake.values().length);
    CAUGHT.forEach((mistake, ok) -> System.out.printf("  %s a client that %s%n", ok ? "caught " : "MISSED ",
        mistake.what()));
    assertThat(caught).as("broken clients caught on Media Edge, of %d that can be made there", CAUGHT.size())
        .isEqualTo(CAUGHT.size());
  }
}
