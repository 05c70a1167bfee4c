// player.js: a pretend video player that plays Adobe's Timeline 2 through the MediaTracker, on a clock it
// moves itself, so the 48 seconds take a few milliseconds. The mock judges time by playerTime.ts, not by
// when requests arrive.

import { MediaTracker } from "./media-tracker.js";

const SECOND = 1000;
export const PLAYER_NAME = "mcmock-browser-player";

/** A clock that moves only when told, firing its timers on the way at the exact times they fall due. */
export class SimulatedClock {
  constructor(startMs) {
    this.ms = startMs;
    this.timers = [];
  }

  now() {
    return this.ms;
  }

  every(intervalMs, fn) {
    const timer = { at: this.ms + intervalMs, intervalMs, fn, running: true };
    this.timers.push(timer);
    return () => {
      timer.running = false;
    };
  }

  advanceTo(ms) {
    for (;;) {
      const due = this.timers
        .filter((timer) => timer.running && timer.at <= ms)
        .sort((a, b) => a.at - b.at)[0];
      if (!due) {
        break;
      }
      this.ms = due.at;
      due.at += due.intervalMs;
      due.fn();
    }
    this.timers = this.timers.filter((timer) => timer.running);
    this.ms = Math.max(this.ms, ms);
  }
}

/** The content's playhead: it moves with the clock while the content plays, and stands still otherwise. */
class Content {
  constructor(clock) {
    this.clock = clock;
    this.at = 0;
    this.playingSince = null;
  }

  playhead() {
    return this.playingSince === null ? this.at : this.at + (this.clock.now() - this.playingSince) / SECOND;
  }

  play() {
    this.at = this.playhead();
    this.playingSince = this.clock.now();
  }

  stop() {
    this.at = this.playhead();
    this.playingSince = null;
  }
}

// The values the project's features use for "ClickMe" (contract-tests MediaCatalogue), with this player's name.
const SESSION_PARAMS = {
  "analytics.trackingServer": "example.hb-api.omtrdc.net",
  "analytics.reportSuite": "example-rsid",
  "visitor.marketingCloudOrgId": "0123456789ABCDEF01234567@AdobeOrg",
  "media.id": "ClickMe",
  "media.name": "ClickMe",
  "media.length": 60.33,
  "media.contentType": "VOD",
  "media.playerName": PLAYER_NAME,
  "media.channel": "features",
};

function ad(id, name, length) {
  return {
    "media.ad.id": id,
    "media.ad.name": name,
    "media.ad.length": length,
    "media.ad.podPosition": 1,
    "media.ad.playerName": PLAYER_NAME,
  };
}

function adBreak(name, index, second) {
  return { "media.ad.podFriendlyName": name, "media.ad.podIndex": index, "media.ad.podSecond": second };
}

/**
 * Plays Timeline 2 (features/timeline-2-user-abandons-session.feature) against the API at base.
 * Resolves, once every request has its answer, with the tracker's problems (none when all went well).
 */
export async function playTimeline2({ base, log, startMs = Date.now() }) {
  const clock = new SimulatedClock(startMs);
  const content = new Content(clock);
  const tracker = new MediaTracker({ base, clock, playhead: () => content.playhead(), log });

  // [second, what the viewer sees, what the player does]: the feature's table; the tracker adds the pings.
  const timeline = [
    [0, "Auto-play", () => tracker.sessionStart(SESSION_PARAMS)],
    [0, "Pre-roll ad break starts", () => tracker.track("adBreakStart", { params: adBreak("pre-roll", 0, 0) })],
    [0, "Pre-roll ad 1 starts", () => tracker.track("adStart", { params: ad("001", "Pre-roll ad 1", 12) })],
    [12, "Pre-roll ad 1 ends", () => tracker.track("adComplete")],
    [12, "Pre-roll ad break ends", () => tracker.track("adBreakComplete")],
    [12, "Content plays", () => { content.play(); tracker.track("play"); }],
    [32, "An error occurs", () => {
      content.stop();
      tracker.track("error", { params: { "media.errorId": "playback-stalled", "media.errorSource": "player" } });
    }],
    [37, "The app recovers and the user presses play", () => { content.play(); tracker.track("play"); }],
    [45, "Mid-roll ad break starts", () => {
      content.stop();
      tracker.track("adBreakStart", { params: adBreak("mid-roll", 1, content.playhead()) });
    }],
    [45, "Mid-roll ad 1 starts", () => tracker.track("adStart", { params: ad("002", "Mid-roll ad 1", 8) })],
    [48, "The user closes the app", () => tracker.track("sessionEnd")],
  ];

  for (const [second, action, act] of timeline) {
    clock.advanceTo(startMs + second * SECOND); // pings due on the way are sent at their own second
    log(`# ${second} s: ${action}`);
    act();
    // Let the tracker send while the video plays on, as a real page would between frames.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await tracker.idle();
  return tracker.problems;
}
