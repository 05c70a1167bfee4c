package org.mcmock.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.http.Request;
import java.util.List;
import org.mcmock.contract.JsonBodyReader;
import org.mcmock.model.Violation;
import org.mcmock.rules.DownloadedBatchRules.Form;

/** {@code POST /api/v1/downloaded}: a whole offline session in one JSON array, 201 or 400 with nothing kept. */
public final class DownloadedTransformer extends MediaCollectionTransformer {

  public static final String NAME = "media-collection-downloaded";

  private final EventReader reader;
  private final DownloadedIntake intake;

  DownloadedTransformer(EventReader reader, DownloadedIntake intake) {
    super(NAME, true);
    this.reader = reader;
    this.intake = intake;
  }

  @Override
  ResponseDefinition answer(Request request) {
    String path = Route.DOWNLOADED.template();
    JsonBodyReader.Result body = reader.readBody(request);
    if (body instanceof JsonBodyReader.Refused refused) {
      return intake.refuse(refused.status(), path, -1, List.of(refused.violation()), refused.text(),
          refused.violation().message());
    }
    JsonBodyReader.Json json = (JsonBodyReader.Json) body;
    if (!json.node().isArray()) {
      Violation notArray = Violation.of("", "type", "a JSON array of events", JsonNodeFactory.instance.textNode(
          json.node().getNodeType().name().toLowerCase(java.util.Locale.ROOT)),
          "POST /api/v1/downloaded takes the whole session as one JSON array, starting with sessionStart");
      return intake.refuse(400, path, -1, List.of(notArray), json.text(), notArray.message());
    }
    return intake.take(json.node(), json.text(), path, Form.DOWNLOADED_ENDPOINT);
  }
}
