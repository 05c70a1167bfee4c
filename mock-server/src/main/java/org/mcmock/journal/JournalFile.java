package org.mcmock.journal;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.http.Answers;
import org.mcmock.model.Finding;
import org.mcmock.model.Mode;
import org.mcmock.session.RefusedStart;
import org.mcmock.session.RejectedBatch;
import org.mcmock.session.SessionStore;
import org.mcmock.session.StoreRecorder;

/**
 * {@code --journal-file FILE}: every call that changes the session store is appended as one JSON line, in one
 * write, the moment it is made. The operating system holds each line once written, so a {@code kill -9} of the
 * mock loses nothing already answered; {@link JournalReplay} reads the file back (a restart, or
 * {@code verify --journal FILE}).
 */
public final class JournalFile implements StoreRecorder, AutoCloseable {

  private final Path path;
  private final FileOutputStream out;
  private boolean failing;

  private JournalFile(Path path, FileOutputStream out) {
    this.path = path;
    this.out = out;
  }

  /**
   * Restores what {@code file} holds into {@code store} (if it exists), then records every later change there.
   *
   * @param clock the base clock of the store's MockClock, pinned to each request's time while replaying
   * @return what was restored, for the startup line
   */
  public static Restored attach(Path file, SessionStore store, PinnableClock clock) throws IOException {
    JournalReplay.Result replayed = JournalReplay.replay(file, store, clock);
    store.switchMode(store.settings().mode());
    JournalFile journal = new JournalFile(file, new FileOutputStream(file.toFile(), true));
    store.recordInto(journal);
    journal.append(JournalLine.of("started", clock.millis()).withMode(store.mode()));
    return new Restored(journal, replayed);
  }

  /** The open journal and what the file held before. */
  public record Restored(JournalFile journal, JournalReplay.Result replayed) {}

  public Path path() {
    return path;
  }

  @Override
  public void opened(String sid, IncomingEvent start, String late, long at) {
    append(new JournalLine("opened", at, sid, JournalLine.Event.of(start), late, null, null, null, null, null, null,
        null));
  }

  @Override
  public void downloaded(String sid, List<IncomingEvent> batch, List<Finding> batchFindings, long at) {
    append(new JournalLine("downloaded", at, sid, null, null, batch.stream().map(JournalLine.Event::of).toList(),
        batchFindings, null, null, null, null, null));
  }

  @Override
  public void offered(String sid, IncomingEvent event, String late, long at) {
    append(new JournalLine("offered", at, sid, JournalLine.Event.of(event), late, null, null, null, null, null, null,
        null));
  }

  @Override
  public void injected(String sid, IncomingEvent event, int status, String injected, long at) {
    append(new JournalLine("injected", at, sid, JournalLine.Event.of(event), null, null, null, status, injected,
        null, null, null));
  }

  @Override
  public void rejectedBatch(RejectedBatch batch) {
    append(new JournalLine("rejectedBatch", batch.arrivedAt(), null, null, null, null, null, null, null, batch, null,
        null));
  }

  @Override
  public void refusedStart(RefusedStart start) {
    append(new JournalLine("refusedStart", start.arrivedAt(), null, null, null, null, null, null, null, null, start,
        null));
  }

  @Override
  public void modeSwitched(Mode mode, long at) {
    append(JournalLine.of("mode", at).withMode(mode));
  }

  @Override
  public void reset(long at) {
    append(JournalLine.of("reset", at));
  }

  /**
   * One line, one write: a reader never sees half of a line that was not cut by a crash. The line is written as
   * JSON before the file's lock is taken, so requests on other sessions wait only for each other's write.
   */
  private void append(JournalLine line) {
    write((Answers.write(line) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private synchronized void write(byte[] bytes) {
    try {
      out.write(bytes);
    } catch (IOException e) {
      // The request was answered and is in memory; a full disk must not turn the player's answers into 500s.
      if (!failing) {
        System.err.println("mcmock: cannot append to the journal file " + path + " (" + e.getMessage()
            + "); requests are still recorded in memory, but not in the file");
      }
      failing = true;
      return;
    }
    failing = false;
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
