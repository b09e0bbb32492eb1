#!/usr/bin/env bash
# run.sh: installs what is missing (Scripts/install-deps.sh), then runs the reader.
#
# Usage: Scripts/run.sh [ARGUMENTS...]      (the same as `swift run reader ARGUMENTS...`)

set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/install-deps.sh
exec swift run reader "$@"
