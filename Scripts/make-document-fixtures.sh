#!/bin/sh
# Renders the five examples as web pages with real tables, and converts those pages to Word documents with
# LibreOffice, for the tests of the document readers (Tests/GoujiDocumentsTests/Fixtures/documents/).
#
#   Scripts/make-document-fixtures.sh        (needs python3 and LibreOffice: apt-get install libreoffice-writer-nogui)
#
# Each page is built from the example's TAB-separated form (one table row per line; the example itself for 001, the
# form fixture for the others), prose lines as <p>, TAB lines as table rows, label cells merged with rowspan/colspan
# where the form leaves them empty, group labels broken with <br>. Example 000's page is GB18030-encoded with a
# <meta charset=gb2312>, a script, a style and page chrome around the report in a layout table.
# The .docx files are LibreOffice's conversions of these pages; rerunning the script regenerates everything,
# including the ZIP and DEFLATE edge cases of Scripts/make-archive-fixtures.py (Fixtures/archives/).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/Tests/GoujiDocumentsTests/Fixtures/documents"
mkdir -p "$out"
python3 "$root/Scripts/render-report-html.py" "$root" "$out"
command -v soffice >/dev/null || { echo "soffice not found: apt-get install libreoffice-writer-nogui" >&2; exit 2; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for page in "$out"/*.html; do
  soffice "-env:UserInstallation=file://$profile" --headless --infilter="HTML (StarWriter)" \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$out" "$page" >/dev/null
done
# One PDF, printed by LibreOffice from example 001's page, for `gouji check` through pdftotext.
soffice "-env:UserInstallation=file://$profile" --headless --infilter="HTML (StarWriter)" --convert-to pdf \
  --outdir "$out" "$out/001_787e7c90b6bc98b9.html" >/dev/null
ls -l "$out"
# A report whose tables 三 and 四 are pictures (the reader corpus's inv-2023-images), as its page and as LibreOffice's
# .docx of it: the readers write each picture standing alone as a trace line (Fixtures/pictures/).
pictures="$root/Tests/GoujiDocumentsTests/Fixtures/pictures"
mkdir -p "$pictures"
cp "$root/Tests/GoujiSyntaxTests/Fixtures/corpus/inv-2023-images.html" "$pictures/"
soffice "-env:UserInstallation=file://$profile" --headless --infilter="HTML (StarWriter)" \
  --convert-to 'docx:MS Word 2007 XML' --outdir "$pictures" "$pictures/inv-2023-images.html" >/dev/null
# The same report printed by Chromium with a table of example 001's PDF (page 2, cut by pdftoppm) as both pictures:
# a PDF whose tables 三 and 四 are pictures, for the traces `pdftohtml -xml` places (PDFPictureTraces).
pdftoppm -jpeg -r 60 -f 2 -l 2 -x 0 -y 100 -W 500 -H 200 "$out/001_787e7c90b6bc98b9.pdf" "$profile/t3"
sed 's#/uploads/2024/01/W0202401203[0-9]*.png#t3-2.jpg#; s#/uploads/2024/01/W0202401204[0-9]*.png#t3-2.jpg#' \
  "$pictures/inv-2023-images.html" > "$profile/pictured.html"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$pictures/inv-2023-images.pdf" "file://$profile/pictured.html" >/dev/null 2>&1
# A scanned report: page 1 of example 001's PDF as a JPEG (50 dpi) printed alone by Chromium, a PDF with no text.
scans="$root/Tests/GoujiDocumentsTests/Fixtures/scans"
mkdir -p "$scans"
pdftoppm -jpeg -r 50 -f 1 -l 1 "$out/001_787e7c90b6bc98b9.pdf" "$profile/page"
echo '<html><body><p><img src="page-1.jpg" width="600"></p></body></html>' > "$profile/scan.html"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$scans/scanned-001.pdf" \
  "file://$profile/scan.html" >/dev/null 2>&1
python3 "$root/Scripts/make-archive-fixtures.py" "$root/Tests/GoujiDocumentsTests/Fixtures/archives"
