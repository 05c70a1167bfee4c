package org.mcmock.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mcmock.client.SessionParams;

/** Every request body the contract tests send, valid unless a test changes it with {@link #with}/{@link #without}. */
public final class Payloads {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The first ts of the seed's downloaded session (2018-06-26T07:25:23.478Z); every timeline here starts at it. */
  public static final long T0 = 1_529_997_923_478L;

  /** One request of a timeline: what the player does, and the body it sends. */
  public record Step(String action, String body) {}

  private Payloads() {}

  /** The 8 params every sessionStart needs. */
  public static Map<String, Object> requiredParams() {
    return SessionParams.example("contract-test-video", 3600, "VOD", "contract-tests").withChannel("test-channel")
        .toMap();
  }

  public static String sessionStart() {
    return sessionStart(0, T0);
  }

  public static String sessionStart(Object playhead, long ts) {
    return event("sessionStart", playhead, ts, "params", requiredParams());
  }

  /** A valid sessionStart padded (with a customMetadata note) to exactly {@code bytes} bytes of UTF-8. */
  public static String sessionStartOfSize(int bytes) {
    String empty = with(sessionStart(), "/customMetadata", "note", "");
    return with(sessionStart(), "/customMetadata", "note", "x".repeat(bytes - empty.length()));
  }

  /** {@code {"eventType": type, "playerTime": {"playhead": playhead, "ts": ts}}}; any value type, to break it. */
  public static String event(String type, Object playhead, Object ts) {
    ObjectNode event = JSON.createObjectNode();
    event.put("eventType", type);
    event.set("playerTime", JSON.valueToTree(Map.of("playhead", playhead, "ts", ts)));
    return event.toString();
  }

  /** The same with one more top-level field, e.g. {@code "params"} or {@code "qoeData"}. */
  public static String event(String type, Object playhead, Object ts, String field, Object value) {
    return with(event(type, playhead, ts), "", field, value);
  }

  /** {@code json} with {@code key} set to {@code value} in the object at {@code objectPointer} ("" = top level). */
  public static String with(String json, String objectPointer, String key, Object value) {
    ObjectNode root = read(json);
    ObjectNode target = objectPointer.isEmpty() ? root : root.withObject(objectPointer);
    target.set(key, JSON.valueToTree(value));
    return root.toString();
  }

  /** {@code json} without {@code key} in the object at {@code objectPointer}. */
  public static String without(String json, String objectPointer, String key) {
    ObjectNode root = read(json);
    (objectPointer.isEmpty() ? root : root.withObject(objectPointer)).remove(key);
    return root.toString();
  }

  public static String batch(List<String> events) {
    return "[" + String.join(",", events) + "]";
  }

  public static String batch(String... events) {
    return batch(List.of(events));
  }

  /** The seed's downloaded session: sessionStart, play, three pings, sessionComplete. */
  public static List<String> seedBatchEvents() {
    return new ArrayList<>(List.of(
        sessionStart(0, T0),
        event("play", 0, 1529997928174L),
        event("ping", 10, 1529997937503L),
        event("ping", 20, 1529997947533L),
        event("ping", 30, 1529997957545L),
        event("sessionComplete", 35, 1529997960559L)));
  }

  public static final long SEED_BATCH_LAST_TS = 1529997960559L;

  public static String seedBatch() {
    return batch(seedBatchEvents());
  }

  /** The seed batch as the deprecated form on /api/v1/sessions sends it: with {@code media.downloaded: true}. */
  public static String seedBatchFlaggedDownloaded() {
    List<String> events = seedBatchEvents();
    events.set(0, with(events.get(0), "/params", "media.downloaded", true));
    return batch(events);
  }

  /** Timeline 2 "user abandons session", Action 1. */
  public static String timeline2SessionStart() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("media.playerName", "sample-html5-api-player");
    params.put("analytics.trackingServer", "[ _YOUR-TS_ ]");
    params.put("analytics.reportSuite", "[ _YOUR-RSID_ ]");
    params.put("analytics.visitorId", "[ _YOUR-VISITOR-ID_ ]");
    params.put("media.contentType", "VOD");
    params.put("media.length", 60.3333333333333);
    params.put("media.id", "VA API Sample Player");
    params.put("visitor.marketingCloudOrgId", "[YOUR-MCID]");
    params.put("media.name", "ClickMe");
    params.put("media.channel", "sample-channel");
    params.put("media.sdkVersion", "va-api-0.0.0");
    params.put("analytics.enableSSL", false);
    return event("sessionStart", 0, T0, "params", params);
  }

  /**
   * Timeline 2, Actions 3 to 16, with the seed's typos corrected: Action 9's playhead {@code 8ß} is 8, and
   * {@code qoeData: {bitrate: 10000}} is {@code media.qoe.bitrate}. Action 12 keeps its sample body's playhead
   * (18; the table says 20). ts is T0 plus the action's second on the timeline.
   */
  public static List<Step> timeline2Events() {
    Map<String, Object> qoe = Map.of("media.qoe.bitrate", 10000);
    return List.of(
        new Step("3 pre-roll adBreakStart", event("adBreakStart", 0, at(0), "params",
            adBreak("ad_pod1", 0, 0))),
        new Step("4 pre-roll adStart", event("adStart", 0, at(0), "params", ad(7, 1, "1", "42", "sample-placement2",
            "https://xyz-creative.com"))),
        new Step("5 ad ping", event("ping", 0, at(1))),
        new Step("6 adComplete", event("adComplete", 0, at(12))),
        new Step("7 adBreakComplete", event("adBreakComplete", 0, at(12))),
        new Step("8 play", event("play", 0, at(12), "qoeData", qoe)),
        new Step("9 ping", event("ping", 8, at(20))),
        new Step("10 ping", event("ping", 18, at(30))),
        new Step("11 error", event("error", 20, at(32))),
        new Step("12 play after the error", event("play", 18, at(37), "qoeData", qoe)),
        new Step("13 ping", event("ping", 28, at(40))),
        new Step("14 mid-roll adBreakStart", event("adBreakStart", 33, at(45), "params", adBreak("ad_pod2", 1, 33))),
        new Step("15 mid-roll adStart", event("adStart", 33, at(45), "params", ad(8, 1, "7", "40",
            "sample_placement2", "https://xyz_creative.com"))),
        new Step("16 sessionEnd: the user closes the app", event("sessionEnd", 33, at(48))));
  }

  /** The late ping Timeline 2's player would send if it kept its timer running after sessionEnd. */
  public static String timeline2LatePing() {
    return event("ping", 33, at(50));
  }

  /**
   * Timeline 2 with the player forgetting its pre-roll adBreakStart: the pre-roll adStart (event 1) and
   * adComplete (event 3) come with no open ad break, and the adBreakComplete (event 4) closes a break never
   * opened. Indexes count sessionStart as event 0.
   */
  public static List<Step> timeline2WithoutPreRollAdBreakStart() {
    return timeline2Events().stream().filter(step -> !step.action().equals("3 pre-roll adBreakStart")).toList();
  }

  /**
   * Events 1 to 5 of a session whose player goes quiet for 25 seconds of {@code ts} between event 2 (ping at
   * 11 s) and event 3 (ping at 36 s): play at 1 s, pings at 11, 36 and 46 s, sessionEnd at 50 s. Only event 3
   * breaks a rule (PING_GAP); the rest is on Adobe's 10-second cadence. Send {@link #sessionStart()} first.
   */
  public static List<Step> timelineWithSilence() {
    return List.of(
        new Step("1 play", event("play", 0, at(1))),
        new Step("2 ping", event("ping", 10, at(11))),
        new Step("3 ping after 25 s of silence", event("ping", 35, at(36))),
        new Step("4 ping", event("ping", 45, at(46))),
        new Step("5 sessionEnd", event("sessionEnd", 49, at(50))));
  }

  /** A valid adBreakStart (Timeline 2's pre-roll break). */
  public static String adBreakStart(Object playhead, long ts) {
    return event("adBreakStart", playhead, ts, "params", adBreak("pre-roll", 1, 0));
  }

  /** A valid adStart with every required ad param (the ad of Timeline 2's pre-roll). */
  public static String adStart(Object playhead, long ts) {
    return event("adStart", playhead, ts, "params", ad(7, 1, "1", "42", "sample-placement2",
        "https://xyz-creative.com"));
  }

  /**
   * The seed's downloaded session with an ad played outside any ad break: adStart at event 2 and adComplete at
   * event 3, between the play and the first ping. Everything else is the seed's.
   */
  public static List<String> seedBatchWithAdOutsideBreak() {
    List<String> events = seedBatchEvents();
    events.add(2, adStart(1, 1529997929000L));
    events.add(3, event("adComplete", 1, 1529997936000L));
    return events;
  }

  private static long at(int second) {
    return T0 + second * 1000L;
  }

  private static Map<String, Object> adBreak(String name, int index, int second) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("media.ad.podFriendlyName", name);
    params.put("media.ad.podIndex", index);
    params.put("media.ad.podSecond", second);
    return params;
  }

  private static Map<String, Object> ad(int length, int position, String campaign, String creative,
      String placement, String creativeUrl) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("media.ad.podFriendlyName", "ad_pod1");
    params.put("media.ad.name", "Ad 1");
    params.put("media.ad.id", "002");
    params.put("media.ad.length", length);
    params.put("media.ad.podPosition", position);
    params.put("media.ad.playerName", "Sample Player");
    params.put("media.ad.advertiser", "Ad Guys");
    params.put("media.ad.campaignId", campaign);
    params.put("media.ad.creativeId", creative);
    params.put("media.ad.siteId", "XYZ");
    params.put("media.ad.creativeURL", creativeUrl);
    params.put("media.ad.placementId", placement);
    return params;
  }

  private static ObjectNode read(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Payloads.with/without need a JSON object, got " + json, e);
    }
  }
}
