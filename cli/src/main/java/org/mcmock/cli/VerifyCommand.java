package org.mcmock.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.mcmock.verify.ExpectedTimeline;
import org.mcmock.verify.FeatureTimelines;
import org.mcmock.verify.HtmlReport;
import org.mcmock.verify.Journal;
import org.mcmock.verify.TimelineCheck;
import org.mcmock.verify.Verdict;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar mcmock.jar verify --timeline "Timeline 2"}: checks what a running mock (or a journal saved
 * from one) recorded against an expected timeline of the features, and says what the player did wrong.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = "Checks the sessions a mock recorded against an expected timeline of the features, and prints"
        + " a report: the player's mistakes, then the timeline side by side with what was recorded.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the recorded sessions follow the timeline", "1:they do not; the report says why",
        "2:invalid options, no such timeline, or the journal could not be read"})
public final class VerifyCommand implements Callable<Integer> {

  static final int FOLLOWS = 0;
  static final int DOES_NOT_FOLLOW = 1;
  static final int CANNOT_VERIFY = 2;

  @Option(names = "--timeline", paramLabel = "NAME",
      description = "The timeline: its whole name (\"Feature: Scenario\") or any part of it that names only one,"
          + " e.g. \"Timeline 2\". --list shows them.")
  String timeline;

  @Option(names = "--mock", defaultValue = "http://localhost:8080", paramLabel = "URL",
      split = ",", description = "The running mock whose journal to verify (default: ${DEFAULT-VALUE}); several,"
          + " comma-separated, for mocks behind one load balancer: their journals are read as one.")
  List<String> mock;

  @Option(names = "--admin-token", paramLabel = "TOKEN", defaultValue = "${env:MCMOCK_ADMIN_TOKEN}",
      description = "The token of a mock started with --admin-token (default: the MCMOCK_ADMIN_TOKEN environment "
          + "variable).")
  String adminToken;

  @Option(names = "--journal", paramLabel = "FILE",
      description = "Verify a journal saved from a mock instead (curl <mock>/__admin/media-collection/journal),"
          + " or one session saved from /__admin/media-collection/sessions/{sid}.")
  Path journal;

  @Option(names = "--features", paramLabel = "DIR",
      description = "Read the timelines from this folder of .feature files instead of the bundled ones.")
  Path features;

  @Option(names = "--tolerance", defaultValue = "1s", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "How far an offset, a playhead or a ping interval may be off (default: ${DEFAULT-VALUE}).")
  Duration tolerance;

  @Option(names = "--exact",
      description = "Hold the player to the letter of the timeline: also a play while playing, closing what is"
          + " open at the session's end, \"vod\" for VOD, podIndex counted from 1 and pings restarted by other"
          + " events are mistakes. By default verify tolerates what Adobe counts the same.")
  boolean exact;

  @Option(names = "--session", paramLabel = "SID",
      description = "Check this session (repeat for more) instead of the player's newest run: the newest session"
          + " and those it resumes (media.resume).")
  List<String> sessions;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write the report to this file.")
  Path report;

  @Option(names = "--report-html", paramLabel = "FILE",
      description = "Also write the verdict as one self-contained HTML page: the expected and recorded timelines"
          + " drawn one above the other, the mistakes marked, and the report; it opens from disk, no server needed.")
  Path reportHtml;

  @Option(names = "--list", description = "List the timelines there are, and exit.")
  boolean list;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (tolerance.isNegative()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--tolerance must be 0s or more, got " + tolerance);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FeatureTimelines timelines;
    try {
      timelines = features == null ? FeatureTimelines.bundled() : FeatureTimelines.in(features);
    } catch (IOException | RuntimeException e) {
      err.println("mcmock verify: cannot read the features: " + e.getMessage());
      return CANNOT_VERIFY;
    }
    if (list) {
      timelines.names().forEach(out::println);
      return FOLLOWS;
    }
    if (timeline == null || timeline.isBlank()) {
      err.println("mcmock verify: say which timeline with --timeline NAME; --list shows them");
      return CANNOT_VERIFY;
    }
    ExpectedTimeline expected;
    Journal recorded;
    try {
      expected = timelines.find(timeline);
      recorded = journal == null ? Journal.fetch(mock, adminToken) : Journal.read(journal, new MockJournalFiles());
    } catch (IOException | RuntimeException e) {
      err.println("mcmock verify: " + e.getMessage());
      return CANNOT_VERIFY;
    }
    TimelineCheck check = new TimelineCheck(tolerance.toMillis() / 1000.0);
    check = exact ? check.exactly() : check;
    Verdict verdict;
    try {
      verdict = sessions == null ? check.check(expected, recorded) : check.check(expected, recorded, sessions);
    } catch (IllegalArgumentException e) {
      err.println("mcmock verify: --session: " + e.getMessage());
      return CANNOT_VERIFY;
    }
    out.print(verdict.report());
    out.flush();
    if (!write(report, verdict.report(), err) || !write(reportHtml, HtmlReport.write(verdict), err)) {
      return CANNOT_VERIFY;
    }
    return verdict.passed() ? FOLLOWS : DOES_NOT_FOLLOW;
  }

  /** Writes {@code text} to {@code file} when one was asked for; false when it could not. */
  private static boolean write(Path file, String text, PrintWriter err) {
    if (file == null) {
      return true;
    }
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      err.println("mcmock verify: cannot write the report to " + file + ": " + e.getMessage());
      return false;
    }
  }
}
