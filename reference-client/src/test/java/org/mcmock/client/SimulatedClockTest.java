package org.mcmock.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedClockTest {

  private final SimulatedClock clock = new SimulatedClock(1_000);
  private final List<String> fired = new ArrayList<>();

  @Test
  void timersFireAtTheirTimesInOrderAndTheClockShowsEachTime() {
    clock.every(Duration.ofSeconds(2), () -> fired.add("two@" + clock.millis()));
    clock.every(Duration.ofSeconds(3), () -> fired.add("three@" + clock.millis()));

    clock.advanceTo(7_000);

    assertThat(fired).containsExactly("two@3000", "three@4000", "two@5000", "two@7000", "three@7000");
    assertThat(clock.millis()).isEqualTo(7_000);
  }

  @Test
  void aCancelledTimerStopsFiring() {
    SimulatedClock.Timer timer = clock.every(Duration.ofSeconds(1), () -> fired.add("tick@" + clock.millis()));
    clock.advanceBy(Duration.ofSeconds(2));
    timer.cancel();
    clock.advanceBy(Duration.ofSeconds(5));

    assertThat(fired).containsExactly("tick@2000", "tick@3000");
  }

  @Test
  void aTimerMayCancelItselfWhileFiring() {
    SimulatedClock.Timer[] self = new SimulatedClock.Timer[1];
    self[0] = clock.every(Duration.ofSeconds(1), () -> {
      fired.add("once@" + clock.millis());
      self[0].cancel();
    });

    clock.advanceBy(Duration.ofSeconds(10));

    assertThat(fired).containsExactly("once@2000");
  }

  @Test
  void timeNeverGoesBack() {
    assertThatThrownBy(() -> clock.advanceTo(999))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot go back from 1000 to 999");
  }
}
