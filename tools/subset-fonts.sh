#!/usr/bin/env bash
# Rebuilds the embedded PDF fonts in src/Undertone.Pdf/Fonts from Debian's fonts-liberation2 package
# (apt-get install fonts-liberation2 fonttools). See docs/decisions/002-pdf-with-skiasharp.md.
#
# Skia embeds the whole font file in every PDF, so we keep only the scripts we promise to print:
# Latin (incl. Extended-A/B and Vietnamese), Greek, Cyrillic, common punctuation (’ “ ” — – …),
# currency, arrows, maths and a few shapes (• ◦ □). Hinting and OpenType layout tables are dropped:
# Skia's PDF backend uses neither. The result stays under the SIL Open Font License 1.1.
set -euo pipefail

src=${LIBERATION_DIR:-/usr/share/fonts/truetype/liberation2}
out="$(cd "$(dirname "$0")/.." && pwd)/src/Undertone.Pdf/Fonts"

unicodes="U+0020-007E,U+00A0-024F,U+0259,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-052F,\
U+1E00-1EFF,U+1F00-1FFF,U+2000-206F,U+20A0-20CF,U+2100-215F,U+2190-21FF,U+2200-22FF,\
U+25A0-25FF,U+FB00-FB06"

for style in Regular Bold; do
  pyftsubset "$src/LiberationSans-$style.ttf" \
    --unicodes="$unicodes" \
    --layout-features='' \
    --no-hinting \
    --desubroutinize \
    --name-IDs='*' \
    --name-legacy \
    --name-languages='*' \
    --drop-tables+=FFTM,GPOS,GSUB,GDEF,kern \
    --output-file="$out/LiberationSans-$style.subset.ttf"
done

cp /usr/share/doc/fonts-liberation2/copyright "$out/LICENSE-LiberationSans.txt" 2>/dev/null || true
ls -l "$out"
