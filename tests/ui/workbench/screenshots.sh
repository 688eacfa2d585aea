#!/bin/sh
# Regenerates docs/screenshots/*.png: an Xvfb screen, the screenshot driver, ImageMagick's import.
#   tests/ui/workbench/screenshots.sh BUILD_DIR
set -eu
build=${1:?usage: screenshots.sh BUILD_DIR}
root=$(cd "$(dirname "$0")/../../.." && pwd)
out="$root/docs/screenshots"
mkdir -p "$out"
display=${WB_XVFB_DISPLAY:-:99}
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp &
xvfb=$!
trap 'kill $xvfb' EXIT
sleep 1
DISPLAY=$display QT_QPA_PLATFORM=xcb "$build/tests/ui/workbench/wb_screenshots" "$out"
for png in "$out"/*.png; do
    /usr/bin/convert "$png" -strip "$png"
done
