#!/usr/bin/env bash
# HTTP/2 against nghttpd on loopback, side by side with nghttp2's own clients (medians of RUNS):
#   - `wirebench-cli load` vs `h2load`, REQUESTS (100,000) GETs of a 1 KB file, over h2c (prior
#     knowledge) and over TLS (ALPN h2), at -c 1 -m 1, -c 1 -m 100 and -c 10 -m 10;
#   - a 1 GiB download over TLS HTTP/2 to /dev/null vs `curl --http2 -k -o /dev/null`: wall time and
#     peak RSS from /usr/bin/time -v.
# Goals (issue 11): at least 0.8x h2load's rate at -m 1 and 0.7x at -m 100; the download within
# 1.2x curl's wall time with a peak RSS under 64 MB. A side that fails prints n/a, the rest go on.
#   tests/bench/bench_http2.sh BUILD_DIR
set -euo pipefail
build=${1:-build}
runs=${RUNS:-3}
requests=${REQUESTS:-100000}
limit=${BENCH_STEP_TIMEOUT:-300} # seconds for any one measured command
cli="$build/app/cli/wirebench-cli"
[ -x "$cli" ] || { echo "bench http2: $cli is missing (build first)" >&2; exit 1; }
for tool in nghttpd h2load curl openssl; do
    command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] \
        || { echo "bench http2: $tool is not installed (tools/install-deps.sh bench)" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "bench http2: /usr/bin/time is missing (package time)" >&2; exit 1; }
nghttpd_bin=$(command -v nghttpd || echo /usr/sbin/nghttpd)

scratch=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
export no_proxy='*' http_proxy= https_proxy= all_proxy=

mkdir -p "$scratch/www"
head -c 1024 /dev/urandom >"$scratch/www/1k.bin"
truncate -s 1G "$scratch/www/1g.bin"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
    -keyout "$scratch/key.pem" -out "$scratch/cert.pem" -days 2 -subj /CN=127.0.0.1 \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" >/dev/null 2>&1
free_port() {
    /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

h2c_port=$(free_port)
"$nghttpd_bin" -a 127.0.0.1 -d "$scratch/www" --no-tls "$h2c_port" >/dev/null 2>&1 &
pids+=($!)
tls_port=$(free_port)
# nghttpd takes the key first, then the certificate.
"$nghttpd_bin" -a 127.0.0.1 -d "$scratch/www" "$tls_port" "$scratch/key.pem" "$scratch/cert.pem" \
    >/dev/null 2>&1 &
pids+=($!)
h2c="http://127.0.0.1:$h2c_port"
tls="https://127.0.0.1:$tls_port"
for _ in $(seq 100); do
    curl -s -o /dev/null --http2-prior-knowledge "$h2c/1k.bin" \
        && curl -sk -o /dev/null --http2 "$tls/1k.bin" && break
    sleep 0.05
done
for url in "$h2c" "$tls"; do
    mode=--http2-prior-knowledge; [ "$url" = "$tls" ] && mode=--http2
    version=$(curl -sk "$mode" -o /dev/null -w '%{http_version}' "$url/1k.bin" || true)
    [ "$version" = 2 ] || { echo "bench http2: nghttpd at $url does not answer over HTTP/2" >&2; exit 1; }
done

median() { sort -g | awk '{a[NR]=$1} END{ if (NR == 0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (a+0 > 0 && b+0 > 0) printf "%.2f", a/b; else print "n/a" }'; }
bounded() { timeout "$limit" "$@"; }

wb_rate() { # URL C M PROTOCOL-FLAGS... -> requests per second, or nothing when the run failed
    local url=$1 c=$2 m=$3 out
    shift 3
    # A run with any failed request exits non-zero: no figure from it.
    out=$(bounded "$cli" load "$url/1k.bin" -n "$requests" -c "$c" -m "$m" "$@" \
        --output-format json 2>/dev/null) || return 0
    awk -F: -v n="$requests" '
        /"requests"/ {gsub(/[ ,]/,"",$2); done=$2}
        /"requestsPerSecond"/ {gsub(/[ ,]/,"",$2); rate=$2}
        END { if (done == n && rate > 0) printf "%.1f\n", rate }' <<<"$out"
}
h2load_rate() { # URL C M
    local out
    out=$(bounded h2load -n "$requests" -c "$2" -m "$3" "$1/1k.bin" 2>/dev/null) || return 0
    awk -v n="$requests" '
        /^finished in/ {rate=$4}
        /^requests:/ {ok=$8}
        END { if (ok == n && rate > 0) printf "%.1f\n", rate }' <<<"$out"
}

for transport in h2c tls; do
    url=$h2c; flags=(--http2-prior-knowledge)
    [ "$transport" = tls ] && { url=$tls; flags=(--http2 -k); }
    for shape in "1 1" "1 100" "10 10"; do
        read -r c m <<<"$shape"
        wb=(); peer=()
        for _ in $(seq "$runs"); do
            r=$(wb_rate "$url" "$c" "$m" "${flags[@]}"); [ -n "$r" ] && wb+=("$r")
            r=$(h2load_rate "$url" "$c" "$m"); [ -n "$r" ] && peer+=("$r")
        done
        m_wb=$( ((${#wb[@]})) && printf '%s\n' "${wb[@]}" | median || echo n/a)
        m_peer=$( ((${#peer[@]})) && printf '%s\n' "${peer[@]}" | median || echo n/a)
        echo "bench http2_${transport}_c${c}_m${m}: wirebench $m_wb req/s | h2load $m_peer req/s | ratio $(ratio "$m_wb" "$m_peer")"
    done
done

# 1 GiB over TLS HTTP/2 to /dev/null: wall seconds and peak RSS (kB), or nothing on failure.
download() { # cmd...
    if /usr/bin/time -v -o "$scratch/time.txt" timeout "$limit" "$@" >/dev/null 2>&1; then
        awk '/Elapsed \(wall clock\)/{n=split($NF,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; w=s}
             /Maximum resident set size/{r=$NF} END{print w, r}' "$scratch/time.txt"
    fi
}
dw=(); dr=(); cw=(); cr=()
for _ in $(seq "$runs"); do
    if read -r w r < <(download "$cli" send --http2 -k -o /dev/null "$tls/1g.bin"); then
        dw+=("$w"); dr+=("$r")
    fi
    if read -r w r < <(download curl -s --http2 -k -o /dev/null "$tls/1g.bin"); then
        cw+=("$w"); cr+=("$r")
    fi
done
mb() { awk -v k="$1" 'BEGIN{ if (k+0 > 0) printf "%d", k/1024; else print "n/a" }'; }
m_dw=$( ((${#dw[@]})) && printf '%s\n' "${dw[@]}" | median || echo n/a)
m_dr=$( ((${#dr[@]})) && printf '%s\n' "${dr[@]}" | median || echo n/a)
m_cw=$( ((${#cw[@]})) && printf '%s\n' "${cw[@]}" | median || echo n/a)
m_cr=$( ((${#cr[@]})) && printf '%s\n' "${cr[@]}" | median || echo n/a)
echo "bench http2_download_1gib_time: wirebench $m_dw s | curl $m_cw s | ratio $(ratio "$m_dw" "$m_cw")"
echo "bench http2_download_1gib_rss: wirebench $(mb "$m_dr") MB | curl $(mb "$m_cr") MB | ratio $(ratio "$m_dr" "$m_cr")"
