package org.mcmock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.mcmock.MediaCollectionMock;

/**
 * The mock lives in JUnit's {@code ExtensionContext.Store}: JUnit stops it when the scope that started it ends, the
 * class for a static field, the test for an instance field. Runs small test classes of its own to watch that.
 */
class MockLifecycleTest {

  /** The mocks the classes below saw, in the order their tests ran. */
  static final List<MediaCollectionMock> SEEN = new ArrayList<>();

  @Test
  void aStaticFieldsMockServesEveryTestOfTheClassAndStopsAfterIt() {
    assertThat(run(StaticField.class)).as("tests of StaticField that passed").isEqualTo(2);

    assertThat(SEEN).as("one mock for the class").hasSize(2).containsOnly(SEEN.get(0));
    assertThat(SEEN.get(0).server().isRunning()).as("the class's mock is running after the class").isFalse();
  }

  @Test
  void anInstanceFieldsMockServesOneTestAndStopsAfterIt() {
    assertThat(run(InstanceField.class)).as("tests of InstanceField that passed").isEqualTo(2);

    assertThat(SEEN).as("one mock a test").hasSize(2).doesNotHaveDuplicates();
    assertThat(SEEN).as("mocks still running after their test").noneMatch(mock -> mock.server().isRunning());
  }

  private static long run(Class<?> testClass) {
    SEEN.clear();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass))
        .build(), summary);
    return summary.getSummary().getTestsSucceededCount();
  }

  static class StaticField {

    @RegisterExtension
    static MediaCollectionMockExtension mock = MediaCollectionMockExtension.newInstance().build();

    @RepeatedTest(2)
    void seesItsMock() {
      SEEN.add(mock.runningMock());
    }
  }

  static class InstanceField {

    @RegisterExtension
    MediaCollectionMockExtension mock = MediaCollectionMockExtension.newInstance().build();

    @RepeatedTest(2)
    void seesItsMock() {
      SEEN.add(mock.runningMock());
    }
  }
}
