package org.mcmock.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ChunkedDribbleDelay;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * An endpoint of the mock. It decides the answer, and keeps the timing and fault of the stub it
 * serves, so a user's stub that reuses the transformer with {@code fixedDelayMilliseconds} (a slow
 * sessions answer) or a fault works as it does everywhere else in WireMock.
 */
abstract class MediaCollectionTransformer implements ResponseDefinitionTransformerV2 {

  private final String name;

  MediaCollectionTransformer(String name) {
    this.name = name;
  }

  /** The answer to this request, before the stub's timing is applied. */
  abstract ResponseDefinition answer(ServeEvent serveEvent);

  @Override
  public final String getName() {
    return name;
  }

  /** Only the stubs that name the transformer use it. */
  @Override
  public final boolean applyGlobally() {
    return false;
  }

  @Override
  public final ResponseDefinition transform(ServeEvent serveEvent) {
    ResponseDefinition answer = answer(serveEvent);
    ResponseDefinition stub = serveEvent.getResponseDefinition();
    if (stub == null || !hasTiming(stub)) {
      return answer;
    }
    ResponseDefinitionBuilder timed = ResponseDefinitionBuilder.like(answer)
        .withFixedDelay(stub.getFixedDelayMilliseconds())
        .withRandomDelay(stub.getDelayDistribution())
        .withFault(stub.getFault());
    ChunkedDribbleDelay dribble = stub.getChunkedDribbleDelay();
    if (dribble != null) {
      timed.withChunkedDribbleDelay(dribble.getNumberOfChunks(), dribble.getTotalDuration());
    }
    return timed.build();
  }

  private static boolean hasTiming(ResponseDefinition stub) {
    return stub.getFixedDelayMilliseconds() != null || stub.getDelayDistribution() != null
        || stub.getChunkedDribbleDelay() != null || stub.getFault() != null;
  }
}
