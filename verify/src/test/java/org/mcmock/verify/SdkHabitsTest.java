package org.mcmock.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled timelines played with the habits of Adobe's Media JS SDK 3.x, which a lenient {@code verify}
 * must pass and a literal one does not: lowercase {@code vod}, {@code podIndex} counted from 1, a play right
 * after each adStart and as the playhead moves, what is open closed at sessionEnd, a ping timer that restarts
 * at each event, and siblings that share a ts arriving in any order (seeded; each failure names its seed). The
 * same journals with one real mistake fail, naming it.
 */
class SdkHabitsTest {

  private static final int SHUFFLES = 50;
  private static final Set<String> ENDS = Set.of("sessionEnd", "sessionComplete");

  private static final String TIMELINE_1 = "Timeline 1 - VOD viewed to the end: The player reports the whole";
  private static final String TIMELINE_2 = "Timeline 2 - the user abandons the session: The player reports";
  private static final String TIMELINE_3 = "Timeline 3 - chapters: Chapters start and complete around the ads";
  private static final String LIVE = "Live stream - the second of the day, player states, QoE and custom metadata: A";

  private static final FeatureTimelines TIMELINES = FeatureTimelines.bundled();

  /** A request the SDK sends: when, where, what. */
  private record Sent(double seconds, double playhead, String type, Map<String, Map<String, String>> values) {
    Sent as(String otherType) {
      return new Sent(seconds, playhead, otherType, Map.of());
    }
  }

  /**
   * This run's first seed: new every run, printed; {@code -Dmcmock.seed=N} replays a run (a failure names the one
   * seed it failed on, which is the first seed plus the shuffle's number).
   */
  private static final long FIRST_SEED = firstSeed();

  private static long firstSeed() {
    String given = System.getProperty("mcmock.seed", "").strip();
    long seed = given.isEmpty() ? new java.security.SecureRandom().nextLong() : Long.parseLong(given);
    System.out.printf("SdkHabitsTest: first seed %d (replay with -Dmcmock.seed=%d)%n", seed, seed);
    return seed;
  }

  static Stream<Arguments> timelinesTimesSeeds() {
    return Stream.of(TIMELINE_1, TIMELINE_2, TIMELINE_3, LIVE)
        .flatMap(name -> IntStream.range(0, SHUFFLES).mapToObj(i -> Arguments.of(name, FIRST_SEED + i)));
  }

  static Stream<String> timelines() {
    return Stream.of(TIMELINE_1, TIMELINE_2, TIMELINE_3, LIVE);
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("timelinesTimesSeeds")
  void theSdksHabitsPassTheLenientCheck(String name, long seed) {
    ExpectedTimeline timeline = TIMELINES.find(name);
    Verdict verdict = TimelineCheck.withDefaultTolerance().check(timeline, played(timeline, seed, s -> s));

    assertThat(verdict.mistakes()).as("mistakes with the SDK's habits, seed %d; the report was:%n%s", seed,
        verdict.report()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("timelines")
  void theSdksHabitsAreMistakesToTheLetter(String name) {
    ExpectedTimeline timeline = TIMELINES.find(name);
    Verdict verdict = TimelineCheck.withDefaultTolerance().exactly().check(timeline, played(timeline, 1, s -> s));

    assertThat(verdict.mistakes()).as("mistakes with exactly(); the report was:%n%s", verdict.report())
        .anySatisfy(m -> assertThat(m).containsAnyOf("unexpected play", "media.contentType is"));
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of(TIMELINE_2, "never sends adBreakStart", dropping("adBreakStart", 0),
            "adBreakStart at 0 s, playhead 0 (row 2) is missing"),
        Arguments.of(TIMELINE_1, "never plays after the pause", dropping("play", 74),
            "play at 74 s, playhead 31 (row 19) is missing"),
        Arguments.of(TIMELINE_1, "pauses where the viewer did not", adding(new Sent(40, 15, "pauseStart", Map.of())),
            "unexpected pauseStart at 40.0 s"),
        Arguments.of(TIMELINE_3, "skips a chapter's end", dropping("chapterComplete", 45),
            "chapterComplete at 45 s, playhead 20 (row 14) is missing"),
        Arguments.of(TIMELINE_2, "reports an error twice", adding(new Sent(33, 20, "error", Map.of())),
            "unexpected error at 33.0 s"),
        Arguments.of(LIVE, "never reports the bitrate", dropping("bitrateChange", 12),
            "bitrateChange at 12 s, playhead 68412 (row 5) is missing"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("mistakes")
  void aRealMistakeIsStillCaughtAmongTheSdksHabits(String name, String what, UnaryOperator<List<Sent>> mistake,
      String named) {
    ExpectedTimeline timeline = TIMELINES.find(name);
    for (int i = 0; i < SHUFFLES; i++) {
      long seed = FIRST_SEED + i;
      Verdict verdict = TimelineCheck.withDefaultTolerance().check(timeline, played(timeline, seed, mistake));

      assertThat(verdict.mistakes()).as("a player that %s, seed %d: the report was:%n%s", what, seed,
          verdict.report()).anySatisfy(m -> assertThat(m).contains(named));
    }
  }

  private static UnaryOperator<List<Sent>> dropping(String type, double seconds) {
    return sent -> sent.stream().filter(s -> !(s.type().equals(type) && s.seconds() == seconds)).toList();
  }

  private static UnaryOperator<List<Sent>> adding(Sent extra) {
    return sent -> {
      List<Sent> more = new ArrayList<>(sent);
      more.add(extra);
      more.sort(Comparator.comparingDouble(Sent::seconds));
      return more;
    };
  }

  /** The timeline as the SDK plays it, {@code mistake} made, its ties arriving in the order {@code seed} says. */
  private static Journal played(ExpectedTimeline timeline, long seed, UnaryOperator<List<Sent>> mistake) {
    List<Sent> sent = pinged(sdkHabits(mistake.apply(literal(timeline))));
    List<List<Sent>> ties = new ArrayList<>();
    for (Sent s : sent) {
      if (ties.isEmpty() || ties.get(ties.size() - 1).get(0).seconds() != s.seconds()) {
        ties.add(new ArrayList<>());
      }
      ties.get(ties.size() - 1).add(s);
    }
    Random random = new Random(seed);
    JournalBuilder journal = JournalBuilder.journal().session("sdk");
    for (List<Sent> tie : ties) {
      // The mock opens the session before anything else and answers 410 after its end: those keep their place.
      List<Sent> middle = new ArrayList<>(tie.stream().filter(s -> !s.type().equals("sessionStart")
          && !ENDS.contains(s.type())).toList());
      Collections.shuffle(middle, random);
      Stream.of(tie.stream().filter(s -> s.type().equals("sessionStart")), middle.stream(),
          tie.stream().filter(s -> ENDS.contains(s.type()))).flatMap(s -> s).forEach(s -> {
            journal.send(s.seconds(), s.playhead(), s.type());
            s.values().forEach((field, pairs) -> pairs.forEach((key, value) -> journal.values(field, key,
                typed(value))));
          });
    }
    return journal.build();
  }

  /** The requests the timeline lists, as a literal player sends them. */
  private static List<Sent> literal(ExpectedTimeline timeline) {
    return timeline.events().stream().map(e -> new Sent(e.seconds().orElseThrow(), e.playhead().orElse(0),
        e.request(), e.subsets())).toList();
  }

  /** What the JS SDK does besides: lowercase contentType, podIndex from 1, plays, auto-close at sessionEnd. */
  private static List<Sent> sdkHabits(List<Sent> literal) {
    List<Sent> sent = new ArrayList<>();
    boolean ad = false;
    boolean adBreak = false;
    boolean chapter = false;
    for (int i = 0; i < literal.size(); i++) {
      Sent s = literal.get(i);
      switch (s.type()) {
        case "adStart" -> ad = true;
        case "adComplete", "adSkip" -> ad = false;
        case "adBreakStart" -> adBreak = true;
        case "adBreakComplete" -> adBreak = ad = false;
        case "chapterStart" -> chapter = true;
        case "chapterComplete", "chapterSkip" -> chapter = false;
        default -> { }
      }
      if (s.type().equals("sessionEnd")) {
        if (ad) {
          sent.add(s.as("adSkip"));
        }
        if (adBreak) {
          sent.add(s.as("adBreakComplete"));
        }
        if (chapter) {
          sent.add(s.as("chapterSkip"));
        }
      }
      sent.add(new Sent(s.seconds(), s.playhead(), s.type(), sdkValues(s.values())));
      if (s.type().equals("adStart")) {
        sent.add(s.as("play"));
      }
      double next = i + 1 < literal.size() ? literal.get(i + 1).seconds() : s.seconds();
      if (s.type().equals("play") && !ad && next - s.seconds() >= 2) {
        double half = (next - s.seconds()) / 2;
        sent.add(new Sent(s.seconds() + half, s.playhead() + half, "play", Map.of()));
      }
    }
    return sent;
  }

  private static Map<String, Map<String, String>> sdkValues(Map<String, Map<String, String>> values) {
    Map<String, Map<String, String>> sdk = new LinkedHashMap<>();
    values.forEach((field, pairs) -> {
      Map<String, String> changed = new LinkedHashMap<>(pairs);
      changed.computeIfPresent("media.contentType", (k, v) -> v.toLowerCase(Locale.ROOT));
      changed.computeIfPresent("media.ad.podIndex", (k, v) -> String.valueOf(Long.parseLong(v) + 1));
      sdk.put(field, changed);
    });
    return sdk;
  }

  /** Pings every 10 s after each request, the timer restarting at the next, up to the session's end. */
  private static List<Sent> pinged(List<Sent> sent) {
    List<Sent> pinged = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      Sent s = sent.get(i);
      pinged.add(s);
      if (i + 1 < sent.size() && !ENDS.contains(s.type())) {
        double next = sent.get(i + 1).seconds();
        for (double t = s.seconds() + 10; t < next; t += 10) {
          pinged.add(new Sent(t, s.playhead(), "ping", Map.of()));
        }
      }
    }
    return pinged;
  }

  private static Object typed(String value) {
    if (value.matches("-?(0|[1-9]\\d*)")) {
      return Long.parseLong(value);
    }
    if (value.matches("-?(0|[1-9]\\d*)\\.\\d+")) {
      return Double.parseDouble(value);
    }
    return value;
  }
}
