package org.mcmock.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ChunkedDribbleDelay;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;
import org.mcmock.rules.FindingsHeader;

/**
 * An endpoint of the mock. It decides the answer, and keeps the timing and fault of the stub it
 * serves, so a user's stub that reuses the transformer with {@code fixedDelayMilliseconds} (a slow
 * sessions answer) or a fault works as it does everywhere else in WireMock. An answer that brings its own
 * timing (a fault planned through the admin API, see {@link FaultAnswers}) keeps it instead: it was asked for
 * this one request.
 *
 * <p>Endpoints that take session traffic put {@code X-Media-Findings} on every answer, {@code none}
 * when the request caused no finding, so a developer learns the header exists before they need it.
 */
abstract class MediaCollectionTransformer implements ResponseDefinitionTransformerV2 {

  private final String name;
  private final boolean reportsFindings;

  MediaCollectionTransformer(String name, boolean reportsFindings) {
    this.name = name;
    this.reportsFindings = reportsFindings;
  }

  /** The answer to this request, before the stub's timing is applied. */
  abstract ResponseDefinition answer(Request request);

  @Override
  public final String getName() {
    return name;
  }

  /** Only the stubs that name the transformer use it. */
  @Override
  public final boolean applyGlobally() {
    return false;
  }

  /**
   * The answer, with {@code X-Media-Findings} and Adobe's CORS headers added here in one copy (so that
   * {@link CorsHeaders} finds nothing left to do), and the stub's timing and fault.
   */
  @Override
  public final ResponseDefinition transform(ServeEvent serveEvent) {
    return finish(answer(serveEvent.getRequest()), serveEvent.getResponseDefinition());
  }

  /** The answer to a request that no stub matched ({@link FastPath}): there is no stub timing to keep. */
  final ResponseDefinition answerUnmatched(Request request) {
    return finish(answer(request), null);
  }

  private ResponseDefinition finish(ResponseDefinition answer, ResponseDefinition stub) {
    boolean keepsStubTiming = stub != null && hasTiming(stub) && !hasTiming(answer);
    List<HttpHeader> missing = missingHeaders(answer);
    if (missing.isEmpty() && !keepsStubTiming) {
      return answer; // complete already, as most accepted events' answers are (Answers.accepted)
    }
    ResponseDefinitionBuilder done = ResponseDefinitionBuilder.like(answer);
    missing.forEach(header -> done.withHeader(header.key(), header.firstValue()));
    if (keepsStubTiming) {
      done.withFixedDelay(stub.getFixedDelayMilliseconds())
          .withRandomDelay(stub.getDelayDistribution())
          .withFault(stub.getFault());
      ChunkedDribbleDelay dribble = stub.getChunkedDribbleDelay();
      if (dribble != null) {
        done.withChunkedDribbleDelay(dribble.getNumberOfChunks(), dribble.getTotalDuration());
      }
    }
    return done.build();
  }

  /** {@code X-Media-Findings: none} (for endpoints that report findings) and the CORS headers the answer lacks. */
  private List<HttpHeader> missingHeaders(ResponseDefinition answer) {
    List<HttpHeader> missing = new ArrayList<>(0);
    if (reportsFindings && !has(answer, FindingsHeader.NAME)) {
      missing.add(new HttpHeader(FindingsHeader.NAME, FindingsHeader.value(List.of())));
    }
    for (HttpHeader cors : CorsHeaders.HEADERS) {
      if (!has(answer, cors.key())) {
        missing.add(cors);
      }
    }
    return missing;
  }

  private static boolean has(ResponseDefinition answer, String header) {
    return answer.getHeaders() != null && answer.getHeaders().getHeader(header).isPresent();
  }

  private static boolean hasTiming(ResponseDefinition definition) {
    return definition.getFixedDelayMilliseconds() != null || definition.getDelayDistribution() != null
        || definition.getChunkedDribbleDelay() != null || definition.getFault() != null;
  }
}
