package org.mcmock.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.fileupload.FileUploadException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.FilterMapping;
import org.eclipse.jetty.servlet.ServletHandler;
import org.eclipse.jetty.servlets.CrossOriginFilter;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.util.BufferUtil;

/**
 * WireMock's Jetty server, except that the requests Jetty refuses before any stub sees them (a bad
 * percent-encoding in the URL, an over-long URI or header, a broken chunked or multipart body) get what every
 * other refusal of the mock gets: JSON with a message and Adobe's CORS headers. Jetty's own answers are an HTML
 * page, and for a body WireMock cannot read a 500 with a stack trace.
 */
public final class JsonErrorsServerFactory implements HttpServerFactory {

  private final List<Filter> adminFilters;

  /** WireMock's admin context as it is, CORS for every origin included. */
  public JsonErrorsServerFactory() {
    this(null);
  }

  /**
   * @param adminFilters filters that stand first in front of the admin API ({@code /__admin}), in this order, in
   *     place of WireMock's CORS filter (which allows every origin); null keeps WireMock's
   */
  public JsonErrorsServerFactory(List<Filter> adminFilters) {
    this.adminFilters = adminFilters;
  }

  @Override
  public String getName() {
    return "media-collection-json-errors";
  }

  @Override
  public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
    return new Jetty11HttpServer(options, admin, stubs) {
      @Override
      protected void applyAdditionalServerConfiguration(Server server, Options serverOptions) {
        super.applyAdditionalServerConfiguration(server, serverOptions);
        server.setErrorHandler(new JsonErrorHandler());
      }

      @Override
      protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
        super.decorateMockServiceContextAfterConfig(context);
        context.addFilter(new FilterHolder(new UnreadableBodyFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
      }

      @Override
      protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
        super.decorateAdminServiceContextAfterConfig(context);
        if (adminFilters != null) {
          replaceFilters(context.getServletHandler(), adminFilters);
        }
      }
    };
  }

  /** Drops WireMock's CORS filter and puts {@code first} before any other filter of the context. */
  private static void replaceFilters(ServletHandler handler, List<Filter> first) {
    handler.setFilterMappings(Arrays.stream(handler.getFilterMappings())
        .filter(mapping -> !(handler.getFilter(mapping.getFilterName()).getHeldClass() == CrossOriginFilter.class))
        .toArray(FilterMapping[]::new));
    for (int i = first.size() - 1; i >= 0; i--) {
      FilterHolder holder = new FilterHolder(first.get(i));
      holder.setName("mcmock-admin-" + i);
      handler.addFilter(holder);
      FilterMapping mapping = new FilterMapping();
      mapping.setFilterName(holder.getName());
      mapping.setPathSpec("/*");
      mapping.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
      handler.prependFilterMapping(mapping);
    }
  }

  /** The sentence for a request Jetty could not parse; Jetty's reason alone ("Bad Request") says too little. */
  static String refusal(int status, String reason) {
    String why = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
    return switch (status) {
      case 400 -> "The request could not be parsed (" + why + "): check the URL's percent-encoding (a % takes two"
          + " hex digits, and %00 is refused) and the syntax of the request line and headers";
      case 414 -> "The request URI is too long (" + why + "): a session's events go to"
          + " /api/v1/sessions/{sid}/events, whose sid has 64 characters";
      case 431 -> "The request headers are too large (" + why + "): the Media Collection API needs only"
          + " Content-Type";
      default -> "The request was refused before it reached the Media Collection API (" + why + ")";
    };
  }

  private static String body(String message) {
    return Answers.write(Map.of("message", message));
  }

  /** Answers Jetty's parser-level refusals, and errors outside the mock's context, in JSON. */
  static final class JsonErrorHandler extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      fields.put(HttpHeader.CONTENT_TYPE, "application/json");
      CorsHeaders.HEADERS.forEach(header -> fields.put(header.key(), header.firstValue()));
      return BufferUtil.toBuffer(body(refusal(status, reason)), StandardCharsets.UTF_8);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
        HttpServletResponse response, int code, String message) throws IOException {
      baseRequest.setHandled(true);
      writeJson(response, refusal(code, message));
    }
  }

  /**
   * WireMock reads the whole body, and the parts of a multipart body, before any stub is matched. A body Jetty
   * cannot read (a malformed chunk size, a connection closed before Content-Length bytes) comes out as a
   * RuntimeException, a multipart Content-Type without a usable boundary as a FileUploadException, and Jetty
   * answered both with a 500. It is the client's request that is broken: answer 400.
   */
  static final class UnreadableBodyFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      try {
        chain.doFilter(request, response);
      } catch (Exception e) {
        Throwable unreadable = e instanceof FileUploadException ? e : e.getCause();
        if (!(unreadable instanceof IOException || unreadable instanceof FileUploadException)
            || response.isCommitted()) {
          throw e;
        }
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(400);
        writeJson(http, "The request body could not be read (" + unreadable.getMessage() + "): send one JSON"
            + " document as Content-Type: application/json, framed by its Content-Length or by well-formed chunks");
      }
    }
  }

  private static void writeJson(HttpServletResponse response, String message) throws IOException {
    response.setContentType("application/json");
    CorsHeaders.HEADERS.forEach(header -> response.setHeader(header.key(), header.firstValue()));
    byte[] bytes = body(message).getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
