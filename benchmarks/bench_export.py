"""Benchmark: GeoJSON export of many point events, geoevents vs ``geopandas.GeoDataFrame.to_file``.

Run: ``.venv/bin/python -m benchmarks.bench_export`` (``--events 100000`` for a quick run).

Both writers get the same events with the same flat properties (``geoevents.io.fields``) and
the same point geometries, in the same run. Each writer runs in a forked child so that its
time and peak memory are its own: the peak is the growth of the child's resident set above
what it inherited (Linux ``VmHWM``, reset through ``/proc/self/clear_refs``). Prints a table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import shapely

from geoevents.io import write_events
from geoevents.io.fields import event_properties
from geoevents.model import (
    DatePrecision,
    Event,
    EventType,
    GeoPrecision,
    ResolvedPlace,
    Source,
    TimeSpan,
)

TYPES = list(EventType)
SOURCES = [
    Source(f"Agency {i}", f"https://example.org/{i}", dt.date(2017, 1, 1) + dt.timedelta(i))
    for i in range(50)
]


def make_events(count: int, seed: int = 7) -> list[Event]:
    """``count`` point events spread over Syria and Iraq, deterministic for a seed."""
    rng = np.random.default_rng(seed)
    lons = rng.uniform(35.5, 48.0, count).tolist()
    lats = rng.uniform(29.0, 37.5, count).tolist()
    days = rng.integers(0, 3000, count).tolist()
    scores = np.round(rng.uniform(0.5, 1.0, count), 3).tolist()
    points = shapely.points(np.column_stack([lons, lats]))
    base = dt.date(2014, 1, 1)
    events = []
    for i in range(count):
        start = base + dt.timedelta(days[i])
        place = ResolvedPlace(
            gazetteer_id=f"geonames:{100000 + i % 5000}",
            name=f"Place {i % 5000}",
            feature_class="town",
            geometry=points[i],
            geo_precision=GeoPrecision.TOWN,
            country="SY" if lons[i] < 42 else "IQ",
        )
        events.append(
            Event(
                id=f"ev-{i}",
                title=f"Event {i} near Place {i % 5000}",
                when=TimeSpan(start, start, DatePrecision.DAY),
                event_type=TYPES[i % len(TYPES)],
                actors=("Actor A", "Actor B") if i % 3 else ("Actor C",),
                place_text=f"Place {i % 5000}",
                place=place,
                resolution_score=scores[i],
                resolution_reason="exact name",
                source=SOURCES[i % len(SOURCES)],
            )
        )
    return events


def export_frame(events: list[Event]):
    """The same rows as the GeoJSON writer writes, as a GeoDataFrame in EPSG:4326."""
    import geopandas as gpd
    import pandas as pd

    frame = pd.DataFrame.from_records([event_properties(e) for e in events])
    geometry = [e.place.geometry if e.place else None for e in events]
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def _status(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"{key} not in /proc/self/status")


def _child(work: Callable[[], None], queue) -> None:
    Path("/proc/self/clear_refs").write_text("5")  # reset the peak resident set (VmHWM)
    before = _status("VmRSS")
    started, cpu_started = time.perf_counter(), time.process_time()
    work()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    queue.put((seconds, cpu, _status("VmHWM") - before))


def measure(work: Callable[[], None]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and peak extra bytes of ``work`` run in a forked child."""
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    process = context.Process(target=_child, args=(work, queue))
    process.start()
    result = queue.get()
    process.join()
    if process.exitcode:
        raise RuntimeError(f"benchmark child failed with exit code {process.exitcode}")
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_export", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--events", type=int, default=1_000_000, help="number of point events (default 1,000,000)"
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    events = make_events(args.events)
    build = time.perf_counter() - started
    started = time.perf_counter()
    frame = export_frame(events)
    frame_seconds = time.perf_counter() - started

    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        ours_path, gpd_path, seq_path = (
            Path(tmp, "ours.geojson"),
            Path(tmp, "gpd.geojson"),
            Path(tmp, "ours.geojsonl"),
        )
        rows = [
            ("geoevents write_events (.geojson)", ours_path, lambda: write_events(events, ours_path)),
            ("geoevents write_events (.geojsonl)", seq_path, lambda: write_events(events, seq_path)),
            ("GeoDataFrame.to_file (GeoJSON)", gpd_path, lambda: frame.to_file(gpd_path, driver="GeoJSON")),
        ]
        results = [(label, path, *measure(work)) for label, path, work in rows]
        print(
            f"\n{args.events:,} point events, {len(frame.columns) - 1} properties each; "
            f"built in {build:.1f} s, GeoDataFrame in {frame_seconds:.1f} s (not timed below)\n"
        )
        print(f"{'writer':<38} {'wall s':>8} {'CPU s':>8} {'events/s':>11} {'peak MiB':>9} {'size MiB':>9}")
        for label, path, seconds, cpu, peak in results:
            print(
                f"{label:<38} {seconds:>8.2f} {cpu:>8.2f} {args.events / seconds:>11,.0f} "
                f"{peak / 2**20:>9.0f} {os.path.getsize(path) / 2**20:>9.1f}"
            )
        wall, cpu = results[2][2] / results[0][2], results[2][3] / results[0][3]
        print(
            f"\nspeed-up of geoevents over GeoDataFrame.to_file (GeoJSON): {wall:.2f}x wall, {cpu:.2f}x CPU "
            f"({'meets' if min(wall, cpu) >= 2 else 'MISSES'} the 2x target)"
        )
        print("peak MiB: growth of the writer's resident set above the events already in memory")
        held = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"process peak resident set (the events and the GeoDataFrame held in memory): {held:,.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
