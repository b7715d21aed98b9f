#!/usr/bin/env sh
# Renders the add-in icons from the SVG sources in assets/ (needs rsvg-convert: apt-get install librsvg2-bin).
# The PNGs are committed, so a build never needs this; run it only after editing an SVG.
set -eu
cd "$(dirname "$0")/../assets"
rsvg-convert -w 16 -h 16 icon-small.svg -o icon-16.png
for s in 32 64 80; do rsvg-convert -w "$s" -h "$s" icon.svg -o "icon-$s.png"; done
