package org.mcmock.http;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.util.Optional;
import java.util.regex.Pattern;

/** The endpoints of the Media Collection API that the mock serves; stubs and 404/405 answers read this. */
public enum Route {
  SESSIONS(RequestMethod.POST, "/api/v1/sessions", "^/api/v1/sessions$"),
  EVENTS(RequestMethod.POST, "/api/v1/sessions/{sid}/events", "^/api/v1/sessions/([^/]+)/events$"),
  DOWNLOADED(RequestMethod.POST, "/api/v1/downloaded", "^/api/v1/downloaded$"),
  SCHEMAS(RequestMethod.GET, "/api/v1/schemas/{eventType}", "^/api/v1/schemas/([^/]+)$");

  private final RequestMethod method;
  private final String template;
  private final Pattern pattern;
  /** The template around its one parameter, for matching paths on the hot path without a regex. */
  private final String prefix;
  private final String suffix;

  Route(RequestMethod method, String template, String regex) {
    this.method = method;
    this.template = template;
    this.pattern = Pattern.compile(regex);
    int open = template.indexOf('{');
    this.prefix = open < 0 ? template : template.substring(0, open);
    this.suffix = open < 0 ? null : template.substring(template.indexOf('}') + 1);
  }

  public RequestMethod method() {
    return method;
  }

  /** The path as documented, e.g. {@code /api/v1/sessions/{sid}/events}. */
  public String template() {
    return template;
  }

  /** The regex a stub matches the path with. */
  public String pathRegex() {
    return pattern.pattern();
  }

  /** The single path parameter ({@code sid}, {@code eventType}) of {@code path}, if this route has one. */
  public Optional<String> parameter(String path) {
    return suffix == null || !matches(path)
        ? Optional.empty() : Optional.of(path.substring(prefix.length(), path.length() - suffix.length()));
  }

  /** What {@link #pathRegex()} says, without a regex: a parameter is one or more characters other than '/'. */
  boolean matches(String path) {
    if (suffix == null) {
      return path.equals(prefix);
    }
    int end = path.length() - suffix.length();
    int slash = path.indexOf('/', prefix.length());
    return end > prefix.length() && path.startsWith(prefix) && path.endsWith(suffix) && (slash < 0 || slash >= end);
  }

  /** The {@code Location} of a session, {@code /api/v1/sessions/{sid}}, as Adobe answers it. */
  public static String sessionLocation(String sid) {
    return SESSIONS.template + "/" + sid;
  }

  /** The path of a request URL, without its query string. */
  public static String pathOf(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  public static Optional<Route> forPath(String path) {
    for (Route route : values()) {
      if (route.matches(path)) {
        return Optional.of(route);
      }
    }
    return Optional.empty();
  }

  public String describe() {
    return method + " " + template;
  }
}
