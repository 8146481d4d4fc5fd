#!/usr/bin/env bash
# Draws the application icon with ImageMagick and writes
#   daihoi.ico      16–256 px, embedded in daihoi.exe by build.rs
#   daihoi-256.png  the large picture (window icon, README)
# The outputs are committed; run this only to change the picture.
#
# The picture: a red rounded tile, a white page with a folded corner, a gold
# five-pointed star on the page and three text lines under it. Sizes up to
# 32 px drop the page (it would be a grey smudge) and keep star on red.
set -euo pipefail
cd "$(dirname "$0")"
command -v convert >/dev/null || { echo "ImageMagick (convert) is needed" >&2; exit 1; }

RED='#C8102E'
GOLD='#FFCD00'
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Five-pointed star polygon centred at (cx, cy), outer radius R.
star() {
  awk -v cx="$1" -v cy="$2" -v R="$3" 'BEGIN {
    pi = atan2(0, -1); r = R * 0.382; s = "";
    for (i = 0; i < 10; i++) {
      a = -pi / 2 + i * pi / 5; rad = (i % 2 == 0) ? R : r;
      s = s sprintf("%.1f,%.1f ", cx + rad * cos(a), cy + rad * sin(a));
    }
    print s
  }'
}

# Detailed picture, drawn at 256 px.
convert -size 256x256 xc:none \
  -fill "$RED" -draw "roundrectangle 6,6 249,249 44,44" \
  -fill white -draw "polygon 60,34 164,34 200,70 200,224 60,224" \
  -fill '#D9D9D9' -draw "polygon 164,34 164,70 200,70" \
  -fill "$GOLD" -stroke '#B8860B' -strokewidth 3 -draw "polygon $(star 130 108 46)" \
  -stroke none -fill '#8C8C8C' \
  -draw "rectangle 82,166 178,175" \
  -draw "rectangle 82,184 178,193" \
  -draw "rectangle 82,202 150,211" \
  "$work/big.png"

# Simple picture for small sizes, drawn at 256 px then scaled.
convert -size 256x256 xc:none \
  -fill "$RED" -draw "roundrectangle 6,6 249,249 44,44" \
  -fill "$GOLD" -draw "polygon $(star 128 138 112)" \
  "$work/small.png"

for s in 16 24 32; do
  convert "$work/small.png" -filter Lanczos -resize "${s}x${s}" "$work/i$s.png"
done
for s in 48 64 128; do
  convert "$work/big.png" -filter Lanczos -resize "${s}x${s}" "$work/i$s.png"
done
convert "$work/big.png" -depth 8 "PNG32:$work/i256.png"

convert "$work"/i16.png "$work"/i24.png "$work"/i32.png "$work"/i48.png \
  "$work"/i64.png "$work"/i128.png "$work"/i256.png daihoi.ico
convert "$work/big.png" -depth 8 PNG32:daihoi-256.png
identify daihoi.ico
