#!/usr/bin/env bash
# The socket console taking a stream from socat as fast as loopback carries it (bounded to 1 GiB
# or 20 s), offscreen: the longest event-loop stall (a 5 ms timer probe; goal at most 50 ms), the
# peak resident memory, and the rate. No peer: no other tool shows the same thing the same way.
#   tests/bench/bench_ui_socketstream.sh BUILD_DIR   (BENCH_SOCKET_STORE=0: without a workspace)
set -euo pipefail
build=${1:-build}
driver="$build/tests/bench/ui_socketstream_bench"
command -v socat >/dev/null || { echo "bench ui-socket-stream: skipped (socat is not installed)"; exit 0; }
[ -x "$driver" ] || { echo "bench ui-socket-stream: $driver is missing (build first)" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_RUNTIME_DIR="$scratch"
chmod 0700 "$scratch"
QT_QPA_PLATFORM=offscreen "$driver" "${BENCH_SOCKET_MB:-1024}" "${BENCH_SOCKET_SECONDS:-20}"
