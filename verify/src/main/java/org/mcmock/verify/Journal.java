package org.mcmock.verify;

import org.mcmock.model.JournalPages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.stream.Collectors;
import java.util.Optional;
import org.mcmock.journal.JournalReplay;

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
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String base = baseUrl.replaceAll("/+$", "") + ADMIN_PATH + "?limit=" + PAGE;
    return parse(JournalPages.collect(cursor ->
        JSON.readTree(get(client, URI.create(base + (cursor == null ? "" : "&cursor=" + cursor)), token))));
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
   * Reads a file saved from the admin API (the journal, one session, or an array of sessions), or a journal file
   * the mock wrote with {@code --journal-file}, replayed as the sessions stood at its last line.
   *
   * @throws IOException naming the file when it cannot be read or is not JSON
   * @throws IllegalArgumentException naming the file when its JSON is none of those shapes
   */
  public static Journal read(Path file) throws IOException {
    String text;
    try (BufferedReader lines = Files.newBufferedReader(file)) {
      String first = lines.readLine();
      if (first != null && JournalReplay.isJournalLine(first)) {
        return parse(JournalReplay.journal(file));
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
    List<JsonNode> sessionViews = new ArrayList<>();
    List<JsonNode> refused = new ArrayList<>();
    if (json.isArray()) {
      json.forEach(sessionViews::add);
    } else if (json.has("sessions")) {
      json.get("sessions").forEach(sessionViews::add);
      json.path("refusedSessionStarts").forEach(refused::add);
    } else if (json.has("sid") && json.has("events")) {
      sessionViews.add(json);
    } else {
      throw new IllegalArgumentException("not a journal: expected the answer of GET " + ADMIN_PATH
          + " ({\"sessions\": [...]}), one session of GET /__admin/media-collection/sessions/{sid}, or an array of"
          + " them");
    }
    // Numbered in the order they were opened, as the journal lists them; a file may list them otherwise.
    sessionViews.sort(Comparator.comparing(view -> instant(view.path("createdAt"))));
    List<Arrival> arrivals = new ArrayList<>();
    List<RecordedSession> sessions = new ArrayList<>();
    for (JsonNode view : sessionViews) {
      if (!view.has("events")) {
        throw new IllegalArgumentException("session " + view.path("sid").asText("?") + " has no events: save"
            + " sessions from GET /__admin/media-collection/sessions/{sid} or the journal, which list them");
      }
      RecordedSession session = session(sessions.size() + 1, view);
      sessions.add(session);
      arrivals.add(new Arrival(instant(view.path("createdAt")), session.requests()));
    }
    for (JsonNode start : refused) {
      arrivals.add(new Arrival(instant(start.path("arrivedAt")), List.of(refusedStart(start))));
    }
    arrivals.sort(Comparator.comparing(Arrival::at));
    List<RecordedRequest> requests = new ArrayList<>();
    arrivals.forEach(arrival -> requests.addAll(arrival.requests()));
    return new Journal(sessions, requests);
  }

  private record Arrival(Instant at, List<RecordedRequest> requests) {}

  private static RecordedSession session(int number, JsonNode view) {
    List<RecordedRequest> requests = new ArrayList<>();
    for (JsonNode event : view.get("events")) {
      requests.add(new RecordedRequest(number, event.path("index").asInt(), text(event.get("eventType")),
          event.path("ts").isNumber() ? event.get("ts").asLong() : -1,
          event.path("playhead").isNumber() ? event.get("playhead").asDouble() : Double.NaN,
          event.path("status").asInt(), text(event.get("injected")), event.path("answeredByFault").asBoolean(),
          event.get("body"), refusal(event)));
    }
    List<RecordedFinding> findings = new ArrayList<>();
    for (JsonNode finding : view.path("findings")) {
      findings.add(new RecordedFinding(number, finding.path("rule").asText(), finding.path("severity").asText(),
          finding.path("eventIndex").asInt(), finding.path("message").asText()));
    }
    return new RecordedSession(number, view.path("sid").asText(), view.path("state").asText(),
        text(view.get("closeReason")), TsOrder.sort(requests), findings);
  }

  private static RecordedRequest refusedStart(JsonNode view) {
    JsonNode body = view.get("body");
    JsonNode playerTime = body == null ? null : body.path("playerTime");
    return new RecordedRequest(0, 0, body == null ? null : text(body.get("eventType")),
        playerTime != null && playerTime.path("ts").isNumber() ? playerTime.get("ts").asLong() : -1,
        playerTime != null && playerTime.path("playhead").isNumber() ? playerTime.get("playhead").asDouble()
            : Double.NaN,
        view.path("status").asInt(), text(view.get("injected")), view.path("answeredByFault").asBoolean(), body,
        refusal(view));
  }

  /** The mock's own words for a refusal: each error's message, then each finding's. */
  private static String refusal(JsonNode view) {
    List<String> reasons = new ArrayList<>();
    view.path("errors").forEach(error -> reasons.add(error.path("message").asText(error.toString())));
    if (view.path("status").asInt() >= 400) {
      view.path("findings").forEach(finding -> reasons.add(finding.path("rule").asText() + ": "
          + finding.path("message").asText()));
    }
    return String.join("; ", reasons);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static Instant instant(JsonNode node) {
    try {
      return Instant.parse(node.asText());
    } catch (RuntimeException e) {
      return Instant.EPOCH;
    }
  }
}
