package org.mcmock.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.mcmock.config.MockSettings;

/** A sid names the mock instance that issued it, and keeps the shape of Adobe's sample sid. */
class SidIssuerTest {

  @Test
  void everySidStartsWithTheInstanceIdZeroPaddedAndIs64LowercaseHexCharacters() {
    SidIssuer issuer = SidIssuer.forInstance("A1");

    String sid = issuer.next();

    assertThat(sid).as("a sid of instance A1").matches("[0-9a-f]{64}").startsWith("000000a1");
    assertThat(SidIssuer.instanceOf(sid)).as("the instance read back from the sid").contains("000000a1");
    assertThat(issuer.next()).as("the next sid of the same instance").isNotEqualTo(sid).startsWith("000000a1");
  }

  @Test
  void withoutAnIdEachStartTakesARandomOne() {
    assertThat(SidIssuer.random().instanceId()).as("a random instance id").matches("[0-9a-f]{8}");
    assertThat(SidIssuer.random().instanceId()).as("another start's").isNotEqualTo(SidIssuer.random().instanceId());
  }

  @Test
  void anIdThatIsNotOneToEightHexDigitsIsRefusedSayingWhatItMayBe() {
    for (String bad : new String[] {"", "mock-1", "123456789", "0x1"}) {
      assertThatThrownBy(() -> SidIssuer.forInstance(bad)).as("instance id \"%s\"", bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 8 hex digits");
    }
  }

  @Test
  void aStoreIssuesTheSidsOfItsInstance() {
    SessionStore store = new SessionStore(
        new MockClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)), MockSettings.defaults());
    store.issueSidsWith(SidIssuer.forInstance("2"));

    assertThat(store.instanceId()).as("the store's instance id").isEqualTo("00000002");
  }

  @Test
  void aSidOfAnotherShapeNamesNoInstance() {
    assertThat(SidIssuer.instanceOf("s1")).as("instance of a sid of another shape").isEmpty();
  }
}
