package org.mcmock.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Paths are matched without a regex on the hot path; the stubs match with one. Both must agree. */
class RouteTest {

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {
      "/api/v1/sessions", "/api/v1/sessions/", "/api/v1/sessions/abc", "/api/v1/sessions/abc/events",
      "/api/v1/sessions//events", "/api/v1/sessions/a/b/events", "/api/v1/sessions/abc/events/",
      "/api/v1/sessions/%41..%2F/events", "/api/v1/downloaded", "/api/v1/downloaded/", "/api/v1/schemas/ping",
      "/api/v1/schemas/", "/api/v1/schemas/a/b", "/api/v1/sessionsx", "", "/", "/api/v1/sessions/x/eventsx"})
  void everyRouteMatchesAPathExactlyAsItsStubsRegexDoes(String path) {
    for (Route route : Route.values()) {
      Matcher regex = Pattern.compile(route.pathRegex()).matcher(path);
      boolean matches = regex.matches();
      Optional<String> parameter = matches && regex.groupCount() == 1 ? Optional.of(regex.group(1)) : Optional.empty();

      assertThat(route.matches(path)).as("%s matches %s", route, path).isEqualTo(matches);
      assertThat(route.parameter(path)).as("%s parameter of %s", route, path).isEqualTo(parameter);
    }
  }
}
