#!/usr/bin/env bash
# Builds the Debian package, unpacks it into a scratch root and runs the packaged CLI.
set -euo pipefail
build=$1
expected_version=$2
. "${BASH_SOURCE[0]%/*}/../support/fixture.sh"
command -v dpkg-deb >/dev/null || wb_missing dpkg-deb
command -v dpkg-shlibdeps >/dev/null || wb_missing dpkg-shlibdeps
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cpack --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 || {
    cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/out/*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins libc6; do
    case "$depends" in *"$lib"*) ;; *) echo "FAIL: Depends lacks $lib"; exit 1 ;; esac
done
dpkg-deb -x "$deb" "$scratch/root"
for f in usr/bin/wirebench usr/bin/wirebench-cli \
         usr/share/applications/io.github.wirebench.Wirebench.desktop \
         usr/share/metainfo/io.github.wirebench.Wirebench.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.wirebench.Wirebench.svg \
         usr/share/icons/hicolor/256x256/apps/io.github.wirebench.Wirebench.png; do
    [ -e "$scratch/root/$f" ] || { echo "FAIL: package lacks /$f"; exit 1; }
done
version=$("$scratch/root/usr/bin/wirebench-cli" --version)
[ "$version" = "Wirebench $expected_version" ] || { echo "FAIL: packaged CLI said '$version'"; exit 1; }
echo "package $(basename "$deb") installs and its CLI runs: $version"
