#!/usr/bin/env bash
# soak.sh: a long session against the release binary in tmux: random keystrokes from the key table
# (Sources/ReaderCore/Input/Keymap.swift, all but q) with a resize every RESIZE_EVERY keys, while
# sampling the reader's memory (VmRSS) and its response time.
#
# Usage: Scripts/soak.sh [KEYSTROKES]          (default 100000)
#   SOAK_SEED=N      the random sequence (default: from the clock; printed either way)
#   SOAK_READER=PATH the binary (default: build .build-release/release/reader)
#
# What it opens: the bundled samples plus a generated 1 MB article, in a library of its own
# (a temporary XDG_DATA_HOME).
# Response time: every SAMPLE_EVERY keys, at sizes of 40x12 or more, it presses ? (help on, or off
# again; in a prompt it types a character) and times from just before send-keys until capture-pane
# shows a different screen; no change within 3 s counts as a timeout.
# Each figure includes a tmux client round trip or two (a few ms), so it is an upper bound.
# Memory: VmRSS from /proc every MEMORY_EVERY keys; "growth" compares the last sample with the one
# at 10% of the run, after caches have filled. The series goes to benchmarks/out/soak-rss.csv.
# Exits 1 when the reader dies, does not quit with status 0 at the end, or a sample times out.

set -euo pipefail
cd "$(dirname "$0")/.."

keystrokes=${1:-100000}
seed=${SOAK_SEED:-$(date +%s)}
readonly BATCH=25 RESIZE_EVERY=500 SAMPLE_EVERY=250 MEMORY_EVERY=1000
readonly out=benchmarks/out
mkdir -p "$out"

reader=${SOAK_READER:-}
if [[ -z "$reader" ]]; then
    echo "soak: building the release binary (.build-release)" >&2
    swift build -c release --scratch-path .build-release --product reader >&2
    reader=.build-release/release/reader
fi
reader=$(cd "$(dirname "$reader")" && pwd)/$(basename "$reader")

work=$(mktemp -d "${TMPDIR:-/tmp}/reader-soak.XXXXXX")
server=soak-$$
tm() { tmux -L "$server" -f /dev/null "$@"; }
cleanup() {
    [[ -f "$work/pid" ]] && kill "$(cat "$work/pid")" 2>/dev/null || true
    tm kill-server 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/articles" "$work/data"
cp Sources/ReaderResources/Resources/Samples/*.txt Sources/ReaderResources/Resources/Samples/*.md "$work/articles/"
{
    echo "Soak article of a megabyte"; echo
    for ((i = 0; i < 25; i++)); do
        for f in Sources/ReaderResources/Resources/Samples/*.txt; do tail -n +2 "$f"; echo; done
    done | head -c 1000000
} >"$work/articles/big.txt"

# All keys of the key table as tmux names, without q (quit).
keys=(j k Down Up NPage Space C-f PPage b C-b C-d C-u g G Home End Enter l Right Tab BTab J K e n N
      1 2 3 4 5 6 '?' / Escape m s f o a)
sizes=("120 40" "80 24" "200 60" "1 1" "20 5" "100 30" "79 50" "300 100" "40 12" "160 45")

tm new-session -d -s soak -x 120 -y 40 \
    "env -u LC_ALL LANG=C.UTF-8 TERM=xterm-256color XDG_DATA_HOME=$work/data sh -c 'echo \$\$ > $work/pid; exec \"\$0\" \"\$@\"' $reader $work/articles; echo EXIT=\$? > $work/exit; sleep 600"
for ((i = 0; i < 200; i++)); do tm capture-pane -p -t soak | grep -q "Articles (" && break; sleep 0.05; done
pid=$(cat "$work/pid")
rss() { awk '/^VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0; }
alive() { [[ -d /proc/$pid ]] && [[ $(awk '/^State/ { print $2 }' "/proc/$pid/status") != Z ]]; }

RANDOM=$seed
echo "soak: $keystrokes keys, seed $seed (repeat with SOAK_SEED=$seed), pid $pid" >&2
echo "keys,rss_kib" >"$out/soak-rss.csv"
samples=() rss_series=() timeouts=0
start_rss=$(rss) start_time=$SECONDS
sent=0 w=120 h=40
while ((sent < keystrokes)); do
    batch=()
    for ((b = 0; b < BATCH && sent < keystrokes; b++)); do
        batch+=("${keys[RANDOM % ${#keys[@]}]}")
        ((++sent))
    done
    tm send-keys -t soak "${batch[@]}"
    if ((sent % RESIZE_EVERY < BATCH)); then
        read -r w h <<<"${sizes[RANDOM % ${#sizes[@]}]}"
        tm resize-window -t soak -x "$w" -y "$h"
    fi
    # At tiny sizes help and the prompt may not show a change; sample at usable sizes only.
    if ((sent % SAMPLE_EVERY < BATCH && w >= 40 && h >= 12)); then
        sleep 0.05  # let the batch drain, so the sample times one key rather than the queue
        before=$(tm capture-pane -p -t soak)
        t0=$(date +%s%N)
        tm send-keys -t soak '?'
        changed=0
        while (($(date +%s%N) - t0 < 3000000000)); do
            [[ "$(tm capture-pane -p -t soak)" != "$before" ]] && { changed=1; break; }
        done
        t1=$(date +%s%N)
        if ((changed)); then samples+=($(( (t1 - t0) / 1000 ))); else ((++timeouts)); fi
    fi
    if ((sent % MEMORY_EVERY < BATCH)); then
        alive || { echo "soak: the reader died after $sent keys (seed $seed)" >&2; tm capture-pane -p -t soak >&2; exit 1; }
        value=$(rss)
        rss_series+=("$value")
        echo "$sent,$value" >>"$out/soak-rss.csv"
        ((sent % 10000 < BATCH)) && echo "soak: $sent keys, RSS $((value / 1024)) MiB, $((SECONDS - start_time)) s" >&2
    fi
done
sleep 0.5
alive || { echo "soak: the reader died at the end (seed $seed)" >&2; exit 1; }
end_rss=$(rss)
peak_rss=$(awk '/^VmHWM/ { print $2 }' "/proc/$pid/status")
tm send-keys -t soak Escape Escape Escape
sleep 0.2
tm send-keys -t soak q
for ((i = 0; i < 100; i++)); do [[ -f "$work/exit" ]] && break; tm send-keys -t soak Escape q; sleep 0.1; done
status=$(sed -n 's/EXIT=//p' "$work/exit" 2>/dev/null || echo "none")

tenth=${rss_series[$(( ${#rss_series[@]} / 10 ))]:-$start_rss}
percentile() { printf '%s\n' "${samples[@]}" | sort -n | awk -v p="$1" '{ v[NR] = $1 } END { i = int(NR * p / 100 + 0.999); if (i < 1) i = 1; printf "%.1f", v[i] / 1000 }'; }
p50=$(percentile 50) p99=$(percentile 99) max=$(percentile 100)
elapsed=$((SECONDS - start_time))

printf '\nsoak: %d keys with a resize every %d, seed %s, %d s, exit status %s\n' "$keystrokes" "$RESIZE_EVERY" "$seed" "$elapsed" "$status"
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
printf '  RSS (MiB): start %s, at 10%% %s, peak %s, end %s (growth after 10%%: %s)\n' \
    "$(mib "$start_rss")" "$(mib "$tenth")" "$(mib "$peak_rss")" "$(mib "$end_rss")" "$(mib $((end_rss - tenth)))"
printf '  response to ? (ms, %d samples, %d timeouts): p50 %s, p99 %s, max %s\n' "${#samples[@]}" "$timeouts" "$p50" "$p99" "$max"
printf '  memory series: %s\n' "$out/soak-rss.csv"
cat >"$out/soak.json" <<EOF
{"keystrokes": $keystrokes, "seed": $seed, "seconds": $elapsed, "exit_status": "$status",
 "rss_kib": {"start": $start_rss, "at_10_percent": $tenth, "peak": $peak_rss, "end": $end_rss},
 "response_ms": {"samples": ${#samples[@]}, "timeouts": $timeouts, "p50": $p50, "p99": $p99, "max": $max}}
EOF
[[ "$status" == 0 && $timeouts -eq 0 ]]
