#!/usr/bin/env bash
# Extraction speed, side by side in one run on Readability's 130 test pages: Reader in one process
# (reader-bench --extraction, release build) and trafilatura 2.x from .venv-extract.
#
#   Scripts/bench-extraction.sh            (READER_SHARED: the shared folder, default ../shared)
#
# Set-up once: python3 -m venv .venv-extract && .venv-extract/bin/pip install 'trafilatura>=2,<3' lxml_html_clean
# (trafilatura 2.3 imports lxml.html.clean, a separate package since lxml 5.2)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${READER_SHARED:-../shared}/extraction/readability-test-pages
swift build -c release --scratch-path .build-release --product reader-bench >/dev/null
.build-release/release/reader-bench --extraction "$pages" --rounds "${ROUNDS:-5}"
if [ -x .venv-extract/bin/python ]; then
    .venv-extract/bin/python Scripts/bench-extraction.py "$pages" "${TRAFILATURA_ROUNDS:-2}"
else
    echo "no .venv-extract: trafilatura not timed (see the set-up line in this script)"
fi
.build-release/release/reader-bench --html-only
