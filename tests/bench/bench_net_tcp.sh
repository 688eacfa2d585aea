#!/usr/bin/env bash
# 1 GiB through a socat echo server on loopback: `wirebench-cli tcp` against a socat client.
# Usage: bench_net_tcp.sh BUILD_DIR
# Prints: bench net-tcp-1gib: wirebench <s> s | socat <s> s | ratio <r>   (medians of 3 runs)
set -euo pipefail
build=${1:?usage: bench_net_tcp.sh BUILD_DIR}
cli="$build/app/cli/wirebench-cli"
size=$((1024 * 1024 * 1024))
runs=${WB_BENCH_RUNS:-3}
for tool in socat hyperfine; do
    command -v "$tool" >/dev/null || { echo "bench net-tcp-1gib: skipped ($tool is not installed)"; exit 0; }
done
[ -x "$cli" ] || { echo "bench net-tcp-1gib: skipped ($cli is not built)"; exit 0; }

work=$(mktemp -d)
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# -b 4096: socat's PIPE echo writes into a pipe it reads itself; with blocks larger than
# PIPE_BUF a sustained stream can block that write forever. Both clients face the same server.
socat -b 4096 "TCP-LISTEN:$port,bind=127.0.0.1,reuseaddr,fork" PIPE &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
sleep 0.3

# Each client must get every byte back; check once before timing.
for client in "$cli tcp 127.0.0.1 $port" "socat -t 30 - TCP:127.0.0.1:$port"; do
    got=$(head -c $size /dev/zero | timeout 120 $client | wc -c)
    if [ "$got" != "$size" ]; then
        echo "bench net-tcp-1gib: skipped ('$client' echoed $got of $size bytes)"
        exit 0
    fi
done

hyperfine --runs "$runs" --warmup 0 --export-json "$work/tcp.json" --style none \
    -n wirebench "head -c $size /dev/zero | timeout 120 $cli tcp 127.0.0.1 $port > /dev/null" \
    -n socat "head -c $size /dev/zero | timeout 120 socat -t 30 - TCP:127.0.0.1:$port > /dev/null" \
    > /dev/null
/usr/bin/python3 - "$work/tcp.json" <<'PY'
import json, sys
results = {r["command"]: r["median"] for r in json.load(open(sys.argv[1]))["results"]}
w, s = results["wirebench"], results["socat"]
print(f"bench net-tcp-1gib: wirebench {w:.2f} s | socat {s:.2f} s | ratio {w / s:.2f}")
PY
