#!/usr/bin/env bash
# UDP datagrams per second on loopback: `wirebench-cli udp --send --repeat` against Packet
# Sender's command line, same payload (64 bytes) and count, into the same socat sink.
# Usage: bench_net_udp.sh BUILD_DIR
# Prints: bench net-udp-send: wirebench <n> datagrams/s | packetsender <n> datagrams/s | ratio <r>
# (count divided by the median wall time of 5 runs, process start included for both)
set -euo pipefail
build=${1:?usage: bench_net_udp.sh BUILD_DIR}
cli="$build/app/cli/wirebench-cli"
count=${WB_BENCH_UDP_COUNT:-200000}
runs=${WB_BENCH_RUNS:-5}
payload=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
for tool in socat hyperfine packetsender; do
    command -v "$tool" >/dev/null || { echo "bench net-udp-send: skipped ($tool is not installed)"; exit 0; }
done
[ -x "$cli" ] || { echo "bench net-udp-send: skipped ($cli is not built)"; exit 0; }

work=$(mktemp -d)
mkdir -p "$work/home"
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
socat -u "UDP-RECV:$port,bind=127.0.0.1" /dev/null &
sink=$!
trap 'kill $sink 2>/dev/null; rm -rf "$work"' EXIT
sleep 0.3

HOME="$work/home" hyperfine --runs "$runs" --warmup 1 --export-json "$work/udp.json" --style none \
    -n wirebench "timeout 120 $cli udp --send $payload --repeat $count --interval 0 --wait 0 127.0.0.1 $port" \
    -n packetsender "timeout 120 packetsender -uA --num $count --rate 0 --usdelay 0 127.0.0.1 $port $payload" \
    > /dev/null
/usr/bin/python3 - "$work/udp.json" "$count" <<'PY'
import json, sys
count = int(sys.argv[2])
results = {r["command"]: r["median"] for r in json.load(open(sys.argv[1]))["results"]}
w, p = count / results["wirebench"], count / results["packetsender"]
print(f"bench net-udp-send: wirebench {w:.0f} datagrams/s | packetsender {p:.0f} datagrams/s | ratio {w / p:.2f}")
PY
