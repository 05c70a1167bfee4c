package org.mcmock.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.util.Optional;
import org.mcmock.contract.UserText;
import org.mcmock.http.Answers;

/** Reads the small JSON bodies the admin routes take, such as {@code {"by": "10m"}}. */
final class AdminBodies {

  private AdminBodies() {}

  /** The body as JSON (a missing node when empty); IllegalArgumentException says why it is not JSON. */
  static JsonNode json(ServeEvent serveEvent) {
    try {
      JsonNode body = Answers.JSON.readTree(serveEvent.getRequest().getBody());
      return body == null ? Answers.JSON.missingNode() : body;
    } catch (IOException notJson) {
      String why = notJson instanceof JsonProcessingException parse ? parse.getOriginalMessage() : notJson.getMessage();
      throw new IllegalArgumentException("The body is not JSON: " + UserText.clean(why), notJson);
    }
  }

  /** The text value of one field, or empty when the body is not JSON or the field is not text. */
  static Optional<String> textField(ServeEvent serveEvent, String name) {
    try {
      JsonNode value = json(serveEvent).get(name);
      return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    } catch (IllegalArgumentException notJson) {
      return Optional.empty();
    }
  }
}
