#!/usr/bin/env bash
# GUI start-up on a big workspace: time from exec until the main window is mapped under Xvfb,
# and resident memory 1.5 s after start, with a workspace that holds 1,000,000 history entries
# against an empty workspace (goal: within 1.1x). Both workspaces exist before the runs, so both
# open an existing database; whatever the window shows of the history (the sidebar's panel loads
# one page at a time) is part of the time. Medians of RUNS runs, alternating.
#   tests/bench/bench_gui_history.sh BUILD_DIR   (ENTRIES=1000000; BIG_WORKSPACE=DIR reuses a
#                                                 workspace filled earlier by store_bench generate)
set -euo pipefail
build=${1:-build}
runs=${RUNS:-9}
entries=${ENTRIES:-1000000}
app="$build/app/gui/wirebench"
driver="$build/tests/bench/store_bench"
for program in "$app" "$driver"; do
    [ -x "$program" ] || { echo "bench gui_history: $program is missing (build it first)" >&2; exit 1; }
done
for tool in Xvfb xdotool; do
    command -v "$tool" >/dev/null || { echo "bench gui_history: $tool is not installed" >&2; exit 1; }
done

scratch=$(mktemp -d)
xvfb=""
cleanup() { [ -z "$xvfb" ] || kill "$xvfb" 2>/dev/null || true; rm -rf "$scratch"; }
trap cleanup EXIT

# The workspaces: one filled through the store's bulk path, one empty (schema only).
big=${BIG_WORKSPACE:-}
if [ -z "$big" ]; then
    big="$scratch/big"
    mkdir "$big"
    "$driver" generate "$big" "$entries" >/dev/null
fi
mkdir "$scratch/empty"
"$driver" size "$scratch/empty" >/dev/null
have=$("$driver" size "$big" | awk '/^entries/ {print $2}')
echo "bench gui_history: workspaces ready ($have and 0 history entries)" >&2

export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -m 0700 "$XDG_RUNTIME_DIR"

# A display of its own, away from the low numbers other sessions use; started again should it
# have gone. -noreset keeps it from resetting each time the last client (the GUI) goes.
ensure_display() {
    [ -n "$xvfb" ] && kill -0 "$xvfb" 2>/dev/null && return 0
    [ -z "$xvfb" ] || echo "bench gui_history: Xvfb had ended; starting it again" >&2
    local display=$((500 + RANDOM % 400))
    while [ -e "/tmp/.X$display-lock" ]; do display=$((500 + RANDOM % 400)); done
    Xvfb ":$display" -screen 0 1440x900x24 -nolisten tcp -noreset >/dev/null 2>&1 &
    xvfb=$!
    export DISPLAY=":$display"
    for _ in $(seq 600); do
        xdotool getmouselocation >/dev/null 2>&1 && return 0
        sleep 0.05
    done
    echo "bench gui_history: Xvfb did not start" >&2
    exit 1
}

now_ms() { date +%s%3N; }

# start_to_window WORKSPACE: prints "map_ms rss_kb" for one start of the GUI on WORKSPACE.
start_to_window() {
    local home="$scratch/home" start end="" pid rss elapsed
    # The History place on show, so that the panel loads what fills its view.
    mkdir -p "$home/.config/Wirebench"
    printf '[mainWindow]\nsidebarVisible=true\nsidebarPage=history\n' \
        >"$home/.config/Wirebench/Wirebench.conf"
    start=$(now_ms)
    HOME="$home" "$app" --workspace "$1" >"$scratch/gui.log" 2>&1 &
    pid=$!
    while [ $(($(now_ms) - start)) -lt 30000 ]; do
        # This start's own window (by process id), so no other program's window counts.
        if xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; then
            end=$(now_ms)
            break
        fi
        sleep 0.005
    done
    if [ -z "$end" ]; then
        {
            echo "bench gui_history: no window within 30 s on $1; windows shown:"
            for window in $(xdotool search --onlyvisible --name . 2>/dev/null); do
                xdotool getwindowname "$window"
            done
            kill -0 "$pid" 2>/dev/null || echo "(the program has ended)"
            kill -0 "$xvfb" 2>/dev/null || echo "(Xvfb has ended)"
            tail -n 20 "$scratch/gui.log"
        } >&2
    fi
    elapsed=$(($(now_ms) - start))
    [ "$elapsed" -lt 1500 ] && sleep "$(awk -v e="$elapsed" 'BEGIN {print (1500 - e) / 1000}')"
    rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [ -z "$end" ]; then echo "timeout 0"; else echo "$((end - start)) $rss"; fi
}

median() { sort -g | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# One warm-up start on each (disk cache, first-run settings), not counted.
ensure_display
start_to_window "$scratch/empty" >/dev/null
ensure_display
start_to_window "$big" >/dev/null
big_map=(); big_rss=(); empty_map=(); empty_rss=()
for _ in $(seq "$runs"); do
    ensure_display
    read -r m r < <(start_to_window "$big")
    big_map+=("$m"); big_rss+=("$r")
    ensure_display
    read -r m r < <(start_to_window "$scratch/empty")
    empty_map+=("$m"); empty_rss+=("$r")
done
case " ${big_map[*]} ${empty_map[*]} " in
    *" timeout "*) echo "bench gui_history: the window did not appear within 30 s" >&2; exit 1 ;;
esac

bm=$(printf '%s\n' "${big_map[@]}" | median); em=$(printf '%s\n' "${empty_map[@]}" | median)
br=$(printf '%s\n' "${big_rss[@]}" | median); er=$(printf '%s\n' "${empty_rss[@]}" | median)
echo "bench gui_history_runs: $have entries [${big_map[*]}] ms | empty [${empty_map[*]}] ms" >&2
awk -v b="$bm" -v e="$em" -v n="$have" 'BEGIN {printf "bench gui_history_startup_mapped: wirebench %d ms with %d entries | empty workspace %d ms | ratio %.2f (goal <= 1.10)\n", b, n, e, b / e}'
# The fastest start of each: less moved by other work on a shared machine than the median.
bb=$(printf '%s\n' "${big_map[@]}" | sort -g | head -n 1); eb=$(printf '%s\n' "${empty_map[@]}" | sort -g | head -n 1)
awk -v b="$bb" -v e="$eb" 'BEGIN {printf "bench gui_history_startup_mapped_best: wirebench %d ms with the entries | empty workspace %d ms | ratio %.2f\n", b, e, b / e}'
awk -v b="$br" -v e="$er" 'BEGIN {printf "bench gui_history_idle_rss: wirebench %.1f MB with the entries | empty workspace %.1f MB | ratio %.2f\n", b / 1024, e / 1024, b / e}'
