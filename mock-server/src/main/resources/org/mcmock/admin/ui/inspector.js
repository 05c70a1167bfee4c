/*
 * The inspector page: polls the admin API of the mock that serves it (same origin, so the admin guard lets it
 * through; with --admin-token it asks for the token once and sends it as Authorization: Bearer), lists the
 * sessions and draws the chosen one with timeline.js.
 */
(function () {
  'use strict';

  var API = '/__admin/media-collection';
  var POLL_MS = 2000;
  var $ = function (id) { return document.getElementById(id); };
  var html = McTimeline.el;
  var state = { sessions: [], listKey: null, selected: null, drawnKey: '', token: sessionStorage.getItem('mcmock.token'),
    waitingForToken: false, timer: null };

  function call(method, path, body) {
    var headers = { 'Accept': 'application/json' };
    if (state.token) headers.Authorization = 'Bearer ' + state.token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(API + path, { method: method, headers: headers, cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body) }).then(function (r) {
      if (r.status === 401) {
        askForToken();
        throw new Error('the admin API needs the token this mock was started with');
      }
      return r.json().then(function (json) {
        if (!r.ok) throw new Error(json.message || (json.errors && json.errors[0] && json.errors[0].title) || r.status);
        return json;
      });
    });
  }

  function askForToken() {
    state.waitingForToken = true;
    $('mc-token-form').classList.remove('mc-hidden');
    $('mc-token').focus();
  }

  function status(text) { $('mc-status').textContent = text; }

  /** Every page of the sessions list, 1,000 at a time. */
  function allSessions() {
    var all = [];
    function page(cursor) {
      return call('GET', '/sessions?limit=1000' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''))
          .then(function (p) {
            all = all.concat(p.sessions);
            return p.next && all.length < 100000 ? page(p.next) : all;
          });
    }
    return page(null);
  }

  function poll() {
    clearTimeout(state.timer);
    if (state.waitingForToken) return Promise.resolve();
    var started = performance.now();
    return Promise.all([allSessions(), call('GET', '/refused-session-starts'), call('GET', '/rejected-batches'),
      call('GET', '/mode'), call('GET', '/clock')]).then(function (r) {
      showSessions(r[0]);
      // How long the last poll took from its first request to the rows drawn (the browser tests read it).
      document.body.dataset.listMillis = String(Math.round(performance.now() - started));
      showRefused(r[1].refusedSessionStarts, r[2].batches);
      $('mc-mode').textContent = r[3].mode;
      $('mc-clock').textContent = r[4].now + (r[4].offset && r[4].offset !== '0s' ? ' (advanced ' + r[4].offset + ')' : '');
      status('Updated ' + new Date().toLocaleTimeString() + ' · polling every ' + POLL_MS / 1000 + ' s');
      return refreshSelected();
    }).catch(function (e) { status('Cannot read the admin API: ' + e.message); })
        .then(function () { state.timer = setTimeout(poll, POLL_MS); });
  }

  function findingCounts(s) {
    return (s.summary && s.summary.findings) || { error: 0, warning: 0, info: 0 };
  }

  function matches(s) {
    var text = $('mc-filter-text').value.trim().toLowerCase();
    var wanted = $('mc-filter-state').value;
    var severity = $('mc-filter-severity').value;
    var c = findingCounts(s);
    if (wanted && s.state !== wanted) return false;
    if (severity === 'error' && !c.error) return false;
    if (severity === 'warning' && !c.warning) return false;
    if (severity === 'none' && (c.error || c.warning || c.info)) return false;
    if (!text) return true;
    var hay = [s.sid, s.state, s.closeReason || ''].concat(Object.keys(s.eventTypes || {}))
        .concat((s.findings || []).map(function (f) { return f.rule; })).join(' ').toLowerCase();
    return hay.indexOf(text) >= 0;
  }

  function showSessions(sessions) {
    state.sessions = sessions;
    renderRows();
  }

  function renderRows() {
    var shown = state.sessions.filter(matches);
    var key = shown.map(function (s) { return s.sid + s.state + s.requests.recorded + JSON.stringify(findingCounts(s)); })
        .join('|') + (state.selected || '');
    $('mc-count').textContent = '(' + shown.length + (shown.length === state.sessions.length ? '' : ' of '
        + state.sessions.length) + ')';
    if (key === state.listKey) return;
    state.listKey = key;
    var body = document.createDocumentFragment();
    shown.forEach(function (s) {
      var row = html('tr', null, 'mc-row');
      row.tabIndex = 0;
      row.dataset.sid = s.sid;
      row.setAttribute('aria-selected', String(s.sid === state.selected));
      html('td', s.sid, 'mc-sid', row);
      var st = html('td', null, null, row);
      html('span', s.state, 'mc-badge mc-state', st);
      html('td', s.requests.recorded + ' recorded, ' + s.requests.rejected + ' refused'
          + (s.requests.injected ? ', ' + s.requests.injected + ' faults' : ''), null, row);
      var f = html('td', null, null, row);
      var c = findingCounts(s);
      if (c.error) html('span', '✖ ' + c.error + ' error' + (c.error > 1 ? 's' : ''), 'mc-badge mc-error', f);
      if (c.warning) html('span', '▲ ' + c.warning + ' warning' + (c.warning > 1 ? 's' : ''), 'mc-badge mc-warning', f);
      if (c.info) html('span', 'ℹ ' + c.info + ' info', 'mc-badge mc-info', f);
      if (!c.error && !c.warning && !c.info) f.textContent = 'none';
      html('td', s.lastEventAt || '', null, row);
      body.appendChild(row);
    });
    var tbody = $('mc-sessions').tBodies[0];
    tbody.textContent = '';
    tbody.appendChild(body);
  }

  function select(sid) {
    state.selected = sid;
    state.drawnKey = '';
    state.listKey = null;
    renderRows();
    refreshSelected();
  }

  function refreshSelected() {
    var sid = state.selected;
    if (!sid) return Promise.resolve();
    var listed = state.sessions.filter(function (s) { return s.sid === sid; })[0];
    if (!listed) {
      state.selected = null;
      $('mc-session').classList.add('mc-hidden');
      return Promise.resolve();
    }
    var key = sid + listed.requests.recorded + listed.state + JSON.stringify(findingCounts(listed));
    if (key === state.drawnKey) return Promise.resolve();
    var started = performance.now();
    return call('GET', '/sessions/' + encodeURIComponent(sid)).then(function (s) {
      state.drawnKey = key;
      state.session = s;
      drawSession(s);
      $('mc-chart').dataset.sessionMillis = String(Math.round(performance.now() - started));
    });
  }

  function drawSession(s) {
    $('mc-session').classList.remove('mc-hidden');
    $('mc-session-title').textContent = 'Session ' + s.sid + ' (' + s.state + ')';
    figures(s.summary);
    var late = McTimeline.model(s.events).arrival.length;
    $('mc-arrival-note').textContent = late ? late + (late === 1 ? ' event' : ' events') + ' arrived after one'
        + ' with a later ts (marked ↯N on the "Arrival order" lane: N is its place in arrival order).'
        : 'Every event arrived in ts order.';
    var chart = $('mc-chart');
    chart.textContent = '';
    var started = performance.now();
    McTimeline.draw(chart, s.events, { title: 'Session ' + s.sid });
    chart.dataset.drawMillis = String(Math.round(performance.now() - started));
    $('mc-verdict').textContent = '';
  }

  function figures(sum) {
    var list = $('mc-figures');
    list.textContent = '';
    if (!sum) return;
    [['content', sum.seconds.content + ' s'], ['ads', sum.seconds.ads + ' s'], ['paused', sum.seconds.paused + ' s'],
      ['buffering', sum.seconds.buffering + ' s'], ['pauses', sum.pauses], ['bufferings', sum.bufferings],
      ['ads completed', sum.ads.completed + ' of ' + sum.ads.started],
      ['chapters completed', sum.chapters.completed + ' of ' + sum.chapters.started],
      ['session completed', sum.completed ? 'yes' : 'no'], ['pings', sum.pings], ['errors', sum.errors]]
        .forEach(function (f) {
          var li = html('li', null, null, list);
          li.dataset.figure = f[0];
          html('b', String(f[1]), null, li);
          li.appendChild(document.createTextNode(f[0]));
        });
  }

  function showRefused(refused, batches) {
    $('mc-refused-count').textContent = '(' + refused.length + ')';
    $('mc-batches-count').textContent = '(' + batches.length + ')';
    fill($('mc-refused'), refused, function (r) {
      return r.arrivedAt + ' · ' + r.status + ' · ' + (r.errors || []).map(function (e) { return e.message; })
          .concat((r.findings || []).map(function (f) { return f.rule + ': ' + f.message; })).join('; ');
    });
    fill($('mc-batches'), batches, function (b) {
      return b.arrivedAt + ' · ' + b.path + ' · ' + b.events + ' events · '
          + (b.errors || []).map(function (e) { return e.message; }).join('; ');
    });
  }

  function fill(list, items, text) {
    list.textContent = '';
    items.forEach(function (item) { html('li', text(item), null, list); });
  }

  function confirmThen(question, action) {
    if (window.confirm(question)) {
      action().then(function (r) { status(r.message || 'Done'); state.listKey = null; state.drawnKey = ''; poll(); })
          .catch(function (e) { status(e.message); });
    }
  }

  function timelines() {
    call('GET', '/timelines').then(function (t) {
      var select = $('mc-timeline');
      t.timelines.forEach(function (name) { html('option', name, null, select).value = name; });
      $('mc-verify-note').textContent = 'Expected lanes above the recorded ones; ✗ marks each mistake.';
    }).catch(function () {
      if (state.waitingForToken) return;
      $('mc-verify-note').textContent = 'Comparing with a timeline needs the mock started from mcmock.jar'
          + ' (its command line bundles verify and the features).';
      $('mc-timeline').disabled = true;
      $('mc-compare').disabled = true;
    });
  }

  function compare() {
    var out = $('mc-verdict');
    out.textContent = 'Checking…';
    call('GET', '/verify?timeline=' + encodeURIComponent($('mc-timeline').value) + '&sid='
        + encodeURIComponent(state.selected)).then(function (v) {
      out.textContent = '';
      McTimeline.verdict(out, v);
    }).catch(function (e) { out.textContent = e.message; });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var rows = $('mc-sessions').tBodies[0];
    rows.addEventListener('click', function (e) {
      var row = e.target.closest('tr');
      if (row) select(row.dataset.sid);
    });
    rows.addEventListener('keydown', function (e) {
      var row = e.target.closest('tr');
      if (!row) return;
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(row.dataset.sid); }
      if (e.key === 'ArrowDown' && row.nextSibling) row.nextSibling.focus();
      if (e.key === 'ArrowUp' && row.previousSibling) row.previousSibling.focus();
    });
    ['mc-filter-text', 'mc-filter-state', 'mc-filter-severity'].forEach(function (id) {
      $(id).addEventListener('input', renderRows);
    });
    $('mc-reset').addEventListener('click', function () {
      confirmThen('Reset the mock? Every session, rejected batch and planned fault is forgotten.', function () {
        state.selected = null;
        $('mc-session').classList.add('mc-hidden');
        return call('POST', '/reset', {});
      });
    });
    $('mc-advance').addEventListener('click', function () {
      var by = $('mc-advance-by').value.trim();
      confirmThen('Advance the mock\'s clock by ' + by + '? Timeouts and retention follow at once.', function () {
        return call('POST', '/clock/advance', { by: by });
      });
    });
    $('mc-mode-switch').addEventListener('click', function () {
      var next = $('mc-mode').textContent === 'strict' ? 'faithful' : 'strict';
      confirmThen('Switch every session to ' + next + ' mode?', function () {
        return call('PUT', '/mode', { mode: next }).then(function () { return { message: 'Mode: ' + next }; });
      });
    });
    $('mc-token-form').addEventListener('submit', function (e) {
      e.preventDefault();
      state.token = $('mc-token').value;
      sessionStorage.setItem('mcmock.token', state.token);
      state.waitingForToken = false;
      $('mc-token-form').classList.add('mc-hidden');
      timelines();
      poll();
    });
    $('mc-compare').addEventListener('click', compare);
    timelines();
    poll();
  });
})();
