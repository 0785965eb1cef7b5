"""Benchmark of the embedded gazetteer (not a test): ``python -m benchmarks.bench_gazetteer``.

Each figure is measured in a fresh process pinned to one core:

1. first-ever index build (an empty cache directory), wall time and peak RSS;
2. cold start: a new Python process that imports geoevents, opens the cached index and
   prints the answer for one mention (median of 5 runs, interpreter start included);
3. exact look-ups per second: distinct names (differently cased than stored, so the
   normaliser runs; more names than its cache holds) -> entry numbers, names verified;
4. fuzzy look-ups per second: misspelled names (one letter changed) -> candidates by exact,
   folded and skeleton+similarity matching; also full resolutions (scored, with reasons);
5. peak resident memory of the look-up process.

Targets (issue #3): build <= 60 s, cold start <= 0.5 s, >= 100,000 exact/s, >= 5,000 fuzzy/s,
<= 500 MB resident. ``--cache DIR`` reuses a directory instead of a fresh temporary one.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = {"build_s": 60.0, "cold_start_s": 0.5, "exact_per_s": 100_000, "fuzzy_per_s": 5_000, "rss_mb": 500}

_PIN = "import os\nif hasattr(os, 'sched_setaffinity'): os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})\n"

_BUILD = (
    _PIN
    + """
import json, resource, time
t = time.perf_counter()
from geoevents.gazetteer import default_gazetteer
g = default_gazetteer()
print(json.dumps({"seconds": time.perf_counter() - t, "entries": len(g),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""
)

_COLD = """
from geoevents.gazetteer import default_gazetteer
r = default_gazetteer().resolve("Abou Kamal", near=["SY"])
print(r.place.gazetteer_id)
"""

_LOOKUPS = (
    _PIN
    + """
import json, random, resource, time
from geoevents.gazetteer import default_gazetteer
from geoevents.gazetteer.resolver import find_candidates
g = default_gazetteer()
store = g.index.store
rng = random.Random(3)
slots = rng.sample(range(len(store.exact)), min(N_EXACT, len(store.exact)))
names = [store.exact.key_at(s).title() for s in slots]
t = time.perf_counter()
hits = sum(1 for name in names if len(g.lookup_ids(name)))
exact_s = time.perf_counter() - t
entries_names = names[:20000]
t = time.perf_counter()
for name in entries_names:
    g.lookup(name)
entries_s = time.perf_counter() - t
def misspell(name):
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    i = letters[len(letters) // 2]
    return name[:i] + ("e" if name[i] != "e" else "a") + name[i + 1:]
fuzzy_names = [misspell(n) for n in names[:N_FUZZY] if sum(c.isalpha() for c in n) >= 5]
t = time.perf_counter()
found = sum(1 for name in fuzzy_names if find_candidates(g.index, name))
fuzzy_s = time.perf_counter() - t
resolve_names = fuzzy_names[:2000]
t = time.perf_counter()
for name in resolve_names:
    g.resolve(name)
resolve_s = time.perf_counter() - t
print(json.dumps({
    "exact_per_s": len(names) / exact_s, "exact_hits": hits, "exact_n": len(names),
    "entries_per_s": len(entries_names) / entries_s,
    "fuzzy_per_s": len(fuzzy_names) / fuzzy_s, "fuzzy_found": found, "fuzzy_n": len(fuzzy_names),
    "resolve_per_s": len(resolve_names) / resolve_s,
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""
)


def _run(code: str, cache: Path) -> tuple[str, float]:
    env = {**os.environ, "GEOEVENTS_CACHE": str(cache)}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"benchmark step failed:\n{done.stderr}")
    return done.stdout.strip(), elapsed


def main(argv: list[str] | None = None) -> int:
    """Run every step and print the figures against the targets; exit 1 if one is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cache", type=Path, default=None, help="cache directory (default: a fresh temporary one)"
    )
    parser.add_argument("--exact", type=int, default=200_000, help="number of exact look-ups")
    parser.add_argument("--fuzzy", type=int, default=20_000, help="number of fuzzy look-ups")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="geoevents-bench-") as tmp:
        cache = args.cache or Path(tmp)
        build = json.loads(_run(_BUILD, cache)[0])
        cold = []
        for _ in range(5):
            answer, elapsed = _run(_COLD, cache)
            cold.append(elapsed)
        code = _LOOKUPS.replace("N_EXACT", str(args.exact)).replace("N_FUZZY", str(args.fuzzy))
        looks = json.loads(_run(code, cache)[0])
    figures = {
        "build_s": build["seconds"],
        "cold_start_s": statistics.median(cold),
        "exact_per_s": looks["exact_per_s"],
        "fuzzy_per_s": looks["fuzzy_per_s"],
        "rss_mb": max(looks["rss_mb"], 0),
    }
    print(f"entries: {build['entries']:,}; first answer: {answer}")
    print(f"first-ever build:     {build['seconds']:8.1f} s      (peak RSS {build['rss_mb']:.0f} MB)")
    print(
        f"cold start to answer: {figures['cold_start_s']:8.3f} s      (runs: {', '.join(f'{c:.2f}' for c in cold)})"
    )
    print(
        f"exact look-ups:       {looks['exact_per_s']:8,.0f} /s     ({looks['exact_hits']:,}/{looks['exact_n']:,} hits; "
        f"{looks['entries_per_s']:,.0f}/s returning decoded entries)"
    )
    print(
        f"fuzzy look-ups:       {looks['fuzzy_per_s']:8,.0f} /s     ({looks['fuzzy_found']:,}/{looks['fuzzy_n']:,} "
        f"with candidates; full resolutions {looks['resolve_per_s']:,.0f}/s)"
    )
    print(f"look-up process RSS:  {looks['rss_mb']:8.0f} MB")
    missed = []
    for key, target in TARGETS.items():
        value = figures[key]
        ok = value <= target if key in ("build_s", "cold_start_s", "rss_mb") else value >= target
        if not ok:
            missed.append(f"{key} {value:,.3g} (target {target:,})")
    print("all targets met" if not missed else "missed: " + "; ".join(missed))
    return 0 if not missed else 1


if __name__ == "__main__":
    sys.exit(main())
