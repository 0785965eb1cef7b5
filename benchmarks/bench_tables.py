"""Benchmark: a big ACLED-like table (CSV) to GeoJSON and to GeoParquet, geoevents' columnar path
vs ``geopandas.read_file`` + ``to_file`` / ``to_parquet`` on the same file, in one run.

Run: ``.venv/bin/python -m benchmarks.bench_tables`` (1,000,000 rows; ``--rows 100000`` for a
quick run). The table has ACLED's 31 columns with made-up values (ids, dates over three years
with the three time precisions, a few hundred actors, five thousand places, a note per row);
it is written once and not timed. Each job runs in a forked child (see
:func:`benchmarks.bench_export.measure`): wall and CPU seconds, and the peak growth of the
child's resident set. Targets: each geoevents export <= 20 s and <= 1.5 GB, >= 2x faster than
geopandas end to end; ``geoevents map`` of the table <= 30 s and <= 1.5 GB.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import tempfile
from pathlib import Path

import numpy as np

from benchmarks.bench_export import measure
from geoevents.io import export_columnar

COLUMNS = (
    "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 "
    "assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country "
    "admin1 admin2 admin3 location latitude longitude geo_precision source source_scale notes fatalities "
    "tags timestamp"
).split()
TYPES = [
    ("Battles", "Armed clash", "Political violence"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Political violence"),
    ("Explosions/Remote violence", "Air/drone strike", "Political violence"),
    ("Violence against civilians", "Attack", "Political violence"),
    ("Protests", "Peaceful protest", "Demonstrations"),
    ("Riots", "Mob violence", "Demonstrations"),
    ("Strategic developments", "Looting/property destruction", "Strategic developments"),
    ("Battles", "Government regains territory", "Political violence"),
]


def write_table(path: Path, rows: int, seed: int = 11) -> None:
    """``rows`` ACLED-like rows (made-up values), deterministic for a seed."""
    rng = np.random.default_rng(seed)
    days = rng.integers(0, 1100, rows).tolist()
    kinds = rng.integers(0, len(TYPES), rows).tolist()
    actors = rng.integers(0, 300, (rows, 2)).tolist()
    places = rng.integers(0, 5000, rows).tolist()
    precisions = rng.choice([1, 1, 1, 1, 2, 3], (rows, 2)).tolist()
    fatalities = rng.poisson(1.5, rows).tolist()
    lats = np.round(rng.uniform(29.0, 37.5, 5000), 4).tolist()
    lons = np.round(rng.uniform(35.5, 48.0, 5000), 4).tolist()
    base = dt.date(2019, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(COLUMNS)
        for i in range(rows):
            day = base + dt.timedelta(days[i])
            event_type, sub_type, disorder = TYPES[kinds[i]]
            place = places[i]
            a1, a2 = actors[i]
            out.writerow(
                [
                    f"SYR{i + 1}",
                    day.isoformat(),
                    day.year,
                    precisions[i][0],
                    disorder,
                    event_type,
                    sub_type,
                    f"Armed group {a1}",
                    f"Militia {a1 % 40}" if a1 % 3 == 0 else "",
                    a1 % 8 + 1,
                    f"Armed group {a2}" if a2 % 4 else "",
                    "",
                    a2 % 8,
                    10 * (a1 % 8 + 1) + a2 % 8,
                    "Civilian targeting" if kinds[i] == 3 else "",
                    760,
                    "Middle East",
                    "Syria",
                    f"Governorate {place % 14}",
                    f"District {place % 60}",
                    f"Subdistrict {place % 270}",
                    f"Place {place}",
                    lats[place],
                    lons[place],
                    precisions[i][1],
                    f"Source {i % 97}; Source {i % 13}",
                    "National",
                    f"On {day.day} {day:%B %Y}, {event_type.lower()} near Place {place} involving armed "
                    f"group {a1}; {fatalities[i]} reported fatalities (row {i}).",
                    fatalities[i],
                    "",
                    1_600_000_000 + i,
                ]
            )


def _geopandas_job(source: Path, target: Path):
    def work() -> None:
        import geopandas

        frame = geopandas.read_file(
            source, X_POSSIBLE_NAMES="longitude", Y_POSSIBLE_NAMES="latitude", KEEP_GEOM_COLUMNS="NO"
        )
        frame = frame.set_crs("EPSG:4326", allow_override=True)
        if target.suffix == ".parquet":
            frame.to_parquet(target)
        else:
            frame.to_file(target, driver="GeoJSON")

    return work


def _geoevents_job(source: Path, target: Path):
    def work() -> None:
        if export_columnar(source, target) is None:
            raise RuntimeError("the columnar path declined the table")

    return work


def _map_job(source: Path, target: Path):
    def work() -> None:
        from geoevents.cli import main as cli

        if cli(["map", str(source), "-o", str(target), "-q", "--force"]) != 0:
            raise RuntimeError("geoevents map failed")

    return work


def _browser_line(page: Path) -> str:
    """How long the map page takes to be interactive in headless Chromium, and one step of its slider."""
    import time

    from playwright.sync_api import sync_playwright

    from benchmarks.bench_map import time_to_interactive
    from tests.helpers import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            seconds, note = time_to_interactive(browser, page, "geoevents")
            if seconds is None:
                return f"map page in headless Chromium: {note}"
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            tab = context.new_page()
            tab.goto(page.as_uri(), wait_until="commit", timeout=600_000)
            tab.wait_for_selector(
                "body[data-ready='true'][data-loaded='true']", state="attached", timeout=600_000
            )
            start = time.perf_counter()
            tab.evaluate("() => window.geoevents.setDay('2020-06-01')")
            tab.wait_for_selector("body[data-loaded='true']", state="attached", timeout=600_000)
            tab.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            step = time.perf_counter() - start
            context.close()
        finally:
            browser.close()
    return f"map page in headless Chromium: interactive after {seconds:.1f} s ({note}); a slider step {step:.1f} s"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_tables", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows of the table (default 1,000,000)")
    parser.add_argument(
        "--browser", action="store_true", help="also time the map page in headless Chromium (network off)"
    )
    parser.add_argument("--only-map", action="store_true", help="time only the map (target <= 30 s)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-tables-") as tmp:
        source = Path(tmp, "acled.csv")
        write_table(source, args.rows)
        jobs = [
            ("geoevents export (.geojson)", "ours.geojson", _geoevents_job),
            ("geopandas read_file + to_file (GeoJSON)", "gpd.geojson", _geopandas_job),
            ("geoevents export (.parquet)", "ours.parquet", _geoevents_job),
            ("geopandas read_file + to_parquet", "gpd.parquet", _geopandas_job),
            ("geoevents map (.html)", "ours.html", _map_job),
        ]
        if args.only_map:
            jobs = jobs[-1:]
        results = []
        for label, name, job in jobs:
            target = Path(tmp, name)
            seconds, cpu, peak = measure(job(source, target))
            results.append((label, seconds, cpu, peak, os.path.getsize(target)))
        print(
            f"\n{args.rows:,} ACLED-like rows, {len(COLUMNS)} columns, CSV {source.stat().st_size / 2**20:,.0f} MiB\n"
        )
        print(f"{'job':<42} {'wall s':>8} {'CPU s':>8} {'rows/s':>10} {'peak MiB':>9} {'out MiB':>8}")
        for label, seconds, cpu, peak, size in results:
            print(
                f"{label:<42} {seconds:>8.2f} {cpu:>8.2f} {args.rows / seconds:>10,.0f} "
                f"{peak / 2**20:>9.0f} {size / 2**20:>8.1f}"
            )
        for ours, theirs in ((0, 1), (2, 3)) if len(results) > 3 else ():
            wall, cpu = results[theirs][1] / results[ours][1], results[theirs][2] / results[ours][2]
            verdict = "meets" if min(wall, cpu) >= 2 else "MISSES"
            print(f"speed-up, {results[ours][0]}: {wall:.2f}x wall, {cpu:.2f}x CPU ({verdict} the 2x target)")
        if args.browser and Path(tmp, "ours.html").exists():
            print(_browser_line(Path(tmp, "ours.html")))
        print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        print("peak MiB: growth of the job's resident set (a forked child) above what it started with")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
