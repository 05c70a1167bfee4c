package org.mcmock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.mcmock.contract.UserText;

/**
 * WireMock's own admin routes answer bad bodies with Jackson's words: "Unrecognized field "by" (class
 * com.github.tomakehurst.wiremock.stubbing.StubMapping)", "enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`".
 * This holds back every admin answer of 400 or more (they are small), and sends it with each text value passed
 * through {@link UserText#clean}. Answers under 400, such as the journal, pass through untouched and unbuffered.
 */
final class CleanErrorBodies implements Filter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Held held = new Held((HttpServletResponse) response);
    chain.doFilter(request, held);
    held.finish();
  }

  static byte[] clean(byte[] body) {
    try {
      JsonNode json = Answers.JSON.readTree(body);
      if (json != null && json.isContainerNode()) {
        return Answers.JSON.writeValueAsBytes(cleaned(json));
      }
    } catch (IOException notJson) {
      // Not JSON: clean it as text.
    }
    return UserText.clean(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode cleaned(JsonNode node) {
    if (node.isTextual()) {
      return TextNode.valueOf(UserText.clean(node.textValue()));
    }
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        field.setValue(cleaned(field.getValue()));
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, cleaned(array.get(i)));
      }
    }
    return node;
  }

  /** The response, holding back its body when the status is an error. */
  private static final class Held extends HttpServletResponseWrapper {

    private ByteArrayOutputStream body;
    private PrintWriter writer;

    Held(HttpServletResponse response) {
      super(response);
    }

    private boolean holding() {
      if (body == null && getStatus() >= 400 && !isCommitted()) {
        body = new ByteArrayOutputStream();
      }
      return body != null;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (!holding()) {
        return super.getOutputStream();
      }
      return new ServletOutputStream() {
        @Override
        public void write(int b) {
          body.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          body.write(b, off, len);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException("error answers are written at once");
        }
      };
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (!holding()) {
        return super.getWriter();
      }
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public void setContentLength(int length) {
      if (getStatus() < 400) {
        super.setContentLength(length);
      }
    }

    @Override
    public void setContentLengthLong(long length) {
      if (getStatus() < 400) {
        super.setContentLengthLong(length);
      }
    }

    @Override
    public void flushBuffer() throws IOException {
      if (body == null) {
        super.flushBuffer();
      }
    }

    void finish() throws IOException {
      if (body == null) {
        return;
      }
      if (writer != null) {
        writer.flush();
      }
      byte[] cleaned = clean(body.toByteArray());
      HttpServletResponse response = (HttpServletResponse) getResponse();
      response.setContentLength(cleaned.length);
      response.getOutputStream().write(cleaned);
    }
  }
}
