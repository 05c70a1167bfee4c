package org.mcmock.http;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
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

  @Override
  public Response transform(Response response, ServeEvent serveEvent) {
    HttpHeaders headers = response.getHeaders();
    for (HttpHeader header : HEADERS) {
      if (!headers.getHeader(header.key()).isPresent()) {
        headers = headers.plus(header);
      }
    }
    return Response.Builder.like(response).but().headers(headers).build();
  }
}
