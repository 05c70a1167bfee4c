package org.mcmock.rules;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.mcmock.model.EventType;

/**
 * Where a session stands after the events applied so far: what is open (ad break, ad, chapter,
 * player states), where the player is, and the figures Adobe would count. Rules read it; only
 * {@link #advance} changes it, one event at a time.
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
  private final Map<String, Integer> activeStates = new LinkedHashMap<>();
  private final Set<String> statesSeen = new LinkedHashSet<>();

  private int playbackStartIndex = NONE;
  private long playbackStartTs = NONE;
  private boolean playbackStartedInAd;
  private int firstPingIndex = NONE;
  private PlayerState player = PlayerState.STARTING;
  private boolean over;

  private int adBreaks;
  private int adsStarted;
  private int adsCompleted;
  private int adsSkipped;
  private int chaptersStarted;
  private int chaptersCompleted;
  private int chaptersSkipped;
  private int pauses;
  private int bufferings;
  private int errors;
  private int bitrateChanges;
  private int pings;
  private long contentMillis;
  private long adMillis;
  private long pausedMillis;
  private long bufferingMillis;
  private boolean completed;
  private boolean tieOutOfOrder;

  public Timeline(boolean downloaded) {
    this.downloaded = downloaded;
  }

  /**
   * An independent copy: the session replays its unsettled events on a copy of the settled timeline, so a late
   * event is judged in its place without touching what is final.
   */
  public Timeline copy() {
    Timeline c = new Timeline(downloaded);
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
    c.activeStates.putAll(activeStates);
    c.statesSeen.addAll(statesSeen);
    c.playbackStartIndex = playbackStartIndex;
    c.playbackStartTs = playbackStartTs;
    c.playbackStartedInAd = playbackStartedInAd;
    c.firstPingIndex = firstPingIndex;
    c.player = player;
    c.over = over;
    c.adBreaks = adBreaks;
    c.adsStarted = adsStarted;
    c.adsCompleted = adsCompleted;
    c.adsSkipped = adsSkipped;
    c.chaptersStarted = chaptersStarted;
    c.chaptersCompleted = chaptersCompleted;
    c.chaptersSkipped = chaptersSkipped;
    c.pauses = pauses;
    c.bufferings = bufferings;
    c.errors = errors;
    c.bitrateChanges = bitrateChanges;
    c.pings = pings;
    c.contentMillis = contentMillis;
    c.adMillis = adMillis;
    c.pausedMillis = pausedMillis;
    c.bufferingMillis = bufferingMillis;
    c.completed = completed;
    c.tieOutOfOrder = tieOutOfOrder;
    return c;
  }

  /** Applies an accepted event: time passes in the state the previous event left, then the state moves. */
  public void advance(RuleEvent event) {
    accrue(event.ts());
    EventType type = event.type();
    switch (type) {
      case SESSION_START -> {
        media = MediaFacts.of(event.params());
        startTs = event.ts();
      }
      case SESSION_COMPLETE -> {
        completed = true;
        over = true;
      }
      case SESSION_END -> over = true;
      case AD_BREAK_START -> {
        adBreaks++;
        adBreakIndex = event.index();
        adStartedInBreak = false;
        adIndex = NONE;
      }
      case AD_BREAK_COMPLETE -> {
        adBreakIndex = NONE;
        adIndex = NONE;
      }
      case AD_START -> startAd(event);
      case AD_COMPLETE -> {
        if (adIndex != NONE) {
          adsCompleted++;
          adIndex = NONE;
        }
      }
      case AD_SKIP -> {
        if (adIndex != NONE) {
          adsSkipped++;
          adIndex = NONE;
        }
      }
      case CHAPTER_START -> {
        chaptersStarted++;
        chapterIndex = event.index();
      }
      case CHAPTER_COMPLETE -> {
        if (chapterIndex != NONE) {
          chaptersCompleted++;
          chapterIndex = NONE;
        }
      }
      case CHAPTER_SKIP -> {
        if (chapterIndex != NONE) {
          chaptersSkipped++;
          chapterIndex = NONE;
        }
      }
      case PLAY -> startPlayback(event, false);
      case PAUSE_START -> {
        pauses++;
        player = PlayerState.PAUSED;
      }
      case BUFFER_START -> {
        bufferings++;
        player = PlayerState.BUFFERING;
      }
      case PING -> {
        pings++;
        if (firstPingIndex == NONE) {
          firstPingIndex = event.index();
        }
      }
      case ERROR -> errors++;
      case BITRATE_CHANGE -> bitrateChanges++;
      case STATE_START -> {
        String name = stateName(event);
        activeStates.putIfAbsent(name, event.index());
        statesSeen.add(name);
      }
      case STATE_END -> activeStates.remove(stateName(event));
      default -> throw new IllegalStateException("No transition for " + type);
    }
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
  private void startAd(RuleEvent event) {
    boolean counted = adBreakIndex != NONE;
    if (counted) {
      adsStarted++;
      adIndex = event.index();
      adStartedInBreak = true;
    }
    startPlayback(event, counted);
  }

  private void startPlayback(RuleEvent event, boolean inAd) {
    player = PlayerState.PLAYING;
    if (playbackStartIndex == NONE) {
      playbackStartIndex = event.index();
      playbackStartTs = event.ts();
      playbackStartedInAd = inAd;
    }
  }

  /**
   * Credits the time since the latest ts so far to whatever the player was doing; an event that goes
   * back in time adds nothing, as Adobe's backend sorts events by ts before it counts.
   */
  private void accrue(long ts) {
    if (over || latestTs < 0 || ts <= latestTs) {
      return;
    }
    long elapsed = ts - latestTs;
    if (adIndex != NONE) {
      adMillis += elapsed;
    } else if (adBreakIndex != NONE) {
      return;
    } else if (player == PlayerState.PLAYING) {
      contentMillis += elapsed;
    } else if (player == PlayerState.PAUSED) {
      pausedMillis += elapsed;
    } else if (player == PlayerState.BUFFERING) {
      bufferingMillis += elapsed;
    }
  }

  static String stateName(RuleEvent event) {
    return event.params().path("media.state.name").asText("");
  }

  /** How a finding names an event: type, index, ts and how far into the session it is. */
  public String describe(RuleEvent event) {
    StringBuilder text = new StringBuilder().append(event.type().wireName()).append(" at event ").append(event.index())
        .append(" (ts ").append(event.ts());
    if (startTs >= 0 && event.ts() >= 0) {
      text.append(", ").append(seconds(event.ts() - startTs)).append(" after sessionStart");
    }
    return text.append(')').toString();
  }

  /** {@code 12 s}, {@code 12.5 s}, {@code -0.25 s}. */
  public static String seconds(long millis) {
    return java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
  }

  public PlaybackSummary summary() {
    return new PlaybackSummary(adBreaks, adsStarted, adsCompleted, adsSkipped, chaptersStarted, chaptersCompleted,
        chaptersSkipped, pauses, bufferings, errors, bitrateChanges, pings, contentMillis, adMillis, pausedMillis,
        bufferingMillis, completed);
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
      default -> false;
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
