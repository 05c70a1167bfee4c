package org.mcmock.client;

/** One request the client sent (or could not send) and the answer it got. */
public record Exchange(String eventType, String path, String body, Answer answer) {

  public int status() {
    return answer.status();
  }

  @Override
  public String toString() {
    return eventType + " -> " + (answer.status() == 0 ? "not sent: " + answer.body() : answer.status());
  }
}
