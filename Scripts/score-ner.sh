#!/usr/bin/env bash
# Scores the entity recogniser on the development set and on CoNLL-2003 testb, the way the issue
# measures it. Usage: Scripts/score-ner.sh [READER_BINARY] [extra `reader entities` options]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${READER_SHARED:-../shared}
reader=${1:-.build/release/reader}
shift || true
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$reader" entities --jsonl "$@" < "$shared/ner/dev/docs.jsonl" > "$out/dev.jsonl"
echo "== dev (OntoNotes), ignoring CARDINAL, ORDINAL, QUANTITY"
python3 "$shared/tools/ner_score.py" "$shared/ner/dev/gold.jsonl" "$out/dev.jsonl" \
    --ignore CARDINAL,ORDINAL,QUANTITY | grep -E '^(== exact|label|micro)' | head -3

"$reader" entities --jsonl "$@" < "$shared/ner/conll2003/testb.docs.jsonl" > "$out/testb.jsonl"
echo "== CoNLL-2003 testb, labels mapped"
python3 "$shared/tools/ner_score.py" "$shared/ner/conll2003/testb.gold.jsonl" "$out/testb.jsonl" \
    --map PERSON=PER,GPE=LOC,FAC=LOC,NORP=MISC,EVENT=MISC,PRODUCT=MISC,WORK_OF_ART=MISC,LAW=MISC,LANGUAGE=MISC \
    --only PER,LOC,ORG,MISC | grep -E '^(== exact|label|micro|PER|LOC|ORG|MISC) ' | head -7
