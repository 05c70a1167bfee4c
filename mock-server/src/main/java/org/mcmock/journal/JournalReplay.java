package org.mcmock.journal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mcmock.admin.MediaCollectionAdminApi;
import org.mcmock.config.MockSettings;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.faults.FaultPlan;
import org.mcmock.http.Answers;
import org.mcmock.model.Mode;
import org.mcmock.session.MockClock;
import org.mcmock.session.SessionStore;
import org.mcmock.session.StoreFullException;

/**
 * Replays a journal file into a session store through the store's public methods, in the order the calls were
 * made, each at its recorded time and with its original sid: the sessions come back as the rules and state
 * machine make them, whatever their internals.
 */
public final class JournalReplay {

  private JournalReplay() {}

  /**
   * What a replay restored.
   *
   * @param unreadable lines that were not journal lines (the last one, cut by a crash, at most, in a file the mock
   *     wrote)
   * @param lastAt the time of the last line, epoch ms (0 for an empty file)
   */
  public record Result(int lines, int unreadable, long lastAt) {}

  /** True when {@code firstLine} is a journal file's, not a journal saved from the admin API. */
  public static boolean isJournalLine(String firstLine) {
    try {
      JsonNode node = Answers.JSON.readTree(firstLine);
      return node != null && node.isObject() && node.has("kind") && node.has("at");
    } catch (IOException notJson) {
      return false;
    }
  }

  /**
   * The journal ({@code GET /__admin/media-collection/journal}, all pages) of the sessions {@code file} records,
   * as they stood at its last line: what {@code verify --journal FILE} checks.
   */
  public static JsonNode journal(Path file) throws IOException {
    PinnableClock clock = new PinnableClock();
    SessionStore store = new SessionStore(new MockClock(clock), MockSettings.defaults());
    Result result = replay(file, store, clock);
    clock.pin(result.lastAt());
    return new MediaCollectionAdminApi(store, new FaultPlan(), store::reset).journal();
  }

  /** Replays {@code file} (nothing when it does not exist yet), leaving the clock unpinned. */
  public static Result replay(Path file, SessionStore store, PinnableClock clock) throws IOException {
    if (!Files.exists(file)) {
      return new Result(0, 0, 0);
    }
    int lines = 0;
    int unreadable = 0;
    long lastAt = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        if (text.isBlank()) {
          continue;
        }
        JournalLine line;
        try {
          line = Answers.JSON.readValue(text, JournalLine.class);
        } catch (IOException cutOrForeign) {
          unreadable++;
          continue;
        }
        clock.pin(line.at());
        lastAt = line.at();
        try {
          apply(line, store);
        } catch (StoreFullException full) {
          // The store was full then too, or is smaller now: what does not fit is left out, as it was answered.
        } catch (IllegalStateException | IllegalArgumentException | NullPointerException notThisStore) {
          unreadable++;   // a line edited by hand, or a sid opened twice: the rest of the file still counts
          continue;
        } finally {
          clock.unpin();
        }
        lines++;
      }
    }
    return new Result(lines, unreadable, lastAt);
  }

  private static void apply(JournalLine line, SessionStore store) {
    switch (line.kind()) {
      case "started", "mode" -> Mode.fromLabel(line.mode()).ifPresent(store::switchMode);
      case "reset" -> store.reset();
      case "opened" -> store.withSid(line.sid(), () -> store.open(incoming(line.event()), line.late()));
      case "downloaded" -> store.withSid(line.sid(), () -> store.recordDownloaded(batch(line), line.batchFindings()));
      case "offered" -> store.find(line.sid()).ifPresent(s -> store.offer(s, incoming(line.event()), line.late()));
      case "injected" -> store.find(line.sid()).ifPresent(s -> store.inject(s, incoming(line.event()), line.status(),
          line.injected()));
      case "rejectedBatch" -> store.addRejectedBatch(line.rejectedBatch());
      case "refusedStart" -> store.addRefusedStart(line.refusedStart());
      default -> { }   // a kind from a later version: skipped
    }
  }

  private static List<IncomingEvent> batch(JournalLine line) {
    List<IncomingEvent> events = new ArrayList<>();
    line.batch().forEach(e -> events.add(incoming(e)));
    return events;
  }

  private static IncomingEvent incoming(JournalLine.Event event) {
    JsonNode parsed = Answers.JSON.missingNode();
    if (event.json()) {
      try {
        parsed = Answers.JSON.readTree(event.rulesText());
      } catch (IOException notJsonAfterAll) {
        // kept as missing: the rules saw no JSON either
      }
    }
    return event.incoming(parsed);
  }
}
