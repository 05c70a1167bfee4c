package org.mcmock.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveSessionTest {

  private final FakeTransport backend = new FakeTransport();
  private final LiveSession session = new LiveSession(backend);

  @Test
  void eventsWaitForTheSidAndThenGoOutInOrder() {
    session.accept("sessionStart", "{\"n\":0}");
    session.accept("adBreakStart", "{\"n\":1}");
    session.accept("adStart", "{\"n\":2}");

    assertThat(backend.paths()).as("nothing but the sessionStart leaves before the sid is known")
        .containsExactly("/api/v1/sessions");
    assertThat(session.waiting()).isEqualTo(3);

    backend.answer(0, 201, FakeTransport.location("/api/v1/sessions/abc123"));
    assertThat(session.sid()).contains("abc123");
    assertThat(backend.paths()).as("one request in flight at a time")
        .containsExactly("/api/v1/sessions", "/api/v1/sessions/abc123/events");

    backend.answer(1, 204, Map.of());
    backend.answer(2, 204, Map.of());
    session.awaitAnswers(Duration.ofSeconds(1));

    assertThat(backend.requests).extracting(FakeTransport.Request::body)
        .containsExactly("{\"n\":0}", "{\"n\":1}", "{\"n\":2}");
    assertThat(session.exchanges()).extracting(Exchange::toString)
        .containsExactly("sessionStart -> 201", "adBreakStart -> 204", "adStart -> 204");
    assertThat(session.waiting()).isZero();
  }

  @Test
  void anAbsoluteLocationGivesTheSameSid() {
    session.accept("sessionStart", "{}");
    backend.answer(0, 201, FakeTransport.location("https://collection.example.com/api/v1/sessions/xyz"));

    assertThat(session.sid()).contains("xyz");
  }

  @Test
  void withoutASessionLaterEventsAreNotSentAndSayWhy() {
    session.accept("sessionStart", "{}");
    session.accept("play", "{}");
    backend.answer(0, 400, Map.of());
    session.awaitAnswers(Duration.ofSeconds(1));

    assertThat(backend.paths()).containsExactly("/api/v1/sessions");
    assertThat(session.exchanges()).extracting(Exchange::toString)
        .containsExactly("sessionStart -> 400", "play -> not sent: no session: the sessionStart was answered 400");
  }
}
