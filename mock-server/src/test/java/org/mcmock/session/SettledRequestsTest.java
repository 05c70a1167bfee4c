package org.mcmock.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mcmock.model.EventType;
import org.mcmock.model.Finding;
import org.mcmock.model.RuleId;
import org.mcmock.model.Severity;
import org.mcmock.model.Violation;

/** Settled requests held as bytes read back exactly as they were recorded, whatever their fields and bodies. */
class SettledRequestsTest {

  private static final long T0 = 1_700_000_000_000L;

  private static RecordedEvent request(int index, String type, double playhead, String body) {
    return new RecordedEvent(index, index, T0 + 1000L * index, type, playhead, T0 + 10_000L * index, body, 202,
        List.of(), List.of(), null, false);
  }

  private static String ping(int index) {
    return "{\"eventType\":\"ping\",\"playerTime\":{\"playhead\":" + (10 * index) + ",\"ts\":"
        + (T0 + 10_000L * index) + "}}";
  }

  private static List<RecordedEvent> all(SettledRequests settled) {
    List<RecordedEvent> read = new ArrayList<>();
    settled.forEach(read::add);
    return read;
  }

  private static List<RecordedEvent> addAll(SettledRequests settled, List<RecordedEvent> requests) {
    requests.forEach(settled::add);
    return requests;
  }

  @Test
  void everyFieldOfACommonRequestReadsBackAsItWasAdded() {
    SettledRequests settled = new SettledRequests();
    RecordedEvent start = new RecordedEvent(0, 0, T0, "sessionStart", 0, T0, "{\"eventType\":\"sessionStart\"}", 201,
        List.of(), List.of(), null, false);
    RecordedEvent late = new RecordedEvent(1, 3, T0 - 5, "ping", 12.5, T0 + 99, ping(1), 202, List.of(), List.of(),
        null, false);
    RecordedEvent odd = new RecordedEvent(2, 1, Long.MAX_VALUE, null, Double.NaN, -1, "", 0, List.of(), List.of(),
        null, false);
    RecordedEvent negative = new RecordedEvent(3, 2, Long.MIN_VALUE, "play", -0.0, Long.MIN_VALUE, "x", 999,
        List.of(), List.of(), null, false);
    List<RecordedEvent> added = addAll(settled, List.of(start, late, odd, negative));

    assertThat(all(settled)).as("in index order, field by field").containsExactlyElementsOf(added);
    assertThat(Double.doubleToRawLongBits(settled.get(3).playhead())).as("-0.0 stays -0.0")
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(settled.get(1).eventType()).as("the type's name, the very string the enum holds")
        .isSameAs(EventType.PING.wireName());
    assertThat(settled.byArrival(3)).isEqualTo(late);
    assertThat(settled.byArrival(7)).isNull();
  }

  @Test
  void bodiesOfEverySizeAndScriptReadBackAcrossChunkBoundariesBeforeAndAfterSealing() {
    String given = System.getProperty("mcmock.seed", "").strip();
    long seed = given.isEmpty() ? System.nanoTime() : Long.parseLong(given);
    System.out.println("SettledRequestsTest seed " + seed + " (replay with -Dmcmock.seed=" + seed + ")");
    Random random = new Random(seed);
    String[] alphabet = {"a", "\"", "\\", "é", "€", "日本", "😀", "\u0000", "\n"};
    SettledRequests settled = new SettledRequests();
    List<RecordedEvent> added = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int length = i % 50 == 0 ? SettledRequests.CHUNK_BYTES * 2 : random.nextInt(200);
      StringBuilder body = new StringBuilder();
      for (int c = 0; c < length; c++) {
        body.append(alphabet[random.nextInt(alphabet.length)]);
      }
      added.add(request(i, EventType.values()[i % EventType.values().length].wireName(), random.nextDouble() * 1e4,
          i % 7 == 0 ? "" : body.toString()));
      settled.add(added.get(i));
      if (i == 150) {
        settled.seal();
      }
    }

    assertThat(all(settled)).as("seed " + seed).containsExactlyElementsOf(added);
    settled.seal();
    assertThat(all(settled)).as("sealed, seed " + seed).containsExactlyElementsOf(added);
    for (int i : new int[] {0, 1, 49, 50, 51, 150, 151, 299}) {
      assertThat(settled.get(i)).as("request %d alone, seed %d", i, seed).isEqualTo(added.get(i));
    }
  }

  @Test
  void aRequestWithMoreThanTheCommonFieldsIsKeptWholeInItsPlace() {
    SettledRequests settled = new SettledRequests();
    Finding finding = new Finding(RuleId.values()[0], Severity.WARNING, 1, "a finding");
    List<RecordedEvent> added = addAll(settled, List.of(
        request(0, "sessionStart", 0, "{}"),
        new RecordedEvent(1, 1, T0, "ping", 1, T0, ping(1), 202, List.of(), List.of(finding), null, false),
        new RecordedEvent(2, 2, T0, null, Double.NaN, -1, "nope", 400,
            List.of(new Violation("/", "json", null, null, "not JSON")), List.of(), null, false),
        new RecordedEvent(3, 3, T0, "ping", 3, T0, ping(3), 500, List.of(), List.of(), "status 500", true),
        request(4, "ping", 4, "lone \uD800 surrogate"),
        request(5, "ping", 5, null),
        request(6, "ping", 6, ping(6))));

    assertThat(all(settled)).containsExactlyElementsOf(added);
    settled.seal();
    assertThat(all(settled)).containsExactlyElementsOf(added);
    assertThat(settled.get(4).body()).isEqualTo("lone \uD800 surrogate");
    assertThat(settled.get(6)).isEqualTo(added.get(6));
  }

  @Test
  void aChunkOfPingsIsHeldInAFewBytesARequest() {
    SettledRequests settled = new SettledRequests();
    long cost = 0;
    for (int i = 0; i < 60; i++) {
      cost += settled.add(request(i, "ping", 10 * i, ping(i)));
    }
    cost += settled.seal();

    assertThat(cost / 60).as("bytes a request of about 65 bytes of body costs, deflated").isLessThan(30);
    assertThat(settled.get(59)).isEqualTo(request(59, "ping", 590, ping(59)));
  }

  @Test
  void requestsSettleInIndexOrderOnly() {
    SettledRequests settled = new SettledRequests();
    assertThat(all(settled)).as("none yet").isEmpty();
    assertThat(settled.byArrival(0)).isNull();
    settled.add(request(0, "ping", 0, "{}"));

    assertThatThrownBy(() -> settled.add(request(2, "ping", 0, "{}"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> settled.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
