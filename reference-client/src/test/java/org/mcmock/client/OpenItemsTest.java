package org.mcmock.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenItemsTest {

  private final OpenItems open = new OpenItems();

  private OpenItemsTest sent(String eventType, String params) {
    open.sent(new Event(eventType, "{\"eventType\":\"" + eventType + "\",\"params\":{" + params + "}}"));
    return this;
  }

  private OpenItemsTest sent(String eventType) {
    return sent(eventType, "");
  }

  private String replay() {
    return String.join(", ", open.replay().stream()
        .map(event -> event.type() + Bodies.read(event.body()).path("params")).toList());
  }

  @Test
  void replaysWhatIsOpenInTheOrderAdobesSdkDoesWhateverTheOrderItOpened() {
    sent("sessionStart").sent("play").sent("stateStart", "\"media.state.name\":\"fullscreen\"")
        .sent("chapterStart", "\"media.chapter.index\":1").sent("adBreakStart", "\"media.ad.podIndex\":1")
        .sent("adStart", "\"media.ad.id\":\"001\"").sent("ping");

    assertThat(replay()).isEqualTo("chapterStart{\"media.chapter.index\":1}, adBreakStart{\"media.ad.podIndex\":1},"
        + " adStart{\"media.ad.id\":\"001\"}, stateStart{\"media.state.name\":\"fullscreen\"}, play{}");
  }

  @Test
  void whatWasClosedIsNotReplayed() {
    sent("sessionStart").sent("chapterStart").sent("adBreakStart").sent("adStart").sent("adComplete")
        .sent("adStart").sent("adBreakComplete").sent("chapterComplete")
        .sent("stateStart", "\"media.state.name\":\"mute\"")
        .sent("stateStart", "\"media.state.name\":\"pictureInPicture\"")
        .sent("stateEnd", "\"media.state.name\":\"mute\"");

    assertThat(replay()).as("adBreakComplete closes the ad in it too")
        .isEqualTo("stateStart{\"media.state.name\":\"pictureInPicture\"}");
  }

  @Test
  void thePlaybackStateIsTheLastPlayPauseOrBuffer() {
    sent("sessionStart").sent("play").sent("bufferStart").sent("play").sent("pauseStart").sent("error");

    assertThat(replay()).isEqualTo("pauseStart{}");
  }

  @Test
  void noPlaybackStateBetweenAnAdBreakStartAndItsAdStart() {
    sent("sessionStart").sent("play").sent("adBreakStart");
    assertThat(replay()).isEqualTo("adBreakStart{}");

    sent("adStart");
    assertThat(replay()).as("once the ad has started, the playback state follows it")
        .isEqualTo("adBreakStart{}, adStart{}, play{}");
  }

  @Test
  void aSessionStartBeginsAfresh() {
    sent("sessionStart", "\"media.id\":\"first\"").sent("play").sent("chapterStart");
    sent("sessionStart", "\"media.id\":\"second\"");

    assertThat(replay()).isEmpty();
    assertThat(open.sessionStart()).hasValueSatisfying(start -> assertThat(start.body()).contains("second"));
  }
}
