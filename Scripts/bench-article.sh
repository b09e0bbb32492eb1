#!/usr/bin/env bash
# bench-article.sh OUT BYTES [TITLE] [END_MARKER]: writes a long plain-text article for benchmarks:
# the title, a blank line, then the bodies of the corpus articles (each file without its first
# line, its title) as blank-line-separated paragraphs, cycling through the corpus until BYTES,
# then the end-marker paragraph. The corpus is ../shared/corpus/bbc (override with
# BENCH_CORPUS=DIR). Never commit the output: it is made of the corpus texts.
set -euo pipefail

readonly SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly CORPUS_DIR="${BENCH_CORPUS:-$SCRIPT_DIR/../../shared/corpus/bbc}"
die() { echo "bench-article: $*" >&2; exit 1; }

[[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || die "usage: bench-article.sh OUT BYTES [TITLE] [END_MARKER]"
readonly OUT="$1" TARGET_BYTES="$2" TITLE="${3:-Benchmark article}" END_MARKER="${4:-THE-END-MARKER}"

work=$(mktemp -d "${TMPDIR:-/tmp}/bench-article.XXXXXX")
trap 'rm -rf "$work"' EXIT
files=()
for f in "$CORPUS_DIR"/*/*.txt; do
    [[ -e "$f" ]] || die "no corpus files in $CORPUS_DIR (set BENCH_CORPUS=DIR)"
    # sport/199.txt is the one Latin-1 file in the corpus; convert it so the article is UTF-8.
    if [[ "$f" == */sport/199.txt ]]; then
        iconv -f latin1 -t utf-8 "$f" >"$work/sport-199.utf8.txt"
        f="$work/sport-199.utf8.txt"
    fi
    files+=("$f")
done
corpus_bytes=$(cat "${files[@]}" | wc -c)
# The file list is given often enough over for the corpus to reach the target.
rounds=$((TARGET_BYTES / corpus_bytes + 2))
list=()
for ((i = 0; i < rounds; i++)); do list+=("${files[@]}"); done

{
    printf '%s\n' "$TITLE"
    # awk prints body lines, squeezing runs of blank lines into one so paragraphs are separated by
    # exactly one blank line, and stops once the target size is reached (only between paragraphs).
    LC_ALL=C awk -v target="$TARGET_BYTES" '
        FNR == 1 { blank = 1; next }
        /^[ \t]*$/ { blank = 1; next }
        {
            if (blank) {
                if (bytes >= target) exit
                print ""; bytes += 1; blank = 0
            }
            print; bytes += length($0) + 1
        }
    ' "${list[@]}"
    printf '\n%s paragraph.\n' "$END_MARKER"
} >"$OUT"

size=$(wc -c <"$OUT")
((size >= TARGET_BYTES)) || die "article is only $size bytes; the corpus is too small"
iconv -f utf-8 -t utf-8 "$OUT" >/dev/null 2>&1 || die "the built article is not valid UTF-8"
[[ $(grep -c "$END_MARKER" "$OUT") -eq 1 ]] || die "the end marker is not unique in the article"
