#!/usr/bin/env bash
# The .desktop file and the AppStream metainfo pass their validators.
set -euo pipefail
dir=$1
missing() {
    if [ "${CI:-}" = "true" ]; then echo "FAIL: $1 is not installed"; exit 1; fi
    echo "SKIP: $1 is not installed"; exit 0
}
command -v desktop-file-validate >/dev/null || missing desktop-file-validate
command -v appstreamcli >/dev/null || missing appstreamcli
desktop-file-validate "$dir"/*.desktop
appstreamcli validate --no-net --pedantic "$dir"/*.metainfo.xml
echo "desktop and metainfo files are valid"
