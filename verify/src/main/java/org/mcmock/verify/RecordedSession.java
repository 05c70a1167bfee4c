package org.mcmock.verify;

import java.util.List;

/** A session the mock recorded: its requests in ts order (each keeps its arrival index), its state and findings. */
public record RecordedSession(int number, String sid, String state, String closeReason,
    List<RecordedRequest> requests, List<RecordedFinding> findings) {

  public RecordedSession {
    requests = List.copyOf(requests);
    findings = List.copyOf(findings);
  }

  public String describe() {
    return number + ": " + sid + " (" + state + (closeReason == null ? "" : ": " + closeReason) + ")";
  }
}
