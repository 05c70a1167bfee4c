package org.mcmock.admin;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.mcmock.http.Answers;

/**
 * Answers {@code GET} on the admin lists (sessions, findings, rejected batches, journal) by writing their JSON
 * straight to the response, item by item: WireMock's admin tasks hold a whole answer in memory, which at
 * 100,000 sessions did not fit in a 512 MB heap. Every other admin request goes on to WireMock.
 */
public final class AdminStreams implements Filter {

  private final Map<String, StreamedAnswer> routes;

  AdminStreams(Map<String, StreamedAnswer> routes) {
    this.routes = routes;
  }

  @Override
  public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) servletRequest;
    StreamedAnswer route = "GET".equals(request.getMethod())
        ? routes.get(request.getRequestURI().substring(request.getContextPath().length()))
        : null;
    if (route == null) {
      chain.doFilter(servletRequest, servletResponse);
      return;
    }
    HttpServletResponse response = (HttpServletResponse) servletResponse;
    StreamedAnswer.Body body;
    try {
      body = route.prepare(AdminQuery.of(request));
    } catch (IllegalArgumentException e) {
      writeMessage(response, 400, e.getMessage());
      return;
    }
    response.setStatus(200);
    response.setContentType("application/json");
    try (JsonGenerator json = Answers.JSON.getFactory().createGenerator(response.getOutputStream())) {
      body.writeTo(json);
    }
  }

  /** {@code {"message": ...}} with this status, the shape of every refusal of the mock. */
  static void writeMessage(HttpServletResponse response, int status, String message) throws IOException {
    byte[] bytes = Answers.write(Map.of("message", message)).getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
