package org.mcmock.contract.viewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.mcmock.client.Answer;
import org.mcmock.client.DownloadedBatch;
import org.mcmock.client.LiveSession;
import org.mcmock.client.PingSchedule;
import org.mcmock.client.Transport;

class ViewerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MediaCatalogue media = new MediaCatalogue().vod("ClickMe", 60.33)
      .ad("Pre-roll ad 1", "001", 12, 1).ad("Mid-roll ad 1", "002", 8, 1);

  /** A backend that opens session s1 and takes every event, answering at once. */
  private final List<String> sent = new ArrayList<>();
  private final Transport backend = (path, json) -> {
    sent.add(json);
    return CompletableFuture.completedFuture(path.equals(LiveSession.SESSIONS_PATH)
        ? new Answer(201, Map.of("location", List.of("/api/v1/sessions/s1")), "")
        : new Answer(204, Map.of(), ""));
  };
  private final Viewer viewer = Viewer.streaming(media, PingSchedule.live(), new LiveSession(backend));

  private static ViewingStep step(double seconds, double playhead, String request) {
    return ViewingStep.of(Map.of("seconds", Double.toString(seconds), "playhead", Double.toString(playhead),
        "request", request));
  }

  /**
   * What was sent, one line per request: "ping at 20 s, playhead 8"; whole seconds, since the client keeps
   * sibling events a millisecond apart.
   */
  private static List<String> timeline(List<JsonNode> bodies) {
    return bodies.stream().map(body -> body.get("eventType").asText() + " at "
        + (body.at("/playerTime/ts").asLong() - Viewer.START) / 1000 + " s, playhead "
        + Cells.format(body.at("/playerTime/playhead").asDouble())).toList();
  }

  private List<String> sentTimeline() {
    return timeline(sent.stream().map(ViewerTest::read).toList());
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void pingsFallOnTheTenSecondGridWithThePlayheadOfAPlayingVideo() {
    viewer.watch(List.of(step(0, 0, "sessionStart"), step(12, 0, "play"), step(35, 23, "pauseStart")));

    assertThat(sentTimeline()).containsExactly("sessionStart at 0 s, playhead 0", "ping at 10 s, playhead 0",
        "play at 12 s, playhead 0", "ping at 20 s, playhead 8", "ping at 30 s, playhead 18",
        "pauseStart at 35 s, playhead 23");
  }

  @Test
  void theTimelineTwoViewingSendsWhatTheFeatureExpects() {
    viewer.watch(List.of(step(0, 0, "sessionStart"), step(0, 0, "adBreakStart: pre-roll"),
        step(0, 0, "adStart: Pre-roll ad 1"), step(12, 0, "adComplete"), step(12, 0, "adBreakComplete"),
        step(12, 0, "play"), step(32, 20, "error: playback-stalled"), step(37, 20, "play"),
        step(45, 28, "adBreakStart: mid-roll"), step(45, 28, "adStart: Mid-roll ad 1"), step(48, 28, "sessionEnd")));

    assertThat(sentTimeline()).containsExactly("sessionStart at 0 s, playhead 0", "adBreakStart at 0 s, playhead 0",
        "adStart at 0 s, playhead 0", "ping at 10 s, playhead 0", "adComplete at 12 s, playhead 0",
        "adBreakComplete at 12 s, playhead 0", "play at 12 s, playhead 0", "ping at 20 s, playhead 8",
        "ping at 30 s, playhead 18", "error at 32 s, playhead 20", "play at 37 s, playhead 20",
        "ping at 40 s, playhead 23", "adBreakStart at 45 s, playhead 28", "adStart at 45 s, playhead 28",
        "sessionEnd at 48 s, playhead 28");
  }

  @Test
  void pingsCountFromSessionStartNotFromTheStartOfTheTimeline() {
    viewer.watch(List.of(step(3, 0, "sessionStart"), step(3, 0, "play")));
    viewer.waits(Duration.ofSeconds(20));

    assertThat(sentTimeline()).filteredOn(line -> line.startsWith("ping"))
        .containsExactly("ping at 13 s, playhead 10", "ping at 23 s, playhead 20");
  }

  @Test
  void theClientKeepsPingingWhileTheViewerWaits() {
    viewer.watch(List.of(step(0, 0, "sessionStart"), step(0, 0, "play")));
    viewer.waits(Duration.ofSeconds(25));

    assertThat(sentTimeline()).containsExactly("sessionStart at 0 s, playhead 0", "play at 0 s, playhead 0",
        "ping at 10 s, playhead 10", "ping at 20 s, playhead 20");
    assertThat(viewer.millis()).isEqualTo(Viewer.START + 25_000);
    assertThat(viewer.playhead()).isEqualTo(25);
  }

  @Test
  void nothingIsSentAfterSessionEnd() {
    viewer.watch(List.of(step(0, 0, "sessionStart"), step(0, 0, "play"), step(5, 5, "sessionEnd")));
    viewer.waits(Duration.ofMinutes(2));

    assertThat(sentTimeline()).containsExactly("sessionStart at 0 s, playhead 0", "play at 0 s, playhead 0",
        "sessionEnd at 5 s, playhead 5");
  }

  @Test
  void aTimelineThatGoesBackInTimeIsRefusedNamingTheRow() {
    List<ViewingStep> steps = List.of(step(0, 0, "sessionStart"), step(10, 0, "play"), step(5, 0, "pauseStart"));

    assertThatThrownBy(() -> viewer.watch(steps))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the timeline goes back in time at pauseStart at 5 s, playhead 0");
  }

  @Test
  void anOfflineViewerStoresAPingEveryFiftySeconds() {
    DownloadedBatch batch = new DownloadedBatch();
    Viewer offline = Viewer.offline(media, batch);

    offline.watch(List.of(step(0, 0, "sessionStart"), step(0, 0, "play"), step(120, 120, "sessionEnd")));

    List<JsonNode> stored = new ArrayList<>();
    read(batch.body()).forEach(stored::add);
    assertThat(timeline(stored)).containsExactly("sessionStart at 0 s, playhead 0", "play at 0 s, playhead 0",
        "ping at 50 s, playhead 50", "ping at 100 s, playhead 100", "sessionEnd at 120 s, playhead 120");
  }
}
