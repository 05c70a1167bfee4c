package org.mcmock.admin;

import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The query parameters of an admin request, whether WireMock or the streaming filter received it. */
record AdminQuery(Function<String, List<String>> values) {

  static AdminQuery of(Request request) {
    return new AdminQuery(name -> {
      QueryParameter parameter = request.queryParameter(name);
      return parameter == null || !parameter.isPresent() ? List.of() : parameter.values();
    });
  }

  static AdminQuery of(HttpServletRequest request) {
    return new AdminQuery(name -> {
      String[] given = request.getParameterValues(name);
      return given == null ? List.of() : Arrays.asList(given);
    });
  }

  List<String> all(String name) {
    return values.apply(name);
  }

  String first(String name) {
    List<String> given = values.apply(name);
    return given.isEmpty() ? null : given.get(0);
  }
}
