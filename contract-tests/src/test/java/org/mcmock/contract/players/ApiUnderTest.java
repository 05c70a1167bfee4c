package org.mcmock.contract.players;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import org.mcmock.client.MediaEdgeTransport;
import org.mcmock.client.Transport;
import org.mcmock.model.Api;

/**
 * The API the {@code @player} scenarios' players speak: the Media Collection API, or Adobe's Media Edge API
 * while a Cucumber run that lists this class as a plugin ({@code RunPlayerFeaturesOnMediaEdgeTest}) is going on.
 * The player's client is the same; only its {@link Transport} changes ({@link MediaEdgeTransport}).
 */
public final class ApiUnderTest implements ConcurrentEventListener {

  /** The datastream id the players send on Media Edge. */
  public static final String CONFIG_ID = "mcmock-features";

  private static volatile Api current = Api.MEDIA_COLLECTION;

  public static Api current() {
    return current;
  }

  /** Plays the {@code @player} scenarios over {@code api} until the result is closed. */
  public static AutoCloseable use(Api api) {
    current = api;
    return () -> current = Api.MEDIA_COLLECTION;
  }

  /** The wire a player's requests take: {@code transport}, or Media Edge over it. */
  public static Transport wire(Transport transport) {
    return current == Api.MEDIA_EDGE ? new MediaEdgeTransport(transport, CONFIG_ID) : transport;
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestRunStarted.class, started -> current = Api.MEDIA_EDGE);
    publisher.registerHandlerFor(TestRunFinished.class, finished -> current = Api.MEDIA_COLLECTION);
  }
}
