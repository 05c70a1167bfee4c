package org.mcmock.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The eight params every sessionStart must carry, in the order Adobe's reference lists them: where the data
 * goes (tracking server, report suite, Experience Cloud org) and what is played (media id, length, content
 * type, player name, channel). Further params go on with {@link EventData#withParams}.
 */
public record SessionParams(String trackingServer, String reportSuite, String marketingCloudOrgId, String mediaId,
    double length, String contentType, String playerName, String channel) {

  /** Example analytics settings with the given media, for tests and examples. */
  public static SessionParams example(String mediaId, double length, String contentType, String playerName) {
    return new SessionParams("example.hb-api.omtrdc.net", "example-rsid", "0123456789ABCDEF01234567@AdobeOrg",
        mediaId, length, contentType, playerName, "example-channel");
  }

  public SessionParams withChannel(String value) {
    return new SessionParams(trackingServer, reportSuite, marketingCloudOrgId, mediaId, length, contentType,
        playerName, value);
  }

  /** The params as the request writes them; a whole length is written as an integer. */
  public Map<String, Object> toMap() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("analytics.trackingServer", trackingServer);
    params.put("analytics.reportSuite", reportSuite);
    params.put("visitor.marketingCloudOrgId", marketingCloudOrgId);
    params.put("media.id", mediaId);
    params.put("media.length", length == Math.rint(length) ? (Object) (long) length : (Object) length);
    params.put("media.contentType", contentType);
    params.put("media.playerName", playerName);
    params.put("media.channel", channel);
    return params;
  }
}
