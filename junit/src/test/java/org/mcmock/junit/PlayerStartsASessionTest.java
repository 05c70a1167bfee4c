package org.mcmock.junit;

// README: JUnit 5 extension {
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.mcmock.junit.MediaCollectionMockHandle;
import org.mcmock.junit.MediaCollectionMockTest;

@MediaCollectionMockTest
class PlayerStartsASessionTest {

  @Test
  void theSessionStartIsAnswered201(MediaCollectionMockHandle mock) throws Exception {
    // Your player, pointed at mock.baseUrl(), sends this; here java.net.http stands in for it.
    String sessionStart = """
        {"eventType":"sessionStart","playerTime":{"playhead":0,"ts":1767225600000},"params":{
          "analytics.trackingServer":"example.hb-api.omtrdc.net","analytics.reportSuite":"example-rsid",
          "visitor.marketingCloudOrgId":"0123456789ABCDEF01234567@AdobeOrg","media.id":"ClickMe",
          "media.name":"ClickMe","media.length":60.33,"media.contentType":"VOD",
          "media.playerName":"my-player","media.channel":"my-channel"}}""";
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(mock.sessionsUrl()))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(sessionStart)).build(),
        HttpResponse.BodyHandlers.discarding());

    mock.assertThatSessions().count(1).answered(201).haveNoErrorFindings();
  }
}
// }
