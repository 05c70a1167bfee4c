package org.mcmock.verify;

/** Turns the mock's own findings about the recorded sessions into mistakes of the player. */
final class FindingsCheck {

  /** The rule whose finding at a sessionStart says the player writes ts in seconds. */
  private static final String TS_IN_SECONDS = "TS_IN_SECONDS";

  private FindingsCheck() {}

  /**
   * A player that writes ts in seconds is told so in one line per session: every offset, ping gap and order
   * would only show it again.
   *
   * @return whether a session says so
   */
  static boolean tsInSeconds(Journal journal, VerdictDraft draft) {
    boolean found = false;
    for (RecordedSession session : journal.sessions()) {
      for (RecordedFinding f : session.findings()) {
        if (TS_IN_SECONDS.equals(f.rule())) {
          draft.mistake("playerTime.ts is in seconds, not milliseconds, in session " + session.number() + " ("
              + session.sid() + "): " + f.message() + ". The rest of the comparison is left out: every offset would"
              + " be off by a factor of 1000");
          found = true;
          break;
        }
      }
    }
    return found;
  }

  /**
   * The mock's error findings; not those on a request it refused for them (strict mode), whose answer
   * already quotes them.
   */
  static void errors(Journal journal, VerdictDraft draft) {
    for (RecordedSession session : journal.sessions()) {
      session.findings().stream().filter(f -> f.error() && !refusedFor(session, f))
          .forEach(f -> draft.mistake("The mock found " + f.rule() + " at event " + f.eventIndex() + " of session "
              + f.session() + ": " + f.message()));
    }
  }

  private static boolean refusedFor(RecordedSession session, RecordedFinding finding) {
    return session.requests().stream().anyMatch(r -> r.index() == finding.eventIndex() && r.status() >= 400
        && !r.answeredByFault());
  }
}
