package org.mcmock.contract.steps;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import io.cucumber.java.Before;
import org.mcmock.MediaCollectionMock;
import org.mcmock.config.MockSettings;
import org.mcmock.contract.MockBackend;
import org.mcmock.junit.RunningMock;

/**
 * The mock the features run against: the one at the system property {@value MockBackend#BASE_URL_PROPERTY}, or
 * one {@link RunningMock} in this process for every Cucumber run (the lifecycle the JUnit extension keeps in its
 * store; Cucumber has no such store, so the process holds it and closes it when the JVM exits), reset (sessions,
 * clock, mode) before every scenario.
 */
public final class MockUnderTest {

  private static MockBackend shared;

  public MockBackend backend() {
    return shared();
  }

  @Before(order = 0)
  public void reset() {
    backend().admin().reset();
  }

  private static synchronized MockBackend shared() {
    if (shared == null) {
      shared = MockBackend.at(MockBackend.external().orElseGet(MockUnderTest::inProcess));
    }
    return shared;
  }

  private static String inProcess() {
    RunningMock running = RunningMock.start(wireMockConfig().dynamicPort());
    Runtime.getRuntime().addShutdownHook(new Thread(running::close));
    return running.mock().baseUrl();
  }
}
