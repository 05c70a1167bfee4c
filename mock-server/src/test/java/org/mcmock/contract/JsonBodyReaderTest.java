package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonBodyReaderTest {

  private static final int LIMIT = 1024 * 1024;
  private static final String JSON = "application/json";
  private final JsonBodyReader reader = new JsonBodyReader(LIMIT);

  static Stream<Arguments> refusedBodies() {
    return Stream.of(
        Arguments.of("no content type", bytes("{}"), null, 415, "contentType", "had none"),
        Arguments.of("text/plain", bytes("{}"), "text/plain", 415, "contentType", "text/plain"),
        Arguments.of("empty body", new byte[0], JSON, 400, "json", "empty"),
        Arguments.of("blank body", bytes("  \n"), JSON, 400, "json", "empty"),
        Arguments.of("malformed", bytes("{\"eventType\": }"), JSON, 400, "json", "line 1"),
        Arguments.of("trailing garbage", bytes("{} {}"), JSON, 400, "json", "not valid JSON"),
        Arguments.of("duplicate keys", bytes("{\"a\":1,\"a\":2}"), JSON, 400, "json", "Duplicate field 'a'"),
        Arguments.of("invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'}, JSON,
            400, "json", "UTF-8"),
        Arguments.of("10,000 levels deep", bytes("[".repeat(10_000) + "]".repeat(10_000)), JSON, 400, "limits",
            "nested more than 32 levels"),
        Arguments.of("1e400", bytes("{\"playerTime\":{\"playhead\":1e400}}"), JSON, 400, "numberRange",
            "/playerTime/playhead"),
        Arguments.of("integer beyond 64 bits", bytes("{\"ts\":123456789012345678901234567890}"), JSON, 400,
            "numberRange", "/ts"),
        Arguments.of("over 1 MiB", bytes("\"" + "a".repeat(LIMIT) + "\""), JSON, 413, "bodySize", "limit is"));
  }

  @ParameterizedTest(name = "{0} -> {3} {4}")
  @MethodSource("refusedBodies")
  void refusesBadBodiesWithAStatusARuleAndASentence(
      String what, byte[] body, String contentType, int status, String rule, String messagePart) {
    JsonBodyReader.Result result = reader.read(body, contentType);

    assertThat(result).as("result for %s", what).isInstanceOf(JsonBodyReader.Refused.class);
    JsonBodyReader.Refused refused = (JsonBodyReader.Refused) result;
    assertThat(refused.status()).as("status for %s", what).isEqualTo(status);
    assertThat(refused.violation().rule()).as("rule for %s", what).isEqualTo(rule);
    assertThat(refused.violation().message()).as("message for %s", what).contains(messagePart);
  }

  @Test
  void readsJsonWithACharsetParameterInTheContentType() {
    JsonBodyReader.Result result = reader.read(bytes("{\"eventType\":\"ping\"}"), "application/json; charset=UTF-8");

    assertThat(result).isInstanceOf(JsonBodyReader.Json.class);
    assertThat(((JsonBodyReader.Json) result).node().get("eventType").asText()).isEqualTo("ping");
  }

  @Test
  void keepsTheBodyTextForTheJournalEvenWhenRefused() {
    JsonBodyReader.Refused refused = (JsonBodyReader.Refused) reader.read(bytes("{oops"), JSON);

    assertThat(refused.text()).isEqualTo("{oops");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
