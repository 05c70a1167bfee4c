package org.mcmock.http;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.util.Arrays;
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

  Route(RequestMethod method, String template, String regex) {
    this.method = method;
    this.template = template;
    this.pattern = Pattern.compile(regex);
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
    var matcher = pattern.matcher(path);
    return matcher.matches() && matcher.groupCount() == 1 ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** The {@code Location} of a session, {@code /api/v1/sessions/{sid}}, as Adobe answers it. */
  public static String sessionLocation(String sid) {
    return SESSIONS.template + "/" + sid;
  }

  public static Optional<Route> forPath(String path) {
    return Arrays.stream(values()).filter(r -> r.pattern.matcher(path).matches()).findFirst();
  }

  public String describe() {
    return method + " " + template;
  }
}
