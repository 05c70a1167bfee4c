package org.mcmock.verify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of the sessions a mock holds a check looks at: by default the player's newest run, i.e. the newest
 * session, each session before it that it resumes ({@code media.resume} true on its sessionStart, as a player
 * sends after a 404 or 410 or a timeout), and, for a timeline with several sessionStart rows, at least as many
 * of the newest sessions; the sessionStarts the mock refused since the session before the run was opened go
 * with it. Or the sessions named by their sids.
 *
 * @param journal the sessions and requests checked, numbered as the mock holds them
 * @param held the whole journal
 * @param chosen whether the sessions were named (--session) rather than found
 */
record PlayerRun(Journal journal, Journal held, boolean chosen) {

  private static final String RESET = "POST /__admin/media-collection/reset";

  /** The newest run in {@code held}, for a timeline expecting {@code sessionStarts} sessions. */
  static PlayerRun newest(Journal held, int sessionStarts) {
    List<RecordedSession> sessions = held.sessions();
    int first = sessions.size() - 1;
    while (first > 0 && (resumes(sessions.get(first)) || sessions.size() - first < sessionStarts)) {
      first--;
    }
    if (first <= 0) {
      return new PlayerRun(held, held, false);
    }
    int before = sessions.get(first - 1).number();
    int from = lastIndexOf(held.requests(), before) + 1;
    return new PlayerRun(new Journal(sessions.subList(first, sessions.size()),
        held.requests().subList(from, held.requests().size())), held, false);
  }

  /**
   * The sessions whose sids are {@code sids}, in the order they were opened.
   *
   * @throws IllegalArgumentException naming the sids the mock does not hold, and those it holds
   */
  static PlayerRun sessions(Journal held, Collection<String> sids) {
    Set<String> wanted = new LinkedHashSet<>(sids);
    List<String> unknown = wanted.stream().filter(sid -> held.session(sid).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("the mock holds no session " + String.join(", ", unknown) + "; "
          + held.describeSessions());
    }
    List<RecordedSession> chosen = held.sessions().stream().filter(s -> wanted.contains(s.sid())).toList();
    Set<Integer> numbers = chosen.stream().map(RecordedSession::number).collect(Collectors.toSet());
    List<RecordedRequest> requests = new ArrayList<>(held.requests().stream()
        .filter(r -> numbers.contains(r.session())).toList());
    return new PlayerRun(new Journal(chosen, requests), held, true);
  }

  /**
   * The report's first line: how many sessions the mock holds, which were checked, and the reset when more
   * than the run is held.
   */
  String describe() {
    int all = held.sessions().size();
    long refused = held.refusedSessionStarts();
    StringBuilder text = new StringBuilder("The mock holds ").append(count(all, "session"));
    if (refused > 0) {
      text.append(" and ").append(count((int) refused, "refused sessionStart"));
    }
    if (journal.sessions().isEmpty()) {
      return text.append(".").toString();
    }
    String checked = journal.sessions().stream().map(s -> s.number() + " (" + s.sid() + ")")
        .collect(Collectors.joining(", "));
    text.append("; checked ").append(journal.sessions().size() == 1 ? "session " : "sessions ").append(checked);
    if (all == journal.sessions().size()) {
      return text.append(".").toString();
    }
    return text.append(chosen ? ", as --session chose." : ", the player's newest run (--session SID chooses"
        + " others). It holds earlier runs too: reset it between runs with " + RESET + ".").toString();
  }

  private static boolean resumes(RecordedSession session) {
    return session.requests().stream().filter(r -> "sessionStart".equals(r.eventType())).findFirst()
        .flatMap(start -> start.value("params", "media.resume")).map(v -> v.asBoolean() || "true".equals(v.asText()))
        .orElse(false);
  }

  private static int lastIndexOf(List<RecordedRequest> requests, int session) {
    for (int i = requests.size() - 1; i >= 0; i--) {
      if (requests.get(i).session() == session) {
        return i;
      }
    }
    return -1;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
