#!/usr/bin/env bash
# Runs every tests/bench/bench_*.sh with the build folder, each bounded in time, and prints their
# result lines. Benchmarks never fail the build: a bench that fails says so and the rest go on.
#   tests/bench/run.sh BUILD_DIR
set -uo pipefail
build=$(cd "${1:-build}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
limit=${BENCH_TIMEOUT:-1200}
for bench in "$here"/bench_*.sh; do
    name=$(basename "$bench" .sh)
    if ! timeout "$limit" bash "$bench" "$build"; then
        echo "bench ${name#bench_}: did not complete (see its messages above)"
    fi
done
exit 0
