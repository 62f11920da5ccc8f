#!/bin/sh
# Regenerates the reader corpus (Tests/GoujiSyntaxTests/Fixtures/corpus/): every example and invented report as
# HTML, converted by real programs. Needs Debian's chromium, poppler-utils, w3m, lynx, pandoc, LibreOffice Writer
# (the Word route: HTML -> .docx -> text and PDF) and a CJK font:
#   apt-get install -y chromium poppler-utils w3m lynx pandoc libreoffice-writer fonts-noto-cjk fonts-hanazono
# (fonts-hanazono has the astral ideographs, 𠀀 in inv-2019-county's name; without it the PDF forms drop them).
# The scraper forms need the Python libraries web scrapers use (versions in reader-corpus/make_corpus.py):
#   pip install html2text markdownify trafilatura lxml_html_clean beautifulsoup4 inscriptis
# Options: --reports a,b and --forms x,y write only those (the other files stay as they are).
set -eu
for program in chromium pdftotext w3m lynx pandoc soffice python3; do
  command -v "$program" >/dev/null || { echo "make-reader-corpus: $program is not installed" >&2; exit 1; }
done
exec python3 "$(dirname "$0")/reader-corpus/make_corpus.py" "$@"
