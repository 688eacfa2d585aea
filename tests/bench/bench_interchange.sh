#!/usr/bin/env bash
# Postman collection interchange at scale (medians of RUNS runs): a generated v2.1 collection of
# REQUESTS requests in 50 folders, with scripts, examples and unknown keys on every request.
#   - `wirebench-cli import` into a fresh workspace, then `export` back to Postman v2.1, against
#     Python's json module loading and dumping the same file (a floor: parse and write only);
#   - whether the export equals the input (a note on stderr, not a figure).
#   tests/bench/bench_interchange.sh BUILD_DIR
set -euo pipefail
build=${1:-build}
runs=${RUNS:-3}
requests=${REQUESTS:-5000}
cli="$build/app/cli/wirebench-cli"
[ -x "$cli" ] || { echo "bench interchange: $cli is missing (build first)" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

/usr/bin/python3 - "$scratch/collection.json" "$requests" <<'PY'
import json, sys, uuid
path, n = sys.argv[1], int(sys.argv[2])
folders = []
for f in range(50):
    items = []
    for i in range(n // 50):
        items.append({
            "id": str(uuid.uuid4()), "name": f"Request {f}-{i}",
            "event": [{"listen": "test", "script": {"type": "text/javascript",
                       "exec": ["pm.test('ok', () => pm.response.to.have.status(200));"]}}],
            "request": {"method": "POST", "url": {"raw": "https://{{host}}/items/%d?x=1" % i,
                        "protocol": "https", "host": ["{{host}}"], "path": ["items", str(i)],
                        "query": [{"key": "x", "value": "1"}]},
                        "header": [{"key": "Content-Type", "value": "application/json"},
                                   {"key": "X-Trace", "value": str(uuid.uuid4())}],
                        "body": {"mode": "raw", "raw": json.dumps({"n": i, "text": "é ✓ \"q\""}),
                                 "options": {"raw": {"language": "json"}}},
                        "description": "Request number %d" % i},
            "response": [{"name": "example", "code": 200, "body": "{\"ok\": true}"}],
            "protocolProfileBehavior": {"disableBodyPruning": True},
            "x-unknown": {"kept": [1, 2, 3]}})
    folders.append({"name": f"Folder {f}", "item": items,
                    "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{t}}", "type": "string"}]}})
doc = {"info": {"name": "Bench", "_postman_id": str(uuid.uuid4()),
                "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
       "variable": [{"key": "host", "value": "127.0.0.1"}], "item": folders}
json.dump(doc, open(path, "w"), indent=2, ensure_ascii=False)
PY

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

wb_times=()
py_times=()
for _ in $(seq "$runs"); do
    rm -rf "$scratch/ws"
    start=$(now_ms)
    "$cli" --workspace "$scratch/ws" import "$scratch/collection.json" >/dev/null
    "$cli" --workspace "$scratch/ws" export --collection Bench -o "$scratch/export.json"
    wb_times+=($(($(now_ms) - start)))
    start=$(now_ms)
    /usr/bin/python3 -c 'import json,sys; json.dump(json.load(open(sys.argv[1])), open(sys.argv[2], "w"), indent=4)' \
        "$scratch/collection.json" "$scratch/python.json"
    py_times+=($(($(now_ms) - start)))
done
wb=$(printf '%s\n' "${wb_times[@]}" | median)
py=$(printf '%s\n' "${py_times[@]}" | median)
ratio=$(awk -v a="$wb" -v b="$py" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
echo "bench interchange-postman-$requests: wirebench $wb ms | python-json $py ms | ratio $ratio"
same=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1])) == json.load(open(sys.argv[2])))' \
    "$scratch/collection.json" "$scratch/export.json")
echo "note: the export equals the input: $same" >&2
