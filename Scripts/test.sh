#!/usr/bin/env bash
# test.sh: installs what is missing (Scripts/install-deps.sh), then runs the test suite.
#
# Usage: Scripts/test.sh [SWIFT TEST OPTIONS...]      (e.g. --filter MarkdownTableTests)

set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/install-deps.sh
exec swift test "$@"
