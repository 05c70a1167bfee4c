package org.mcmock.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mcmock.MediaCollectionMock;

/**
 * Hostile bodies to the admin API, the mock's routes and WireMock's own: each gets a 4xx with a message that says
 * what to change, never a 5xx, a Java class name or a path of the machine; the clock never overflows or goes back.
 */
class AdminHostileInputTest {

  @RegisterExtension static final MockBackend mock = new MockBackend();

  private static final String ROOT = "/__admin/media-collection";

  /** Java class names, Jackson's switches, stack lines and absolute paths: what a user must never read. */
  private static final Pattern LEAK = Pattern.compile("\\b(?:[a-z]+\\.){2,}[A-Z]\\w+|JsonReadFeature|\\bat [a-z]+\\."
      + "|Exception|\\.java\\b|/home/|/tmp/|/work/|/root/");

  private static final List<byte[]> HOSTILE_BODIES = Stream.of("", "not json", "{\"by\":\"999999999999d\"}",
      "{\"by\":\"9223372036854775807ms\"}", "{\"by\":\"PT-5M\"}", "{\"by\":1e999}", "{\"by\":NaN}", "[1,2]",
      "{\"by\":{\"a\":1}}", "[".repeat(5000) + "]".repeat(5000), "{\"mode\":123}", "{\"on\":\"ping\",\"status\":999999}",
      "{\"on\":\"ping\",\"delay\":\"99999999999d\"}", "{\"on\":\"ping\",\"occurrence\":99999999999999999999}",
      "{\"on\":{\"x\":[]},\"status\":\"a\"}", "\"\\ud800\"", "{\"mappings\":7}", "{\"a\":1,\"a\":2}")
      .map(text -> text.getBytes(UTF_8)).toList();

  private static final List<String> ROUTES_WITH_BODIES = List.of("POST " + ROOT + "/clock/advance",
      "POST " + ROOT + "/mode", "PUT " + ROOT + "/mode", "POST " + ROOT + "/faults", "POST /__admin/mappings",
      "POST /__admin/mappings/import", "POST /__admin/requests/find", "POST /__admin/requests/count",
      "POST /__admin/settings", "POST /__admin/near-misses/request", "POST /__admin/recordings/start",
      "POST /__admin/mappings/find-by-metadata", "POST /__admin/requests/remove");

  @ParameterizedTest(name = "advancing the clock by {0} gets 400 and leaves it where it was")
  @ValueSource(strings = {"\"999999999999d\"", "\"9223372036854775807ms\"", "\"P99999999999D\"", "\"-5m\"",
      "\"PT-5M\"", "\"36501d\"", "1e999", "NaN", "10", "null"})
  void aHostileClockAdvanceGets400AndTheClockStays(String by) {
    long before = mock.admin().clockMillis();

    Response answer = mock.request().contentType(ContentType.JSON).body("{\"by\": " + by + "}")
        .post(ROOT + "/clock/advance");

    Checks.hasStatus(answer, 400, "advancing the clock by " + by);
    assertThat(Checks.jsonMessage(answer, "advancing the clock by " + by)).as("the message").doesNotContainPattern(LEAK);
    long after = mock.admin().clockMillis();
    assertThat(after - before).as("ms the clock moved after a refused advance by %s", by).isBetween(0L, 5_000L);
  }

  @Test
  void theClockMovesAtMostAHundredYearsAheadInAllAndNeverBack() {
    long before = mock.admin().clockMillis();
    mock.admin().advanceClock("36000d");

    Response further = mock.request().contentType(ContentType.JSON).body("{\"by\": \"1000d\"}")
        .post(ROOT + "/clock/advance");

    Checks.hasStatus(further, 400, "advancing a clock already 36000d ahead by 1000d more");
    assertThat(Checks.jsonMessage(further, "the second advance")).contains("100 years", "reset");
    assertThat(mock.admin().clockMillis() - before).as("how far the clock moved in all, ms")
        .isBetween(36_000L * 86_400_000, 36_000L * 86_400_000 + 5_000);
  }

  @Test
  void everyHostileBodyToEveryAdminRouteGetsA4xxWithACleanMessage() {
    List<String> wrong = new ArrayList<>();
    for (String route : ROUTES_WITH_BODIES) {
      String[] methodAndPath = route.split(" ");
      for (byte[] body : HOSTILE_BODIES) {
        Response answer = mock.request().contentType(ContentType.JSON).body(body)
            .request(methodAndPath[0], methodAndPath[1]);
        String text = answer.asString();
        if (answer.statusCode() >= 500 || LEAK.matcher(text).find()) {
          wrong.add(route + " " + new String(body, UTF_8).substring(0, Math.min(40, body.length)) + " -> "
              + answer.statusCode() + " " + text.substring(0, Math.min(300, text.length())));
        }
      }
    }

    assertThat(wrong).as("answers with a 5xx or a Java name, class or path in them").isEmpty();
  }

  @Test
  void wireMocksRequestJournalWhenOffGetsA404ThatSaysHowToTurnItOn() {
    try (MediaCollectionMock journalOff = MediaCollectionMock.start()) {
      Response answer = MockBackend.at(journalOff.baseUrl()).request().get("/__admin/requests");

      Checks.hasStatus(answer, 404, "GET /__admin/requests with WireMock's journal off (the mock's default)");
      assertThat(Checks.jsonMessage(answer, "GET /__admin/requests")).contains("--journal-entries",
          "/__admin/media-collection/journal").doesNotContainPattern(LEAK);
    }
  }

  @Test
  void aQueryParameterThatIsNotANumberGets400() {
    Response answer = mock.request().get("/__admin/mappings?limit=abc");

    Checks.hasStatus(answer, 400, "GET /__admin/mappings?limit=abc");
    assertThat(Checks.jsonMessage(answer, "GET /__admin/mappings?limit=abc")).contains("not a number");
  }
}
