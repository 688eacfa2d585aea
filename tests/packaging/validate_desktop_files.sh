#!/usr/bin/env bash
# The .desktop file and the AppStream metainfo pass their validators.
set -euo pipefail
dir=$1
. "${BASH_SOURCE[0]%/*}/../support/fixture.sh"
command -v desktop-file-validate >/dev/null || wb_missing desktop-file-validate
command -v appstreamcli >/dev/null || wb_missing appstreamcli
desktop-file-validate "$dir"/*.desktop
appstreamcli validate --no-net --pedantic "$dir"/*.metainfo.xml
echo "desktop and metainfo files are valid"
