package org.mcmock.verify;

import org.mcmock.model.JournalPages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mcmock.model.JournalPage;
import org.mcmock.model.RefusedSessionStart;
import org.mcmock.model.Session;

/**
 * What a mock recorded, read from its admin API ({@code GET /__admin/media-collection/journal}) or from a file
 * saved from it: the sessions in the order they were opened, and the sessionStarts it refused.
 *
 * @param requests every request of every session and every refused sessionStart: session by session in the
 *     order they were opened, each session's in {@link TsOrder ts order} as Adobe's backend judges them
 */
public record Journal(List<RecordedSession> sessions, List<RecordedRequest> requests) {

  public static final String ADMIN_PATH = "/__admin/media-collection/journal";

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Sessions per page read from a running mock: the most the mock gives at once. */
  private static final int PAGE = 1000;

  public Journal {
    sessions = List.copyOf(sessions);
    requests = List.copyOf(requests);
  }

  /** The session numbered {@code number}, from 1; none for 0, the number of a refused sessionStart. */
  public Optional<RecordedSession> session(int number) {
    return sessions.stream().filter(s -> s.number() == number).findFirst();
  }

  /** The session whose sid is {@code sid}. */
  public Optional<RecordedSession> session(String sid) {
    return sessions.stream().filter(s -> s.sid().equals(sid)).findFirst();
  }

  /** How many sessionStarts the mock refused, opening no session. */
  public long refusedSessionStarts() {
    return requests.stream().filter(r -> r.session() == 0).count();
  }

  /** {@code "Sessions: 1: <sid> (ended: ...); 2: ..."}, or {@code "Sessions: none"}, for the end of a report. */
  public String describeSessions() {
    return "Sessions: " + (sessions.isEmpty() ? "none"
        : sessions.stream().map(RecordedSession::describe).collect(Collectors.joining("; ")));
  }

  /** Reads a running mock's journal. */
  public static Journal fetch(String baseUrl) throws IOException {
    return fetch(baseUrl, null);
  }

  /**
   * Reads a running mock's journal, page after page ({@code ?cursor=} the previous page's {@code next}).
   *
   * @param token the mock's {@code --admin-token}, or null
   */
  public static Journal fetch(String baseUrl, String token) throws IOException {
    return fetch(List.of(baseUrl), token);
  }

  /**
   * Reads the journals of several mocks behind one load balancer as one: their sessions in the order they were
   * opened, whichever mock holds each, so a player's run that spread over them is checked whole.
   *
   * @param token the mocks' {@code --admin-token}, or null
   */
  public static Journal fetch(List<String> baseUrls, String token) throws IOException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ObjectNode whole = JSON.createObjectNode();
    ArrayNode sessions = whole.putArray("sessions");
    ArrayNode refused = whole.putArray("refusedSessionStarts");
    for (String baseUrl : baseUrls) {
      String base = baseUrl.strip().replaceAll("/+$", "") + ADMIN_PATH + "?limit=" + PAGE;
      JsonNode one = JournalPages.collect(cursor ->
          JSON.readTree(get(client, URI.create(base + (cursor == null ? "" : "&cursor=" + cursor)), token)));
      sessions.addAll((ArrayNode) one.get("sessions"));
      refused.addAll((ArrayNode) one.get("refusedSessionStarts"));
    }
    return parse(whole);
  }

  private static String get(HttpClient client, URI uri, String token) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
    if (token != null && !token.isBlank()) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> answer;
    try {
      answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading " + uri, e);
    } catch (IOException e) {
      // A refused connection is a ConnectException without a message.
      throw new IOException("cannot GET " + uri + " (" + e + "): is the mock running there?", e);
    }
    if (answer.statusCode() == 401) {
      throw new IOException("GET " + uri + " answered 401: the mock was started with --admin-token; pass the same"
          + " token with --admin-token or MCMOCK_ADMIN_TOKEN");
    }
    if (answer.statusCode() != 200) {
      throw new IOException("GET " + uri + " answered " + answer.statusCode() + ": is this an mcmock mock?");
    }
    return answer.body();
  }

  /**
   * Reads a file saved from the admin API: the journal, one session, or an array of sessions.
   *
   * @throws IOException naming the file when it cannot be read or is not JSON
   * @throws IllegalArgumentException naming the file when its JSON is none of those shapes
   */
  public static Journal read(Path file) throws IOException {
    return read(file, JournalFileReader.NONE);
  }

  /**
   * Reads a file saved from the admin API, or a journal file the mock wrote with {@code --journal-file}, which
   * {@code journalFiles} replays as the sessions stood at its last line.
   *
   * @throws IOException naming the file when it cannot be read or is not JSON
   * @throws IllegalArgumentException naming the file when its JSON is none of those shapes
   */
  public static Journal read(Path file, JournalFileReader journalFiles) throws IOException {
    String text;
    try (BufferedReader lines = Files.newBufferedReader(file)) {
      String first = lines.readLine();
      if (first != null && journalFiles.wrote(first)) {
        return parse(journalFiles.journal(file));
      }
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new IOException("cannot read " + file + ": no such file", e);
    } catch (IOException e) {
      throw new IOException("cannot read " + file + ": " + e, e);
    }
    try {
      return parse(JSON.readTree(text));
    } catch (IOException e) {
      throw new IOException(file + " is not a journal saved from the mock: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** @throws IllegalArgumentException when {@code json} is none of the shapes the admin API gives */
  public static Journal parse(JsonNode json) {
    JournalPage page;
    if (json.isArray()) {
      page = new JournalPage(null, List.of(model(json, Session[].class)), null, List.of());
    } else if (json.has("sessions")) {
      page = model(json, JournalPage.class);
    } else if (json.has("sid") && json.has("events")) {
      page = new JournalPage(null, List.of(model(json, Session.class)), null, List.of());
    } else {
      throw new IllegalArgumentException("not a journal: expected the answer of GET " + ADMIN_PATH
          + " ({\"sessions\": [...]}), one session of GET /__admin/media-collection/sessions/{sid}, or an array of"
          + " them");
    }
    return of(page);
  }

  /** The journal of the sessions and refused sessionStarts {@code page} lists. */
  public static Journal of(JournalPage page) {
    // Numbered in the order they were opened, as the journal lists them; a file may list them otherwise.
    List<Session> opened = new ArrayList<>(page.sessions());
    opened.sort(Comparator.comparing(view -> instant(view.createdAt())));
    List<Arrival> arrivals = new ArrayList<>();
    List<RecordedSession> sessions = new ArrayList<>();
    for (Session view : opened) {
      if (view.events() == null) {
        throw new IllegalArgumentException("session " + (view.sid() == null ? "?" : view.sid()) + " has no events:"
            + " save sessions from GET /__admin/media-collection/sessions/{sid} or the journal, which list them");
      }
      RecordedSession session = RecordedSession.of(sessions.size() + 1, view);
      sessions.add(session);
      arrivals.add(new Arrival(instant(view.createdAt()), session.requests()));
    }
    for (RefusedSessionStart start : page.refusedSessionStarts()) {
      arrivals.add(new Arrival(instant(start.arrivedAt()), List.of(RecordedRequest.of(start))));
    }
    arrivals.sort(Comparator.comparing(Arrival::at));
    List<RecordedRequest> requests = new ArrayList<>();
    arrivals.forEach(arrival -> requests.addAll(arrival.requests()));
    return new Journal(sessions, requests);
  }

  private record Arrival(Instant at, List<RecordedRequest> requests) {}

  private static <T> T model(JsonNode json, Class<T> type) {
    try {
      return JSON.treeToValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a journal: " + e.getOriginalMessage(), e);
    }
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (RuntimeException e) {
      return Instant.EPOCH;
    }
  }
}
