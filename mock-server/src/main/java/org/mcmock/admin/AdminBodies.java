package org.mcmock.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.util.Optional;
import org.mcmock.http.Answers;

/** Reads the small JSON bodies the admin routes take, such as {@code {"by": "10m"}}. */
final class AdminBodies {

  private AdminBodies() {}

  /** The text value of one field, or empty when the body is not JSON or the field is not text. */
  static Optional<String> textField(ServeEvent serveEvent, String name) {
    try {
      JsonNode body = Answers.JSON.readTree(serveEvent.getRequest().getBody());
      JsonNode value = body == null ? null : body.get(name);
      return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }
}
