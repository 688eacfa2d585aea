#!/usr/bin/env bash
# GUI start-up: time from exec until the main window is mapped under Xvfb, and resident memory
# 1.5 s after start, for Wirebench and Packet Sender's GUI side by side. Medians of RUNS runs.
#   tests/bench/bench_startup.sh BUILD_DIR
set -euo pipefail
build=${1:-build}
runs=${RUNS:-9}
app="$build/app/gui/wirebench"
[ -x "$app" ] || { echo "bench startup: $app is missing (build first)" >&2; exit 1; }
for tool in Xvfb xdotool packetsender; do
    command -v "$tool" >/dev/null || { echo "bench startup: $tool is not installed" >&2; exit 1; }
done

scratch=$(mktemp -d)
display=$((100 + RANDOM % 300))
Xvfb ":$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
cleanup() { kill "$xvfb" 2>/dev/null || true; rm -rf "$scratch"; }
trap cleanup EXIT
export DISPLAY=":$display"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -m 0700 "$XDG_RUNTIME_DIR"
for _ in $(seq 100); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.05; done

now_ms() { date +%s%3N; }

# measure HOME TITLE_REGEX CMD...: prints "map_ms rss_kb"
measure() {
    local home=$1 title=$2; shift 2
    mkdir -p "$home"
    local start end pid rss
    start=$(now_ms)
    HOME="$home" "$@" >/dev/null 2>&1 &
    pid=$!
    end=""
    for _ in $(seq 2000); do
        if xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; then end=$(now_ms); break; fi
        sleep 0.005
    done
    local elapsed=$(( $(now_ms) - start ))
    [ "$elapsed" -lt 1500 ] && sleep "$(awk "BEGIN{print (1500-$elapsed)/1000}")"
    rss=$(awk '/^VmRSS/{print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    [ -n "$end" ] || { echo "timeout 0"; return; }
    echo "$((end - start)) $rss"
}

median() { sort -n | awk '{a[NR]=$1} END{ if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2 }'; }

# One warm-up run each (first-run setup, disk cache), not counted; then alternate.
measure "$scratch/home-wb" '^Wirebench' "$app" --workspace "$scratch/ws-warmup" >/dev/null
measure "$scratch/home-ps" '^Packet Sender' packetsender >/dev/null
wb_map=(); wb_rss=(); ps_map=(); ps_rss=()
for i in $(seq "$runs"); do
    read -r m r < <(measure "$scratch/home-wb" '^Wirebench' "$app" --workspace "$scratch/ws-$i")
    wb_map+=("$m"); wb_rss+=("$r")
    read -r m r < <(measure "$scratch/home-ps" '^Packet Sender' packetsender)
    ps_map+=("$m"); ps_rss+=("$r")
done

wm=$(printf '%s\n' "${wb_map[@]}" | median); pm=$(printf '%s\n' "${ps_map[@]}" | median)
wr=$(printf '%s\n' "${wb_rss[@]}" | median); pr=$(printf '%s\n' "${ps_rss[@]}" | median)
awk -v w="$wm" -v p="$pm" 'BEGIN{printf "bench startup-mapped: wirebench %d ms | packetsender %d ms | ratio %.2f\n", w, p, w/p}'
awk -v w="$wr" -v p="$pr" 'BEGIN{printf "bench startup-idle-rss: wirebench %.1f MB | packetsender %.1f MB | ratio %.2f\n", w/1024, p/1024, w/p}'
