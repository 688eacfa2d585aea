#!/usr/bin/env bash
# Workspace store (core/store): history appends per second through the storage thread, full-text
# search p50/p95 and open time with 1,000,000 history entries, and bytes per entry.
# Peers: the sqlite3 shell running raw INSERT statements into the same schema, and the same
# search statements the store prepares (".timer on"). Open time and size have no peer.
#   tests/bench/bench_store.sh BUILD_DIR        (ENTRIES=1000000 by default)
set -euo pipefail
build=${1:-build}
entries=${ENTRIES:-1000000}
appends=${APPENDS:-20000}
queries=${QUERIES:-400}
driver="$build/tests/bench/store_bench"
[ -x "$driver" ] || { echo "bench store: $driver is missing (build the store_bench target)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "bench store: sqlite3 is not installed" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
now_ns() { date +%s%N; }
median() { sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

# Appends: median of three runs into a new workspace each time.
for run in 1 2 3; do
    mkdir "$scratch/append$run"
    "$driver" appends "$scratch/append$run" "$appends" > "$scratch/append$run.out"
done
cat "$scratch"/append?.out | awk '/^appends_per_second/ {print $2}' | median > "$scratch/appends"
cat "$scratch"/append?.out | awk '/^appends_per_cpu_second/ {print $2}' | median > "$scratch/cpu"
# Peer: the same number of rows (history row, two bodies, FTS row) as single INSERT statements
# in one transaction, into an empty workspace schema, through the sqlite3 shell.
mkdir "$scratch/peer"
"$driver" size "$scratch/peer" >/dev/null # creates the schema
awk -v n="$appends" 'BEGIN {
    print "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; BEGIN;"
    for (i = 1; i <= n; i++) {
        url = "https://svc" (i % 50) ".example.test/api/v1/items/" i
        printf "INSERT INTO history (kind, created_at, method, url, host, status, duration_us, error, stored_bytes, detail) VALUES (0, %d, '\''GET'\'', '\''%s'\'', '\''svc%d.example.test'\'', 200, 1500, '\'''\'', 600, randomblob(330));\n", 1700000000000 + i, url, i % 50
        printf "INSERT INTO payloads (entry_id, slot, size, compressed, data) VALUES (last_insert_rowid(), 1, 250, 0, randomblob(250));\n"
        printf "INSERT INTO payloads (entry_id, slot, size, compressed, data) SELECT max(id), 2, 120, 0, randomblob(120) FROM history;\n"
        printf "INSERT INTO history_fts (rowid, method, url, status, headers, body) SELECT max(id), '\''GET'\'', '\''%s'\'', '\''200 OK'\'', '\''Host: svc%d.example.test Accept: application/json'\'', '\''{\"id\":%d,\"tags\":[\"term%d\",\"term%d\"]}'\'' FROM history;\n", url, i % 50, i, i % 5000, (i * 7) % 5000
    }
    print "COMMIT;"
}' > "$scratch/inserts.sql"
for run in 1 2 3; do
    cp "$scratch/peer/workspace.db" "$scratch/peer$run.db"
    start=$(now_ns)
    sqlite3 "$scratch/peer$run.db" < "$scratch/inserts.sql" >/dev/null
    end=$(now_ns)
    awk -v n="$appends" -v ns=$((end - start)) 'BEGIN { printf "%.0f\n", n / (ns / 1e9) }'
done | median > "$scratch/peer_appends"
a=$(cat "$scratch/appends")
p=$(cat "$scratch/peer_appends")
echo "bench store_appends: wirebench $a appends/s | sqlite3 CLI $p inserts/s | ratio $(ratio "$a" "$p")"
echo "bench store_appends_per_cpu_second: wirebench $(cat "$scratch/cpu") appends/CPU-s | peer none"

# A workspace with $entries entries, filled through the bulk path (large transactions).
mkdir "$scratch/big"
generated=$("$driver" generate "$scratch/big" "$entries" | awk '/^generated/ {print $3}')
echo "bench store_generate: wirebench $generated s for $entries entries | peer none"

# Search: the store's own percentiles, and the same statements timed by the sqlite3 shell.
"$driver" search "$scratch/big" "$queries" > "$scratch/search"
p50=$(awk '/^search_p50_ms/ {print $2}' "$scratch/search")
p95=$(awk '/^search_p95_ms/ {print $2}' "$scratch/search")
{ echo ".timer on"; "$driver" sql "$scratch/big" "$queries"; } > "$scratch/search.sql"
sqlite3 "$scratch/big/workspace.db" < "$scratch/search.sql" 2>&1 \
    | awk '/^Run Time: real/ {print $4 * 1000}' | sort -g > "$scratch/peer_search"
pp50=$(awk '{v[NR]=$1} END {print v[int(NR*0.5)+1]}' "$scratch/peer_search")
pp95=$(awk '{v[NR]=$1} END {i=int(NR*0.95)+1; if (i>NR) i=NR; print v[i]}' "$scratch/peer_search")
echo "bench store_search_p50: wirebench $p50 ms | sqlite3 CLI $pp50 ms | ratio $(ratio "$p50" "$pp50")"
echo "bench store_search_p95: wirebench $p95 ms | sqlite3 CLI $pp95 ms | ratio $(ratio "$p95" "$pp95")"

# Open: opening the workspace and reading the first page of history, median of 9 (warm cache).
open=$("$driver" open "$scratch/big" 9 | awk '/^open_ms/ {print $2}')
echo "bench store_open: wirebench $open ms | peer none"

bytes=$("$driver" size "$scratch/big" | awk '/^bytes_per_entry/ {print $2}')
echo "bench store_bytes_per_entry: wirebench $bytes bytes | peer none"
