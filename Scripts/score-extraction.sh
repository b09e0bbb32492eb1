#!/usr/bin/env bash
# Scores article extraction on Mozilla Readability's test pages: runs `reader show --json` on each
# page's source.html into a folder and hands it to the shared scorer.
#
#   Scripts/score-extraction.sh [READER_BINARY] [OUT_DIR]
#
# READER_BINARY defaults to .build/debug/reader (build it first); OUT_DIR to a temporary folder.
# READER_SHARED points at the shared folder (default ../shared).
set -euo pipefail
cd "$(dirname "$0")/.."
reader=${1:-.build/debug/reader}
out=${2:-$(mktemp -d)}
shared=${READER_SHARED:-../shared}
pages=$shared/extraction/readability-test-pages
[ -d "$pages" ] || { echo "no test pages at $pages" >&2; exit 1; }
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for page in "$pages"/*/; do
    name=$(basename "$page")
    # The page is copied as NAME.html so the reader reads it as HTML under its own name.
    cp "$page/source.html" "$tmp/$name.html"
    XDG_CONFIG_HOME=$tmp XDG_DATA_HOME=$tmp XDG_STATE_HOME=$tmp \
        "$reader" show --json "$tmp/$name.html" > "$out/$name.json" 2>/dev/null || rm -f "$out/$name.json"
done
python3 "$shared/tools/extraction_score.py" "$pages" "$out" --worst "${WORST:-15}"
echo "predictions in $out"
