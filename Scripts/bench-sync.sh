#!/usr/bin/env bash
# Times `reader sync` on the BBC corpus imported into a temporary library, through a bare repository
# in a temporary folder: the first export, a sync with nothing to do, and N new highlights
# (added with `reader annotate`), with the repository's size. Usage: Scripts/bench-sync.sh [READER] [N]
set -euo pipefail
READER=${1:-.build/release/reader}
N=${2:-100}
CORPUS=${READER_SHARED:-../shared}/corpus/bbc
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
git init -q --bare "$WORK/remote.git"
"$READER" import --no-entities --library "$WORK/lib/library.sqlite" "$CORPUS" >/dev/null
"$READER" sync init "$WORK/remote.git" --library "$WORK/lib/library.sqlite" >/dev/null
t() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
echo "first export: $(t "$READER" sync --library "$WORK/lib/library.sqlite") ms"
echo "nothing to do: $(t "$READER" sync --library "$WORK/lib/library.sqlite") ms"
files=$(find "$CORPUS" -name "*.txt" | sort | head -n "$N" || true)
for f in $files; do "$READER" annotate "$f" --quote "the" --occurrence 1 --note "bench" --library "$WORK/lib/library.sqlite" >/dev/null 2>&1 || true; done
echo "sync with $N new highlights: $(t "$READER" sync --library "$WORK/lib/library.sqlite") ms"
echo "nothing to do: $(t "$READER" sync --library "$WORK/lib/library.sqlite") ms"
echo "repository: $(du -sk "$WORK/lib/sync" | cut -f1) KB ($(du -sk "$WORK/remote.git" | cut -f1) KB remote)"
