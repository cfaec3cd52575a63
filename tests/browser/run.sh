#!/usr/bin/env bash
# Browser test of the HTML report (tests/browser/report.test.mjs): headless
# Chromium from Debian's packages, driven by playwright-core from npm.
# Installs what is missing, builds the release binary, runs the test.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if [ ! -x /usr/bin/chromium ]; then
  echo "== installing chromium (apt-get)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "== installing node and npm (apt-get)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
if [ ! -d "$here/node_modules/playwright-core" ]; then
  echo "== installing playwright-core (npm ci)"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

# A /dev/null that is a regular file (see .ci/run) must at least be empty
# when cargo's rustc probe reads it.
[ -c /dev/null ] || : > /dev/null
(cd "$root" && cargo build --release --quiet)
cd "$here"
CLAIMDIFF="${CLAIMDIFF:-$root/target/release/claimdiff}" node --test --test-reporter=spec report.test.mjs
