package org.mcmock.admin;

import com.fasterxml.jackson.core.JsonGenerator;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.mcmock.http.Answers;

/**
 * An admin list written item by item to a JSON generator, so that no whole answer is held in memory: the
 * streaming filter ({@link AdminStreams}) writes it straight to the response; as a WireMock admin task (a mock
 * started without that filter) it is buffered, one page at most.
 */
interface StreamedAnswer extends AdminTask {

  /** WireMock's router: the answer buffered. */
  @Override
  default ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    return buffered(this, AdminQuery.of(serveEvent.getRequest()));
  }

  /** Checks the query and returns what writes the answer; IllegalArgumentException says what is wrong. */
  Body prepare(AdminQuery query);

  /** Writes one JSON document. */
  @FunctionalInterface
  interface Body {
    void writeTo(JsonGenerator json) throws IOException;
  }

  /** The answer in memory, for WireMock's admin router; a 400 naming the bad query value. */
  static ResponseDefinition buffered(StreamedAnswer answer, AdminQuery query) {
    Body body;
    try {
      body = answer.prepare(query);
    } catch (IllegalArgumentException e) {
      return Answers.message(400, e.getMessage());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = Answers.JSON.getFactory().createGenerator(bytes)) {
      body.writeTo(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Answers.jsonText(200, bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
  }
}
