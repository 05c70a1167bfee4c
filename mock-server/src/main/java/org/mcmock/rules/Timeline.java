package org.mcmock.rules;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.mcmock.model.EventType;

/**
 * Where a session stands after the events applied so far: what is open (ad break, ad, chapter,
 * player states) and where the player is; the figures Adobe would count are its {@link PlaybackTally}, and how
 * findings word events is {@link Wording}. Rules read it; only {@link #advance} changes it, one event at a time.
 */
public final class Timeline {

  /** The player's state as Adobe's backend infers it from play, pauseStart and bufferStart. */
  public enum PlayerState { STARTING, PLAYING, PAUSED, BUFFERING }

  private static final int NONE = -1;

  private final boolean downloaded;
  private MediaFacts media = MediaFacts.UNKNOWN;
  private long startTs = NONE;

  private int previousIndex = NONE;
  private EventType previousType;
  private long previousTs = NONE;
  private long latestTs = NONE;

  private int adBreakIndex = NONE;
  private boolean adStartedInBreak;
  private int adIndex = NONE;
  private int chapterIndex = NONE;
  /** Empty (and shared) until a stateStart: most sessions never send one, and each holds its timeline while open. */
  private Map<String, Integer> activeStates = Map.of();
  private Set<String> statesSeen = Set.of();

  private int playbackStartIndex = NONE;
  private long playbackStartTs = NONE;
  private boolean playbackStartedInAd;
  private int firstPingIndex = NONE;
  private PlayerState player = PlayerState.STARTING;
  private boolean over;

  private final PlaybackTally tally;
  private boolean tieOutOfOrder;

  public Timeline(boolean downloaded) {
    this(downloaded, new PlaybackTally());
  }

  private Timeline(boolean downloaded, PlaybackTally tally) {
    this.downloaded = downloaded;
    this.tally = tally;
  }

  /**
   * An independent copy: the session replays its unsettled events on a copy of the settled timeline, so a late
   * event is judged in its place without touching what is final.
   */
  public Timeline copy() {
    Timeline c = new Timeline(downloaded, tally.copy());
    c.media = media;
    c.startTs = startTs;
    c.previousIndex = previousIndex;
    c.previousType = previousType;
    c.previousTs = previousTs;
    c.latestTs = latestTs;
    c.adBreakIndex = adBreakIndex;
    c.adStartedInBreak = adStartedInBreak;
    c.adIndex = adIndex;
    c.chapterIndex = chapterIndex;
    if (!statesSeen.isEmpty()) { // both are mutable once a state was seen
      c.activeStates = new LinkedHashMap<>(activeStates);
      c.statesSeen = new LinkedHashSet<>(statesSeen);
    }
    c.playbackStartIndex = playbackStartIndex;
    c.playbackStartTs = playbackStartTs;
    c.playbackStartedInAd = playbackStartedInAd;
    c.firstPingIndex = firstPingIndex;
    c.player = player;
    c.over = over;
    c.tieOutOfOrder = tieOutOfOrder;
    return c;
  }

  /**
   * Applies an accepted event: time passes in the state the previous event left, the tally counts it, then what
   * is open and the player's state move. A new event type fails to compile here until it says what it changes.
   */
  public void advance(RuleEvent event) {
    accrue(event.ts());
    EventType type = event.type();
    tally.count(type, this);
    player = switch (type) {
      case SESSION_START -> {
        media = MediaFacts.of(event.params());
        startTs = event.ts();
        yield player;
      }
      case SESSION_COMPLETE, SESSION_END -> {
        over = true;
        yield player;
      }
      case AD_BREAK_START -> {
        adBreakIndex = event.index();
        adStartedInBreak = false;
        adIndex = NONE;
        yield player;
      }
      case AD_BREAK_COMPLETE -> {
        adBreakIndex = NONE;
        adIndex = NONE;
        yield player;
      }
      case AD_START -> startAd(event);
      case AD_COMPLETE, AD_SKIP -> {
        adIndex = NONE;
        yield player;
      }
      case CHAPTER_START -> {
        chapterIndex = event.index();
        yield player;
      }
      case CHAPTER_COMPLETE, CHAPTER_SKIP -> {
        chapterIndex = NONE;
        yield player;
      }
      case PLAY -> startPlayback(event, false);
      case PAUSE_START -> PlayerState.PAUSED;
      case BUFFER_START -> PlayerState.BUFFERING;
      case PING -> {
        firstPingIndex = firstPingIndex == NONE ? event.index() : firstPingIndex;
        yield player;
      }
      case ERROR, BITRATE_CHANGE -> player;
      case STATE_START -> {
        String name = stateName(event);
        if (statesSeen.isEmpty()) {
          activeStates = new LinkedHashMap<>();
          statesSeen = new LinkedHashSet<>();
        }
        activeStates.putIfAbsent(name, event.index());
        statesSeen.add(name);
        yield player;
      }
      case STATE_END -> {
        if (!activeStates.isEmpty()) {
          activeStates.remove(stateName(event));
        }
        yield player;
      }
    };
    tieOutOfOrder = tiesPrevious(event) && (tieOutOfOrder || !inTieOrder(event));
    previousIndex = event.index();
    previousType = type;
    if (event.ts() >= 0) {
      previousTs = event.ts();
      latestTs = Math.max(latestTs, event.ts());
    }
  }

  /**
   * An ad counts only inside an ad break: Adobe ignores one outside and counts its time as content.
   * Either way the player is playing (Adobe's backend switches to play on adStart; its SDK relies on
   * that for pre-rolls).
   */
  private PlayerState startAd(RuleEvent event) {
    boolean counted = adBreakIndex != NONE;
    if (counted) {
      adIndex = event.index();
      adStartedInBreak = true;
    }
    return startPlayback(event, counted);
  }

  private PlayerState startPlayback(RuleEvent event, boolean inAd) {
    if (playbackStartIndex == NONE) {
      playbackStartIndex = event.index();
      playbackStartTs = event.ts();
      playbackStartedInAd = inAd;
    }
    return PlayerState.PLAYING;
  }

  /**
   * Credits the time since the latest ts so far to whatever the player was doing; an event that goes
   * back in time adds nothing, as Adobe's backend sorts events by ts before it counts.
   */
  private void accrue(long ts) {
    if (over || latestTs < 0 || ts <= latestTs) {
      return;
    }
    tally.spend(spentOn(), ts - latestTs);
  }

  /** Where time goes now: an open ad, nowhere between ads of a break, else whatever the player is doing. */
  private PlaybackTally.Spent spentOn() {
    if (adIndex != NONE) {
      return PlaybackTally.Spent.AD;
    }
    if (adBreakIndex != NONE) {
      return PlaybackTally.Spent.NOWHERE;
    }
    return switch (player) {
      case PLAYING -> PlaybackTally.Spent.CONTENT;
      case PAUSED -> PlaybackTally.Spent.PAUSED;
      case BUFFERING -> PlaybackTally.Spent.BUFFERING;
      case STARTING -> PlaybackTally.Spent.NOWHERE;
    };
  }

  static String stateName(RuleEvent event) {
    return event.params().path("media.state.name").asText("");
  }

  /** The sessionStart's ts, or -1 before it. */
  public long startTs() {
    return startTs;
  }

  public PlaybackSummary summary() {
    return tally.summary();
  }

  public boolean downloaded() {
    return downloaded;
  }

  public MediaFacts media() {
    return media;
  }

  public int previousIndex() {
    return previousIndex;
  }

  public EventType previousType() {
    return previousType;
  }

  /** The previous event's ts, or -1 before any. */
  public long previousTs() {
    return previousTs;
  }

  /** True when the event has the previous event's ts. */
  public boolean tiesPrevious(RuleEvent event) {
    return previousTs >= 0 && event.ts() == previousTs;
  }

  /**
   * True when the event, tied with the previous one, stands where the canonical order puts it
   * ({@link EventType#tieRank()}): after it by rank, or of one rank but such that their order changes nothing Adobe
   * counts (a ping, a bitrateChange, an error or a player state beside anything).
   */
  public boolean inTieOrder(RuleEvent event) {
    if (previousType == null) {
      return true;
    }
    return event.type().tieRank() > previousType.tieRank() || orderFree(event.type()) || orderFree(previousType);
  }

  private static boolean orderFree(EventType type) {
    return switch (type) {
      case PING, BITRATE_CHANGE, ERROR, STATE_START, STATE_END -> true;
      case SESSION_START, SESSION_COMPLETE, SESSION_END, AD_BREAK_START, AD_BREAK_COMPLETE, AD_START, AD_COMPLETE,
          AD_SKIP, CHAPTER_START, CHAPTER_COMPLETE, CHAPTER_SKIP, PLAY, BUFFER_START, PAUSE_START -> false;
    };
  }

  /**
   * True once the group of events sharing the previous event's ts holds two that the canonical order cannot
   * place (one rank, or a rank out of order because the later one arrived after its place had settled).
   */
  public boolean tieOutOfOrder() {
    return tieOutOfOrder;
  }

  /** The latest ts of any event so far, or -1 before any. */
  public long latestTs() {
    return latestTs;
  }

  public boolean adBreakOpen() {
    return adBreakIndex != NONE;
  }

  public int adBreakIndex() {
    return adBreakIndex;
  }

  public boolean adStartedInBreak() {
    return adStartedInBreak;
  }

  public boolean adOpen() {
    return adIndex != NONE;
  }

  public boolean chapterOpen() {
    return chapterIndex != NONE;
  }

  public int chapterIndex() {
    return chapterIndex;
  }

  /** Index of the stateStart that opened this state, or -1 if it is not active. */
  public int activeState(String name) {
    return activeStates.getOrDefault(name, NONE);
  }

  public boolean stateSeen(String name) {
    return statesSeen.contains(name);
  }

  /** Distinct player states started in this session, active or not. */
  public int distinctStates() {
    return statesSeen.size();
  }

  public boolean playbackStarted() {
    return playbackStartIndex != NONE;
  }

  public int playbackStartIndex() {
    return playbackStartIndex;
  }

  public long playbackStartTs() {
    return playbackStartTs;
  }

  public boolean playbackStartedInAd() {
    return playbackStartedInAd;
  }

  public boolean pingSeen() {
    return firstPingIndex != NONE;
  }

  public PlayerState player() {
    return player;
  }

  /** True after sessionComplete or sessionEnd: viewing is over, no more pings are due. */
  public boolean over() {
    return over;
  }
}
