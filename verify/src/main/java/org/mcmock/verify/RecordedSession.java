package org.mcmock.verify;

import java.util.List;
import org.mcmock.model.Session;

/** A session the mock recorded: its requests in ts order (each keeps its arrival index), its state and findings. */
public record RecordedSession(int number, String sid, String state, String closeReason,
    List<RecordedRequest> requests, List<RecordedFinding> findings) {

  public RecordedSession {
    requests = List.copyOf(requests);
    findings = List.copyOf(findings);
  }

  /** The session numbered {@code number} in the journal: its requests in ts order, its findings named by it. */
  static RecordedSession of(int number, Session view) {
    return new RecordedSession(number, view.sid(), view.state(), view.closeReason(),
        TsOrder.sort(view.eventsOrNone().stream().map(e -> RecordedRequest.of(number, e)).toList()),
        view.findings().stream().map(f -> new RecordedFinding(number, f)).toList());
  }

  public String describe() {
    return number + ": " + sid + " (" + state + (closeReason == null ? "" : ": " + closeReason) + ")";
  }
}
