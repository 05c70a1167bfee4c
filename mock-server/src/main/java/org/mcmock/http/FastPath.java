package org.mcmock.http;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Answers the three session endpoints before WireMock matches stubs, with exactly the transformer the
 * mock's stub would have chosen, as long as the mock's stubs are the only ones. Matching and decorating a
 * request for a stub cost WireMock more than the mock's own work on an event; a user's stub (a delay, a
 * fault, an override) puts every request back through stub matching, so it wins as it always did.
 *
 * <p>Faults planned through the admin API need no step aside: WireMock renders a filter's answer with the same
 * renderer as a stub's, {@code fixedDelayMilliseconds} and {@code fault} included ({@code FaultInjectionTest}
 * runs each fault both ways).
 */
public final class FastPath implements StubRequestFilterV2 {

  public static final String NAME = "media-collection-fast-path";

  private static final Set<UUID> OUR_STUBS =
      MediaCollectionStubs.stubs().stream().map(StubMapping::getId).collect(Collectors.toUnmodifiableSet());

  private final Map<Route, MediaCollectionTransformer> endpoints;
  private final Map<EdgeRoute, MediaCollectionTransformer> edge;
  private final Supplier<Stream<StubMapping>> stubs;

  /**
   * @param edge the Media Edge API's endpoints, for paths under {@code /ee/}
   * @param stubs every stub WireMock holds right now
   */
  FastPath(Map<Route, MediaCollectionTransformer> endpoints, Map<EdgeRoute, MediaCollectionTransformer> edge,
      Supplier<Stream<StubMapping>> stubs) {
    this.endpoints = Map.copyOf(endpoints);
    this.edge = Map.copyOf(edge);
    this.stubs = stubs;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    if (!RequestMethod.POST.equals(request.getMethod())) {
      return RequestFilterAction.continueWith(request);
    }
    String path = Route.pathOf(request.getUrl());
    MediaCollectionTransformer endpoint = path.startsWith("/ee/") ? edgeEndpoint(path)
        : Route.forPath(path).map(endpoints::get).orElse(null);
    if (endpoint == null || !onlyOurStubs()) {
      return RequestFilterAction.continueWith(request);
    }
    return RequestFilterAction.stopWith(endpoint.transform(serveEvent));
  }

  private MediaCollectionTransformer edgeEndpoint(String path) {
    for (Map.Entry<EdgeRoute, MediaCollectionTransformer> route : edge.entrySet()) {
      if (route.getKey().matches(path)) {
        return route.getValue();
      }
    }
    return null;
  }

  private boolean onlyOurStubs() {
    return stubs.get().allMatch(stub -> OUR_STUBS.contains(stub.getId()));
  }
}
