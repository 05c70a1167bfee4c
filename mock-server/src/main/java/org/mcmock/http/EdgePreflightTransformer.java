package org.mcmock.http;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.http.Request;

/**
 * {@code OPTIONS /ee/...}: 204 with the CORS headers a cross-origin page needs to POST JSON with credentials
 * (Adobe's Web SDK posts {@code text/plain} and needs no preflight; Adobe's reference player posts JSON).
 */
public final class EdgePreflightTransformer extends EdgeTransformer {

  public static final String NAME = "media-edge-preflight";

  EdgePreflightTransformer(EventReader reader) {
    super(NAME, reader);
  }

  @Override
  ResponseDefinition respond(Request request, String requestId) {
    return Answers.noContent();
  }
}
