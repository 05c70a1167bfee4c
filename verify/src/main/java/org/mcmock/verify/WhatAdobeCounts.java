package org.mcmock.verify;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a player may send beyond the letter of a timeline without changing what Adobe counts, read from the
 * recorded requests in ts order: a playback event that leaves the player in the state it is in (a play while
 * playing, or while an ad plays), and what is still open closed at the ts of the sessionEnd or sessionComplete
 * that follows (as Adobe's SDKs do at {@code trackSessionEnd}). Everything else that was not expected still is a
 * mistake.
 */
final class WhatAdobeCounts {

  private static final Set<String> CLOSING = Set.of("adComplete", "adSkip", "adBreakComplete", "chapterComplete",
      "chapterSkip");
  private static final Set<String> ENDING = Set.of("sessionEnd", "sessionComplete");

  private enum Playback { IDLE, PLAYING, PAUSED, BUFFERING }

  private final List<RecordedRequest> recorded;
  private final double toleranceMillis;
  /** Why each recorded request, left unpaired, changes nothing Adobe counts; null where it does. */
  private final String[] excuses;
  /** Whether the player is playing content after each recorded request. */
  private final boolean[] playingAfter;

  /**
   * @param recorded the requests but pings, each session's in ts order
   * @param toleranceSeconds how far from the session's end a closing request may be and still close it there
   */
  WhatAdobeCounts(List<RecordedRequest> recorded, double toleranceSeconds) {
    this.recorded = recorded;
    this.toleranceMillis = toleranceSeconds * 1000;
    this.excuses = new String[recorded.size()];
    this.playingAfter = new boolean[recorded.size()];
    Playback playback = Playback.IDLE;
    boolean ad = false;
    boolean adBreak = false;
    boolean chapter = false;
    for (int i = 0; i < recorded.size(); i++) {
      RecordedRequest request = recorded.get(i);
      if (i > 0 && request.session() != recorded.get(i - 1).session()) {
        playback = Playback.IDLE;
        ad = adBreak = chapter = false;
      }
      switch (request.request()) {
        case "sessionStart" -> {
          playback = Playback.IDLE;
          ad = adBreak = chapter = false;
        }
        case "play" -> {
          if (playback == Playback.PLAYING) {
            excuses[i] = "a play while playing changes nothing";
          } else if (ad) {
            excuses[i] = "a play while an ad plays changes nothing";
          } else {
            playback = Playback.PLAYING;
          }
        }
        case "pauseStart" -> playback = same(i, playback, Playback.PAUSED, "a pauseStart while paused");
        case "bufferStart" -> playback = same(i, playback, Playback.BUFFERING, "a bufferStart while buffering");
        case "adStart" -> ad = true;
        case "adComplete", "adSkip" -> ad = closing(i, ad, "the ad");
        case "adBreakComplete" -> {
          adBreak = closing(i, adBreak, "the ad break");
          ad = false;
        }
        case "chapterStart" -> chapter = true;
        case "chapterComplete", "chapterSkip" -> chapter = closing(i, chapter, "the chapter");
        case "adBreakStart" -> adBreak = true;
        default -> {
          // error, bitrateChange, stateStart/End, sessionEnd...: the playback state stays as it is
        }
      }
      playingAfter[i] = playback == Playback.PLAYING;
    }
  }

  /** Why the recorded request at {@code index}, left unpaired, changes nothing Adobe counts. */
  Optional<String> excuse(int index) {
    return Optional.ofNullable(excuses[index]);
  }

  /** Whether the player plays content after the recorded request at {@code index}; not before the first (-1). */
  boolean playingAfter(int index) {
    return index >= 0 && playingAfter[index];
  }

  private Playback same(int i, Playback now, Playback next, String what) {
    if (now == next) {
      excuses[i] = what + " changes nothing";
    }
    return next;
  }

  /** A closing request: excused if it closes what is open at the session's end. Nothing is open after it. */
  private boolean closing(int i, boolean open, String what) {
    if (open && closesAtTheEnd(i)) {
      excuses[i] = "closes " + what + " still open when the session ends, at its ts";
    }
    return false;
  }

  /** Only closing requests follow, up to a sessionEnd or sessionComplete at the same ts (within the tolerance). */
  private boolean closesAtTheEnd(int i) {
    RecordedRequest closing = recorded.get(i);
    for (int k = i + 1; k < recorded.size(); k++) {
      RecordedRequest next = recorded.get(k);
      if (next.session() != closing.session() || next.ts() < 0 || closing.ts() < 0
          || Math.abs(next.ts() - closing.ts()) > toleranceMillis + 1e-6) {
        return false;
      }
      if (ENDING.contains(next.request())) {
        return true;
      }
      if (!CLOSING.contains(next.request())) {
        return false;
      }
    }
    return false;
  }
}
