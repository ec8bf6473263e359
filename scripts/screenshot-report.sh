#!/bin/sh
# Generates a sample class (recall-bench with RECALL_SAMPLE_HOME), renders
# `recall report --format html` and screenshots it in headless Chromium.
# Usage: scripts/screenshot-report.sh [OUTPUT.png]   (default docs/report-screenshot.png)
# Needs: chromium (Debian: apt-get install -y chromium).
set -eu
cd "$(dirname "$0")/.."
out="${1:-docs/report-screenshot.png}"
scratch="${SCRATCH:-.build-stats}"
swift build --scratch-path "$scratch" --product recall >/dev/null
swift build --scratch-path "$scratch" --product recall-bench >/dev/null
bin="$(swift build --scratch-path "$scratch" --show-bin-path)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
RECALL_SAMPLE_HOME="$work/home" "$bin/recall-bench" >/dev/null
RECALL_NOW=2024-06-01T12:00:00Z TZ=UTC "$bin/recall" report --home "$work/home" \
  --deck anatomy-basics --sort retention_30d --format html -o "$work/report.html"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome)"
sandbox=""
[ "$(id -u)" = 0 ] && sandbox="--no-sandbox"
"$browser" --headless $sandbox --disable-gpu --hide-scrollbars \
  --window-size=1200,1600 --screenshot="$work/shot.png" "file://$work/report.html" 2>/dev/null
# Keep the committed PNG small: 8-bit palette when pngquant or ImageMagick is around.
if command -v pngquant >/dev/null; then
  pngquant --force --output "$out" 64 "$work/shot.png"
elif convert -version 2>/dev/null | grep -q ImageMagick; then
  convert "$work/shot.png" -colors 64 "PNG8:$out"
else
  cp "$work/shot.png" "$out"
fi
echo "screenshot: $out ($(wc -c <"$out") bytes)"
