#!/usr/bin/env bash
# feedparser-rates.sh: the feed parser measured by feedparser's own test suite.
#
# Usage: Scripts/feedparser-rates.sh [PATH-PREFIX]      e.g. wellformed/atom10
#        FEEDPARSER_DETAIL=1 Scripts/feedparser-rates.sh  (also every failure, with what Reader read)
#
# Reads ../shared/feeds/feedparser-tests (READER_SHARED is not used: the tests find ../shared beside
# the repository). Prints the pass rate of the mapped expectations per folder and subfolder and the
# expectation kinds not mapped; the targets are held by `swift test` (FeedparserSuiteTests).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $# -gt 0 ]]; then export FEEDPARSER_ONLY="$1"; fi
swift build --build-tests >/dev/null 2>&1
swift test --skip-build --filter FeedparserSuiteTests/passRatesPerFolder 2>&1 \
    | sed -n '/^feedparser suite/,/^[✔✘◇↳]/p' | grep -v '^[✔✘◇↳]' || true
if [[ -n "${FEEDPARSER_DETAIL:-}" ]]; then
    swift test --skip-build --filter FeedparserSuiteTests/passRatesPerFolder 2>&1 | sed -n '/^failures:/,/^[✔✘◇]/p'
fi
