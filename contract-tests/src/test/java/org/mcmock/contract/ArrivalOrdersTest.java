package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcmock.contract.arrivals.ArrivalOrder;
import org.mcmock.contract.arrivals.InProcessMock;
import org.mcmock.contract.arrivals.Judgement;
import org.mcmock.contract.arrivals.RecordedPlayers;
import org.mcmock.contract.arrivals.Recording;
import org.mcmock.contract.arrivals.Replay;
import org.mcmock.contract.arrivals.SeededTries;
import org.mcmock.contract.players.Mistake;

/**
 * Determinism as a property: whatever order a player's requests arrive in (up to 3 in flight, random network
 * delays), the mock judges its sessions the same: findings, summary, recorded order and {@code verify}'s report.
 * Each try delivers every recording again, in process, with the try's delays, drawn from a seed of its own;
 * a failure names the seed that replays it.
 */
class ArrivalOrdersTest {

  private static final int TRIES = 200;
  /** Adobe's backend reorders within 5 s; delays of up to 1.5 s keep every overtaking inside that window. */
  private static final int MAX_DELAY_MILLIS = 1500;

  private static InProcessMock mock;
  private static Replay replay;
  private static SeededTries tries;
  private static List<Recording> players;
  private static Map<Mistake, Recording> broken;
  private static final Map<Recording, Judgement> IN_ORDER = new HashMap<>();
  private static final Map<Mistake, Integer> CAUGHT = new TreeMap<>();

  @BeforeAll
  static void recordThePlayers() {
    mock = new InProcessMock();
    replay = new Replay(mock);
    long seed = Seeds.chosen("ArrivalOrdersTest");
    tries = SeededTries.fromProperties(seed, TRIES, MAX_DELAY_MILLIS);
    System.out.println("ArrivalOrdersTest: " + tries);
    players = RecordedPlayers.correct(seed);
    broken = RecordedPlayers.broken();
    players.forEach(r -> IN_ORDER.put(r, replay.judge(r, r.requests(), List.of())));
  }

  @Test
  void everyPlayerTimelineIsJudgedTheSameWhateverTheArrivalOrder() {
    tries.run(longest(players), delays -> {
      for (Recording recording : players) {
        assertThat(replay.judge(recording, recording.requests(), delays))
            .as("%s, requests arriving in the order %s", recording, order(recording, delays))
            .isEqualTo(IN_ORDER.get(recording));
      }
    });
  }

  @Test
  void everyBrokenClientIsCaughtWhateverTheArrivalOrder() {
    tries.run(longest(broken.values()), delays -> {
      List<String> missed = new ArrayList<>();
      broken.forEach((mistake, recording) -> {
        Judgement judgement = replay.judge(recording, recording.requests(), delays);
        if (judgement.followsTheTimeline() || !judgement.report().contains(mistake.named())) {
          missed.add("a client that " + mistake.what() + ", requests arriving in the order "
              + order(recording, delays) + (judgement.followsTheTimeline() ? ", passed"
              : ", was not named by \"" + mistake.named() + "\" in:\n" + judgement.report()));
        } else {
          CAUGHT.merge(mistake, 1, Integer::sum);
        }
      });
      assertThat(missed).as("broken clients not caught").isEmpty();
    });
  }

  @AfterAll
  static void score() {
    long caught = CAUGHT.values().stream().filter(n -> n == tries.tries()).count();
    System.out.printf("Broken clients caught under %d arrival orders each: %d / %d%n", tries.tries(), caught,
        Mistake.values().length);
    mock.close();
  }

  private static int longest(java.util.Collection<Recording> recordings) {
    return recordings.stream().mapToInt(r -> r.sent().size()).max().orElse(0);
  }

  private static List<Integer> order(Recording recording, List<Integer> delays) {
    return ArrivalOrder.of(recording.requests(), delays, Replay.IN_FLIGHT).stream().map(ArrivalOrder.Arrival::index)
        .toList();
  }
}
