#!/usr/bin/env bash
# Fuzz every target under fuzz_targets/ for a bounded time (FUZZ_SECONDS
# each, default 6: about a minute in all), starting from the committed seeds
# in corpus/<target>. What a run finds goes to target/corpus/<target> (kept
# out of git); a crash stops the script, with its input in
# artifacts/<target>/ and the end of the log on stderr.
#
# libFuzzer needs unstable compiler flags: the nightly toolchain when it is
# installed, else stable with RUSTC_BOOTSTRAP=1. The script says which.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${FUZZ_SECONDS:-6}

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "== fuzz: installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

if command -v rustup >/dev/null 2>&1 && rustup toolchain list | grep -q '^nightly'; then
  cargo=(cargo +nightly)
  echo "== fuzz: nightly toolchain ($(rustc +nightly --version))"
else
  export RUSTC_BOOTSTRAP=1
  cargo=(cargo)
  echo "== fuzz: stable toolchain with RUSTC_BOOTSTRAP=1 ($(rustc --version))"
fi

# A /dev/null that is a regular file (see .ci/run) must at least be empty
# when cargo's rustc probe reads it.
[ -c /dev/null ] || : > /dev/null
"${cargo[@]}" fuzz build
mkdir -p target/logs
for target in $("${cargo[@]}" fuzz list); do
  work=target/corpus/$target
  log=target/logs/$target.log
  mkdir -p "$work"
  if ! "${cargo[@]}" fuzz run "$target" "$work" "corpus/$target" -- \
    -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "== fuzz: $target FAILED; input in fuzz/artifacts/$target/, log in fuzz/$log" >&2
    exit 1
  fi
  runs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -n 1)
  printf '%-12s %s\n' "$target" "${runs:-no summary (see fuzz/$log)}"
done
