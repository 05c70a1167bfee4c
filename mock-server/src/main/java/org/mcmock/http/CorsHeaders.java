package org.mcmock.http;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Adobe's CORS headers on every answer, errors included, so a browser player can read {@code Location}
 * and the mock's error bodies.
 */
public final class CorsHeaders implements ResponseTransformerV2 {

  public static final String NAME = "media-collection-cors";

  /** Exactly the values Adobe's backend sends. */
  public static final List<HttpHeader> HEADERS = List.of(
      new HttpHeader("Access-Control-Allow-Origin", "*"),
      new HttpHeader("Access-Control-Allow-Methods", "OPTIONS,POST,PUT"),
      new HttpHeader("Access-Control-Allow-Headers", "Content-Type"),
      new HttpHeader("Access-Control-Expose-Headers", "Location"));

  @Override
  public String getName() {
    return NAME;
  }

  /** Adds what is missing in one copy; the mock's own endpoints already carry them all. */
  @Override
  public Response transform(Response response, ServeEvent serveEvent) {
    HttpHeaders headers = response.getHeaders();
    List<HttpHeader> missing = new ArrayList<>(HEADERS.size());
    for (HttpHeader header : HEADERS) {
      if (!headers.getHeader(header.key()).isPresent()) {
        missing.add(header);
      }
    }
    if (missing.isEmpty()) {
      return response;
    }
    List<HttpHeader> all = new ArrayList<>(headers.all());
    all.addAll(missing);
    return Response.Builder.like(response).but().headers(new HttpHeaders(all)).build();
  }
}
