// player.js: plays Adobe's Timeline 2 (features/timeline-2-user-abandons-session.feature) through Adobe's Web
// SDK, @adobe/alloy, with its streamingMedia component, in manual mode: the page gives every event its
// playhead and its timestamp, from a clock the page moves itself, and sends the pings itself, so the 48
// seconds of the timeline take a few milliseconds. The mock judges time by each event's xdm.timestamp.
// (In auto mode, the one a real player uses, alloy asks getPlayerDetails for the playhead, stamps each
// event with the time it is sent, and pings on its own timer: see README.md.)

const SECOND = 1000;

// alloy("configure", ...) takes these; the page pings at the same intervals in manual mode.
export const STREAMING_MEDIA = {
  channel: "features",
  playerName: "mcmock-websdk-player",
  appVersion: "1.0",
  mainPingInterval: 10,
  adPingInterval: 1,
};

/**
 * What a page of a team's own site passes to alloy("configure"). The datastream and org are test values; the
 * mock's identity handle is for this org, so alloy stores its identity cookie and its location hint (or2) and
 * sends its events to /ee/or2/va/v1/..., as it does against Adobe's edge.
 */
export function alloyConfiguration(edgeDomain) {
  return {
    datastreamId: "00000000-0000-4000-8000-000000000000",
    orgId: "ABCDEF0123456789ABCDEF01@AdobeOrg",
    edgeDomain,
    thirdPartyCookiesEnabled: false, // else the first request goes to adobedc.demdex.net, not to edgeDomain
    streamingMedia: STREAMING_MEDIA,
  };
}

// Timeline 2's video and ads (the feature's Background), in the Media Edge API's field names.
const SESSION_DETAILS = {
  name: "ClickMe", // the content id (media.id)
  friendlyName: "ClickMe",
  length: 60, // whole seconds: the Media Edge API takes an integer (the video lasts 60.33 s)
  contentType: "VOD",
  streamType: "video",
};
const PRE_ROLL = { friendlyName: "pre-roll", index: 0, offset: 0 };
const PRE_ROLL_AD = { name: "001", friendlyName: "Pre-roll ad 1", length: 12, podPosition: 1 };
const MID_ROLL_AD = { name: "002", friendlyName: "Mid-roll ad 1", length: 8, podPosition: 1 };

/**
 * A session in manual mode: events go out one at a time, in order, each with the playhead and the time of
 * the player's clock, and pings follow the clock too: every mainPingInterval seconds in content, every
 * adPingInterval seconds inside an ad, counted from the last event, as alloy's own timer counts in auto mode.
 */
class ManualSession {
  constructor({ alloy, startMs, log }) {
    this.alloy = alloy;
    this.log = log;
    this.startMs = startMs;
    this.now = startMs;
    this.lastStamp = startMs - 1;
    this.playhead = 0;
    this.playingSince = null; // the clock's time when content started playing, null while it does not
    this.inAd = false;
    this.nextPing = Infinity;
    this.sessionId = null;
  }

  currentPlayhead() {
    const moved = this.playingSince === null ? 0 : (this.now - this.playingSince) / SECOND;
    return Math.floor(this.playhead + moved);
  }

  /** Moves the clock to this second of the timeline, sending the pings that fall due on the way. */
  async advanceTo(second) {
    const ms = this.startMs + second * SECOND;
    while (this.nextPing < ms) {
      this.now = this.nextPing;
      await this.send("media.ping");
    }
    this.now = ms;
  }

  /** Each event's timestamp: the clock's time, at least 1 ms after the previous event's, so they keep their order. */
  stamp() {
    this.lastStamp = Math.max(this.now, this.lastStamp + 1);
    return new Date(this.lastStamp).toISOString();
  }

  async start() {
    const result = await this.alloy("createMediaSession", {
      xdm: {
        timestamp: this.stamp(),
        mediaCollection: { playhead: 0, sessionDetails: SESSION_DETAILS },
      },
    });
    this.sessionId = result.sessionId;
    if (!this.sessionId) {
      throw new Error("the sessionStart's answer carried no media-analytics:new-session handle");
    }
    this.logSent("media.sessionStart", 0, `session ${this.sessionId}`);
    this.schedulePing();
  }

  /** Sends one event of the session; details are its other mediaCollection fields (advertisingDetails...). */
  async send(eventType, details = {}) {
    const playhead = this.currentPlayhead();
    await this.alloy("sendMediaEvent", {
      xdm: {
        eventType,
        timestamp: this.stamp(),
        mediaCollection: { ...details, playhead, sessionID: this.sessionId },
      },
    });
    this.logSent(eventType, playhead, "sent");
    if (eventType === "media.sessionEnd" || eventType === "media.sessionComplete") {
      this.nextPing = Infinity;
    } else {
      this.schedulePing();
    }
  }

  schedulePing() {
    const interval = this.inAd ? STREAMING_MEDIA.adPingInterval : STREAMING_MEDIA.mainPingInterval;
    this.nextPing = this.now + interval * SECOND;
  }

  logSent(eventType, playhead, outcome) {
    const seconds = ((this.lastStamp - this.startMs) / SECOND).toFixed(3).padStart(7);
    this.log(`${seconds} s  ${eventType.padEnd(22)} playhead ${playhead}  ${outcome}`);
  }

  play() {
    this.playingSince = this.now;
  }

  stop() {
    this.playhead = this.currentPlayhead();
    this.playingSince = null;
  }
}

/**
 * Plays Timeline 2 with alloy (already configured). Resolves once every event has its answer; rejects with
 * alloy's error when the edge refuses one (alloy rejects on any answer outside 2xx).
 */
export async function playTimeline2({ alloy, log, startMs = Date.now() }) {
  const session = new ManualSession({ alloy, startMs, log });
  const adStart = (ad) => {
    session.inAd = true;
    return session.send("media.adStart", { advertisingDetails: ad });
  };
  const adEnd = (eventType) => {
    session.inAd = false;
    return session.send(eventType);
  };

  // [second, what the viewer sees, what the player does]: the feature's table; the session adds the pings.
  const timeline = [
    [0, "Auto-play", () => session.start()],
    [0, "Pre-roll ad break starts", () => session.send("media.adBreakStart", { advertisingPodDetails: PRE_ROLL })],
    [0, "Pre-roll ad 1 starts", () => adStart(PRE_ROLL_AD)],
    [12, "Pre-roll ad 1 ends", () => adEnd("media.adComplete")],
    [12, "Pre-roll ad break ends", () => session.send("media.adBreakComplete")],
    [12, "Content plays", () => { session.play(); return session.send("media.play"); }],
    [32, "An error occurs", () => {
      session.stop();
      return session.send("media.error", { errorDetails: { name: "playback-stalled", source: "player" } });
    }],
    [37, "The app recovers and the user presses play", () => { session.play(); return session.send("media.play"); }],
    [45, "Mid-roll ad break starts", () => {
      session.stop();
      const pod = { friendlyName: "mid-roll", index: 1, offset: session.currentPlayhead() };
      return session.send("media.adBreakStart", { advertisingPodDetails: pod });
    }],
    [45, "Mid-roll ad 1 starts", () => adStart(MID_ROLL_AD)],
    [48, "The user closes the app", () => session.send("media.sessionEnd")],
  ];

  for (const [second, action, act] of timeline) {
    await session.advanceTo(second);
    log(`# ${second} s: ${action}`);
    await act();
  }
}
