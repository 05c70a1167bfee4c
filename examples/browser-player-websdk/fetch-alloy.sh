#!/usr/bin/env bash
# Fetches Adobe's Web SDK, @adobe/alloy, pinned, from the npm registry, checks it, and writes its standalone
# bundle as DIR/alloy.min.js (DIR: the first argument, by default this folder):
#   bash examples/browser-player-websdk/fetch-alloy.sh [DIR]
# `npm pack` downloads the package's tarball alone: `npm install @adobe/alloy` would also install the build
# toolchain the package lists as dependencies (rollup and others, for its alloyBuilder command), which the
# page does not need. The tarball must have the integrity pinned below (the registry's `dist.integrity` of
# that version) and the bundle the sha256 pinned below, else nothing is written. No package script runs.
# Exit codes: 0 written (or already there and intact), 1 the download is not the pinned one,
# 2 it could not be fetched (npm missing, or the registry unreachable).
set -euo pipefail

ALLOY_VERSION="2.33.1"
ALLOY_INTEGRITY="sha512-yg+HD3Oslhrmt3stSwtKc22qbwjR4ehFzXfc8RCEwultr41y85S2dSsojvPt2Mife0IZ4Wp/1EexGp1f6TbWDg=="
BUNDLE_SHA256="a730086a980d206cb09b191f17837dc73231c41712bd2b6fc1bed20297913c5c"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="${1:-$here}"
target="$dir/alloy.min.js"

command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1 \
  || { echo "fetch-alloy.sh: npm is missing (Debian: apt-get install npm)" >&2; exit 2; }

# digest ALGORITHM FILE ENCODING: node is there wherever npm is, sha512sum and base64 may not be.
digest() {
  node -e 'const c = require("crypto"), fs = require("fs");
    process.stdout.write(c.createHash(process.argv[1]).update(fs.readFileSync(process.argv[2])).digest(process.argv[3]));' \
    "$1" "$2" "$3"
}

if [ -f "$target" ] && [ "$(digest sha256 "$target" hex)" = "$BUNDLE_SHA256" ]; then
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if ! (cd "$work" && npm pack "@adobe/alloy@$ALLOY_VERSION" --ignore-scripts --silent >/dev/null 2>"$work/npm.log"); then
  echo "fetch-alloy.sh: npm could not fetch @adobe/alloy@$ALLOY_VERSION from the registry:" >&2
  tail -n 5 "$work/npm.log" >&2
  exit 2
fi
tarball="$work/adobe-alloy-$ALLOY_VERSION.tgz"
actual="sha512-$(digest sha512 "$tarball" base64)"
if [ "$actual" != "$ALLOY_INTEGRITY" ]; then
  echo "fetch-alloy.sh: @adobe/alloy@$ALLOY_VERSION has integrity $actual, not the pinned $ALLOY_INTEGRITY" >&2
  exit 1
fi
tar -xzf "$tarball" -C "$work" package/dist/alloy.min.js
actual="$(digest sha256 "$work/package/dist/alloy.min.js" hex)"
if [ "$actual" != "$BUNDLE_SHA256" ]; then
  echo "fetch-alloy.sh: dist/alloy.min.js has sha256 $actual, not the pinned $BUNDLE_SHA256" >&2
  exit 1
fi
mkdir -p "$dir"
mv "$work/package/dist/alloy.min.js" "$target.partial"
mv "$target.partial" "$target"
