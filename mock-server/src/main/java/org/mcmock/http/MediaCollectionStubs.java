package org.mcmock.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.extension.MappingsLoaderExtension;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stubs that route the Media Collection API, and Adobe's Media Edge API beside it, to the mock's transformers. They are WireMock data
 * like any other mapping (visible under {@code /__admin/mappings}, restored by {@code /__admin/reset}),
 * with a low priority so that a user's own stub for the same path, a fault or a delay, wins.
 */
public final class MediaCollectionStubs implements MappingsLoaderExtension {

  public static final String NAME = "media-collection-stubs";

  /** Below WireMock's default priority (5), so users' stubs come first. */
  public static final int ENDPOINT_PRIORITY = 100;

  /** Last of all: whatever nothing else serves. */
  public static final int FALLBACK_PRIORITY = 1000;

  private static final Map<Route, String> TRANSFORMERS = Map.of(
      Route.SESSIONS, SessionsTransformer.NAME,
      Route.EVENTS, EventsTransformer.NAME,
      Route.DOWNLOADED, DownloadedTransformer.NAME,
      Route.SCHEMAS, SchemasTransformer.NAME);

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void loadMappingsInto(StubMappings mappings) {
    stubs().forEach(mappings::addMapping);
  }

  /** The mappings, with fixed ids so that a reload replaces rather than duplicates them. */
  public static List<StubMapping> stubs() {
    List<StubMapping> stubs = new ArrayList<>();
    for (Route route : Route.values()) {
      stubs.add(named(request(route.method().getName(), urlPathMatching(route.pathRegex()))
          .atPriority(ENDPOINT_PRIORITY)
          .willReturn(aResponse().withTransformers(TRANSFORMERS.get(route)))
          .build(), "Media Collection API: " + route.describe()));
    }
    stubs.add(named(request("POST", urlPathMatching(EdgeRoute.MEDIA.pathRegex()))
        .atPriority(ENDPOINT_PRIORITY)
        .willReturn(aResponse().withTransformers(MediaEdgeTransformer.NAME))
        .build(), "Media Edge API: " + EdgeRoute.MEDIA.describe()));
    stubs.add(named(request("POST", urlPathMatching(EdgeRoute.INTERACT.pathRegex()))
        .atPriority(ENDPOINT_PRIORITY)
        .willReturn(aResponse().withTransformers(EdgeInteractTransformer.NAME))
        .build(), "Media Edge API: " + EdgeRoute.INTERACT.describe()));
    stubs.add(named(request("OPTIONS", urlPathMatching(EdgeRoute.ANY_PATH_REGEX))
        .atPriority(ENDPOINT_PRIORITY - 1)
        .willReturn(aResponse().withTransformers(EdgePreflightTransformer.NAME))
        .build(), "Media Edge API: CORS preflight with credentials"));
    stubs.add(named(request("OPTIONS", anyUrl())
        .atPriority(ENDPOINT_PRIORITY)
        .willReturn(aResponse().withStatus(204))
        .build(), "Media Collection API: CORS preflight"));
    stubs.add(named(any(anyUrl())
        .atPriority(FALLBACK_PRIORITY)
        .willReturn(aResponse().withTransformers(FallbackTransformer.NAME))
        .build(), "Media Collection API: 404/405 for everything else"));
    return stubs;
  }

  private static StubMapping named(StubMapping stub, String name) {
    stub.setName(name);
    stub.setId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    stub.setPersistent(false);
    return stub;
  }
}
