package org.mcmock.admin;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.mcmock.http.Answers;
import org.mcmock.model.Finding;
import org.mcmock.model.RuleId;
import org.mcmock.model.Severity;

/**
 * {@code ?severity=error,warning&rule=AD_OUTSIDE_BREAK}: which findings an admin request asks for.
 * A value that matches nothing is refused rather than answered with an empty list, so a typo in a CI
 * script cannot pass for a clean session.
 */
final class FindingsFilter implements Predicate<Finding> {

  private final Set<Severity> severities;
  private final Set<String> rules;

  private FindingsFilter(Set<Severity> severities, Set<String> rules) {
    this.severities = severities;
    this.rules = rules;
  }

  /** The answer built with the filter the request asks for, or a 400 naming the value that is not known. */
  static ResponseDefinition answer(Request request, Function<FindingsFilter, ResponseDefinition> answer) {
    FindingsFilter filter;
    try {
      filter = of(request);
    } catch (IllegalArgumentException e) {
      return Answers.message(400, e.getMessage());
    }
    return answer.apply(filter);
  }

  /** The filter the request asks for; IllegalArgumentException names the value that is not known. */
  static FindingsFilter of(Request request) {
    return of(AdminQuery.of(request));
  }

  static FindingsFilter of(AdminQuery query) {
    Set<Severity> severities = new HashSet<>();
    for (String value : values(query.all("severity"))) {
      severities.add(Arrays.stream(Severity.values()).filter(s -> s.label().equals(value.toLowerCase(Locale.ROOT)))
          .findFirst().orElseThrow(() -> new IllegalArgumentException(
              "Unknown severity '" + value + "': use error, warning or info (comma-separated for several)")));
    }
    Set<String> rules = new HashSet<>();
    for (String value : values(query.all("rule"))) {
      String id = value.toUpperCase(Locale.ROOT);
      if (Arrays.stream(RuleId.values()).noneMatch(r -> r.name().equals(id))) {
        throw new IllegalArgumentException("Unknown rule '" + value + "': GET /__admin/media-collection/rules"
            + " lists every rule id");
      }
      rules.add(id);
    }
    return new FindingsFilter(severities, rules);
  }

  @Override
  public boolean test(Finding finding) {
    return (severities.isEmpty() || severities.contains(finding.severity()))
        && (rules.isEmpty() || rules.contains(finding.rule().name()));
  }

  private static List<String> values(List<String> given) {
    return given.stream()
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(String::trim)
        .filter(v -> !v.isEmpty())
        .collect(Collectors.toList());
  }
}
