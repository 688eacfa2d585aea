#!/usr/bin/env bash
# HTTP/1.1 against nginx on loopback, side by side with curl and ab (medians of RUNS runs):
#   - 10,000 sequential keep-alive GETs of a 1 KB file: `wirebench-cli load -c 1` vs curl with
#     every URL in one config file (one connection) and vs `ab -k -c 1`;
#   - `load -c 50` vs `ab -k -c 50`;
#   - a 1 GiB download to /dev/null vs `curl -o /dev/null`: wall time and peak RSS.
#   tests/bench/bench_http.sh BUILD_DIR
set -euo pipefail
build=${1:-build}
runs=${RUNS:-3}
requests=${REQUESTS:-10000}
cli="$build/app/cli/wirebench-cli"
[ -x "$cli" ] || { echo "bench http: $cli is missing (build first)" >&2; exit 1; }
for tool in nginx curl ab; do
    command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] \
        || { echo "bench http: $tool is not installed" >&2; exit 1; }
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

scratch=$(mktemp -d)
nginx_pid=""
cleanup() {
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
export no_proxy='*' http_proxy= https_proxy= all_proxy=

mkdir -p "$scratch/html"
chmod 755 "$scratch" "$scratch/html" # nginx's workers drop root privileges
head -c 1024 /dev/urandom >"$scratch/html/1k.bin"
truncate -s 1G "$scratch/html/1g.bin"
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat >"$scratch/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $scratch/nginx.pid;
error_log $scratch/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $scratch/cb; proxy_temp_path $scratch/px; fastcgi_temp_path $scratch/fc;
    uwsgi_temp_path $scratch/uw; scgi_temp_path $scratch/sc;
    keepalive_requests 1000000; keepalive_timeout 65; sendfile on;
    default_type application/octet-stream;
    server { listen 127.0.0.1:$port; root $scratch/html; }
}
CONF
"$nginx_bin" -p "$scratch" -c "$scratch/nginx.conf" -e "$scratch/error.log" >/dev/null 2>&1 &
nginx_pid=$!
for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$port/1k.bin" && break; sleep 0.05; done
base="http://127.0.0.1:$port"
for file in 1k.bin 1g.bin; do
    status=$(curl -s -o /dev/null -r 0-0 -w '%{http_code}' "$base/$file")
    case $status in 200|206) ;; *) echo "bench http: nginx answers $status for $file" >&2; exit 1 ;; esac
done

median() { sort -g | awk '{a[NR]=$1} END{ if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b>0) printf "%.2f", a/b; else print "n/a" }'; }
now_ns() { date +%s%N; }
bounded() { timeout 300 "$@"; }

wb_rate() { # N C -> requests per second from the load command's JSON
    bounded "$cli" load "$base/1k.bin" -n "$1" -c "$2" --output-format json \
        | awk -F: '/"requestsPerSecond"/{gsub(/[ ,]/,"",$2); printf "%.1f\n", $2}'
}
ab_rate() { # N C
    bounded ab -q -k -n "$1" -c "$2" "$base/1k.bin" 2>/dev/null \
        | awk '/^Requests per second/{print $4}'
}
for _ in $(seq "$requests"); do echo "url = \"$base/1k.bin\""; echo "output = /dev/null"; done \
    >"$scratch/curl.cfg"
curl_rate() {
    local start end
    start=$(now_ns)
    bounded curl -s -K "$scratch/curl.cfg"
    end=$(now_ns)
    awk -v n="$requests" -v ns="$((end - start))" 'BEGIN{printf "%.1f", n / (ns / 1e9)}'
}

wb=(); cu=(); a1=(); w50=(); a50=()
for _ in $(seq "$runs"); do
    wb+=("$(wb_rate "$requests" 1)")
    cu+=("$(curl_rate)")
    a1+=("$(ab_rate "$requests" 1)")
    w50+=("$(wb_rate $((requests * 5)) 50)")
    a50+=("$(ab_rate $((requests * 5)) 50)")
done
m_wb=$(printf '%s\n' "${wb[@]}" | median)
m_cu=$(printf '%s\n' "${cu[@]}" | median)
m_a1=$(printf '%s\n' "${a1[@]}" | median)
m_w50=$(printf '%s\n' "${w50[@]}" | median)
m_a50=$(printf '%s\n' "${a50[@]}" | median)
echo "bench http_seq_keepalive_curl: wirebench $m_wb req/s | curl $m_cu req/s | ratio $(ratio "$m_wb" "$m_cu")"
echo "bench http_seq_keepalive_ab: wirebench $m_wb req/s | ab $m_a1 req/s | ratio $(ratio "$m_wb" "$m_a1")"
echo "bench http_load_c50: wirebench $m_w50 req/s | ab $m_a50 req/s | ratio $(ratio "$m_w50" "$m_a50")"

# 1 GiB to /dev/null: wall seconds and peak RSS (kB) from /usr/bin/time -v.
download() { # cmd...
    /usr/bin/time -v -o "$scratch/time.txt" timeout 300 "$@" >/dev/null 2>&1 || true
    awk '/Elapsed \(wall clock\)/{n=split($NF,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; w=s}
         /Maximum resident set size/{r=$NF} END{print w, r}' "$scratch/time.txt"
}
dw=(); dr=(); cw=(); cr=()
for _ in $(seq "$runs"); do
    read -r w r < <(download "$cli" send "$base/1g.bin" -o /dev/null)
    dw+=("$w"); dr+=("$r")
    read -r w r < <(download curl -s -o /dev/null "$base/1g.bin")
    cw+=("$w"); cr+=("$r")
done
m_dw=$(printf '%s\n' "${dw[@]}" | median); m_dr=$(printf '%s\n' "${dr[@]}" | median)
m_cw=$(printf '%s\n' "${cw[@]}" | median); m_cr=$(printf '%s\n' "${cr[@]}" | median)
echo "bench http_download_1gib_time: wirebench $m_dw s | curl $m_cw s | ratio $(ratio "$m_dw" "$m_cw")"
echo "bench http_download_1gib_rss: wirebench $((m_dr / 1024)) MB | curl $((m_cr / 1024)) MB | ratio $(ratio "$m_dr" "$m_cr")"
