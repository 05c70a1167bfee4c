package org.mcmock.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.model.Api;
import org.mcmock.model.EventType;

class RuleEventTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static IncomingEvent read(String body) throws Exception {
    JsonNode json = JSON.readTree(body);
    return IncomingEvent.of(json, body, List.of()).carriedBy(Api.MEDIA_EDGE);
  }

  @Test
  void whatTheRulesKeepOfAnEventIsItsTypePlayerTimeParamsAndCustomMetadata() throws Exception {
    IncomingEvent adStart = read("{\"eventType\":\"adStart\",\"playerTime\":{\"playhead\":12.5,\"ts\":1700000000000},"
        + "\"params\":{\"media.ad.id\":\"ad-1\"},\"customMetadata\":{\"a.campaign\":\"x\"},"
        + "\"qoeData\":{\"media.qoe.bitrate\":1500000}}");

    IncomingEvent kept = RuleEvent.readable(adStart);

    assertThat(kept.type()).isEqualTo(EventType.AD_START);
    assertThat(kept.playhead()).isEqualTo(12.5);
    assertThat(kept.ts()).isEqualTo(1700000000000L);
    assertThat(kept.params()).as("the same params").isEqualTo(adStart.params());
    assertThat(kept.customMetadata()).as("the same customMetadata").isEqualTo(adStart.customMetadata());
    assertThat(kept.json().has("qoeData")).as("what no rule reads goes").isFalse();
    assertThat(kept.body()).as("the body as received, for the record").isEqualTo(adStart.body());
    assertThat(kept.api()).isEqualTo(Api.MEDIA_EDGE);
    assertThat(kept.valid()).isTrue();
  }

  @Test
  void aPingWithNeitherParamsNorCustomMetadataKeepsNoTreeAtAll() throws Exception {
    IncomingEvent ping = read("{\"eventType\":\"ping\",\"playerTime\":{\"playhead\":10,\"ts\":1700000010000}}");

    IncomingEvent kept = RuleEvent.readable(ping);

    assertThat(kept.json().isMissingNode()).isTrue();
    assertThat(kept.params().isMissingNode()).as("as the ping's own: it had none").isTrue();
    assertThat(kept.customMetadata().isMissingNode()).isTrue();
    assertThat(kept.type()).isEqualTo(EventType.PING);
    assertThat(kept.ts()).isEqualTo(1700000010000L);
  }
}
