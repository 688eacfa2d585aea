#!/usr/bin/env bash
# The response inspector fed a 100 MB JSON body, offscreen: the longest event-loop stall while it
# is formatted (a 5 ms timer probe), the time to the first formatted screen, and the time until
# the whole body is formatted. No peer: no other tool shows the same thing the same way.
#   tests/bench/bench_ui_largebody.sh BUILD_DIR
set -euo pipefail
build=${1:-build}
driver="$build/tests/bench/ui_largebody_bench"
[ -x "$driver" ] || { echo "bench ui-largebody: $driver is missing (build first)" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_RUNTIME_DIR="$scratch"
chmod 0700 "$scratch"
QT_QPA_PLATFORM=offscreen TMPDIR="$scratch" "$driver" "${BENCH_UI_MB:-100}"
