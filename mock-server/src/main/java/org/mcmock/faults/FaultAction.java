package org.mcmock.faults;

import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;

/**
 * What a planned fault does to the request it catches: answers it late, answers another status instead of
 * the mock's, or breaks the connection the way WireMock's {@link Fault} does. A delay may come with either.
 *
 * @param delay how much later the answer is sent, or null
 * @param status the status answered instead of handling the request (400 to 599), or null
 * @param fault what WireMock does to the connection instead of answering, or null
 */
public record FaultAction(Duration delay, Integer status, Fault fault) {

  /** True when the mock does not handle the request: a status or a broken connection takes its place. */
  public boolean replacesAnswer() {
    return status != null || fault != null;
  }

  /** The delay as WireMock's {@code fixedDelayMilliseconds}, or null. */
  public Integer delayMillis() {
    return delay == null ? null : (int) delay.toMillis();
  }

  /** {@code "status 500"}, {@code "fault EMPTY_RESPONSE after 300 ms"}, {@code "delay 3000 ms"}. */
  public String describe() {
    if (!replacesAnswer()) {
      return "delay " + delay.toMillis() + " ms";
    }
    String answer = status != null ? "status " + status : "fault " + fault.name();
    return delay == null ? answer : answer + " after " + delay.toMillis() + " ms";
  }
}
