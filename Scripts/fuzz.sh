#!/usr/bin/env bash
# fuzz.sh: runs each fuzz target for a while and prints executions and findings per target.
#
# Usage: Scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 60 s, every target)
#        Scripts/fuzz.sh 0                                     (list the targets)
#
# Builds `reader-fuzz` in release mode with libFuzzer (`-sanitize=fuzzer`, scratch path .build-fuzz).
# Where that does not build (a toolchain without libFuzzer), or with FUZZ_MODE=seeded, it builds the
# same targets as a seeded random fuzzer instead: coverage-blind, but each run is repeatable with the
# seed it prints (FUZZ_SEED=N fixes it). FUZZ_SANITIZE=address adds AddressSanitizer to libFuzzer.
#
# Corpora: the checked-in seeds are Fuzz/Corpus/<target>/ (read only); what libFuzzer learns goes to
# .build-fuzz/corpus/<target>/ and is kept between runs. A crash, trap, timeout or broken invariant
# writes its input to .build-fuzz/findings/<target>/ and the script exits 1. To reproduce one:
#     SWIFT_BACKTRACE=enable=no .build-fuzz/release/reader-fuzz <target> <file>
# Once fixed, copy the input into Fuzz/Regressions/<target>/: `swift test` (FuzzCorpusTests) runs
# every file there through its target from then on, as it does the seeds.
#
# Adding a target (HTML, feeds, Markdown, config, W3C annotations...):
#   1. Fuzz/ReaderFuzzing/Targets/<Name>Target.swift:
#          extension FuzzTarget {
#              public static let html = FuzzTarget(name: "html", summary: "bytes → HTMLParser: ...") { bytes in
#                  var violations = Violations()
#                  let article = HTMLParser().parse(bytes)          // whatever the code under test is
#                  violations.append(ArticleInvariants.check(article), context: "article")
#                  return violations.messages
#              }
#          }
#      (FuzzInput reads sizes and choices off the front of the bytes; Invariants/ has the checks
#      for articles, wrapping, layouts, frames and reducer states.)
#   2. Add it to `FuzzTarget.all` in Fuzz/ReaderFuzzing/FuzzTarget.swift.
#   3. Put three or more small seed files in Fuzz/Corpus/<name>/ (FuzzCorpusTests requires them).
# The script, the seeded fuzzer and the tests pick it up from there.

set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "fuzz.sh: SECONDS_PER_TARGET must be a whole number" >&2; exit 64; }

scratch=.build-fuzz
mode=${FUZZ_MODE:-libfuzzer}
sanitize=fuzzer
[[ -n "${FUZZ_SANITIZE:-}" ]] && sanitize="fuzzer,$FUZZ_SANITIZE"

if [[ "$mode" == libfuzzer ]]; then
    mkdir -p "$scratch"
    echo "fuzz.sh: building reader-fuzz with -sanitize=$sanitize (release, $scratch)" >&2
    if ! swift build -c release --product reader-fuzz --scratch-path "$scratch" \
        -Xswiftc -sanitize="$sanitize" -Xswiftc -DREADER_LIBFUZZER >"$scratch/fuzz-build.log" 2>&1; then
        echo "fuzz.sh: libFuzzer build failed (see $scratch/fuzz-build.log); using the seeded fuzzer" >&2
        mode=seeded
    fi
fi
if [[ "$mode" == seeded ]]; then
    scratch=.build-fuzz-seeded
    mkdir -p "$scratch"
    echo "fuzz.sh: building reader-fuzz as a seeded fuzzer (release, $scratch)" >&2
    swift build -c release --product reader-fuzz --scratch-path "$scratch" >"$scratch/fuzz-build.log" 2>&1 \
        || { cat "$scratch/fuzz-build.log" >&2; exit 1; }
fi
binary="$scratch/release/reader-fuzz"

if [[ "$seconds" == 0 ]]; then "$binary" list; exit 0; fi
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    mapfile -t targets < <("$binary" list 2>&1 | sed -n 's/^  \([a-z0-9-]*\):.*/\1/p')
fi

# Swift's own crash handler would catch traps before libFuzzer and leave no reproducer.
export SWIFT_BACKTRACE=enable=no
summary=()
failed=0
for target in "${targets[@]}"; do
    work="$scratch/corpus/$target" findings="$scratch/findings/$target" log="$scratch/fuzz-$target.log"
    mkdir -p "$work" "$findings"
    echo "fuzz.sh: $target for ${seconds}s ($mode)" >&2
    options=(-max_total_time="$seconds" -artifact_prefix="$findings/")
    if [[ "$mode" == libfuzzer ]]; then
        options+=(-print_final_stats=1 -timeout=10 -rss_limit_mb=4096 "$work")
    else
        [[ -n "${FUZZ_SEED:-}" ]] && options+=(-seed="$FUZZ_SEED")
    fi
    status=0
    "$binary" "$target" "${options[@]}" "Fuzz/Corpus/$target" >"$log" 2>&1 || status=$?
    if [[ "$mode" == libfuzzer ]]; then
        executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
        rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
        coverage=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    else
        executions=$(sed -n 's/.*: \([0-9]*\) executions in .*/\1/p' "$log" | tail -1)
        rate=$(sed -n 's/.*, \([0-9]*\) exec\/s$/\1/p' "$log" | tail -1)
        coverage="-"
    fi
    result=ok
    if [[ $status -ne 0 ]]; then
        result="FOUND: $(ls -t "$findings" | head -1) (log $log)"
        failed=1
        grep -E 'invariant broken|Fatal error|ERROR: libFuzzer|SUMMARY' "$log" | head -5 >&2 || true
    fi
    summary+=("$(printf '%-12s %12s %8ss %10s %8s  %s' "$target" "${executions:-?}" "$seconds" "${rate:-?}" "${coverage:-?}" "$result")")
done

echo
printf '%-12s %12s %9s %10s %8s  %s\n' target executions time exec/s coverage result
printf '%s\n' "${summary[@]}"
exit $failed
