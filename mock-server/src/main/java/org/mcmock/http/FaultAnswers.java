package org.mcmock.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mcmock.faults.FaultAction;
import org.mcmock.faults.PlannedFault;

/**
 * What a fault planned through the admin API does to an answer, in one place: the mock's own answer sent late
 * (WireMock's {@code fixedDelayMilliseconds}), or the fault's status or broken connection instead of it.
 */
final class FaultAnswers {

  private FaultAnswers() {}

  /**
   * The answer to a request that {@code fault} may have caught.
   *
   * @param mock the mock's own answer, given what the fault's delay did to it ({@code "delay 3000 ms"}) or null
   * @param injected records, where there is a session to record it on, a request the fault answers instead
   */
  static ResponseDefinition answer(Optional<PlannedFault> fault, Function<String, ResponseDefinition> mock,
      Consumer<FaultAction> injected) {
    if (fault.isEmpty()) {
      return mock.apply(null);
    }
    FaultAction action = fault.get().action();
    if (action.replacesAnswer()) {
      injected.accept(action);
      return instead(fault.get());
    }
    return ResponseDefinitionBuilder.like(mock.apply(action.describe())).withFixedDelay(action.delayMillis()).build();
  }

  /** The status a request answered by the fault is recorded with: 0 when the connection broke instead. */
  static int recordedStatus(FaultAction action) {
    return action.status() == null ? 0 : action.status();
  }

  /** Its status with a JSON message, or WireMock's broken connection (the status is then never sent). */
  private static ResponseDefinition instead(PlannedFault fault) {
    FaultAction action = fault.action();
    ResponseDefinition answer = Answers.message(action.status() == null ? 500 : action.status(),
        "Injected through the admin API: " + fault.describe() + ", planned with POST /__admin/media-collection/faults."
            + " The mock did not handle this request");
    return ResponseDefinitionBuilder.like(answer).withFixedDelay(action.delayMillis()).withFault(action.fault())
        .build();
  }
}
