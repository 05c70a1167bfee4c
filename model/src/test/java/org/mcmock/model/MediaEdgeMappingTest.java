package org.mcmock.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one field mapping between a Media Collection event and a Media Edge XDM event, both ways. */
class MediaEdgeMappingTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SID = "a".repeat(64);

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void anAdStartWritesItsIdAsNameAndReadsBackAsTheSameMediaCollectionEvent() throws Exception {
    JsonNode adStart = json("{\"eventType\":\"adStart\",\"playerTime\":{\"playhead\":28,\"ts\":1700000045000},"
        + "\"params\":{\"media.ad.id\":\"002\",\"media.ad.name\":\"Ad 2\",\"media.ad.length\":8,"
        + "\"media.ad.podPosition\":1,\"media.ad.playerName\":\"Sample Player\"},"
        + "\"customMetadata\":{\"show\":\"news\"}}");

    ObjectNode xdm = MediaEdgeMapping.toXdm(adStart, SID);

    assertThat(xdm.toString()).isEqualTo("{\"eventType\":\"media.adStart\",\"timestamp\":\"2023-11-14T22:14:05Z\","
        + "\"mediaCollection\":{\"playhead\":28,\"sessionID\":\"" + SID + "\",\"advertisingDetails\":{\"name\":\"002\","
        + "\"friendlyName\":\"Ad 2\",\"length\":8,\"podPosition\":1,\"playerName\":\"Sample Player\"},"
        + "\"customMetadata\":[{\"name\":\"show\",\"value\":\"news\"}]}}");
    assertThat(MediaEdgeMapping.toMediaCollection(EdgeEventType.AD_START, xdm, MediaEdgeMapping.millis(xdm)))
        .extracting(JsonNode::toString).containsExactly(adStart.toString());
  }

  @Test
  void aSessionStartLeavesTheDatastreamsKeysOutAndRoundsItsLength() throws Exception {
    JsonNode start = json("{\"eventType\":\"sessionStart\",\"playerTime\":{\"playhead\":0,\"ts\":1},\"params\":{"
        + "\"analytics.reportSuite\":\"rs\",\"visitor.marketingCloudOrgId\":\"org\",\"media.id\":\"ClickMe\","
        + "\"media.length\":60.33,\"media.sdkVersion\":\"1.0\"}}");

    JsonNode details = MediaEdgeMapping.toXdm(start, null).at("/mediaCollection/sessionDetails");

    assertThat(details.toString()).isEqualTo("{\"name\":\"ClickMe\",\"length\":60,\"appVersion\":\"1.0\"}");
  }

  @Test
  void aStatesUpdateIsAStateEndPerEndedStateThenAStateStartPerStartedOneEachAMillisecondLater() throws Exception {
    JsonNode xdm = json("{\"eventType\":\"media.statesUpdate\",\"timestamp\":\"2023-11-14T22:13:20Z\","
        + "\"mediaCollection\":{\"playhead\":5,\"sessionID\":\"" + SID + "\",\"statesStart\":[{\"name\":\"mute\"},"
        + "{\"name\":\"fullScreen\"}],\"statesEnd\":[{\"name\":\"pictureInPicture\"}]}}");

    List<ObjectNode> events = MediaEdgeMapping.toMediaCollection(EdgeEventType.STATES_UPDATE, xdm,
        MediaEdgeMapping.millis(xdm));

    assertThat(events).extracting(e -> e.path("eventType").asText() + " " + e.at("/params/media.state.name").asText()
        + " " + e.at("/playerTime/ts").asLong()).containsExactly(
            "stateEnd pictureInPicture 1700000000000", "stateStart mute 1700000000001",
            "stateStart fullScreen 1700000000002");
  }

  @Test
  void aRecordedMediaEdgeBodyReadsAsItsMediaCollectionEventAndAnyOtherBodyAsItIs() throws Exception {
    JsonNode edge = json("{\"events\":[{\"xdm\":{\"eventType\":\"media.play\",\"timestamp\":\"1970-01-01T00:00:01Z\","
        + "\"mediaCollection\":{\"playhead\":3,\"sessionID\":\"" + SID + "\"}}}]}");
    JsonNode collection = json("{\"eventType\":\"play\",\"playerTime\":{\"playhead\":3,\"ts\":1000}}");

    assertThat(MediaEdgeMapping.asMediaCollection(edge).toString()).isEqualTo(collection.toString());
    assertThat(MediaEdgeMapping.asMediaCollection(collection)).isSameAs(collection);
  }
}
