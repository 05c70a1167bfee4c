package org.mcmock.admin;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Stands first in front of the whole admin API ({@code /__admin/...}), in place of WireMock's CORS filter,
 * which allowed every origin: refuses what {@link AdminAccess} refuses, and gives CORS headers only to the
 * origins it allows. The player endpoints keep Adobe's {@code *} (they are in another servlet context).
 */
public final class AdminGuard implements Filter {

  static final String METHODS = "GET,POST,PUT,PATCH,DELETE,OPTIONS";
  static final String HEADERS = "Content-Type,Authorization";

  private final AdminAccess access;

  public AdminGuard(AdminAccess access) {
    this.access = access;
  }

  @Override
  public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) servletRequest;
    HttpServletResponse response = (HttpServletResponse) servletResponse;
    String origin = request.getHeader("Origin");
    String host = request.getHeader("Host");
    boolean preflight = "OPTIONS".equals(request.getMethod())
        && request.getHeader("Access-Control-Request-Method") != null;
    // The inspector page's files hold no data; the page asks for the token and sends it with each call.
    boolean tokenExempt = preflight || InspectorPage.isPage(request.getMethod(), request.getRequestURI());
    Optional<AdminAccess.Refusal> refusal =
        access.refusal(host, origin, request.getHeader("Authorization"), tokenExempt);
    if (refusal.isPresent()) {
      if (refusal.get().status() == 401) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"mcmock admin\"");
      }
      AdminStreams.writeMessage(response, refusal.get().status(), refusal.get().message());
      return;
    }
    if (origin != null) {
      response.setHeader("Access-Control-Allow-Origin", origin);
      response.setHeader("Vary", "Origin");
    }
    if (preflight) {
      response.setStatus(204);
      response.setHeader("Access-Control-Allow-Methods", METHODS);
      response.setHeader("Access-Control-Allow-Headers", HEADERS);
      response.setHeader("Access-Control-Max-Age", "600");
      return;
    }
    chain.doFilter(request, response);
  }
}
