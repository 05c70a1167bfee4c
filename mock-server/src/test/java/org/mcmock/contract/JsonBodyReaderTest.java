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
        Arguments.of("an overlong 'i' in ping", new byte[] {'"', 'p', (byte) 0xC1, (byte) 0xA9, 'n', 'g', '"'}, JSON,
            400, "json", "not valid UTF-8 at byte 2 (0xC1)"),
        Arguments.of("an encoded surrogate", new byte[] {'"', 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}, JSON,
            400, "json", "not valid UTF-8 at byte 2 (0xED)"),
        Arguments.of("a code point above U+10FFFF", new byte[] {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80,
            (byte) 0x80, '"'}, JSON, 400, "json", "not valid UTF-8 at byte 1 (0xF4)"),
        Arguments.of("a broken continuation", new byte[] {'[', '"', (byte) 0xE2, (byte) 0x82, 'x', '"', ']'}, JSON,
            400, "json", "not valid UTF-8 at byte 2 (0xE2)"),
        Arguments.of("a lone surrogate escape", bytes("{\"media.name\":\"a\\ud800\"}"), JSON, 400, "json",
            "/media.name holds a \\u escape of a lone surrogate"),
        Arguments.of("a Jackson switch in the message", bytes("{\"a\": NaN}"), JSON, 400, "json", "Non-standard"),
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

  @Test
  void recordsExactlyTheTextItValidated() {
    JsonBodyReader.Json json = (JsonBodyReader.Json) reader.read(bytes("{\"name\":\"p\u00e9ng \ud83c\udfac\"}"), JSON);

    assertThat(json.text()).isEqualTo("{\"name\":\"p\u00e9ng \ud83c\udfac\"}");
    assertThat(json.node().get("name").asText()).isEqualTo("p\u00e9ng \ud83c\udfac");
  }

  @Test
  void noMessageNamesAJacksonSwitch() {
    JsonBodyReader.Refused refused = (JsonBodyReader.Refused) reader.read(bytes("{\"a\": NaN}"), JSON);

    assertThat(refused.violation().message()).as("a message a user reads").doesNotContain("JsonReadFeature", "`",
        "com.fasterxml");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
