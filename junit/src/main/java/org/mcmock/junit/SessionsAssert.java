package org.mcmock.junit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.mcmock.verify.ExpectedTimeline;
import org.mcmock.verify.FeatureTimelines;
import org.mcmock.verify.HtmlReport;
import org.mcmock.verify.Journal;
import org.mcmock.verify.RecordedFinding;
import org.mcmock.verify.RecordedRequest;
import org.mcmock.verify.TimelineCheck;
import org.mcmock.verify.Verdict;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions on what a mock recorded, as {@link MediaCollectionMockHandle#assertThatSessions()} read it: each
 * one fails with an {@link AssertionError} whose message is the report a player developer acts on, the same
 * report as {@code java -jar mcmock.jar verify} prints.
 *
 * <pre>{@code
 * mock.assertThatSessions()
 *     .count(1)
 *     .answered(201, 204)
 *     .haveNoErrorFindings()
 *     .withinSeconds(2).followTimeline("Timeline 2");
 * }</pre>
 *
 * <p>{@code followTimeline} tolerates what Adobe counts the same, as {@code verify} does;
 * {@code followTimelineExactly} holds the player to the letter of the timeline, as {@code verify --exact} does.
 */
public final class SessionsAssert {

  private final Journal journal;
  private final FeatureTimelines timelines;
  private final Path reportFile;
  private TimelineCheck check = TimelineCheck.withDefaultTolerance();
  private boolean followed;

  SessionsAssert(Journal journal, FeatureTimelines timelines, Path reportFile) {
    this.journal = journal;
    this.timelines = timelines;
    this.reportFile = reportFile;
  }

  /** What the assertions look at: the sessions and requests the mock recorded, for checks of one's own. */
  public Journal journal() {
    return journal;
  }

  /**
   * How far an offset, a playhead or a ping interval may be off in the {@code followTimeline} checks that come
   * after it (1 s unless set).
   *
   * @throws IllegalStateException after a {@code followTimeline}, which has already been checked
   */
  public SessionsAssert withinSeconds(double seconds) {
    if (followed) {
      throw new IllegalStateException("withinSeconds(" + seconds + ") comes after followTimeline, which has already"
          + " been checked with " + check.tolerance() + " s: call withinSeconds first");
    }
    check = new TimelineCheck(seconds);
    return this;
  }

  /**
   * The recorded sessions follow the timeline of the features named {@code name}: its whole name ("Feature:
   * Scenario") or a part that names only one, e.g. {@code "Timeline 2"}.
   *
   * @throws IllegalArgumentException when no timeline, or more than one, has that name; it lists them
   */
  public SessionsAssert followTimeline(String name) {
    return followTimeline(timelines.find(name));
  }

  /** The recorded sessions follow {@code timeline}, e.g. one built with {@link ExpectedTimeline#parse}. */
  public SessionsAssert followTimeline(ExpectedTimeline timeline) {
    return follow(check, timeline);
  }

  /**
   * The recorded sessions follow the timeline named {@code name} to the letter: a request it does not list is a
   * mistake even where Adobe counts the same ({@code verify --exact}).
   *
   * @throws IllegalArgumentException when no timeline, or more than one, has that name; it lists them
   */
  public SessionsAssert followTimelineExactly(String name) {
    return followTimelineExactly(timelines.find(name));
  }

  /** The recorded sessions follow {@code timeline} to the letter ({@code verify --exact}). */
  public SessionsAssert followTimelineExactly(ExpectedTimeline timeline) {
    return follow(check.exactly(), timeline);
  }

  private SessionsAssert follow(TimelineCheck with, ExpectedTimeline timeline) {
    followed = true;
    Verdict verdict = with.check(timeline, journal);
    if (!verdict.passed()) {
      throw new AssertionFailedError(verdict.report() + htmlReport(verdict));
    }
    return this;
  }

  /** Writes the verdict as a page with its timeline chart, and says where; a page that cannot be written says why. */
  private String htmlReport(Verdict verdict) {
    try {
      Path file = reportFile.toAbsolutePath();
      Files.createDirectories(file.getParent());
      Files.writeString(file, HtmlReport.write(verdict), StandardCharsets.UTF_8);
      return "\nThe timelines drawn, the mistakes marked: " + file.toUri() + "\n";
    } catch (IOException | RuntimeException e) {
      return "\n(The HTML report could not be written to " + reportFile + ": " + e.getMessage() + ")\n";
    }
  }

  /** No rule of the mock found an error in any recorded session; the message lists each one found. */
  public SessionsAssert haveNoErrorFindings() {
    List<RecordedFinding> errors = journal.sessions().stream().flatMap(s -> s.findings().stream())
        .filter(RecordedFinding::error).toList();
    if (!errors.isEmpty()) {
      throw new AssertionFailedError("The mock found " + count(errors.size(), "error") + " in the recorded sessions:\n"
          + errors.stream().map(f -> "  - " + f.describe()).collect(Collectors.joining("\n")) + "\n" + journal.describeSessions());
    }
    return this;
  }

  /**
   * Every recorded request, refused sessionStarts included, got one of {@code statuses}; the message lists the
   * others with the mock's reason.
   */
  public SessionsAssert answered(int... statuses) {
    if (statuses.length == 0) {
      throw new IllegalArgumentException("answered() needs the statuses every request may have got, e.g. 201, 204");
    }
    List<RecordedRequest> others = journal.requests().stream()
        .filter(r -> Arrays.stream(statuses).noneMatch(s -> s == r.status())).toList();
    if (!others.isEmpty()) {
      String allowed = Arrays.stream(statuses).mapToObj(String::valueOf).collect(Collectors.joining(" or "));
      throw new AssertionFailedError(others.size() + " of " + count(journal.requests().size(), "recorded request")
          + (others.size() == 1 ? " was" : " were") + " not answered " + allowed + ":\n"
          + others.stream().map(r -> "  - " + describe(r)).collect(Collectors.joining("\n")) + "\n" + journal.describeSessions());
    }
    return this;
  }

  /** The mock recorded {@code expected} sessions (a refused sessionStart opens none). */
  public SessionsAssert count(int expected) {
    int actual = journal.sessions().size();
    if (actual != expected) {
      throw new AssertionFailedError("Expected " + count(expected, "session") + ", the mock recorded " + actual
          + (actual == 0 ? "" : ":\n" + journal.describeSessions()), expected, actual);
    }
    return this;
  }

  private static String describe(RecordedRequest request) {
    String where = request.session() == 0 ? " (refused, no session)"
        : " (event " + request.index() + " of session " + request.session() + ")";
    return request.request() + where + " -> " + request.status()
        + request.injectedFault().map(f -> " (injected: " + f + ")").orElse("")
        + (request.refusal().isEmpty() ? "" : ": " + request.refusal());
  }


  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
