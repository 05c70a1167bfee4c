// media-tracker.js: reports what a viewer watches to Adobe's Media Collection API, or to mcmock.
// Plain JavaScript, no dependencies: copy it into your player.
//
// It does what Adobe's docs ask of a player, and nothing clever:
// - every event gets playerTime: the player's playhead, and a ts at least 1 ms after the previous event's
//   (the backend orders a session's events by ts and cannot order a tie);
// - the sessionStart goes to {base}/api/v1/sessions; the sid is in the Location header of its 201;
// - events are sent one at a time, in the order they happened; those that happen before the sid is known
//   wait in the queue;
// - a ping every 10 s, counted from the sessionStart on the tracker's clock, until sessionEnd or
//   sessionComplete, after which nothing is sent;
// - a 404 or 410 answer means the backend has forgotten or closed the session while the viewer is still
//   watching: the tracker opens a new one with "media.resume": true at the current playhead;
// - any other answer, a 500 included, is logged and the next event goes out.

const PING_EVERY_MS = 10_000;
const ENDS = new Set(["sessionEnd", "sessionComplete"]);
const PLAY_STATES = new Set(["play", "pauseStart", "bufferStart"]);

/** The browser's own clock, for a real player. A test or a demo passes a clock it moves itself. */
export const realClock = {
  now: () => Date.now(),
  every(ms, fn) {
    const id = setInterval(fn, ms);
    return () => clearInterval(id);
  },
};

export class MediaTracker {
  /**
   * @param {object} options
   * @param {string} options.base where the API is, e.g. "http://localhost:8080" (no trailing slash)
   * @param {{now(): number, every(ms: number, fn: () => void): () => void}} options.clock
   *   now() in milliseconds; every() runs fn every ms from now on and returns a function that stops it
   * @param {() => number} options.playhead the player's playhead in seconds, read at every event
   * @param {(line: string) => void} [options.log] gets one line per request and per answer
   */
  constructor({ base, clock = realClock, playhead, log = () => {} }) {
    this.base = base.replace(/\/+$/, "");
    this.clock = clock;
    this.playhead = playhead;
    this.log = log;
    this.queue = []; // bodies not sent yet, oldest first
    this.sending = false;
    this.sid = null;
    this.opening = false; // a sessionStart is on its way and its sid is not known yet
    this.lastTs = -Infinity;
    this.firstTs = null;
    this.ended = false;
    this.stopPings = () => {};
    this.waitingForIdle = [];
    // What the tracker knows of the viewing, to restate it in a resumed session.
    this.sessionParams = null;
    this.adBreak = null;
    this.ad = null;
    this.playState = null;
    /** What went wrong in talking to the backend (no answer, unreadable Location), as sentences. */
    this.problems = [];
  }

  /** Opens the session; params are the sessionStart's (analytics.*, visitor.*, media.*). */
  sessionStart(params) {
    if (this.sessionParams) {
      throw new Error("this tracker has started its session already: use a new tracker for a new session");
    }
    this.sessionParams = params;
    this.openSession(params);
  }

  /**
   * Reports anything but sessionStart and ping, which the tracker sends itself.
   * @param {string} eventType e.g. "play", "adStart", "sessionEnd"
   * @param {{params?: object, qoeData?: object, customMetadata?: object}} [data]
   */
  track(eventType, data = {}) {
    if (eventType === "sessionStart" || eventType === "ping") {
      throw new Error(`${eventType} is sent by the tracker itself`);
    }
    if (!this.sessionParams) {
      throw new Error(`${eventType} before sessionStart: start the session first`);
    }
    if (this.ended) {
      // A player may still fire events while it is torn down; the backend would answer 410.
      this.log(`${eventType}: not sent, the session has ended`);
      return;
    }
    this.remember(eventType, data.params);
    this.emit(eventType, data);
    if (ENDS.has(eventType)) {
      this.ended = true;
      this.stopPings();
    }
  }

  /** Resolves once every event reported so far has been sent and answered. */
  idle() {
    if (!this.sending && this.queue.length === 0) {
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waitingForIdle.push(resolve));
  }

  openSession(params) {
    this.sid = null;
    this.opening = true;
    this.stopPings();
    this.emit("sessionStart", { params });
    // The ping grid starts at this sessionStart, on the tracker's clock.
    this.stopPings = this.clock.every(PING_EVERY_MS, () => {
      if (!this.ended) {
        this.emit("ping");
      }
    });
  }

  remember(eventType, params) {
    if (eventType === "adBreakStart") {
      this.adBreak = params;
    } else if (eventType === "adBreakComplete") {
      this.adBreak = null;
      this.ad = null;
    } else if (eventType === "adStart") {
      this.ad = params;
    } else if (eventType === "adComplete" || eventType === "adSkip") {
      this.ad = null;
    } else if (PLAY_STATES.has(eventType)) {
      this.playState = eventType;
    }
  }

  emit(eventType, data = {}) {
    this.lastTs = Math.max(this.clock.now(), this.lastTs + 1);
    if (this.firstTs === null) {
      this.firstTs = this.lastTs;
    }
    const body = { playerTime: { playhead: this.playhead(), ts: this.lastTs }, eventType };
    for (const field of ["params", "qoeData", "customMetadata"]) {
      if (data[field]) {
        body[field] = data[field];
      }
    }
    this.queue.push(body);
    if (this.opening && eventType !== "sessionStart") {
      this.log(`${this.describe(body)}  queued: waiting for the sid`);
    }
    this.sendQueued();
  }

  // One request at a time: the backend must get a session's events in the order they happened.
  async sendQueued() {
    if (this.sending) {
      return;
    }
    this.sending = true;
    while (this.queue.length > 0) {
      await this.send(this.queue.shift());
    }
    this.sending = false;
    this.waitingForIdle.splice(0).forEach((resolve) => resolve());
  }

  async send(body) {
    const isStart = body.eventType === "sessionStart";
    if (!isStart && this.sid === null) {
      this.log(`${this.describe(body)}  not sent: no session`);
      return;
    }
    const url = isStart ? `${this.base}/api/v1/sessions` : `${this.base}/api/v1/sessions/${this.sid}/events`;
    let answer;
    let text;
    try {
      answer = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      text = await answer.text(); // an error's body says why
    } catch (error) {
      // fetch gives no detail on a refused connection or a CORS refusal; the browser's console does.
      this.problem(`${this.describe(body)}  no answer from ${url}: ${error.message}`);
      if (isStart) {
        this.opening = false;
      }
      return;
    }
    if (isStart) {
      this.opened(body, answer, text);
      return;
    }
    this.log(`${this.describe(body)}  -> ${answer.status}${text ? " " + shorten(text) : ""}`);
    if (answer.status === 404 || answer.status === 410) {
      this.resume();
    }
  }

  opened(body, answer, text) {
    this.opening = false;
    // Cross-origin, the page can read Location only if the answer lists it in Access-Control-Expose-Headers.
    const location = answer.headers.get("Location");
    if (answer.status === 201 && location) {
      this.sid = location.slice(location.lastIndexOf("/") + 1);
      this.log(`${this.describe(body)}  -> 201, Location ${location}`);
    } else if (answer.status === 201) {
      this.problem(`${this.describe(body)}  -> 201 without a readable Location: the answer must carry `
        + "Location and Access-Control-Expose-Headers: Location");
    } else {
      this.log(`${this.describe(body)}  -> ${answer.status} ${shorten(text)}: no session, the events are dropped`);
    }
  }

  // The backend closed the session (410, e.g. after a timeout) or never knew it (404), but the viewer is
  // still watching: open a new session that says it resumes the old one, and restate the ad and play state.
  resume() {
    const dropped = this.queue.splice(0).length; // they belong to the closed session; the new one starts now
    if (this.ended) {
      this.log(`the session is gone and the viewing has ended: nothing to resume (${dropped} event(s) dropped)`);
      return;
    }
    this.log(`the session is gone: resuming in a new session at playhead ${this.playhead()}`
      + ` (${dropped} queued event(s) dropped)`);
    this.openSession({ ...this.sessionParams, "media.resume": true });
    if (this.adBreak) {
      this.emit("adBreakStart", { params: this.adBreak });
    }
    if (this.ad) {
      this.emit("adStart", { params: this.ad });
    }
    if (this.playState) {
      this.emit(this.playState);
    }
  }

  problem(sentence) {
    this.problems.push(sentence);
    this.log(sentence);
  }

  // "  12.001 s  play            playhead 0": seconds by ts since the first sessionStart.
  describe(body) {
    const seconds = ((body.playerTime.ts - this.firstTs) / 1000).toFixed(3).padStart(7);
    return `${seconds} s  ${body.eventType.padEnd(15)} playhead ${body.playerTime.playhead}`;
  }
}

function shorten(text) {
  return text.length > 300 ? text.slice(0, 300) + "…" : text;
}
