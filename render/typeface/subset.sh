#!/bin/sh
# subset.sh remakes the Andika subsets embedded in coregroup's documents,
# and their licence, from SIL's Andika as Debian packages it:
#
#	apt-get install fonts-sil-andika python3-fonttools
#	render/typeface/subset.sh
#
# It keeps the characters English and Welsh need and Latin generally
# (Latin-1, Latin Extended A to D and Additional, with the combining marks),
# Cyrillic (for names; Andika's Greek is too partial to keep),
# punctuation, currency, letter-like symbols, number forms, arrows, the
# check mark and U+FFFD. It drops hinting and OpenType layout tables: fpdf
# neither hints nor shapes. The same fonts give the same subsets.
#
# A subset is a Modified Version under the OFL, which may not carry the
# Reserved Font Names "Andika" and "SIL": the subsets are renamed
# "Coregroup Reading" (OFL-FAQ 2.6). Embedding in a document is not
# distribution (OFL-FAQ 1.11, 1.12): documents may name the typeface.
set -eu
src=${ANDIKA_DIR:-/usr/share/fonts/truetype/andika}
dir=$(dirname "$0")
python=${PYTHON:-/usr/bin/python3}
unicodes='U+0020-007E,U+00A0-024F,U+0259,U+02B0-02FF,U+0300-036F,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-218F,U+2190-21FF,U+2212,U+2713,U+2C60-2C7F,U+A720-A7FF,U+FB00-FB06,U+FFFD'
for style in Regular Bold Italic BoldItalic; do
	"$python" -m fontTools.subset "$src/Andika-$style.ttf" \
		--unicodes="$unicodes" \
		--layout-features='' --no-hinting --desubroutinize \
		--name-IDs='0,1,2,3,4,5,6,13,14' --name-languages='*' \
		--no-glyph-names --drop-tables+='DSIG,Feat,Glat,Gloc,Silf,Sill,Silt' \
		--output-file="$dir/Andika-$style.ttf"
	"$python" - "$dir/Andika-$style.ttf" <<'PY'
import sys
from fontTools.ttLib import TTFont
path = sys.argv[1]
font = TTFont(path, recalcTimestamp=False)
for rec in font["name"].names:
    if rec.nameID in (1, 3, 4, 6, 16, 21):
        text = rec.toUnicode().replace("Andika", "Coregroup Reading")
        if rec.nameID == 6:
            text = text.replace(" ", "")
        rec.string = text
font.save(path)
PY
	mv "$dir/Andika-$style.ttf" "$dir/Reading-$style.ttf"
done
# The licence: the stand-alone "License:" paragraph of Debian's copyright
# file, whose lines are indented by one space, " ." for an empty line.
awk 'prev == "" && /^License: OFL-1.1-RFN$/ { on = 1; prev = $0; next }
	on && /^$/ { exit }
	on { sub(/^ \.$/, ""); sub(/^ /, ""); print }
	{ prev = $0 }' /usr/share/doc/fonts-sil-andika/copyright > "$dir/OFL.txt"
