package org.mcmock.rules;

import org.mcmock.config.RuleSettings;
import org.mcmock.model.Finding;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.mcmock.model.EventType;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.model.Violation;
import org.mcmock.schema.SchemaCatalog;

/**
 * A media session written as a script, judged as it is written:
 *
 * <pre>{@code
 * SessionScript.vod(60).at(0).sessionStart().adBreakStart().adStart().at(1).ping().at(12).adComplete()
 * }</pre>
 *
 * <p>Each event becomes a real JSON body, checked against the bundled schemas (a script cannot send what
 * the mock would refuse with a 400), and is fed to one {@link SessionJudge} with indexes 0, 1, 2...
 * {@link #at} sets the clock in seconds after {@link #T0}; {@link #playhead} stays where it was last set.
 * {@link #with}, {@link #custom} and {@link #qoe} add to the next event only. Required params get
 * defaults; {@code with} overrides them.
 */
final class SessionScript {

  /** The ts of second 0 of every script (2023-11-14T22:13:20Z). */
  static final long T0 = 1_700_000_000_000L;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaCatalog SCHEMAS = SchemaCatalog.bundled();

  private final double length;
  private final String contentType;
  private RuleSettings settings = RuleSettings.defaults();
  private boolean downloaded;
  private SessionJudge judge;
  private final List<Finding> findings = new ArrayList<>();
  private int events;

  private long ts = T0;
  private double playhead;
  private ObjectNode nextParams;
  private ObjectNode nextCustomMetadata;
  private ObjectNode nextQoeData;

  private int adBreaks;
  private int adsInBreak;
  private int chapters;

  private SessionScript(double length, String contentType) {
    this.length = length;
    this.contentType = contentType;
  }

  /** Video on demand of {@code lengthSeconds}, as sessionStart's media.length. */
  static SessionScript vod(double lengthSeconds) {
    return new SessionScript(lengthSeconds, "VOD");
  }

  /** A live stream: contentType "live", media.length 86400; its playhead is the second of the day. */
  static SessionScript live() {
    return new SessionScript(86_400, "live");
  }

  /** The ts of {@code seconds} on the script's clock. */
  static long tsAt(double seconds) {
    return T0 + Math.round(seconds * 1000);
  }

  // ---- set-up, before the first event

  SessionScript settings(RuleSettings value) {
    requireNotStarted();
    this.settings = value;
    return this;
  }

  /** Judged as a downloaded session ({@code newJudge(true)}). */
  SessionScript downloaded() {
    requireNotStarted();
    this.downloaded = true;
    return this;
  }

  // ---- clock, playhead and extras for the next event

  SessionScript at(double seconds) {
    ts = tsAt(seconds);
    return this;
  }

  /** An exact ts, in milliseconds after {@link #T0}. */
  SessionScript atMillis(long millisAfterT0) {
    ts = T0 + millisAfterT0;
    return this;
  }

  SessionScript playhead(double seconds) {
    playhead = seconds;
    return this;
  }

  /** A param on the next event; overrides the default of a required one. */
  SessionScript with(String key, Object value) {
    nextParams = nextParams == null ? JSON.createObjectNode() : nextParams;
    nextParams.set(key, JSON.valueToTree(value));
    return this;
  }

  /** {@code "params": {}} on the next event (the only params a ping's schema lets through). */
  SessionScript emptyParams() {
    nextParams = nextParams == null ? JSON.createObjectNode() : nextParams;
    return this;
  }

  /** A customMetadata entry on the next event. */
  SessionScript custom(String key, String value) {
    nextCustomMetadata = nextCustomMetadata == null ? JSON.createObjectNode() : nextCustomMetadata;
    nextCustomMetadata.put(key, value);
    return this;
  }

  /** {@code "customMetadata": {}} on the next event. */
  SessionScript emptyCustomMetadata() {
    nextCustomMetadata = nextCustomMetadata == null ? JSON.createObjectNode() : nextCustomMetadata;
    return this;
  }

  /** A qoeData entry on the next event, e.g. {@code qoe("media.qoe.bitrate", 10000)}. */
  SessionScript qoe(String key, int value) {
    nextQoeData = nextQoeData == null ? JSON.createObjectNode() : nextQoeData;
    nextQoeData.put(key, value);
    return this;
  }

  // ---- events

  SessionScript sessionStart() {
    return send(EventType.SESSION_START,
        "analytics.trackingServer", "example.sc.omtrdc.net",
        "analytics.reportSuite", "example-rsid",
        "visitor.marketingCloudOrgId", "EXAMPLE@AdobeOrg",
        "media.id", "script-media",
        "media.length", length,
        "media.contentType", contentType,
        "media.playerName", "script-player",
        "media.channel", "script-channel");
  }

  /** Pod index counts breaks from 0; podSecond is the playhead. */
  SessionScript adBreakStart() {
    adsInBreak = 0;
    return send(EventType.AD_BREAK_START, "media.ad.podIndex", adBreaks++, "media.ad.podSecond", playhead);
  }

  /** A 15 s ad; podPosition counts ads in the break from 1. */
  SessionScript adStart() {
    adsInBreak++;
    return send(EventType.AD_START, "media.ad.id", "ad-" + adsInBreak, "media.ad.length", 15,
        "media.ad.podPosition", adsInBreak, "media.ad.playerName", "script-ad-player");
  }

  SessionScript adComplete() {
    return send(EventType.AD_COMPLETE);
  }

  SessionScript adSkip() {
    return send(EventType.AD_SKIP);
  }

  SessionScript adBreakComplete() {
    return send(EventType.AD_BREAK_COMPLETE);
  }

  /** A 20 s chapter at the playhead; the index counts chapters from 1. */
  SessionScript chapterStart() {
    return send(EventType.CHAPTER_START, "media.chapter.index", ++chapters, "media.chapter.offset", playhead,
        "media.chapter.length", 20);
  }

  SessionScript chapterComplete() {
    return send(EventType.CHAPTER_COMPLETE);
  }

  SessionScript chapterSkip() {
    return send(EventType.CHAPTER_SKIP);
  }

  SessionScript play() {
    return send(EventType.PLAY);
  }

  SessionScript ping() {
    return send(EventType.PING);
  }

  SessionScript pauseStart() {
    return send(EventType.PAUSE_START);
  }

  SessionScript bufferStart() {
    return send(EventType.BUFFER_START);
  }

  SessionScript bitrateChange() {
    return send(EventType.BITRATE_CHANGE);
  }

  SessionScript error() {
    return send(EventType.ERROR);
  }

  SessionScript stateStart(String name) {
    return send(EventType.STATE_START, "media.state.name", name);
  }

  SessionScript stateEnd(String name) {
    return send(EventType.STATE_END, "media.state.name", name);
  }

  SessionScript sessionComplete() {
    return send(EventType.SESSION_COMPLETE);
  }

  SessionScript sessionEnd() {
    return send(EventType.SESSION_END);
  }

  // ---- results

  /** Every finding so far, in event order. */
  List<Finding> findings() {
    return List.copyOf(findings);
  }

  List<Finding> errors() {
    return findings.stream().filter(Finding::isError).toList();
  }

  /** Index of the event written last. */
  int lastIndex() {
    return events - 1;
  }

  SessionJudge judge() {
    if (judge == null) {
      judge = new SessionRules(settings).newJudge(downloaded);
    }
    return judge;
  }

  Timeline timeline() {
    return judge().timeline();
  }

  PlaybackSummary summary() {
    return timeline().summary();
  }

  // ---- plumbing

  private SessionScript send(EventType type, Object... defaultParams) {
    ObjectNode body = JSON.createObjectNode().put("eventType", type.wireName());
    body.putObject("playerTime").put("playhead", playhead).put("ts", ts);
    if (defaultParams.length > 0 || nextParams != null) {
      ObjectNode params = body.putObject("params");
      for (int i = 0; i < defaultParams.length; i += 2) {
        params.set((String) defaultParams[i], JSON.valueToTree(defaultParams[i + 1]));
      }
      if (nextParams != null) {
        params.setAll(nextParams);
      }
    }
    if (nextCustomMetadata != null) {
      body.set("customMetadata", nextCustomMetadata);
    }
    if (nextQoeData != null) {
      body.set("qoeData", nextQoeData);
    }
    nextParams = null;
    nextCustomMetadata = null;
    nextQoeData = null;

    List<Violation> violations = SCHEMAS.validate(body);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("The script wrote event " + events + ", which the schema refuses: "
          + violations + "\n" + body);
    }
    findings.addAll(judge().feed(new RuleEvent(events++, IncomingEvent.of(body, body.toString(), List.of()))));
    return this;
  }

  private void requireNotStarted() {
    if (events > 0) {
      throw new IllegalStateException("Set up the script before its first event");
    }
  }
}
