#!/usr/bin/env bash
# Seconds from `npm start` to the first page served (GET / answering 200), then Ctrl-C to the whole process
# group, as a terminal would send it. Run it twice in a fresh clone after `npm install`: the first run is the
# cold start (initdb, migrations, demo record, build), the second the warm one.
#   bash bench/start-time.sh
set -euo pipefail
set -m # the background job gets its own process group, and SIGINT is not ignored in it
cd "$(dirname "$0")/.."
port=${PORT:-3000}
log=$(mktemp)
started=$(date +%s.%N)
PORT=$port npm start > "$log" 2>&1 &
job=$!
until curl -sf -o /dev/null "http://localhost:$port/"; do
  if ! kill -0 "$job" 2>/dev/null; then cat "$log"; exit 1; fi
  sleep 0.05
done
served=$(date +%s.%N)
kill -INT -- "-$job"
wait "$job" || true
printf 'first page served %.1f s after npm start\n' "$(echo "$served - $started" | bc)"
