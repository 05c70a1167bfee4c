package org.mcmock.http;

import com.github.tomakehurst.wiremock.common.HttpsSettings;
import com.github.tomakehurst.wiremock.common.JettySettings;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import com.github.tomakehurst.wiremock.verification.RequestJournalDisabledException;
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
import java.util.Objects;
import java.util.stream.Stream;
import java.util.Map;
import org.apache.commons.fileupload.FileUploadException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.NetworkTrafficListener;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.FilterMapping;
import org.eclipse.jetty.servlet.ServletHandler;
import org.eclipse.jetty.servlets.CrossOriginFilter;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.util.BufferUtil;
import org.mcmock.config.ServerLimits;
import org.mcmock.contract.UserText;

/**
 * WireMock's Jetty server, except that the requests Jetty refuses before any stub sees them (a bad
 * percent-encoding in the URL, an over-long URI or header, a broken chunked or multipart body) get what every
 * other refusal of the mock gets: JSON with a message and Adobe's CORS headers. Jetty's own answers are an HTML
 * page, and for a body WireMock cannot read a 500 with a stack trace.
 */
public final class JsonErrorsServerFactory implements HttpServerFactory {

  private final ServerLimits limits;
  private final int maxBodyBytes;
  private final List<Filter> adminFilters;
  private final Filter direct;

  /**
   * @param limits what a connection is allowed (timeouts, data rates, accept queue)
   * @param maxBodyBytes the most a compressed body may inflate to
   * @param adminFilters filters that stand first in front of the admin API ({@code /__admin}), in this order, in
   *     place of WireMock's CORS filter (which allows every origin); null keeps WireMock's
   */
  public JsonErrorsServerFactory(ServerLimits limits, int maxBodyBytes, List<Filter> adminFilters) {
    this(limits, maxBodyBytes, adminFilters, null);
  }

  /**
   * @param direct the filter that answers the player endpoints before WireMock ({@link DirectAnswers}); it stands
   *     last in front of the stubs, after a compressed body is inflated, and only while WireMock's journal and
   *     request logging are off (they would miss what it answers); null for none
   */
  public JsonErrorsServerFactory(ServerLimits limits, int maxBodyBytes, List<Filter> adminFilters, Filter direct) {
    this.limits = limits;
    this.maxBodyBytes = maxBodyBytes;
    this.adminFilters = adminFilters;
    this.direct = direct;
  }

  @Override
  public String getName() {
    return "media-collection-json-errors";
  }

  @Override
  public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
    // Jetty's constructor calls the overrides below before this subclass's fields exist: they read locals.
    ServerLimits connectionLimits = limits;
    int inflatedLimit = maxBodyBytes;
    InFlight inFlight = new InFlight();
    Filter answersFirst = options.requestJournalDisabled() && options.getStubRequestLoggingDisabled() ? direct : null;
    return new Jetty11HttpServer(options, admin, stubs) {
      @Override
      protected ServerConnector createHttpConnector(String bindAddress, int port, JettySettings jetty,
          NetworkTrafficListener listener) {
        return limit(super.createHttpConnector(bindAddress, port, jetty, listener), connectionLimits);
      }

      /**
       * The HTTPS connector speaks HTTP/2 as well, and there Jetty 11 counts only an answer's body bytes against the
       * minimum response data rate, from the moment it is written to the moment its frames are flushed: an answer
       * without a body (a 204) flushed more than 8 ms after it was written is aborted ("Response content data rate
       * < 128 B/s"), and Chromium got "Failed to fetch" on a loaded machine. So HTTPS has no minimum response rate;
       * the idle timeout still closes a connection whose client stops reading.
       */
      @Override
      protected ServerConnector createHttpsConnector(String bindAddress, HttpsSettings https, JettySettings jetty,
          NetworkTrafficListener listener) {
        return limit(super.createHttpsConnector(bindAddress, https, jetty, listener),
            connectionLimits.withMinResponseDataRate(0));
      }

      @Override
      protected void applyAdditionalServerConfiguration(Server server, Options serverOptions) {
        super.applyAdditionalServerConfiguration(server, serverOptions);
        server.setErrorHandler(new JsonErrorHandler());
      }

      @Override
      protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
        super.decorateMockServiceContextAfterConfig(context);
        context.addFilter(new FilterHolder(inFlight), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new FailuresFilter(false)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new CompressedBodyFilter(inflatedLimit)), "/*",
            EnumSet.of(DispatcherType.REQUEST));
        if (answersFirst != null) {
          context.addFilter(new FilterHolder(answersFirst), "/*", EnumSet.of(DispatcherType.REQUEST));
        }
      }

      @Override
      protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
        super.decorateAdminServiceContextAfterConfig(context);
        context.addFilter(new FilterHolder(inFlight), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new FailuresFilter(true)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new CleanErrorBodies()), "/*", EnumSet.of(DispatcherType.REQUEST));
        if (adminFilters != null) {
          replaceFilters(context.getServletHandler(), adminFilters);
        }
      }

      /** Stops taking connections, lets the answers in flight finish within the grace period, then stops. */
      @Override
      public void stop() {
        Stream.of(httpConnector, httpsConnector).filter(Objects::nonNull).forEach(ServerConnector::close);
        try {
          inFlight.awaitNone(connectionLimits.shutdownGrace());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        super.stop();
      }
    };
  }

  /** The limits of {@link ServerLimits} on one connector. */
  private static ServerConnector limit(ServerConnector connector, ServerLimits limits) {
    connector.setAcceptQueueSize(limits.acceptQueue());
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    connector.addBean(new HeaderDeadline(connector.getScheduler(), limits.headerTimeout()));
    for (ConnectionFactory factory : connector.getConnectionFactories()) {
      if (factory instanceof HttpConfiguration.ConnectionFactory http) {
        HttpConfiguration config = http.getHttpConfiguration();
        config.setIdleTimeout(limits.idleTimeout().toMillis());
        config.setMinRequestDataRate(limits.minRequestDataRate());
        config.setMinResponseDataRate(limits.minResponseDataRate());
      }
    }
    return connector;
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
    String cleaned = UserText.clean(reason);
    String why = cleaned.isBlank() || status >= 500 ? HttpStatus.getMessage(status) : cleaned;
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
      writeJson(response, code, refusal(code, message));
    }
  }

  /**
   * Turns what a request's handling throws into a JSON answer that says what to change, with no class name, path
   * or stack trace. WireMock reads the whole body, and the parts of a multipart body, before any stub is matched:
   * a body Jetty cannot read (a malformed chunk size, a connection closed early, a body slower than the minimum
   * data rate) comes out as an exception, a multipart Content-Type without a usable boundary as a
   * FileUploadException, and a bad {@code %} escape in the query string as an IllegalArgumentException. Jetty
   * answered them all with a 500 HTML page and a stack trace; it is the client's request that is broken.
   */
  static final class FailuresFilter implements Filter {

    private final boolean admin;

    /** @param admin whether it guards WireMock's admin API, whose routes fail on bodies they cannot use */
    FailuresFilter(boolean admin) {
      this.admin = admin;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      try {
        chain.doFilter(request, response);
      } catch (Exception | OutOfMemoryError e) {
        if (response.isCommitted()) {
          throw e;
        }
        HttpServletResponse http = (HttpServletResponse) response;
        http.reset();
        Refusal refusal = Refusal.of(e, admin);
        if (refusal.closes()) {
          http.setHeader("Connection", "close");
        }
        writeJson(http, refusal.status(), refusal.message());
      }
    }
  }

  /** What the client is told about a failure, in its terms. */
  record Refusal(int status, String message, boolean closes) {

    static Refusal of(Throwable failure, boolean admin) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof BadMessageException bad && bad.getCode() == 408) {
          return new Refusal(408, "The request body arrived too slowly: send it at once, as fast as the network"
              + " allows", true);
        }
        if (t instanceof RequestJournalDisabledException) {
          return new Refusal(404, "WireMock's request journal is off in this mock, which records every session"
              + " itself (GET /__admin/media-collection/journal). To use /__admin/requests, start the mock with"
              + " --journal-entries N (e.g. 1000)", false);
        }
        if (t instanceof FileUploadException || t instanceof IOException || t instanceof BadMessageException) {
          return new Refusal(400, "The request body could not be read (" + UserText.clean(t.getMessage())
              + "): send one JSON document as Content-Type: application/json, framed by its Content-Length or by"
              + " well-formed chunks", true);
        }
        if (t instanceof IllegalArgumentException && String.valueOf(t.getMessage()).contains("escape")) {
          return new Refusal(400, refusal(400, "a % in the query string is not followed by two hex digits"), false);
        }
        if (t instanceof NumberFormatException) {
          return new Refusal(400, "A number in the request is not a number (" + UserText.clean(t.getMessage())
              + "): check the query parameters and the body", false);
        }
        if (admin && (t instanceof IllegalArgumentException || t instanceof NullPointerException
            || t instanceof ClassCastException || t instanceof IllegalStateException)) {
          return new Refusal(400, "WireMock could not use this admin request" + detail(t) + ": check its body and"
              + " query against WireMock's admin API (https://wiremock.org/docs/standalone/admin-api-reference/)",
              false);
        }
        if (t instanceof OutOfMemoryError) {
          return new Refusal(503, "The mock is out of memory: give it a larger heap (-Xmx) or lower"
              + " --max-recorded-mb", false);
        }
      }
      return new Refusal(500, "The mock failed to answer this request, which is a bug of the mock: please report"
          + " it with the request that caused it", false);
    }
  }

  private static String detail(Throwable t) {
    String text = t instanceof NullPointerException ? "" : UserText.clean(t.getMessage());
    return text.isBlank() ? "" : " (" + text + ")";
  }

  static void writeJson(HttpServletResponse response, String message) throws IOException {
    writeJson(response, response.getStatus(), message);
  }

  static void writeJson(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    CorsHeaders.HEADERS.forEach(header -> response.setHeader(header.key(), header.firstValue()));
    byte[] bytes = body(message).getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
