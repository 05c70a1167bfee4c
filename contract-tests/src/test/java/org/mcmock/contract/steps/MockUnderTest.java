package org.mcmock.contract.steps;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import io.cucumber.java.Before;
import org.mcmock.MediaCollectionMock;
import org.mcmock.config.MockSettings;
import org.mcmock.contract.MockBackend;

/**
 * The mock the features run against: one in-process mock for the whole run, or the one at the system property
 * {@value MockBackend#BASE_URL_PROPERTY}, reset (sessions, clock, mode) before every scenario.
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
      String external = System.getProperty(MockBackend.BASE_URL_PROPERTY, "").strip();
      if (external.isEmpty()) {
        MediaCollectionMock mock = MediaCollectionMock.start(wireMockConfig().dynamicPort(), MockSettings.defaults());
        Runtime.getRuntime().addShutdownHook(new Thread(mock::close));
        shared = MockBackend.at(mock.baseUrl());
      } else {
        shared = MockBackend.at(external.replaceAll("/+$", ""));
      }
    }
    return shared;
  }
}
