package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.mcmock.contract.Payloads.T0;
import static org.mcmock.contract.Payloads.event;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code X-Media-Findings} on every answer of the three endpoints that take session traffic, errors included, so a
 * developer meets the header before they need it. It is {@code none} when the request caused no finding (and on
 * every answer that refuses a request before the rules see it).
 *
 * <p>By decision, {@code Access-Control-Expose-Headers} stays exactly Adobe's {@code Location} (see {@link CorsTest}):
 * a browser's script cannot read this header, the network panel shows it.
 */
class FindingsHeaderTest {

  @RegisterExtension static final MockBackend mock = new MockBackend();

  private static final String HEADER = "X-Media-Findings";
  private static final String NEVER_ISSUED = "0".repeat(64);

  static Stream<Arguments> answersWithoutFindings() {
    return Stream.of(
        arguments("201 to a valid sessionStart", 201,
            (Supplier<Response>) () -> mock.startSession(Payloads.sessionStart())),
        arguments("400 to a sessionStart without params", 400,
            (Supplier<Response>) () -> mock.startSession(Payloads.without(Payloads.sessionStart(), "", "params"))),
        arguments("400 to a body that is not JSON on /api/v1/sessions", 400,
            (Supplier<Response>) () -> mock.startSession("{not json")),
        arguments("400 to a ping posted to /api/v1/sessions", 400,
            (Supplier<Response>) () -> mock.startSession(event("ping", 10, T0 + 10_000))),
        arguments("400 to a live sessionStart flagged media.downloaded", 400,
            (Supplier<Response>) () -> mock.startSession(
                Payloads.with(Payloads.sessionStart(), "/params", "media.downloaded", true))),
        arguments("204 to a valid ping", 204,
            (Supplier<Response>) () -> mock.sendEvent(mock.openSession(), event("ping", 10, T0 + 10_000))),
        arguments("400 to a ping with ts \"abc\"", 400,
            (Supplier<Response>) () -> mock.sendEvent(mock.openSession(), event("ping", 10, "abc"))),
        arguments("404 to an event for a sid never issued", 404,
            (Supplier<Response>) () -> mock.sendEvent(NEVER_ISSUED, event("ping", 10, T0 + 10_000))),
        arguments("410 to a ping after sessionEnd", 410, (Supplier<Response>) FindingsHeaderTest::pingAfterSessionEnd),
        arguments("201 to the seed's downloaded batch", 201,
            (Supplier<Response>) () -> mock.sendDownloaded(Payloads.seedBatch())),
        arguments("400 to an empty downloaded batch", 400, (Supplier<Response>) () -> mock.sendDownloaded("[]")),
        arguments("400 to a single object on /api/v1/downloaded", 400,
            (Supplier<Response>) () -> mock.sendDownloaded(Payloads.sessionStart())),
        arguments("400 to a downloaded batch with an invalid event", 400,
            (Supplier<Response>) () -> mock.sendDownloaded(Payloads.batch(Payloads.sessionStart(),
                event("ping", 10, "abc")))),
        arguments("413 to a downloaded batch over 1 MiB", 413,
            (Supplier<Response>) () -> mock.sendDownloaded(
                "[" + Payloads.sessionStartOfSize(1024 * 1024 + 1) + "]")));
  }

  @ParameterizedTest(name = "{0} carries X-Media-Findings: none")
  @MethodSource("answersWithoutFindings")
  void answerWithoutFindingsCarriesNone(String what, int status, Supplier<Response> request) {
    Response answer = request.get();

    Checks.hasStatus(answer, status, what);
    assertThat(answer.headers().getValues(HEADER))
        .as("%s: %s must be there exactly once, 'none' when the request caused no finding; headers were %s", what,
            HEADER, answer.headers())
        .containsExactly("none");
  }

  @Test
  void createdSessionStartWithAFindingCarriesItsSummary() {
    Response answer = mock.startSession(Payloads.with(Payloads.sessionStart(), "", "customMetadata",
        Map.of("media.note", "x")));

    Checks.hasStatus(answer, 201, "a sessionStart with customMetadata key media.note (a warning)");
    assertThat(answer.headers().getValues(HEADER)).as("the 201 to a sessionStart with a finding")
        .containsExactly("1 warning: CUSTOM_METADATA_MEDIA_KEY at event 0");
  }

  @Test
  void noContentWithAFindingCarriesItsSummary() {
    String sid = mock.openSession();

    Checks.hasStatus(mock.sendEvent(sid, event("play", 1, T0 + 1000)), 204, "play at 1 s");
    Checks.hasStatus(mock.sendEvent(sid, event("pauseStart", 2, T0 + 2000)), 204, "pauseStart at 2 s");

    Response answer = mock.sendEvent(sid, event("play", 2, T0 + 2000));

    Checks.hasStatus(answer, 204, "a play with the pauseStart's ts");
    assertThat(answer.headers().getValues(HEADER))
        .as("the 204 to an event with a finding: pauseStart and play with one ts, which the canonical order cannot"
            + " order (of one rank, they are ordered by body text, so the play comes second and carries it)")
        .containsExactly("1 warning: TS_EQUAL at event 3");
  }

  @Test
  void createdDeprecatedArrayFormCarriesItsDeprecationWarning() {
    Response answer = mock.startSession(Payloads.seedBatchFlaggedDownloaded());

    Checks.hasStatus(answer, 201, "the seed batch as an array on /api/v1/sessions (deprecated form)");
    assertThat(answer.header(HEADER)).as("the 201 to the deprecated array form")
        .isEqualTo("1 warning: DOWNLOADED_DEPRECATED_FORM at event 0");
  }

  @Test
  void summaryListsAtMostThreeFindingsErrorsFirst() {
    String sid = mock.openSession();
    Checks.hasStatus(mock.sendEvent(sid, event("play", 0, T0 + 1000)), 204, "play at 1 s");

    Response answer = mock.sendEvent(sid, Payloads.with(event("adComplete", 29, T0 + 30_000), "", "customMetadata",
        Map.of("note", "x")));

    Checks.hasStatus(answer, 204, "faithful mode, an adComplete 29 s after the play, outside any break, with"
        + " customMetadata and no ping yet");
    String header = answer.header(HEADER);
    assertThat(header).as("counts first, then three findings listed and the rest counted")
        .startsWith("2 errors, 2 warnings: ")
        .endsWith("; and 1 more");
    List<String> listed = List.of(header.substring("2 errors, 2 warnings: ".length(),
        header.length() - "; and 1 more".length()).split("; "));
    assertThat(listed).as("%s: at most three findings are listed", header).hasSize(3);
    assertThat(listed.subList(0, 2)).as("%s: errors are listed first", header)
        .containsExactlyInAnyOrder("PING_GAP at event 2", "AD_OUTSIDE_BREAK at event 2");
    assertThat(listed.get(2)).as("%s: then a warning", header)
        .isIn("PING_FIRST_LATE at event 2", "CUSTOM_METADATA_IGNORED at event 2");
  }

  private static Response pingAfterSessionEnd() {
    String sid = mock.openSession();
    Checks.hasStatus(mock.sendEvent(sid, event("sessionEnd", 5, T0 + 5000)), 204, "sessionEnd");
    return mock.sendEvent(sid, event("ping", 10, T0 + 10_000));
  }
}
