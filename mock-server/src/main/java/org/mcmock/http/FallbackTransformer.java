package org.mcmock.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Anything no endpoint serves: 405 with {@code Allow} on a known path, otherwise 404, both explained in JSON. */
public final class FallbackTransformer extends MediaCollectionTransformer {

  public static final String NAME = "media-collection-fallback";

  FallbackTransformer() {
    super(NAME, false);
  }

  @Override
  ResponseDefinition answer(Request request) {
    String path = Route.pathOf(request.getUrl());
    for (EdgeRoute edge : EdgeRoute.values()) {
      if (edge.matches(path)) {
        return ResponseDefinitionBuilder.like(Answers.message(405, request.getMethod() + " is not allowed on "
                + edge.template() + ": use POST"))
            .withHeader("Allow", "POST, OPTIONS")
            .build();
      }
    }
    return Route.forPath(path)
        .map(route -> ResponseDefinitionBuilder.like(Answers.message(405, request.getMethod() + " is not allowed on "
                + route.template() + ": use " + route.method()))
            .withHeader("Allow", route.method() + ", OPTIONS")
            .build())
        .orElseGet(() -> Answers.message(404, "Nothing is served at " + request.getMethod() + " " + path
            + ". The Media Collection API mock serves "
            + Arrays.stream(Route.values()).map(Route::describe).collect(Collectors.joining(", "))
            + "; the Media Edge API mock serves "
            + Arrays.stream(EdgeRoute.values()).map(EdgeRoute::describe).collect(Collectors.joining(", "))
            + "; its admin API is under /__admin/media-collection/"));
  }
}
