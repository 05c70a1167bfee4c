package org.mcmock.http;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.http.Request;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.mcmock.model.EdgeEventType;
import org.mcmock.model.EventType;
import org.mcmock.schema.SchemaCatalog;

/**
 * {@code GET /api/v1/schemas/{eventType}}: the schema the mock validates that event type with; a Media Edge
 * {@code xdm.eventType} ({@code media.play}) names the schema of that Media Edge request body.
 */
public final class SchemasTransformer extends MediaCollectionTransformer {

  public static final String NAME = "media-collection-schemas";

  private final SchemaCatalog schemas;

  SchemasTransformer(SchemaCatalog schemas) {
    super(NAME, false);
    this.schemas = schemas;
  }

  @Override
  ResponseDefinition answer(Request request) {
    String name = Route.SCHEMAS.parameter(Route.pathOf(request.getUrl())).orElse("");
    return EventType.fromWireName(name)
        .map(type -> Answers.jsonText(200, schemas.schemaText(type)))
        .or(() -> EdgeEventType.fromXdmName(name).map(type -> Answers.jsonText(200, schemas.schemaText(type))))
        .orElseGet(() -> Answers.message(404, "No schema for event type '" + name + "'. Known types: "
            + Arrays.stream(EventType.values()).map(EventType::wireName).collect(Collectors.joining(", "))
            + "; and for the Media Edge API: "
            + Arrays.stream(EdgeEventType.values()).map(EdgeEventType::xdmName).collect(Collectors.joining(", "))));
  }
}
