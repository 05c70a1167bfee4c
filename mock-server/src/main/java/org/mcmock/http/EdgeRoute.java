package org.mcmock.http;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Media Edge API's paths: {@code /ee/va/v1/{operation}} and the Web SDK's {@code /ee/v1/interact}, each also
 * with a location hint after {@code ee} ({@code /ee/or2/va/v1/play}), which changes nothing in the mock.
 */
enum EdgeRoute {
  MEDIA("/ee[/{hint}]/va/v1/{eventType}", "^/ee(?:/[a-z0-9]+)?/va/v1/([^/]+)$"),
  INTERACT("/ee[/{hint}]/v1/interact", "^/ee(?:/[a-z0-9]+)?/v1/interact$");

  /** What WireMock's stubs match: every path under {@code /ee/}, so its preflights are answered here too. */
  static final String ANY_PATH_REGEX = "^/ee/.*$";

  private final String template;
  private final Pattern pattern;

  EdgeRoute(String template, String regex) {
    this.template = template;
    this.pattern = Pattern.compile(regex);
  }

  String template() {
    return template;
  }

  String pathRegex() {
    return pattern.pattern();
  }

  boolean matches(String path) {
    return pattern.matcher(path).matches();
  }

  /** The operation of a {@link #MEDIA} path ({@code play} in {@code /ee/or2/va/v1/play}). */
  Optional<String> operation(String path) {
    Matcher matcher = pattern.matcher(path);
    return matcher.matches() && matcher.groupCount() > 0 ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  String describe() {
    return "POST " + template;
  }
}
