package org.mcmock.verify;

import org.mcmock.model.Finding;

/** A finding of the mock's rules, in the session numbered {@code session} of the journal. */
public record RecordedFinding(int session, Finding finding) {

  public boolean error() {
    return finding.isError();
  }

  public String rule() {
    return String.valueOf(finding.rule());
  }

  public int eventIndex() {
    return finding.eventIndex();
  }

  public String message() {
    return finding.message();
  }

  public String describe() {
    return finding.severity().label() + " " + rule() + " at event " + eventIndex() + " of session " + session + ": "
        + message();
  }
}
