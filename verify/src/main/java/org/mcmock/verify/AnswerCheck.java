package org.mcmock.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judges the answers the mock gave: a success, or a fault the test asked for, is never the player's mistake;
 * any other answer is told with the mock's reason, and a 410 or 404 with whether the player closed the session.
 */
record AnswerCheck(Journal journal, PlayerClock clock) {

  /** A success, or a fault the test asked for: never the player's mistake. */
  static boolean fine(RecordedRequest recorded) {
    return recorded.answeredOk() || recorded.answeredByFault();
  }

  /** What was wrong with the answer a request got, unless {@link #fine it was fine}. */
  Optional<String> problem(RecordedRequest recorded) {
    if (fine(recorded)) {
      return Optional.empty();
    }
    return Optional.of("answered " + recorded.status() + reason(recorded));
  }

  /** " (answered 400: ...)" after a mistake about a request, or nothing when its answer was fine. */
  String note(RecordedRequest recorded) {
    return problem(recorded).map(p -> " (" + p + ")").orElse("");
  }

  /**
   * Why the mock gave a request its answer: in the mock's words, quoted; for a 410 or a 404 (a session lost
   * by a planned fault), whether the player's own sessionEnd closed the session.
   */
  String reason(RecordedRequest recorded) {
    if (!closedAnswer(recorded)) {
      return recorded.refusal().isEmpty() ? "" : ": \"" + recorded.refusal() + "\"";
    }
    if (afterSessionEnd(recorded)) {
      return ": sent after sessionEnd, which closes the session";
    }
    String closeReason = sessionOf(recorded).map(RecordedSession::closeReason).map(r -> " (" + r + ")").orElse("");
    return ": session " + recorded.session() + " was closed" + closeReason
        + ", and the player kept sending to it instead of starting a new session";
  }

  /** Pings are not in the diff; a ping the mock refused or answered 410 is a mistake all the same. */
  List<String> pingMistakes(List<RecordedRequest> pings) {
    Map<String, List<RecordedRequest>> byProblem = new LinkedHashMap<>();
    for (RecordedRequest ping : pings) {
      if (firstToFindItClosed(ping)) {
        continue;
      }
      problem(ping).ifPresent(p -> byProblem.computeIfAbsent(p, k -> new ArrayList<>()).add(ping));
    }
    List<String> mistakes = new ArrayList<>();
    byProblem.forEach((problem, same) -> mistakes.add((same.size() == 1 ? "ping " + clock.at(same.get(0))
        : same.size() + " pings from " + Numbers.tenths(clock.seconds(same.get(0))) + " to "
            + Numbers.tenths(clock.seconds(same.get(same.size() - 1))) + " s") + ": " + problem));
    return mistakes;
  }

  /**
   * The first ping to find its session closed, when the player did not close it: the backend closed it
   * under the player (a timeout), which a player learns only so. What it does next is the timeline's to check.
   */
  private boolean firstToFindItClosed(RecordedRequest ping) {
    return closedAnswer(ping) && !afterSessionEnd(ping) && sessionOf(ping)
        .map(s -> s.requests().stream().noneMatch(r -> r.index() < ping.index() && closedAnswer(r)))
        .orElse(true);
  }

  /** The backend's word that the session is gone: 410 closed, 404 lost. */
  private static boolean closedAnswer(RecordedRequest recorded) {
    return recorded.status() == 404 || recorded.status() == 410;
  }

  private Optional<RecordedSession> sessionOf(RecordedRequest recorded) {
    return journal.session(recorded.session());
  }

  private boolean afterSessionEnd(RecordedRequest recorded) {
    return sessionOf(recorded).map(s -> s.requests().stream().anyMatch(r -> r.index() < recorded.index()
        && "sessionEnd".equals(r.eventType()) && r.answeredOk())).orElse(false);
  }
}
