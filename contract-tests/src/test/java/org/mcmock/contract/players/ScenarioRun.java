package org.mcmock.contract.players;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one scenario of the features through Cucumber's JUnit Platform engine, in this JVM, with whatever
 * player {@link PlayerUnderTest} has chosen, and tells how it went.
 */
public final class ScenarioRun {

  /** What came of the scenario: how many ran (1 when the name is right) and the failures' messages. */
  public record Outcome(int ran, int skipped, List<String> failures) {
    public boolean passed() {
      return ran == 1 && failures.isEmpty();
    }
  }

  private ScenarioRun() {}

  /** @param report where Cucumber writes this run's messages (ndjson), kept beside the main reports */
  public static Outcome of(Scenarios.Target target, String report) {
    return run(target.feature(), "cucumber.filter.name", "^" + Pattern.quote(target.name()) + "$", report);
  }

  /**
   * Runs every {@code @player} scenario of the features; each failure's message starts with the scenario's
   * name.
   */
  public static Outcome players(String report) {
    return run("", "cucumber.filter.tags", "@player", report);
  }

  private static Outcome run(String feature, String filter, String value, String report) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClasspathResource(feature.isEmpty() ? "features" : "features/" + feature))
        .filters(EngineFilter.includeEngines("cucumber"))
        .configurationParameter(filter, value)
        // Not the main run's plugins, whose reports this run would overwrite.
        .configurationParameter("cucumber.plugin", "message:" + report)
        .build();
    List<String> failures = new ArrayList<>();
    int[] counts = new int[2];
    LauncherFactory.create().execute(request, new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest()) {
          return;
        }
        counts[0]++;
        if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
          String why = result.getThrowable().map(Throwable::getMessage).orElse(String.valueOf(result.getStatus()));
          failures.add(feature.isEmpty() ? test.getDisplayName() + ": " + why : why);
        }
      }

      @Override
      public void executionSkipped(TestIdentifier test, String reason) {
        counts[1]++;
      }
    });
    return new Outcome(counts[0], counts[1], List.copyOf(failures));
  }
}
