/*
 * mcmock's timeline chart: one session drawn by playerTime.ts as plain SVG, lanes for content, ad breaks, ads,
 * chapters and player states, pings as ticks, errors and findings as marks at their event. Shared by the
 * inspector page the mock serves (/__admin/media-collection/ui/) and the report `verify --report-html` writes;
 * no library, nothing fetched. Every mark is focusable and says in words what its colour says.
 */
(function (global) {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var WIDTH = 1000;
  var LABEL = 150;
  var LANE = 26;
  var GAP = 6;
  var LANES = [
    ['content', 'Content'], ['breaks', 'Ad breaks'], ['ads', 'Ads'], ['chapters', 'Chapters'],
    ['states', 'Player states'], ['pings', 'Pings'], ['marks', 'Errors, findings'], ['arrival', 'Arrival order']
  ];
  /** Content states: a word and a pattern for each, so colour is never the only sign. */
  var CONTENT = {
    playing: 'playing', paused: 'paused', buffering: 'buffering', stalled: 'stalled after error'
  };

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function html(name, text, cls, parent) {
    var node = document.createElement(name);
    if (text != null) node.textContent = text;
    if (cls) node.className = cls;
    if (parent) parent.appendChild(node);
    return node;
  }

  function secs(ms) { return (Math.round(ms / 100) / 10).toFixed(1); }

  function param(e, key) {
    var p = e.body && typeof e.body === 'object' && e.body.params;
    return p && p[key] != null ? String(p[key]) : null;
  }

  /**
   * The lanes of a session from its events (ts order, as the admin API lists them): intervals with the event
   * that opened them, and the point marks.
   */
  function model(events) {
    var timed = events.filter(function (e) { return typeof e.ts === 'number'; });
    var t0 = timed.length ? timed[0].ts : 0;
    var t1 = t0;
    timed.forEach(function (e) { t0 = Math.min(t0, e.ts); t1 = Math.max(t1, e.ts); });
    var m = { t0: t0, t1: Math.max(t1, t0 + 1000), content: [], breaks: [], ads: [], chapters: [], states: [],
      pings: [], marks: [], arrival: [], count: events.length };
    var open = { content: null, breaks: null, ads: null, chapters: null };
    var states = {};
    function close(lane, at) {
      if (open[lane]) { open[lane].end = at; m[lane].push(open[lane]); open[lane] = null; }
    }
    function start(lane, at, state, e) {
      if (lane === 'content' && open.content && open.content.state === state) return;
      close(lane, at);
      open[lane] = { start: at, end: null, state: state, event: e };
    }
    timed.forEach(function (e) {
      var t = e.ts;
      switch (e.eventType) {
        case 'play': start('content', t, 'playing', e); break;
        case 'pauseStart': start('content', t, 'paused', e); break;
        case 'bufferStart': start('content', t, 'buffering', e); break;
        case 'error': start('content', t, 'stalled', e); break;
        case 'adBreakStart': start('breaks', t, param(e, 'media.ad.podFriendlyName') || 'ad break', e); break;
        case 'adBreakComplete': close('ads', t); close('breaks', t); break;
        case 'adStart': start('ads', t, param(e, 'media.ad.name') || 'ad', e); break;
        case 'adComplete': case 'adSkip': close('ads', t); break;
        case 'chapterStart': start('chapters', t, param(e, 'media.chapter.index') ? 'chapter '
            + param(e, 'media.chapter.index') : 'chapter', e); break;
        case 'chapterComplete': case 'chapterSkip': close('chapters', t); break;
        case 'stateStart':
          var name = param(e, 'media.state.name') || 'state';
          states[name] = { start: t, end: null, state: name, event: e };
          break;
        case 'stateEnd':
          var s = states[param(e, 'media.state.name') || 'state'];
          if (s) { s.end = t; m.states.push(s); delete states[s.state]; }
          break;
        case 'sessionEnd': case 'sessionComplete':
          ['content', 'ads', 'breaks', 'chapters'].forEach(function (lane) { close(lane, t); });
          break;
        case 'ping': m.pings.push(e); break;
        default: break;
      }
      if (e.eventType === 'error' || (e.status != null && e.status >= 400) || (e.findings && e.findings.length)) {
        m.marks.push(e);
      }
    });
    m.arrival = late(events);
    ['content', 'ads', 'breaks', 'chapters'].forEach(function (lane) { close(lane, m.t1); });
    Object.keys(states).forEach(function (k) { states[k].end = m.t1; m.states.push(states[k]); });
    return m;
  }

  /** The events that arrived after one with a later ts: each stands earlier by ts than in arrival order. */
  function late(events) {
    var byArrival = events.filter(function (e) { return e.arrival != null && typeof e.ts === 'number'; })
        .sort(function (a, b) { return a.arrival - b.arrival; });
    var latest = -1;
    return byArrival.filter(function (e) {
      var isLate = e.index < latest;
      latest = Math.max(latest, e.index);
      return isLate;
    }).sort(function (a, b) { return a.index - b.index; });
  }

  /** What a person reads about one event: when, its answer, its findings' sentences, its body. */
  function describe(e, t0) {
    var lines = [];
    lines.push((e.eventType || '(no eventType)') + ' — event ' + e.index
        + (typeof e.ts === 'number' ? ', ts +' + secs(e.ts - t0) + ' s' : ', no ts')
        + (e.playhead != null ? ', playhead ' + e.playhead : ''));
    if (e.arrival != null && e.arrival !== e.index) {
      lines.push('Arrived as request ' + e.arrival + ', stands at ' + e.index + ' by its ts');
    }
    var answer = 'Answer: ' + (e.status == null ? 'none (connection broken by a planned fault)' : e.status);
    if (e.injected) answer += ' (injected: ' + e.injected + ')';
    lines.push(answer);
    (e.errors || []).forEach(function (v) { lines.push('Refused: ' + (v.message || JSON.stringify(v))); });
    if (e.answer) lines.push('Refused: ' + e.answer);
    (e.findings || []).forEach(function (f) {
      lines.push((f.severity || '').toUpperCase() + ' ' + f.rule + ': ' + f.message);
    });
    return lines;
  }

  function bodyText(e) {
    if (e.body == null) return '';
    var text = typeof e.body === 'string' ? e.body : JSON.stringify(e.body, null, 2);
    return text.length > 2000 ? text.slice(0, 2000) + '\n…' : text;
  }

  /** One tooltip per page, shown on hover and on keyboard focus. */
  function tooltip() {
    var tip = document.getElementById('mc-tip');
    if (!tip) {
      tip = html('div', null, 'mc-tip', document.body);
      tip.id = 'mc-tip';
      tip.setAttribute('role', 'tooltip');
      tip.hidden = true;
    }
    return tip;
  }

  function attachTip(node, lines, body) {
    function show() {
      var tip = tooltip();
      tip.textContent = '';
      lines.forEach(function (l, i) { html(i ? 'div' : 'strong', l, null, tip); });
      if (body) html('pre', body, null, tip);
      var box = node.getBoundingClientRect();
      tip.style.left = Math.max(4, Math.min(window.innerWidth - 420, box.left + window.scrollX)) + 'px';
      tip.style.top = (box.bottom + window.scrollY + 6) + 'px';
      tip.hidden = false;
      node.setAttribute('aria-describedby', 'mc-tip');
    }
    function hide() { tooltip().hidden = true; }
    node.addEventListener('mouseenter', show);
    node.addEventListener('focus', show);
    node.addEventListener('mouseleave', hide);
    node.addEventListener('blur', hide);
  }

  function patterns(svg) {
    var defs = el('defs', {}, svg);
    var hatch = el('pattern', { id: 'mc-hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)' }, defs);
    el('rect', { width: 6, height: 6, 'class': 'mc-paused' }, hatch);
    el('line', { x1: 0, y1: 0, x2: 0, y2: 6, 'class': 'mc-stroke' }, hatch);
    var dots = el('pattern', { id: 'mc-dots', width: 6, height: 6, patternUnits: 'userSpaceOnUse' }, defs);
    el('rect', { width: 6, height: 6, 'class': 'mc-buffering' }, dots);
    el('circle', { cx: 3, cy: 3, r: 1.3, 'class': 'mc-dot' }, dots);
    var cross = el('pattern', { id: 'mc-cross', width: 8, height: 8, patternUnits: 'userSpaceOnUse' }, defs);
    el('rect', { width: 8, height: 8, 'class': 'mc-stalled' }, cross);
    el('path', { d: 'M0,0L8,8M8,0L0,8', 'class': 'mc-stroke' }, cross);
  }

  var FILL = { paused: 'url(#mc-hatch)', buffering: 'url(#mc-dots)', stalled: 'url(#mc-cross)' };

  /**
   * Draws a session's events into {@code parent} as an SVG chart; {@code opts.title} labels it,
   * {@code opts.mistakes} ([{at: ms from t0, text}]) marks where a verdict found a mistake.
   */
  function draw(parent, events, opts) {
    opts = opts || {};
    var m = model(events);
    if (opts.t0 != null) m.t0 = opts.t0;
    if (opts.t1 != null) m.t1 = Math.max(m.t1, opts.t1);
    var span = m.t1 - m.t0;
    var plot = WIDTH - LABEL - 10;
    function x(t) { return LABEL + (t - m.t0) / span * plot; }
    var height = LANES.length * (LANE + GAP) + 30;
    var svg = el('svg', { viewBox: '0 0 ' + WIDTH + ' ' + height, 'class': 'mc-chart', role: 'group',
      'aria-label': (opts.title || 'Session') + ': ' + m.count + ' events over ' + secs(span) + ' s by playerTime.ts',
      'data-t0': m.t0, 'data-t1': m.t1 }, null);
    patterns(svg);
    var axis = el('g', { 'class': 'mc-axis' }, svg);
    var step = niceStep(span / 1000);
    for (var s = 0; s * 1000 <= span; s += step) {
      var ax = x(m.t0 + s * 1000);
      el('line', { x1: ax, x2: ax, y1: 0, y2: height - 24, 'class': 'mc-grid' }, axis);
      el('text', { x: ax, y: height - 10, 'class': 'mc-tick-label' }, axis).textContent = s + ' s';
    }
    LANES.forEach(function (lane, i) {
      var y = i * (LANE + GAP) + 4;
      var g = el('g', { 'class': 'mc-lane', 'data-lane': lane[0] }, svg);
      el('text', { x: 4, y: y + LANE / 2 + 4, 'class': 'mc-lane-label' }, g).textContent = lane[1];
      if (lane[0] === 'pings') return pings(g, m.pings, y);
      if (lane[0] === 'marks' || lane[0] === 'arrival') return points(g, lane[0], m[lane[0]], y);
      m[lane[0]].forEach(function (seg) { segment(g, lane, seg, y); });
    });
    (opts.mistakes || []).forEach(function (mistake) {
      var mx = x(m.t0 + mistake.at);
      var g = el('g', { 'class': 'mc-mistake', tabindex: 0, role: 'img', 'data-at': mistake.at,
        'aria-label': 'Mistake at ' + secs(mistake.at) + ' s: ' + mistake.text }, svg);
      el('line', { x1: mx, x2: mx, y1: 0, y2: height - 24 }, g);
      el('text', { x: mx + 2, y: 12 }, g).textContent = '✗';
      attachTip(g, ['Mistake at +' + secs(mistake.at) + ' s', mistake.text]);
    });
    parent.appendChild(svg);
    return svg;

    function segment(g, lane, seg, y) {
      var x0 = x(seg.start);
      var w = Math.max(2, x(seg.end) - x0);
      var word = lane[0] === 'content' ? CONTENT[seg.state] : seg.state;
      var label = lane[1] + ': ' + word + ' from +' + secs(seg.start - m.t0) + ' s to +' + secs(seg.end - m.t0) + ' s';
      var node = el('g', { 'class': 'mc-seg mc-' + (lane[0] === 'content' ? seg.state : lane[0]), tabindex: 0,
        role: 'img', 'aria-label': label, 'data-lane': lane[0], 'data-state': word, 'data-start-ts': seg.start,
        'data-end-ts': seg.end, 'data-event': seg.event.index }, g);
      el('rect', { x: x0, y: y, width: w, height: LANE, rx: 2,
        fill: (lane[0] === 'content' && FILL[seg.state]) || '' }, node);
      if (w > word.length * 6.5 + 6) {
        el('text', { x: x0 + 4, y: y + LANE / 2 + 4, 'class': 'mc-seg-label' }, node).textContent = word;
      }
      attachTip(node, [label].concat(describe(seg.event, m.t0)), bodyText(seg.event));
    }

    function pings(g, list, y) {
      // One path for every ping: thousands of ticks cost one element.
      var d = list.map(function (e) { return 'M' + x(e.ts).toFixed(1) + ',' + y + 'v' + LANE; }).join('');
      el('path', { d: d, 'class': 'mc-ping' }, g);
      var node = el('rect', { x: LABEL, y: y, width: plot, height: LANE, 'class': 'mc-ping-hit', tabindex: 0,
        role: 'img', 'aria-label': list.length + ' pings' }, g);
      attachTip(node, [list.length + ' pings, drawn as ticks at their ts'].concat(gaps(list)));
    }

    function gaps(list) {
      var longest = 0;
      var after = null;
      for (var i = 1; i < list.length; i++) {
        if (list[i].ts - list[i - 1].ts > longest) { longest = list[i].ts - list[i - 1].ts; after = list[i - 1]; }
      }
      return after ? ['Longest gap: ' + secs(longest) + ' s after +' + secs(after.ts - m.t0) + ' s'] : [];
    }

    function points(g, lane, list, y) {
      // Past 2,000 marks only the first 2,000 are focusable; the rest are drawn as one path.
      var shown = list.slice(0, 2000);
      shown.forEach(function (e) {
        var px = x(e.ts);
        var severity = worst(e);
        var word = lane === 'arrival' ? 'arrived as request ' + e.arrival : severity;
        var node = el('g', { 'class': 'mc-point mc-' + (lane === 'arrival' ? 'arrived' : severity), tabindex: 0,
          role: 'img', 'data-lane': lane, 'data-event': e.index, 'data-ts': e.ts,
          'aria-label': word + ' at event ' + e.index + ' (' + e.eventType + ', +' + secs(e.ts - m.t0) + ' s)' }, g);
        el('path', { d: 'M' + px + ',' + (y + 2) + 'l6,11l-6,11l-6,-11z' }, node);
        el('text', { x: px + 8, y: y + LANE / 2 + 4, 'class': 'mc-point-label' }, node).textContent =
            lane === 'arrival' ? '↯' + e.arrival : ICON[severity];
        attachTip(node, describe(e, m.t0), bodyText(e));
      });
      if (list.length > shown.length) {
        el('path', { 'class': 'mc-ping', d: list.slice(2000).map(function (e) {
          return 'M' + x(e.ts).toFixed(1) + ',' + y + 'v' + LANE; }).join('') }, g);
      }
    }
  }

  var ICON = { error: '✖ error', warning: '▲ warning', info: 'ℹ info', refused: '⊘ refused' };

  function worst(e) {
    var f = e.findings || [];
    if (f.some(function (x) { return x.severity === 'error'; })) return 'error';
    if (e.status != null && e.status >= 400) return 'refused';
    if (e.eventType === 'error') return 'error';
    if (f.some(function (x) { return x.severity === 'warning'; })) return 'warning';
    return 'info';
  }

  function niceStep(seconds) {
    var steps = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600, 7200, 21600, 86400];
    for (var i = 0; i < steps.length; i++) if (seconds / steps[i] <= 12) return steps[i];
    return 86400 * 7;
  }

  /** The expected timeline's requests as events the chart draws: ts from the seconds the table gives. */
  function expectedEvents(expected, t0) {
    var last = 0;
    return expected.map(function (row, i) {
      last = row.seconds == null ? last : row.seconds;
      return { index: i, eventType: row.request, ts: t0 + Math.round(last * 1000), playhead: row.playhead,
        status: row.answer, body: { row: row.row, request: row.request }, findings: [] };
    });
  }

  /**
   * A verdict of verify against a timeline: its mistakes as a list, then the expected and the recorded lanes
   * one above the other on the same scale, each mistake marked where it happened.
   */
  function verdict(parent, data) {
    var box = html('section', null, 'mc-verdict', parent);
    box.setAttribute('aria-label', 'Verdict against ' + data.timeline);
    html('h3', (data.passed ? '✔ follows ' : '✖ does not follow ') + '"' + data.timeline + '"',
        data.passed ? 'mc-pass' : 'mc-fail', box);
    var list = html('ol', null, 'mc-mistakes', box);
    data.mistakes.forEach(function (text) { html('li', text, null, list); });
    var recorded = data.events || [];
    var t0 = recorded.length ? recorded.filter(function (e) { return typeof e.ts === 'number'; })
        .reduce(function (a, e) { return Math.min(a, e.ts); }, Infinity) : 0;
    if (!isFinite(t0)) t0 = 0;
    function marks(side) {
      return (data.lines || []).filter(function (l) { return l.differs && l[side] != null; })
          .map(function (l) { return { at: l[side] * 1000, text: l.expected + '  ⟷  ' + l.recorded }; });
    }
    var expected = expectedEvents(data.expected || [], t0);
    // One scale for both, so a request and its expectation stand one above the other.
    var t1 = Math.max(model(expected).t1, model(recorded).t1);
    html('h4', 'Expected', null, box);
    draw(box, expected, { title: 'Expected timeline', mistakes: marks('expectedAt'), t0: t0, t1: t1 })
        .classList.add('mc-expected');
    html('h4', 'Recorded', null, box);
    draw(box, recorded, { title: 'Recorded session', mistakes: marks('recordedAt'), t0: t0, t1: t1 })
        .classList.add('mc-recorded');
    return box;
  }

  global.McTimeline = { model: model, draw: draw, verdict: verdict, describe: describe, el: html };
})(window);
