package org.mcmock.contract.viewing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BodiesTest {

  private final Map<String, Object> body = Map.of(
      "params", Map.of("media.length", 86400, "media.contentType", "Live"),
      "qoeData", Map.of("media.qoe.bitrate", 1500000),
      "customMetadata", Map.of("segment", "headlines"));

  @Test
  void dottedKeysAreFoundWholeUnderTheirObject() {
    assertThat(Bodies.at(body, "params.media.length")).isEqualTo(86400);
    assertThat(Bodies.at(body, "qoeData.media.qoe.bitrate")).isEqualTo(1500000);
    assertThat(Bodies.at(body, "customMetadata.segment")).isEqualTo("headlines");
  }

  @Test
  void aPathThatLeadsNowhereGivesNull() {
    assertThat(Bodies.at(body, "params.media.id")).isNull();
    assertThat(Bodies.at(body, "customMetadata.segment.more")).isNull();
    assertThat(Bodies.at("not an object", "params")).isNull();
  }
}
