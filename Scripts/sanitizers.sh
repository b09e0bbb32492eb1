#!/usr/bin/env bash
# sanitizers.sh: the test suite under AddressSanitizer and ThreadSanitizer.
#
# Usage: Scripts/sanitizers.sh [address|thread]...     (default: both, one after the other)
#
# Each sanitizer builds in a scratch path of its own (.build-asan, .build-tsan: git-ignored), so
# the normal .build is untouched. The end-to-end tests run the binary of the same build
# (READER_BINARY), so the reader in tmux is checked too. A report fails the run (halt_on_error).
# Suppressions, each with its reason, are in Scripts/sanitizers/; none are needed today. No test
# asserts wall time (benchmarks measure speed), so the whole suite runs.
# Prints each sanitizer's wall time and result; exits 1 if either fails.

set -euo pipefail
cd "$(dirname "$0")/.."

sanitizers=("$@")
[[ ${#sanitizers[@]} -gt 0 ]] || sanitizers=(address thread)
suppressions=$PWD/Scripts/sanitizers

export ASAN_OPTIONS="halt_on_error=1:detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$suppressions/tsan.supp${TSAN_OPTIONS:+:$TSAN_OPTIONS}"


results=()
failed=0
for sanitizer in "${sanitizers[@]}"; do
    case "$sanitizer" in
        address) scratch=.build-asan ;;
        thread) scratch=.build-tsan ;;
        *) echo "sanitizers.sh: unknown sanitizer $sanitizer (address or thread)" >&2; exit 64 ;;
    esac
    mkdir -p "$scratch"
    log=$scratch/sanitizers.log
    start=$SECONDS
    status=0
    {
        swift build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch" \
            && READER_BINARY=$PWD/$scratch/debug/reader \
                swift test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch"
    } >"$log" 2>&1 || status=$?
    elapsed=$((SECONDS - start))
    summary=$(grep -E '^(✔|✘) Test run with' "$log" | tail -1)
    if [[ $status -eq 0 ]]; then
        results+=("$(printf '%-8s passed in %4d s  %s' "$sanitizer" "$elapsed" "$summary")")
    else
        failed=1
        results+=("$(printf '%-8s FAILED in %4d s  %s (log: %s)' "$sanitizer" "$elapsed" "$summary" "$log")")
        grep -E 'ERROR: (Address|Thread)Sanitizer|WARNING: ThreadSanitizer|SUMMARY: |^✘|error:|Fatal error' "$log" | head -30 >&2 || true
    fi
done
printf '%s\n' "${results[@]}"
exit $failed
