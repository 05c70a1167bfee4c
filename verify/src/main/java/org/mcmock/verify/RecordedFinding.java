package org.mcmock.verify;

/** A finding of the mock's rules about a session, as its admin API shows it. */
public record RecordedFinding(int session, String rule, String severity, int eventIndex, String message) {

  public boolean error() {
    return "error".equals(severity);
  }

  public String describe() {
    return severity + " " + rule + " at event " + eventIndex + " of session " + session + ": " + message;
  }
}
