#!/usr/bin/env bash
# Launch to list on screen, as a user sees it: starts the reader in tmux and polls until the list
# title shows, five times. Each run gets a fresh XDG_DATA_HOME unless --library is among the arguments.
# Usage: Scripts/bench-launch.sh [READER_BINARY] [ARGUMENTS...]   (default: the BBC folder)
# Example: Scripts/bench-launch.sh .build-release/release/reader --library /tmp/big.sqlite
# (polling capture-pane and starting the tmux session cost a few ms of their own).
#
#        Scripts/bench-launch.sh --table [READER_BINARY] [OPTIONS...]
# issue 16's whole start-up table in one run, beside less (and newsboat where installed), tmux at
# 120x40, medians of 5: --version, first screen of 2 KB, 5 MB and 50 MB articles (and G), titles of
# the BBC folder, the BBC library and 100,000 articles, peak memory (Scripts/bench-start-table.py;
# its OPTIONS: --runs N, --json FILE, --skip-50mb, --big-library PATH). Default binary: the static
# release build of Scripts/build-release.sh (.build-static/release/reader).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = --table ]; then
    shift
    reader=.build-static/release/reader
    if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then reader=$1; shift; fi
    [ -x "$reader" ] || { echo "bench-launch: no $reader; build it with Scripts/build-release.sh" >&2; exit 1; }
    exec python3 Scripts/bench-start-table.py --reader "$reader" --reader-bench "$(dirname "$reader")/reader-bench" "$@"
fi
reader=${1:-.build/release/reader}
shift || true
arguments=("$@")
[ ${#arguments[@]} -gt 0 ] || arguments=(../shared/corpus/bbc)
server=launch-$$
trap 'tmux -L "$server" kill-server 2>/dev/null || true' EXIT
tmux -L "$server" -f /dev/null new-session -d -s keep -x 160 -y 45 "sleep 600"
for run in 1 2 3 4 5; do
    start=$(date +%s%N)
    tmux -L "$server" new-session -d -s "run$run" -x 160 -y 45 \
        "env LANG=C.UTF-8 TERM=xterm-256color XDG_DATA_HOME=$(mktemp -d) $reader ${arguments[*]}"
    until tmux -L "$server" capture-pane -p -t "run$run" 2>/dev/null | grep -q "Articles ("; do :; done
    end=$(date +%s%N)
    echo "run $run: $(( (end - start) / 1000000 )) ms"
    tmux -L "$server" send-keys -t "run$run" q
    sleep 0.3
done
