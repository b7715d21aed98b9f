#!/usr/bin/env bash
# Renders an .xlsx or a .docx the way it would print: LibreOffice (headless) → PDF → one PNG per
# page. A developer tool to LOOK at generated files (the 自评表, templates, the 自评报告); not part of CI.
#
#   scripts/render-xlsx.sh FILE.xlsx|FILE.docx OUTDIR [DPI]
#
# Needs: libreoffice-calc / libreoffice-writer (soffice), poppler-utils (pdftoppm) and a CJK font, e.g.
#   apt-get update && apt-get install -y libreoffice-calc libreoffice-writer fonts-noto-cjk fonts-crosextra-carlito poppler-utils
# Writes OUTDIR/<name>.pdf and OUTDIR/<name>-<page>.png; prints the PNG paths.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 FILE.xlsx|FILE.docx OUTDIR [DPI]" >&2
  exit 2
fi
in=$1
out=$2
dpi=${3:-110}
[ -f "$in" ] || { echo "no such file: $in" >&2; exit 2; }
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || {
    echo "$tool not found: apt-get install -y libreoffice-calc fonts-noto-cjk poppler-utils" >&2
    exit 3
  }
done

mkdir -p "$out"
name=$(basename "${in%.*}")
# A private profile: no clash with a running LibreOffice, no state left in $HOME.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

# The sheets name Windows Chinese fonts (宋体 …), which Linux lacks. Left alone, fontconfig
# picks DejaVu Sans and LibreOffice falls back glyph by glyph to a Japanese sans: wrong style
# and wrong glyph forms. Map each family to the Noto CJK SC face of the same style instead.
alias() { # alias SERIF|SANS NAME...
  local target="Noto Serif CJK SC"
  [ "$1" = SANS ] && target="Noto Sans CJK SC"
  shift
  for f in "$@"; do
    printf '  <alias binding="same"><family>%s</family><prefer><family>%s</family></prefer></alias>\n' "$f" "$target"
  done
}
{
  echo '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
  echo '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
  alias SERIF 宋体 SimSun 新宋体 NSimSun 仿宋 FangSong 仿宋_GB2312 FangSong_GB2312 楷体 KaiTi 楷体_GB2312 KaiTi_GB2312 华文宋体 STSong 华文仿宋 STFangsong "Songti SC" 方正小标宋简体 方正小标宋_GBK FZXiaoBiaoSong-B05S
  alias SANS 黑体 SimHei 微软雅黑 "Microsoft YaHei" 等线 DengXian "PingFang SC"
  echo '</fontconfig>'
} >"$profile/fonts.conf"
export FONTCONFIG_FILE="$profile/fonts.conf"
# The sheets' Normal style is Calibri 11, whose digit sets every column's width: without Carlito (its metric twin)
# fontconfig gives DejaVu Sans, and columns print ~18% wider than in Excel (each page's table scaled down that much, or
# its last column spilled onto a page of its own where the page has a print scale).
if ! fc-match Calibri 2>/dev/null | grep -qi "carlito"; then
  echo "warning: no Carlito font; columns will be wider than in Excel (apt-get install -y fonts-crosextra-carlito)" >&2
fi
if ! fc-match "宋体" 2>/dev/null | grep -q "CJK"; then
  echo "warning: no Noto CJK font; Chinese text will not render in a Song face (apt-get install -y fonts-noto-cjk)" >&2
fi
soffice -env:UserInstallation="file://$profile" --headless --norestore \
  --convert-to pdf --outdir "$out" "$in" >/dev/null
pdf="$out/$name.pdf"
[ -f "$pdf" ] || { echo "LibreOffice produced no PDF for $in" >&2; exit 1; }
rm -f "$out/$name"-*.png
pdftoppm -png -r "$dpi" "$pdf" "$out/$name"
ls -1 "$out/$name"-*.png
if command -v pdffonts >/dev/null; then
  echo "fonts embedded in $pdf:" >&2
  pdffonts "$pdf" | tail -n +3 | awk '{print "  " $1}' | sort -u >&2
fi
