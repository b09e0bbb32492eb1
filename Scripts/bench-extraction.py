#!/usr/bin/env python3
"""Times trafilatura on the same pages, for Scripts/bench-extraction.sh: pages per second over
the folder's source.html files (the best of ROUNDS rounds), extraction with its defaults (trafilatura.extract(page))."""
import os, sys, time
import trafilatura

folder, rounds = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3
pages = [open(os.path.join(folder, name, "source.html"), encoding="utf-8", errors="replace").read()
         for name in sorted(os.listdir(folder)) if os.path.isfile(os.path.join(folder, name, "source.html"))]
best = None
for _ in range(rounds):
    start = time.perf_counter()
    for page in pages:
        trafilatura.extract(page)
    elapsed = time.perf_counter() - start
    best = elapsed if best is None else min(best, elapsed)
print(f"trafilatura {trafilatura.__version__}, pages per second {len(pages) / best:10.1f} pages/s")
