package org.mcmock.verify;

import java.util.List;

/**
 * The text of a verdict: which sessions were checked, whether they follow the timeline, the mistakes numbered,
 * the timeline side by side with what was recorded, the mock's other findings, and the sessions it holds.
 */
final class TimelineReport {

  private TimelineReport() {}

  static String write(PlayerRun run, String timeline, VerdictDraft draft) {
    Journal journal = run.journal();
    List<String> mistakes = draft.mistakes();
    List<Verdict.Line> diff = draft.diff();
    StringBuilder text = new StringBuilder(run.describe()).append('\n');
    int sessions = journal.sessions().size();
    if (mistakes.isEmpty()) {
      text.append("The recorded session").append(sessions == 1 ? " follows" : "s follow").append(" the timeline \"")
          .append(timeline).append("\": ").append(journal.requests().size()).append(" requests in ")
          .append(sessions).append(sessions == 1 ? " session" : " sessions").append(".\n");
    } else {
      text.append("The recorded session").append(sessions == 1 ? " does" : "s do").append(" not follow the timeline \"")
          .append(timeline).append("\": ").append(mistakes.size())
          .append(mistakes.size() == 1 ? " mistake" : " mistakes").append(".\n");
      for (int i = 0; i < mistakes.size(); i++) {
        text.append(String.format("  %2d. %s\n", i + 1, mistakes.get(i)));
      }
    }
    if (!diff.isEmpty()) {
      int width = Math.max("expected".length(), diff.stream().mapToInt(l -> l.expected().length()).max().orElse(0));
      text.append("\nThe timeline against what the mock recorded (pings are checked by the stretches; > marks"
          + " a difference):\n");
      text.append(String.format("    %-" + width + "s  %s\n", "expected", "recorded"));
      diff.forEach(l -> text.append(String.format("  %s %-" + width + "s  %s\n", l.differs() ? ">" : " ",
          l.expected(), l.recorded())));
    }
    List<RecordedFinding> notes = journal.sessions().stream().flatMap(s -> s.findings().stream())
        .filter(f -> !f.error()).toList();
    if (!notes.isEmpty()) {
      text.append("\nThe mock's other findings:\n");
      notes.forEach(f -> text.append("  - ").append(f.describe()).append('\n'));
    }
    if (sessions > 0) {
      text.append('\n').append(journal.describeSessions()).append('\n');
    }
    return text.toString();
  }
}
