#!/usr/bin/env bash
# bench-g-vs-less.sh: end-to-end timing of `reader FILE` against `less FILE` on a ~5 MB article,
# measured in tmux the way a user sees it:
#
#   launch → first screen   from starting the program until its first screen is on the tmux pane
#   G → end visible         from pressing G until the article's last paragraph is on the pane
#
# Usage: Scripts/bench-g-vs-less.sh [--reader PATH] [--runs N]
#
#   --reader PATH   the reader binary to time (default: build the release binary with
#                   `swift build -c release --scratch-path .build-release --product reader`
#                   and use .build-release/release/reader)
#   --runs N        runs per program, each a fresh process (default 5)
#   --bytes N       the article's size in bytes (default 5000000)
#   --before PATH   a second reader binary (say, a build of the previous commit), timed in the
#                   same run for a before/after comparison
#   --memory-wait S after G, wait S seconds before reading each program's peak memory (VmHWM),
#                   so background work (finishing the article, import, entities) is counted
#
# Each reader run gets fresh XDG data, state and config folders in the temporary directory: every
# run is a first open (no stored position), and the user's own library is never touched.
#
# Needs tmux and less (less is installed with apt-get when missing and running as root).
# The article is built in a temporary directory from ../shared/corpus/bbc (override with
# BENCH_CORPUS=DIR) and removed at the end; nothing in the repository is written except the
# .build-release folder when building.
#
# How the timing works: each figure is "timestamp when the text was first seen in
# `tmux capture-pane -p`" minus "timestamp just before the action" (`date +%s%N`). The poll loop
# runs capture-pane back to back with no sleep. Each capture-pane (a tmux client round trip) and
# each `date` takes a few milliseconds, so every figure carries a few ms of polling overhead and
# granularity; it is the same for reader and less, so the comparison is fair, but differences of
# a few ms between the two are within that noise.

set -euo pipefail

# ---- settings ---------------------------------------------------------------------------------

readonly SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
readonly CORPUS_DIR="${BENCH_CORPUS:-$REPO_ROOT/../shared/corpus/bbc}"

TARGET_BYTES=5000000                     # article size to reach (--bytes; the corpus is cycled)
readonly TITLE="Benchmark article"
readonly END_MARKER="THE-END-MARKER"
readonly COLS=120 ROWS=40                # tmux pane size
readonly POLL_TIMEOUT_S=60               # give up waiting for a screen after this long
readonly SETTLE_S=0.3                    # pause between first screen and G (a user's reaction time)
readonly TMUX_SOCKET="bench-$$"          # private tmux server, killed on exit

READER_BIN=""
BEFORE_BIN=""
RUNS=5
MEMORY_WAIT_S=0
LAST_HWM_KB=0
WORK_DIR=""
RUN_COUNTER=0
LAST_LAUNCH_NS=0 LAST_G_NS=0

# ---- small helpers ----------------------------------------------------------------------------

die() { echo "bench-g-vs-less: $*" >&2; exit 1; }
note() { echo "bench-g-vs-less: $*" >&2; }
now_ns() { date +%s%N; }
tm() { tmux -L "$TMUX_SOCKET" -f /dev/null "$@"; }

usage() {
    cat <<'EOF'
Usage: Scripts/bench-g-vs-less.sh [--reader PATH] [--runs N]
  --reader PATH   reader binary to time (default: build and use .build-release/release/reader)
  --runs N        runs per program, each a fresh process (default 5)
  --bytes N       article size (default 5000000)
  --before PATH   a second reader binary (an older build) timed in the same run
  --memory-wait S after G, wait S seconds (background work) before reading the peak memory
EOF
}

# Ends whatever still runs in the private server (only after an interruption or a failure),
# by pid, before killing the server: a program whose terminal just disappears may not exit.
cleanup() {
    local pid
    for pid in $(tm list-panes -a -F '#{pane_pid}' 2>/dev/null); do
        kill -TERM "$pid" 2>/dev/null || true
    done
    tm kill-server 2>/dev/null || true
    [[ -n "$WORK_DIR" && -d "$WORK_DIR" ]] && rm -rf "$WORK_DIR"
    return 0
}

parse_args() {
    while (($#)); do
        case "$1" in
            --reader) [[ $# -ge 2 ]] || die "--reader needs a PATH"; READER_BIN="$2"; shift 2 ;;
            --runs)
                [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive integer"
                RUNS="$2"; shift 2 ;;
            --before) [[ $# -ge 2 ]] || die "--before needs a PATH"; BEFORE_BIN="$2"; shift 2 ;;
            --bytes)
                [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || die "--bytes needs a positive integer"
                TARGET_BYTES="$2"; shift 2 ;;
            --memory-wait)
                [[ $# -ge 2 && "$2" =~ ^[0-9]+$ ]] || die "--memory-wait needs seconds"
                MEMORY_WAIT_S="$2"; shift 2 ;;
            -h|--help) usage; exit 0 ;;
            *) usage >&2; die "unknown argument: $1" ;;
        esac
    done
}

check_tools() {
    command -v tmux >/dev/null || die "tmux is not installed (apt-get install -y tmux)"
    if ! command -v less >/dev/null; then
        if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
            note "less is missing; installing it with apt-get"
            apt-get install -y less >/dev/null || die "could not install less (apt-get install -y less)"
        fi
        command -v less >/dev/null || die "less is not installed (apt-get install -y less)"
    fi
}

# Builds the release reader unless --reader was given.
prepare_reader() {
    if [[ -z "$READER_BIN" ]]; then
        note "building: swift build -c release --scratch-path .build-release --product reader"
        (cd "$REPO_ROOT" && swift build -c release --scratch-path .build-release --product reader) >&2 \
            || die "the release build failed"
        READER_BIN="$REPO_ROOT/.build-release/release/reader"
    fi
    [[ -x "$READER_BIN" ]] || die "reader binary not found or not executable: $READER_BIN"
    READER_BIN="$(cd "$(dirname "$READER_BIN")" && pwd)/$(basename "$READER_BIN")"
}

# ---- the article ------------------------------------------------------------------------------

# Writes the benchmark article to $1 (Scripts/bench-article.sh: the corpus bodies cycled to
# TARGET_BYTES, then the end-marker paragraph).
build_article() {
    BENCH_CORPUS="$CORPUS_DIR" "$SCRIPT_DIR/bench-article.sh" "$1" "$TARGET_BYTES" "$TITLE" "$END_MARKER" \
        || die "could not build the article"
}

# The first few words of the first paragraph: what less's first screen is recognised by.
first_words() {
    awk 'NR > 1 && NF { print $1, $2, $3; exit }' "$1"
}

# ---- one timed run ----------------------------------------------------------------------------

# wait_for_text SESSION NEEDLE: polls the pane as fast as possible until NEEDLE is on screen,
# then prints the timestamp (ns). Fails if the program exits or the timeout passes.
wait_for_text() {
    local session="$1" needle="$2" screen start=$SECONDS
    while :; do
        if screen=$(tm capture-pane -p -t "$session" 2>/dev/null); then
            if [[ "$screen" == *"$needle"* ]]; then now_ns; return 0; fi
        elif ! tm has-session -t "$session" 2>/dev/null; then
            note "the program exited before \"$needle\" appeared"
            return 1
        fi
        if ((SECONDS - start > POLL_TIMEOUT_S)); then
            note "timed out after ${POLL_TIMEOUT_S}s waiting for \"$needle\"; the screen was:"
            printf '%s\n' "$screen" >&2
            return 1
        fi
    done
}

# The pane's process and its direct children (the program, or a shell and the program).
pane_pids() {
    local pid
    pid=$(tm display-message -p -t "$1" '#{pane_pid}' 2>/dev/null) || return 0
    echo "$pid"
    ps -o pid= --ppid "$pid" 2>/dev/null || true
}

# True while PID is a live process. An exited process that tmux has not reaped yet (a zombie,
# state Z; tmux sometimes leaves one until its next SIGCHLD or until the server exits) counts as
# gone: it has quit and holds nothing but its process-table entry.
is_running() {
    local state
    state=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
    [[ -n "$state" && "$state" != Z* ]]
}

# Quits with q and waits until the session and every process seen in it are gone; anything
# still running after 5 s is killed by pid and reported.
quit_and_reap() {
    local session="$1" pids pid i
    pids=$(pane_pids "$session")
    tm send-keys -t "$session" q
    for ((i = 0; i < 500; i++)); do
        local alive=0
        tm has-session -t "$session" 2>/dev/null && alive=1
        for pid in $pids; do is_running "$pid" && alive=1; done
        ((alive)) || return 0
        sleep 0.01
    done
    note "$session did not exit on q; killing it"
    for pid in $pids; do kill -9 "$pid" 2>/dev/null || true; done
    tm kill-session -t "$session" 2>/dev/null || true
    return 1
}

# run_once FIRST_SCREEN_NEEDLE COMMAND...: one fresh process in a new session of the private
# server; sets LAST_LAUNCH_NS and LAST_G_NS.
run_once() {
    local needle="$1"; shift
    local session="run$((++RUN_COUNTER))" cmd t0 t1 t2 t3
    # Locale and terminal pinned for both programs; less gets no LESS options, no input
    # preprocessor and no history file.
    local home="$WORK_DIR/home-$RUN_COUNTER"
    mkdir -p "$home/data" "$home/state" "$home/config"
    printf -v cmd '%q ' env -u LC_ALL -u LESS -u LESSOPEN -u LESSCLOSE LESSHISTFILE=- \
        XDG_DATA_HOME="$home/data" XDG_STATE_HOME="$home/state" XDG_CONFIG_HOME="$home/config" \
        TERM=xterm-256color LANG=C.UTF-8 "$@"

    t0=$(now_ns)
    tm new-session -d -s "$session" -x "$COLS" -y "$ROWS" "$cmd"
    t1=$(wait_for_text "$session" "$needle") || die "no first screen for: $*"

    sleep "$SETTLE_S"
    t2=$(now_ns)
    tm send-keys -t "$session" G
    t3=$(wait_for_text "$session" "$END_MARKER") || die "G did not show the end for: $*"

    sleep "$MEMORY_WAIT_S"
    LAST_HWM_KB=$(peak_memory_kb "$session")
    quit_and_reap "$session" || die "a process was left behind by: $*"
    LAST_LAUNCH_NS=$((t1 - t0))
    LAST_G_NS=$((t3 - t2))
}

# The largest VmHWM (peak resident set, kB) among the pane's processes.
peak_memory_kb() {
    local pid best=0 value
    for pid in $(pane_pids "$1"); do
        value=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
        [[ -n "$value" ]] && ((value > best)) && best=$value
    done
    echo "$best"
}

# ---- statistics and report --------------------------------------------------------------------

# stats VALUES_NS...: prints "MEDIAN_MS MIN_MS" with one decimal.
stats() {
    printf '%s\n' "$@" | sort -n | awk '
        { v[NR] = $1 }
        END {
            med = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "%.1f %.1f\n", med / 1e6, v[1] / 1e6
        }'
}

ms_list() { printf '%s\n' "$@" | awk '{ printf "%s%.1f", (NR > 1 ? " " : ""), $1 / 1e6 } END { print "" }'; }

main() {
    parse_args "$@"
    check_tools
    trap cleanup EXIT
    trap 'exit 130' INT TERM
    prepare_reader

    WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/bench-g-vs-less.XXXXXX")
    local article="$WORK_DIR/benchmark-article.txt"
    build_article "$article"
    local less_needle
    less_needle=$(first_words "$article")

    # A placeholder session keeps the private server up, so no run pays for starting it.
    tm new-session -d -s holder -x "$COLS" -y "$ROWS" "cat"

    # Each program is timed until the first words of the body are on screen (the title alone,
    # in reader's list pane, is not the first screen of the text).
    local -a names=(reader) bins=("$READER_BIN")
    [[ -n "$BEFORE_BIN" ]] && { names+=(before); bins+=("$BEFORE_BIN"); }
    names+=(less); bins+=(less)
    local -A launch=() gend=() hwm=()
    local i k
    note "timing $RUNS runs per program (the programs alternate)"
    for ((i = 1; i <= RUNS; i++)); do
        for k in "${!names[@]}"; do
            run_once "$less_needle" "${bins[$k]}" "$article"
            launch[${names[$k]}]+="$LAST_LAUNCH_NS "; gend[${names[$k]}]+="$LAST_G_NS "; hwm[${names[$k]}]+="$LAST_HWM_KB "
        done
        note "run $i/$RUNS done"
    done

    echo
    echo "G-to-end vs less: $(wc -c <"$article") byte article ($(wc -l <"$article") lines), tmux $(tmux -V | cut -d' ' -f2) pane ${COLS}x${ROWS}, nproc $(nproc), $RUNS runs each"
    echo "reader: $READER_BIN"
    [[ -n "$BEFORE_BIN" ]] && echo "before: $BEFORE_BIN"
    echo "less:   $(command -v less) ($(less --version | sed -n 1p))"
    echo
    printf '%-8s | %-29s | %-29s | %s\n' "" "launch -> first screen (ms)" "G -> end visible (ms)" "peak memory (MB)"
    printf '%-8s | %13s %15s | %13s %15s | %8s %8s\n' "program" "median" "min" "median" "min" "median" "max"
    printf -- '---------+-------------------------------+-------------------------------+------------------\n'
    local name l g m
    for name in "${names[@]}"; do
        l=($(stats ${launch[$name]})); g=($(stats ${gend[$name]}))
        m=($(printf '%s\n' ${hwm[$name]} | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f %.1f\n", v[int((NR + 1) / 2)] / 1024, v[NR] / 1024 }'))
        printf '%-8s | %13s %15s | %13s %15s | %8s %8s\n' "$name" "${l[0]}" "${l[1]}" "${g[0]}" "${g[1]}" "${m[0]}" "${m[1]}"
    done
    echo
    echo "all runs (ms; peak memory in kB, read ${MEMORY_WAIT_S}s after G):"
    for name in "${names[@]}"; do
        echo "  $name launch: $(ms_list ${launch[$name]})"
        echo "  $name G:      $(ms_list ${gend[$name]})"
        echo "  $name VmHWM:  ${hwm[$name]}"
    done
    echo "(each figure includes a few ms of capture-pane polling overhead, the same for both programs;"
    echo " G is pressed ${SETTLE_S}s after the first screen appears)"
}

main "$@"
