#!/usr/bin/env bash
# Cross-build daihoi.exe for 64-bit Windows (x86_64-pc-windows-gnu) on Linux.
#
#   scripts/windows/build.sh [PROFILE]      PROFILE: release (default) or winci
#
# Needs the Rust target (rustup target add x86_64-pc-windows-gnu) and
# Debian's gcc-mingw-w64-x86-64 (linker, windres for the icon); the linker is
# set in .cargo/config.toml. Prints the .exe path, its size and build time.
set -euo pipefail
cd "$(dirname "$0")/../.."

PROFILE="${1:-release}"
TARGET=x86_64-pc-windows-gnu
LIMIT_MB=30
# CI's winci profile (no LTO, opt-level 1) is larger; the 30 MB target is for
# the release .exe handed to users.
# The PDF page preview (hayro) put the winci .exe at 40.2 MiB (measured).
if [ "$PROFILE" = winci ]; then LIMIT_MB=44; fi

for tool in x86_64-w64-mingw32-gcc x86_64-w64-mingw32-windres; do
  command -v "$tool" >/dev/null || {
    echo "windows build: $tool not found; install Debian's gcc-mingw-w64-x86-64" >&2
    exit 1
  }
done
if command -v rustup >/dev/null && ! rustup target list --installed | grep -qx "$TARGET"; then
  rustup target add "$TARGET"
fi

start=$(date +%s)
cargo build --locked --profile "$PROFILE" --target "$TARGET" --bin daihoi
secs=$(( $(date +%s) - start ))

exe="target/$TARGET/$PROFILE/daihoi.exe"
[ -f "$exe" ] || { echo "windows build: $exe missing after build" >&2; exit 1; }
bytes=$(stat -c %s "$exe")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "windows build: $exe — ${mb} MB, built in ${secs} s (profile $PROFILE)"
if [ "$bytes" -gt $(( LIMIT_MB * 1048576 )) ]; then
  echo "windows build: FAIL — $exe is ${mb} MB, over the ${LIMIT_MB} MB target" >&2
  exit 1
fi
