package org.mcmock.http;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

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

  private final Map<Route, MediaCollectionTransformer> endpoints;
  private final Map<EdgeRoute, MediaCollectionTransformer> edge;
  private final BooleanSupplier onlyOurStubs;

  /**
   * @param edge the Media Edge API's endpoints, for paths under {@code /ee/}
   * @param onlyOurStubs whether the mock's stubs are the only ones WireMock holds ({@link OnlyOurStubs})
   */
  FastPath(Map<Route, MediaCollectionTransformer> endpoints, Map<EdgeRoute, MediaCollectionTransformer> edge,
      BooleanSupplier onlyOurStubs) {
    this.endpoints = Map.copyOf(endpoints);
    this.edge = new EnumMap<>(edge); // in the enum's order, the same every run
    this.onlyOurStubs = onlyOurStubs;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    ResponseDefinition answer = answer(request);
    return answer == null ? RequestFilterAction.continueWith(request) : RequestFilterAction.stopWith(answer);
  }

  /**
   * The mock's answer to a POST to one of its endpoints, given while the mock's stubs are the only ones; null when
   * the request is not one, or a user's stub may want it. The body is read only once the request is the mock's.
   */
  ResponseDefinition answer(Request request) {
    if (!RequestMethod.POST.equals(request.getMethod())) {
      return null;
    }
    String path = Route.pathOf(request.getUrl());
    MediaCollectionTransformer endpoint = path.startsWith("/ee/") ? edgeEndpoint(path)
        : Route.forPath(path).map(endpoints::get).orElse(null);
    if (endpoint == null || !onlyOurStubs.getAsBoolean()) {
      return null;
    }
    return endpoint.answerUnmatched(request);
  }

  private MediaCollectionTransformer edgeEndpoint(String path) {
    for (Map.Entry<EdgeRoute, MediaCollectionTransformer> route : edge.entrySet()) {
      if (route.getKey().matches(path)) {
        return route.getValue();
      }
    }
    return null;
  }
}
