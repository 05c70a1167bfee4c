#!/usr/bin/env bash
# Plays the browser example against a running mock, the way the features run a player ("command mode"):
#   MCMOCK_BASE_URL=http://localhost:8080 MCMOCK_SCENARIO="Timeline 2 - ..." bash examples/browser-player/play.sh
# Serves this folder from another origin (127.0.0.1 on a free port), opens index.html in headless Chromium,
# prints the page's log when the page has finished, and exits:
#   0 the page played its timeline, 1 it failed or did not finish in time,
#   2 it could not run (a variable, Chromium or python3 missing), 3 the page does not play this scenario.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TIME_LIMIT="${MCMOCK_PLAY_TIME_LIMIT:-40}"   # seconds of wall time; the features give a player 60

fail_setup() {
  echo "play.sh: $*" >&2
  exit 2
}

[ -n "${MCMOCK_BASE_URL:-}" ] || fail_setup "set MCMOCK_BASE_URL to the mock's base URL, e.g. http://localhost:8080"
[ -n "${MCMOCK_SCENARIO:-}" ] || fail_setup "set MCMOCK_SCENARIO to the scenario's name, e.g. \"Timeline 2 - ...\""
command -v python3 >/dev/null 2>&1 || fail_setup "python3 is missing (it serves the page): apt-get install python3"
chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
[ -n "$chromium" ] && command -v "$chromium" >/dev/null 2>&1 \
  || fail_setup "Chromium is missing: apt-get install chromium, or set CHROMIUM to its path"

work="$(mktemp -d)"
server_pid=""
browser_pid=""

# Stops a process (or, given -<pgid>, a process group) this script started: TERM, then KILL for whatever
# is left a second later. A TERM that lands while a child is still being forked can be lost, and a lost
# one must not leave the server running or this script waiting for it.
stop() {
  kill -TERM -- "$1" 2>/dev/null || return 0
  for _ in $(seq 20); do
    kill -0 -- "$1" 2>/dev/null || return 0
    sleep 0.05
  done
  kill -KILL -- "$1" 2>/dev/null || true
}
cleanup() {
  # timeout leads its own process group, Chromium's helper processes included: stop the whole group,
  # and timeout itself should it not have made its group yet.
  [ -z "$browser_pid" ] || { stop "-$browser_pid"; stop "$browser_pid"; }
  [ -z "$server_pid" ] || stop "$server_pid"
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM   # exit runs cleanup, so a stopped run leaves no server or browser behind

# Port 0: the system picks a free port, and the server says which one. The log exists before the server
# starts, so reading it never races the server's opening it.
: >"$work/server.log"
python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$here" >>"$work/server.log" 2>&1 &
server_pid=$!
port=""
for _ in $(seq 200); do
  port="$(sed -n 's/^Serving HTTP on .* port \([0-9]*\).*/\1/p' "$work/server.log")"
  [ -z "$port" ] || break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.05
done
[ -n "$port" ] || { cat "$work/server.log" >&2; fail_setup "the page's web server did not start within 10 s"; }

query="$(python3 -c 'import sys, urllib.parse; print(urllib.parse.urlencode({"mock": sys.argv[1], "scenario": sys.argv[2]}))' \
  "$MCMOCK_BASE_URL" "$MCMOCK_SCENARIO")"
page="http://127.0.0.1:$port/index.html?$query"

# --dump-dom prints the page once it is done; with --virtual-time-budget "done" means the page's timers
# have run and no fetch is pending, so every request of the timeline has its answer. Virtual time only
# stands for timers (the page's clock is its own): idle stretches cost nothing, so the budget is generous.
# timeout bounds the wall time, should the mock never answer.
timeout --kill-after=5 "$TIME_LIMIT" "$chromium" --headless --no-sandbox --disable-gpu --disable-quic \
  --no-first-run --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --virtual-time-budget=600000 --dump-dom "$page" \
  >"$work/page.html" 2>"$work/chromium.log" &
browser_pid=$!
status=0
wait "$browser_pid" || status=$?
browser_pid=""

# The page writes its verdict in <title> and its log in <pre id="log">.
python3 - "$work/page.html" >"$work/verdict" <<'EOF'
import html, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
title = re.search(r"<title>(.*?)</title>", page, re.S)
log = re.search(r'<pre id="log">(.*?)</pre>', page, re.S)
print(html.unescape(title.group(1)) if title else "")
sys.stdout.write(html.unescape(log.group(1)) if log else "")
EOF
verdict="$(head -n 1 "$work/verdict")"
tail -n +2 "$work/verdict"

case "$verdict" in
  done) exit 0 ;;
  unsupported:*) exit 3 ;;
  failed:*) exit 1 ;;
esac
if [ "$status" = 124 ] || [ "$status" = 137 ]; then
  echo "play.sh: the page did not finish within $TIME_LIMIT s" >&2
else
  echo "play.sh: the page did not finish (Chromium exited with $status); Chromium said:" >&2
  tail -n 20 "$work/chromium.log" >&2
fi
exit 1
