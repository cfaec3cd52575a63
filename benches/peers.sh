#!/usr/bin/env bash
# claimdiff against the Python baseline a user would otherwise write
# (../shared/peers/baseline.py: pySBD + rapidfuzz + scipy + difflib), side by
# side on one generated story, on this machine, in one run.
#
#   benches/peers.sh [OUTLETS] [SENTENCES]      (default 50 200)
#
# Needs python3; installs the baseline's packages into target/peers-venv
# from PyPI on first use. Prints both tools' timings and quality counts.
set -euo pipefail
cd "$(dirname "$0")/.."

peers=${PEERS:-../shared/peers}
n=${1:-50}
s=${2:-200}
venv=target/peers-venv
story=target/peers/${n}x${s}

if [ ! -d "$peers" ]; then
  echo "peers: $peers is absent, nothing to compare against"; exit 0
fi
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import rapidfuzz, pysbd, scipy' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet rapidfuzz pysbd scipy
fi
cargo build --release --quiet
rm -rf "$story"
python3 "$peers/gen_corpus.py" -n "$n" -s "$s" --seed 42 --out "$story" > /dev/null

echo "== baseline.py (rapidfuzz mode), ${n} x ${s}"
start=$(date +%s.%N)
"$venv/bin/python" "$peers/baseline.py" --truth "$story/truth.json" "$story"/outlet_*.txt \
  > target/peers/baseline.txt 2> target/peers/baseline.json
end=$(date +%s.%N)
base=$(echo "$end - $start" | bc)
cat target/peers/baseline.json
echo "wall time: ${base} s (report of $(du -h target/peers/baseline.txt | cut -f1) written to a file)"

echo "== claimdiff table, ${n} x ${s}"
start=$(date +%s.%N)
# Exit status 1 means divergences were found, as expected.
./target/release/claimdiff table "$story"/outlet_*.txt --format json -o target/peers/claimdiff.json || [ $? -eq 1 ]
end=$(date +%s.%N)
ours=$(echo "$end - $start" | bc)
echo "wall time: ${ours} s (whole command: read, compare, write $(du -h target/peers/claimdiff.json | cut -f1) of JSON)"
./target/release/claimdiff eval peers "$story"
echo "== speed-up: $(echo "scale=1; $base / $ours" | bc)x"
