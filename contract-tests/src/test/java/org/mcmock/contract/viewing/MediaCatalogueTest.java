package org.mcmock.contract.viewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mcmock.client.EventData;
import org.mcmock.client.MediaTracker;
import org.mcmock.client.PingSchedule;
import org.mcmock.client.SimulatedClock;
import org.mcmock.schema.SchemaCatalog;

class MediaCatalogueTest {

  private static final SchemaCatalog SCHEMAS = SchemaCatalog.bundled();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MediaCatalogue catalogue = new MediaCatalogue()
      .vod("ClickMe", 60.33)
      .ad("Pre-roll ad 1", "001", 12, 1)
      .ad("Mid-roll ad 1", "002", 8, 1)
      .chapter("Chapter 1", 1, 0, 30)
      .chapter("Chapter 2", 2, 30, 30.33)
      .param("media.show", "Sample Show")
      .customMetadata("tier", "gold");

  private static ViewingStep step(String request) {
    int colon = request.indexOf(':');
    return colon < 0 ? new ViewingStep("", 0, 5, request, "")
        : new ViewingStep("", 0, 5, request.substring(0, colon), request.substring(colon + 1).strip());
  }

  /** The body the reference client builds for {@code request}, after a sessionStart when it is not one. */
  private JsonNode bodyOf(MediaCatalogue media, String request) throws Exception {
    List<String> bodies = new ArrayList<>();
    MediaTracker tracker = new MediaTracker(new SimulatedClock(Viewer.START), () -> 5, PingSchedule.live(),
        (eventType, body) -> bodies.add(body));
    tracker.sessionStart(media.dataFor(step("sessionStart")));
    ViewingStep step = step(request);
    if (!step.request().equals("sessionStart")) {
      tracker.track(step.request(), media.dataFor(step));
    }
    return JSON.readTree(bodies.get(bodies.size() - 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sessionStart", "adBreakStart", "adBreakStart: pre-roll", "adStart: Pre-roll ad 1",
      "adComplete", "adSkip", "adBreakComplete", "chapterStart: Chapter 2", "chapterComplete", "chapterSkip", "play",
      "pauseStart", "bufferStart", "error: playback-stalled", "stateStart: fullscreen", "stateEnd: fullscreen",
      "bitrateChange: 4000", "sessionEnd", "sessionComplete"})
  void everyRequestOfAVodWithAdsAndChaptersPassesTheMocksSchema(String request) throws Exception {
    JsonNode body = bodyOf(catalogue, request);

    assertThat(SCHEMAS.validate(body)).as("violations of %s", body).isEmpty();
  }

  @Test
  void aLiveStreamsSessionStartPassesTheMocksSchema() throws Exception {
    JsonNode body = bodyOf(new MediaCatalogue().live("News 24"), "sessionStart");

    assertThat(SCHEMAS.validate(body)).as("violations of %s", body).isEmpty();
  }

  @Test
  void sessionStartCarriesTheMediaTheExtraParamsAndTheCustomMetadata() {
    EventData data = catalogue.dataFor(step("sessionStart"));

    assertThat(data.params()).contains(entry("media.id", "ClickMe"), entry("media.name", "ClickMe"),
        entry("media.length", 60.33), entry("media.contentType", "VOD"),
        entry("media.playerName", MediaCatalogue.PLAYER_NAME), entry("media.show", "Sample Show"));
    assertThat(data.customMetadata()).containsExactly(entry("tier", "gold"));
  }

  @Test
  void paramsThatLookLikeNumbersOrBooleansKeepTheirJsonType() {
    catalogue.param("visitor.aamLocationHint", "9").param("analytics.enableSSL", "true");

    assertThat(catalogue.dataFor(step("sessionStart")).params())
        .contains(entry("visitor.aamLocationHint", 9L), entry("analytics.enableSSL", true));
  }

  @Test
  void aLiveStreamIsOfContentTypeLiveAndADayLong() {
    EventData data = new MediaCatalogue().live("News 24").dataFor(step("sessionStart"));

    assertThat(data.params()).contains(entry("media.id", "News 24"), entry("media.contentType", "Live"),
        entry("media.length", 86_400.0));
  }

  @Test
  void adBreaksAreNumberedFromZeroInTheOrderTheyStart() {
    EventData preRoll = catalogue.dataFor(step("adBreakStart: pre-roll"));
    EventData midRoll = catalogue.dataFor(step("adBreakStart"));

    assertThat(preRoll.params()).contains(entry("media.ad.podIndex", 0), entry("media.ad.podFriendlyName", "pre-roll"),
        entry("media.ad.podSecond", 5.0));
    assertThat(midRoll.params()).contains(entry("media.ad.podIndex", 1),
        entry("media.ad.podFriendlyName", "ad break 2"));
  }

  @Test
  void adStartCarriesTheNamedAd() {
    assertThat(catalogue.dataFor(step("adStart: Mid-roll ad 1")).params()).containsExactly(
        entry("media.ad.name", "Mid-roll ad 1"), entry("media.ad.id", "002"), entry("media.ad.length", 8.0),
        entry("media.ad.podPosition", 1), entry("media.ad.playerName", MediaCatalogue.PLAYER_NAME));
  }

  @Test
  void chapterStartCarriesTheNamedChapter() {
    assertThat(catalogue.dataFor(step("chapterStart: Chapter 2")).params()).containsExactly(
        entry("media.chapter.index", 2), entry("media.chapter.offset", 30.0), entry("media.chapter.length", 30.33),
        entry("media.chapter.friendlyName", "Chapter 2"));
  }

  @Test
  void errorNamesTheErrorAndThePlayerAsItsSource() {
    assertThat(catalogue.dataFor(step("error: playback-stalled")).params())
        .containsOnly(entry("media.errorId", "playback-stalled"), entry("media.errorSource", "player"));
  }

  @Test
  void stateStartAndStateEndNameTheState() {
    assertThat(catalogue.dataFor(step("stateStart: mute")).params()).containsOnly(entry("media.state.name", "mute"));
    assertThat(catalogue.dataFor(step("stateEnd: mute")).params()).containsOnly(entry("media.state.name", "mute"));
  }

  @Test
  void bitrateChangeSendsTheBitrateAsAnIntegerInQoeDataOnly() {
    EventData data = catalogue.dataFor(step("bitrateChange: 4000"));

    assertThat(data.qoeData()).containsOnly(entry("media.qoe.bitrate", 4000L));
    assertThat(data.params()).isEmpty();
  }

  @Test
  void requestsThatCarryNothingCarryNothing() {
    assertThat(catalogue.dataFor(step("play"))).isEqualTo(EventData.NONE);
  }

  @Test
  void anUnknownAdNameListsTheDeclaredAds() {
    assertThatThrownBy(() -> catalogue.dataFor(step("adStart: Post-roll ad 1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no ad named 'Post-roll ad 1'; the feature declares [Pre-roll ad 1, Mid-roll ad 1]");
  }

  @Test
  void anUnknownChapterNameListsTheDeclaredChapters() {
    assertThatThrownBy(() -> catalogue.dataFor(step("chapterStart: Chapter 3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no chapter named 'Chapter 3'; the feature declares [Chapter 1, Chapter 2]");
  }

  @Test
  void aNameWhenNoneIsDeclaredSaysSo() {
    assertThatThrownBy(() -> new MediaCatalogue().dataFor(step("adStart: Ad 1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no ad named 'Ad 1'; the feature declares none");
  }

  @ParameterizedTest
  @ValueSource(strings = {"error", "stateStart", "stateEnd", "bitrateChange"})
  void aRequestThatNeedsASubjectSaysWhatItNeeds(String request) {
    assertThatThrownBy(() -> catalogue.dataFor(step(request)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(request + " needs what it is about after a colon, e.g. '" + request + ": ...': " + request
            + " at 0 s, playhead 5");
  }

  @Test
  void aSubjectOnARequestThatCarriesNothingIsRefused() {
    assertThatThrownBy(() -> catalogue.dataFor(step("play: now")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("play takes nothing after a colon, so 'now' means nothing: play (now) at 0 s, playhead 5");
  }

  @Test
  void aSubjectOnSessionStartIsRefusedToo() {
    assertThatThrownBy(() -> catalogue.dataFor(step("sessionStart: resume")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("sessionStart takes nothing after a colon, so 'resume' means nothing");
  }
}
