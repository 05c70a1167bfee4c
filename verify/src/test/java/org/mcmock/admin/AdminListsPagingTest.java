package org.mcmock.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcmock.MediaCollectionMock;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.verify.Journal;

/** The admin lists come a page at a time, written as they go; a walk through the pages sees every session once. */
class AdminListsPagingTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static MediaCollectionMock mock;

  @BeforeAll
  static void start() {
    mock = MediaCollectionMock.start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @BeforeEach
  void reset() {
    mock.reset();
  }

  @Test
  void pagingWalksEverySessionExactlyOnceEvenWhileSessionsAreAdded() {
    List<String> opened = new ArrayList<>(open(23));
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page = get("/__admin/media-collection/sessions?limit=5" + (cursor == null ? "" : "&cursor=" + cursor));
      page.get("sessions").forEach(s -> seen.add(s.get("sid").asText()));
      assertThat(page.get("sessions").size()).as("page %s holds at most the limit", pages).isLessThanOrEqualTo(5);
      cursor = page.get("next").isNull() ? null : page.get("next").asText();
      if (pages++ < 3) {
        opened.addAll(open(2));   // sessions opened while the client pages through
      }
    } while (cursor != null);

    assertThat(new HashSet<>(seen)).as("no session twice").hasSize(seen.size());
    assertThat(seen).as("every session, old and new, in the order opened").containsExactlyElementsOf(opened);
  }

  @Test
  void theJournalComesAPageAtATimeAndVerifyReadsAllThePages() throws IOException {
    List<String> opened = open(1_050);

    JsonNode first = get("/__admin/media-collection/journal");
    Journal whole = Journal.fetch(mock.baseUrl());

    assertThat(first.get("sessions").size()).as("the journal's default page").isEqualTo(100);
    assertThat(first.get("next").asText()).as("a cursor to the rest").isNotEmpty();
    assertThat(whole.sessions()).as("verify reads every page").hasSize(1_050);
    assertThat(whole.sessions().get(1_049).sid()).isEqualTo(opened.get(1_049));
  }

  @Test
  void findingsAndSessionsCountEverySessionWhateverThePage() {
    open(12);

    JsonNode sessions = get("/__admin/media-collection/sessions?limit=3");
    JsonNode findings = get("/__admin/media-collection/findings?limit=1");

    assertThat(sessions.get("total").asInt()).as("total counts every session").isEqualTo(12);
    assertThat(sessions.get("sessions").size()).isEqualTo(3);
    assertThat(findings.get("total").asInt()).as("total counts the findings of all pages")
        .isGreaterThanOrEqualTo(findings.get("findings").size());
  }

  @Test
  void aBadLimitOrCursorGets400SayingWhatToSend() {
    for (String query : List.of("limit=0", "limit=abc", "limit=100000", "cursor=-4", "cursor=x")) {
      HttpResponse<String> answer = send("/__admin/media-collection/sessions?" + query);

      assertThat(answer.statusCode()).as("?%s: %s", query, answer.body()).isEqualTo(400);
      assertThat(answer.body()).as("?%s", query).contains(query.substring(0, query.indexOf('=')));
    }
  }

  private static List<String> open(int count) {
    List<String> sids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sids.add(mock.sessions().open(IncomingEvent.of(SESSION_START, SESSION_START.toString(), List.of()))
          .session().sid());
    }
    return sids;
  }

  private static final JsonNode SESSION_START = validSessionStart();

  private static JsonNode validSessionStart() {
    try (InputStream in = AdminListsPagingTest.class.getResourceAsStream("/events/valid/downloaded-batch.json")) {
      return JSON.readTree(in).get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode get(String path) {
    HttpResponse<String> answer = send(path);
    assertThat(answer.statusCode()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
    try {
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpResponse<String> send(String path) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
