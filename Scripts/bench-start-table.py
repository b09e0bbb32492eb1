#!/usr/bin/env python3
"""Issue 16's start-up table in one run: reader beside less (and newsboat where it is installed).

Usage: Scripts/bench-start-table.py --reader BIN [--reader-bench BIN] [--runs 5] [--json OUT]
                                    [--skip-50mb] [--big-library PATH] [--bbc DIR]

Every screen figure is measured as a user sees it: a fresh process in a new session of a private
tmux server at 120x40, from just before `tmux new-session` until a line of what the first screen
must show is in `tmux capture-pane`, polled back to back; medians of --runs runs, programs
alternating. Each poll is a tmux client round trip of a few ms, the same for every program: the
"harness floor" row (a shell that prints the text at once) is that cost alone. Peak memory is the
program's VmHWM, read from /proc while its screen is up. `--version` is timed whole by hyperfine
(installed with apt-get as root when missing), else by a loop of 50 runs.

The articles are made in a temporary folder from the BBC corpus (--bbc, default ../shared/corpus/bbc):
2 KB, 5 MB and 50 MB of its paragraphs under one title, with a marker paragraph at the end for G.
The 100,000-article library is made once with `reader-bench --generate-library` (kept at
--big-library, default /tmp/reader-bench-100k.sqlite); the BBC library is imported once per run
of this script with `reader import --no-entities`.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

COLS, ROWS = 120, 40
END_MARKER = "THE-END-MARKER"
TITLE = "Benchmark article"
TIMEOUT_S = 120


def note(message):
    print(f"bench-start-table: {message}", file=sys.stderr, flush=True)


class Tmux:
    def __init__(self):
        self.socket = f"start-table-{os.getpid()}"
        self.count = 0
        self.run("new-session", "-d", "-s", "holder", "-x", str(COLS), "-y", str(ROWS), "cat")

    def run(self, *arguments, check=True):
        return subprocess.run(["tmux", "-L", self.socket, "-f", "/dev/null", *arguments],
                              capture_output=True, text=True, check=check)

    def screen(self, session):
        done = self.run("capture-pane", "-p", "-t", session, check=False)
        return done.stdout if done.returncode == 0 else None

    def wait_for(self, session, needle):
        """The time (perf_counter) at which needle was first seen on the pane."""
        started = time.perf_counter()
        while True:
            screen = self.screen(session)
            if screen is not None and needle in screen:
                return time.perf_counter()
            if screen is None and self.run("has-session", "-t", session, check=False).returncode != 0:
                raise RuntimeError(f"the program exited before {needle!r} appeared")
            if time.perf_counter() - started > TIMEOUT_S:
                raise RuntimeError(f"{needle!r} did not appear in {TIMEOUT_S} s; the screen was:\n{screen}")

    def pane_pid(self, session):
        return int(self.run("display-message", "-p", "-t", session, "#{pane_pid}").stdout.strip())

    def launch(self, command, needle, environment, then_key=None, then_needle=None):
        """Seconds to the first screen, peak memory in MiB (VmHWM), seconds from then_key to then_needle."""
        self.count += 1
        session = f"run{self.count}"
        line = " ".join(shlex_quote(part) for part in ["env", *[f"{k}={v}" for k, v in environment.items()], *command])
        started = time.perf_counter()
        self.run("new-session", "-d", "-s", session, "-x", str(COLS), "-y", str(ROWS), line)
        shown = self.wait_for(session, needle) - started
        pid = self.pane_pid(session)
        after = None
        if then_key:
            time.sleep(0.3)
            pressed = time.perf_counter()
            self.run("send-keys", "-t", session, then_key)
            after = self.wait_for(session, then_needle) - pressed
        peak = peak_mib(pid)
        self.quit(session, pid)
        return shown, peak, after

    def quit(self, session, pid):
        self.run("send-keys", "-t", session, "q", check=False)
        for _ in range(500):
            if self.run("has-session", "-t", session, check=False).returncode != 0 and not running(pid):
                return
            time.sleep(0.01)
        note(f"{session} did not quit on q; ending it")
        try:
            os.kill(pid, 9)
        except ProcessLookupError:
            pass
        self.run("kill-session", "-t", session, check=False)

    def close(self):
        self.run("kill-server", check=False)


def shlex_quote(text):
    import shlex
    return shlex.quote(text)


def running(pid):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ")[-1][0] != "Z"
    except OSError:
        return False


def peak_mib(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def corpus_paragraphs(bbc):
    paragraphs = []
    for folder in sorted(os.listdir(bbc)):
        path = os.path.join(bbc, folder)
        if not os.path.isdir(path):
            continue
        for name in sorted(os.listdir(path)):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(path, name), "rb") as handle:
                raw = handle.read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("latin-1")
            lines = text.split("\n")[1:]
            paragraphs += [block.strip() for block in "\n".join(lines).split("\n\n") if block.strip()]
    return paragraphs


def write_article(path, paragraphs, size):
    """A title, the corpus paragraphs cycled to at least size bytes, then the end marker paragraph."""
    parts, total, index = [TITLE, ""], 0, 0
    while total < size:
        paragraph = paragraphs[index % len(paragraphs)]
        parts += [paragraph, ""]
        total += len(paragraph.encode()) + 2
        index += 1
    parts.append(f"{END_MARKER} paragraph.")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(parts) + "\n")
    return " ".join(paragraphs[0].split()[:3])


def version_time(program, runs):
    """Median whole-process time of `program --version`, in ms."""
    if shutil.which("hyperfine"):
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            subprocess.run(["hyperfine", "-N", "--warmup", "5", "--runs", "100", "--export-json", out.name,
                            f"{program} --version"], capture_output=True, check=True)
            return json.load(open(out.name))["results"][0]["median"] * 1000
    times = []
    for _ in range(max(runs, 50)):
        started = time.perf_counter()
        subprocess.run([program, "--version"], capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def ensure_hyperfine():
    if shutil.which("hyperfine") or os.geteuid() != 0 or not shutil.which("apt-get"):
        return
    note("installing hyperfine with apt-get")
    subprocess.run(["apt-get", "install", "-y", "hyperfine"], capture_output=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reader", required=True)
    parser.add_argument("--reader-bench")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json")
    parser.add_argument("--skip-50mb", action="store_true")
    parser.add_argument("--big-library", default="/tmp/reader-bench-100k.sqlite")
    parser.add_argument("--bbc", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus", "bbc"))
    options = parser.parse_args()
    reader = os.path.abspath(options.reader)
    bbc = os.path.abspath(os.environ.get("READER_SHARED", "") + "/corpus/bbc" if os.environ.get("READER_SHARED") else options.bbc)
    ensure_hyperfine()
    work = tempfile.mkdtemp(prefix="bench-start-table.")
    tmux = Tmux()
    rows = []

    def median_of(label, unit, runs):
        values = [value for value in runs if value is not None]
        return statistics.median(values) if values else None

    def environment(data_home=None):
        env = {"LANG": "C.UTF-8", "TERM": "xterm-256color", "LESSHISTFILE": "-", "LESS": "",
               "XDG_STATE_HOME": os.path.join(work, "state"), "XDG_CONFIG_HOME": os.path.join(work, "config")}
        # One library for the whole run, as a user has: the first run creates it, the median skips that.
        env["XDG_DATA_HOME"] = data_home or os.path.join(work, "data")
        return env

    def screens(label, programs, needle_of, key=None, key_needle=None, memory_label=None, key_label=None):
        """programs: [(name, command)]; each run alternates between them."""
        results = {name: {"shown": [], "peak": [], "after": []} for name, _ in programs}
        for _ in range(options.runs):
            for name, command in programs:
                shown, peak, after = tmux.launch(command, needle_of(name), environment(), key, key_needle)
                results[name]["shown"].append(shown * 1000)
                results[name]["peak"].append(peak)
                results[name]["after"].append(after * 1000 if after is not None else None)
        row = {"figure": label, "unit": "ms"}
        for name, _ in programs:
            row[name] = median_of(label, "ms", results[name]["shown"])
        rows.append(row)
        if key_label:
            rows.append({"figure": key_label, "unit": "ms",
                         **{name: median_of(key_label, "ms", results[name]["after"]) for name, _ in programs}})
        if memory_label:
            rows.append({"figure": memory_label, "unit": "MiB",
                         **{name: median_of(memory_label, "MiB", results[name]["peak"]) for name, _ in programs}})
        note(f"{label}: " + ", ".join(f"{name} {row[name]:.1f}" for name, _ in programs if row[name] is not None))

    try:
        note(f"--version ({'hyperfine' if shutil.which('hyperfine') else 'a loop of 50'})")
        rows.append({"figure": "--version, whole process", "unit": "ms",
                     "reader": version_time(reader, options.runs), "less": version_time(shutil.which("less"), options.runs)})

        floor = os.path.join(work, "floor.sh")
        with open(floor, "w") as handle:
            # Prints its line, then quits on the first key, as the programs do on q.
            handle.write("echo harness-floor-marker; stty -icanon -echo; exec head -c 1 >/dev/null\n")
        screens("harness floor (a shell printing one line)", [("floor", ["sh", floor])], lambda _: "harness-floor-marker")

        paragraphs = corpus_paragraphs(bbc)
        sizes = [("2 KB", 2_000), ("5 MB", 5_000_000)] + ([] if options.skip_50mb else [("50 MB", 50_000_000)])
        for name, size in sizes:
            article = os.path.join(work, f"article-{name.replace(' ', '')}.txt")
            words = write_article(article, paragraphs, size)
            big = size >= 5_000_000
            screens(f"launch to first screen, {name} article",
                    [("reader", [reader, article]), ("less", ["less", article])], lambda _: words,
                    key="G" if big else None, key_needle=END_MARKER if big else None,
                    key_label=f"  G to the end visible, {name} article" if big else None,
                    memory_label=f"  peak memory (VmHWM), {name} article{', after G' if big else ''}" if size > 2_000 else None)

        screens("launch to titles, BBC folder (reader DIR)", [("reader", [reader, bbc])], lambda _: "Articles (",
                memory_label="  peak memory, BBC folder")
        bbc_library = os.path.join(work, "bbc.sqlite")
        subprocess.run([reader, "import", "--no-entities", "--library", bbc_library, bbc], capture_output=True, check=True)
        screens("launch to titles, BBC library", [("reader", [reader, "--library", bbc_library])], lambda _: "Articles (",
                memory_label="  peak memory, BBC library")
        if not os.path.exists(options.big_library):
            bench = options.reader_bench or os.path.join(os.path.dirname(reader), "reader-bench")
            if os.access(bench, os.X_OK):
                note(f"generating the 100,000-article library at {options.big_library} (once)")
                subprocess.run([bench, "--generate-library", options.big_library, "100000"], check=True,
                               env={**os.environ, "READER_SHARED": os.path.dirname(os.path.dirname(bbc))})
            else:
                note(f"no reader-bench at {bench}: the 100,000-article rows are left out")
        if os.path.exists(options.big_library):
            screens("launch to titles, 100,000-article library", [("reader", [reader, "--library", options.big_library])],
                    lambda _: "Articles (", memory_label="  peak memory, 100,000-article library")
    finally:
        tmux.close()
        shutil.rmtree(work, ignore_errors=True)

    programs = ["reader", "less", "floor"] + (["newsboat"] if any("newsboat" in row for row in rows) else [])
    shown = [p for p in programs if any(row.get(p) is not None for row in rows)]
    width = max(len(row["figure"]) for row in rows)
    print(f"Start-up, tmux {COLS}x{ROWS}, medians of {options.runs}; nproc {os.cpu_count()}, "
          f"load {' '.join(open('/proc/loadavg').read().split()[:3])}")
    print(f"reader: {reader}")
    print()
    print(f"{'':<{width}} " + " ".join(f"{p:>10}" for p in shown) + "  unit")
    for row in rows:
        cells = " ".join(f"{row[p]:>10.1f}" if row.get(p) is not None else f"{'—':>10}" for p in shown)
        print(f"{row['figure']:<{width}} {cells}  {row['unit']}")
    if options.json:
        with open(options.json, "w") as handle:
            json.dump({"runs": options.runs, "cols": COLS, "rows": ROWS, "reader": reader, "table": rows}, handle, indent=2)


if __name__ == "__main__":
    main()
