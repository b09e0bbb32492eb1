#!/usr/bin/env bash
# bench-all.sh: every benchmark in one run, as one table and one JSON file for comparison over time.
#
# Usage: Scripts/bench-all.sh [--skip SUITE]...     (suites: core, launch, start, g-vs-less, ner)
#
#   core       swift run reader-bench: keystroke, open, resize, BBC directory and 100k-library figures
#   launch     Scripts/bench-launch.sh: launch to list on screen in tmux (BBC folder), median of 5
#   start      Scripts/bench-launch.sh --table: issue 16's start-up table beside less, tmux 120x40,
#              medians of 5, of the static build (.build-static, made by Scripts/build-release.sh
#              when missing; without it the .build-release binary, which starts slower)
#   g-vs-less  Scripts/bench-g-vs-less.sh: launch and G on a 5 MB article, reader beside less
#   ner        Scripts/bench-ner.sh: F1 on the dev set and CoNLL testb, words/s on BBC; spaCy's
#              figures beside them only when .venv-spacy exists (it is never built from here)
#
# Builds the release binaries once (.build-release). Writes benchmarks/out/<date>/ with each
# suite's own output, all.txt (the table) and all.json ({"date", "git", "machine", "results":
# [{"suite", "name", "value", "unit"}]}); benchmarks/out/latest.json is a copy of the last all.json.
# Reads ../shared (READER_SHARED=DIR elsewhere). Takes about 10 minutes with every suite.

set -euo pipefail
cd "$(dirname "$0")/.."

skip=" "
while (($#)); do
    case "$1" in
        --skip) [[ $# -ge 2 ]] || { echo "bench-all: --skip needs a SUITE" >&2; exit 64; }; skip+="$2 "; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench-all: unknown argument $1" >&2; exit 64 ;;
    esac
done
runs() { [[ "$skip" != *" $1 "* ]]; }

out=benchmarks/out/$(date +%Y%m%d-%H%M%S)
mkdir -p "$out"
echo "bench-all: building release binaries (.build-release)" >&2
swift build -c release --scratch-path .build-release --product reader >&2
swift build -c release --scratch-path .build-release --product reader-bench >&2
reader=$PWD/.build-release/release/reader
failed=()

if runs core; then
    echo "bench-all: core (reader-bench)" >&2
    .build-release/release/reader-bench --json "$out/core.json" >"$out/core.txt" 2>&1 || failed+=(core)
fi
if runs launch; then
    echo "bench-all: launch (bench-launch.sh)" >&2
    Scripts/bench-launch.sh "$reader" >"$out/launch.txt" 2>&1 || failed+=(launch)
fi
if runs start; then
    echo "bench-all: start (bench-launch.sh --table)" >&2
    static=.build-static/release/reader
    [[ -x $static ]] || Scripts/build-release.sh "$PWD/$out/prefix" >&2 || static=$reader
    Scripts/bench-launch.sh --table "$static" --reader-bench .build-release/release/reader-bench --json "$out/start.json" \
        >"$out/start.txt" 2>&1 || failed+=(start)
fi
if runs g-vs-less; then
    echo "bench-all: g-vs-less (bench-g-vs-less.sh)" >&2
    Scripts/bench-g-vs-less.sh --reader "$reader" >"$out/g-vs-less.txt" 2>&1 || failed+=(g-vs-less)
fi
if runs ner; then
    echo "bench-all: ner (bench-ner.sh)" >&2
    spacy=()
    [[ -d .venv-spacy ]] || spacy=(--no-spacy)
    Scripts/bench-ner.sh --reader "$reader" --json "$out/ner.json" "${spacy[@]}" >"$out/ner.txt" 2>&1 || failed+=(ner)
fi

python3 - "$out" "$(git describe --always --dirty 2>/dev/null || echo unknown)" <<'EOF'
import json, os, re, statistics, sys, datetime, platform
out, git = sys.argv[1:3]
results = []
def add(suite, name, value, unit):
    if value is not None:
        results.append({"suite": suite, "name": name, "value": value, "unit": unit})
def read(name):
    path = os.path.join(out, name)
    return open(path, encoding="utf-8", errors="replace").read() if os.path.exists(path) else None

if (core := read("core.json")):
    for r in json.loads(core)["results"]:
        add("core", r["name"], r["value"], r["unit"])
if (launch := read("launch.txt")):
    times = [float(t) for t in re.findall(r"^run \d+: (\d+) ms$", launch, re.M)]
    if times:
        add("launch", "launch to list, BBC folder (median of %d)" % len(times), statistics.median(times), "ms")
if (start := read("start.json")):
    for row in json.loads(start)["table"]:
        for program in ("reader", "less", "newsboat", "floor"):
            if row.get(program) is not None:
                add("start", f"{program}: {row['figure'].strip()}", round(row[program], 1), row["unit"])
if (gl := read("g-vs-less.txt")):
    for program in ("reader", "less"):
        m = re.search(r"^%s\s*\|\s*([\d.]+)\s+[\d.]+\s*\|\s*([\d.]+)" % program, gl, re.M)
        if m:
            add("g-vs-less", f"{program}: launch to first screen, 5 MB article (median)", float(m[1]), "ms")
            add("g-vs-less", f"{program}: G to end visible, 5 MB article (median)", float(m[2]), "ms")
if (ner := read("ner.json")):
    d = json.loads(ner)
    for system in ("reader", "spacy"):
        s = d.get(system) or {}
        for dataset, label in (("dev", "dev set"), ("conll_testb", "CoNLL-2003 testb")):
            if s.get(dataset):
                add("ner", f"{system}: exact F1, {label}", s[dataset]["f1"], "F1")
        if s.get("speed"):
            add("ner", f"{system}: words/s on BBC", round(s["speed"]["words_per_s"]), "words/s")
            add("ner", f"{system}: peak RSS on BBC", round(s["speed"]["peak_rss_mib"], 1), "MiB")
    if d.get("reader_to_spacy_words_per_s"):
        add("ner", "reader words/s ÷ spaCy words/s", round(d["reader_to_spacy_words_per_s"], 2), "×")

doc = {"date": datetime.datetime.now().isoformat(timespec="seconds"), "git": git,
       "machine": {"host": platform.node(), "nproc": os.cpu_count(), "load_average": open("/proc/loadavg").read().split()[:3]},
       "results": results}
with open(os.path.join(out, "all.json"), "w") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
with open(os.path.join(os.path.dirname(out), "latest.json"), "w") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
width = max([len(r["name"]) for r in results] + [20])
lines = [f"Reader benchmarks {doc['date']}  git {git}  nproc {doc['machine']['nproc']}  load {' '.join(doc['machine']['load_average'])}", ""]
lines.append(f"{'suite':<10} {'figure':<{width}} {'value':>12} unit")
for r in results:
    value = r["value"]
    shown = f"{value:,.3f}" if isinstance(value, float) and value < 100 else f"{value:,.0f}" if isinstance(value, (int, float)) else str(value)
    lines.append(f"{r['suite']:<10} {r['name']:<{width}} {shown:>12} {r['unit']}")
open(os.path.join(out, "all.txt"), "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
EOF
echo
echo "bench-all: table $out/all.txt, JSON $out/all.json (and benchmarks/out/latest.json)"
if ((${#failed[@]})); then
    echo "bench-all: these suites failed (see their .txt in $out): ${failed[*]}" >&2
    exit 1
fi
