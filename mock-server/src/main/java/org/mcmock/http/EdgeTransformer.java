package org.mcmock.http;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.List;
import org.mcmock.contract.JsonBodyReader;

/**
 * An endpoint of the Media Edge API: every answer, errors included, carries the CORS headers a page that sends
 * credentials needs, and a body is read as JSON whatever its Content-Type (Adobe's Web SDK sends
 * {@code text/plain}).
 */
abstract class EdgeTransformer extends MediaCollectionTransformer {

  private final EventReader reader;

  EdgeTransformer(String name, EventReader reader) {
    super(name, true);
    this.reader = reader;
  }

  /** The answer, before CORS. */
  abstract ResponseDefinition respond(Request request, String requestId);

  @Override
  final ResponseDefinition answer(Request request) {
    return EdgeAnswers.withCors(respond(request, EdgeAnswers.requestId(request)), request);
  }

  JsonBodyReader.Result read(Request request) {
    return reader.readJson(request);
  }

  /** A body that could not be read as JSON: 400 (413 when too large), explained. */
  static ResponseDefinition unreadable(JsonBodyReader.Refused refused, String requestId) {
    return EdgeAnswers.invalid(refused.status(), refused.violation().message(), List.of(refused.violation()),
        requestId);
  }

  /** The datastream id, or null when the request has none (an empty one counts as none). */
  static String configId(Request request) {
    String configId = EdgeAnswers.query(request, "configId");
    return configId == null || configId.isBlank() ? null : configId;
  }
}
