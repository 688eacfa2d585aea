#!/usr/bin/env bash
# Installs the Debian 12 packages Wirebench needs, and nothing when they are all there.
#   tools/install-deps.sh build   what building and running the GUI needs
#   tools/install-deps.sh test    that, plus the servers, clients and tools the tests use
#   tools/install-deps.sh bench   that, plus the peers the benchmarks compare against
set -euo pipefail
mode=${1:-build}

build_packages=(
    build-essential cmake ninja-build ccache pkg-config clang libclang-rt-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-websockets-dev qt6-svg-dev qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 libgl-dev
    libssl-dev zlib1g-dev libbrotli-dev libzstd-dev libnghttp2-dev
    xauth
)
test_packages=(
    nginx python3-httpbin gunicorn nghttp2-server nghttp2-client socat ncat curl openssl
    packetsender x11-xserver-utils xvfb xdotool imagemagick apache2-utils hyperfine wrk
    desktop-file-utils appstream dpkg-dev file clang-format
    python3-jsonschema python3-requests httpie python3-websockets sqlite3
    caddy h2o apache2 libnginx-mod-http-echo python3-h2 python3-hyperframe python3-hpack
)

wanted=("${build_packages[@]}")
case "$mode" in
    build) ;;
    test | bench) wanted+=("${test_packages[@]}") ;;
    *) echo "usage: $0 build|test|bench" >&2; exit 2 ;;
esac

missing=()
for p in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#wanted[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
