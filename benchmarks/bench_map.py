"""Benchmark: the geoevents briefing map against plain folium 0.20.0, side by side.

Run from the repository root::

    .venv/bin/python -m benchmarks.bench_map            # 10,000 and 100,000 events
    .venv/bin/python -m benchmarks.bench_map --sizes 1000 --no-browser
    .venv/bin/python -m benchmarks.bench_map --sizes --zoomed 20000   # only the zoomed-in figures

For each size, the same synthetic point events (seeded, so every run draws the same) go to

* geoevents: :func:`geoevents.render.briefing.write_briefing` (self-contained page);
* folium: one ``folium.Marker`` with a popup per event, plus a ``folium.plugins.TimestampedGeoJson``
  of all events for the timeline, saved with ``Map.save``.

Measured: the time to write the HTML (building the folium objects counts for folium, as building
the page data counts for ours; making the synthetic events counts for neither), the file size,
and the time until the page is interactive in headless Chromium: from navigation until the page's
scripts have run, markers are placed (for ours: the cluster groups finished loading) and two frames
have been painted.

``--zoomed N`` (default 20,000; 0: skip) also times, in headless Chromium, N ACLED-like point
events at 1,500 spots (60% towns, 20% districts, 15% provinces, 5% countries, so many carry an
uncertainty disc): the paint after zooming to 14 on the busiest place (target < 0.5 s), then each
zoom step out to 6 and back (target < 0.3 s each).

Honest notes on the comparison (printed with the table too):

* The network is off for both pages. Ours needs nothing. Folium's page loads ~17 JS/CSS files from
  CDNs; those requests are answered locally: Leaflet with our vendored Leaflet 1.9.4 (folium asks
  for 1.9.3), jQuery with Debian's copy (``/usr/share/javascript/jquery``) when installed, and every
  other file (Bootstrap, Font Awesome, awesome-markers, jQuery UI, iso8601, moment,
  leaflet-timedimension) with an empty response. So folium's timeline control is *not* built in
  the browser (its plugin is missing): folium's interactive time is a lower bound, and its file
  size leaves out the ~1 MB of CDN files the page needs. Ours includes its libraries and the
  1.0 MB offline basemap.
* Page timings are wall-clock on a shared machine: expect some noise; run more than once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from shapely.geometry import Point

from geoevents.model import DatePrecision, Event, EventType, GeoPrecision, ResolvedPlace, Source, TimeSpan
from geoevents.render.briefing import BriefingOptions, write_briefing

ASSETS = Path(__file__).resolve().parent.parent / "geoevents" / "assets"
SYSTEM_JQUERY = Path("/usr/share/javascript/jquery/jquery.min.js")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PAGE_TIMEOUT_S = 300
TYPES = list(EventType)
PLACES = [f"Place {n}" for n in range(200)]
ACTORS = ["Syrian Democratic Forces", "Islamic State", "US-led coalition", "Syrian army", "Iraqi forces"]
TARGETS = {
    "write_10k_s": 3.0,
    "size_10k_mb": 3.0,
    "interactive_10k_s": 1.5,
    "write_100k_s": 20.0,
    "interactive_100k_s": 10.0,
    "zoom14_paint_s": 0.5,
    "zoom_step_s": 0.3,
}
# ACLED-like precision mix for the zoomed-in figures: most events at towns, some only known to a
# district, a province or the country (each drawn with an uncertainty disc).
PRECISION_MIX = (
    (GeoPrecision.TOWN, 0.6),
    (GeoPrecision.DISTRICT, 0.2),
    (GeoPrecision.PROVINCE, 0.15),
    (GeoPrecision.COUNTRY, 0.05),
)


def synthetic_events(n: int, seed: int = 2017) -> list[Event]:
    """``n`` dated point events over Syria and Iraq in 2017 (same events for the same seed)."""
    rng = random.Random(seed)
    first = dt.date(2017, 1, 1)
    events = []
    for i in range(n):
        day = first + dt.timedelta(days=rng.randrange(365))
        place = rng.choice(PLACES)
        events.append(
            Event(
                id=f"ev{i:06d}",
                title=f"Synthetic event {i}",
                when=TimeSpan(day, day, DatePrecision.DAY),
                event_type=TYPES[i % len(TYPES)],
                description=f"Synthetic description of event {i}, reported near {place}.",
                actors=tuple(rng.sample(ACTORS, 2)),
                place_text=place,
                place=ResolvedPlace(
                    gazetteer_id=f"bench:{place}",
                    name=place,
                    feature_class="P",
                    geometry=Point(round(rng.uniform(36.0, 46.0), 5), round(rng.uniform(31.0, 37.5), 5)),
                    geo_precision=GeoPrecision.TOWN,
                ),
                source=Source(name="Synthetic wire", url=f"https://example.org/report/{i}"),
            )
        )
    return events


def acled_like_events(n: int, places: int = 1500, seed: int = 2018) -> list[Event]:
    """``n`` point events at ``places`` distinct spots with ACLED's mix of place precisions."""
    rng = random.Random(seed)
    spots = [
        (round(rng.uniform(36.0, 46.0), 5), round(rng.uniform(31.0, 37.5), 5), rng.random())
        for _ in range(places)
    ]
    first = dt.date(2017, 1, 1)
    events = []
    for i in range(n):
        lon, lat, draw = (
            spots[min(places - 1, int(rng.paretovariate(1.2)) - 1)] if i % 3 else rng.choice(spots)
        )
        precision, floor = GeoPrecision.TOWN, 0.0
        for candidate, share in PRECISION_MIX:
            floor += share
            if draw <= floor:
                precision = candidate
                break
        day = first + dt.timedelta(days=rng.randrange(365))
        events.append(
            Event(
                id=f"ac{i:06d}",
                title=f"Event {i}",
                when=TimeSpan(day, day, DatePrecision.DAY),
                event_type=TYPES[i % len(TYPES)],
                place=ResolvedPlace(
                    gazetteer_id=f"bench:{lon},{lat}",
                    name=f"Spot {lon},{lat}",
                    feature_class="P",
                    geometry=Point(lon, lat),
                    geo_precision=precision,
                ),
                source=Source(name="Synthetic wire"),
            )
        )
    return events


ZOOM_SCRIPT = """async ([lat, lon]) => {
    const map = window.geoevents.map, frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    let t = performance.now();
    map.setView([lat, lon], 14, {animate: false});
    await frames();
    const first = (performance.now() - t) / 1000, steps = [];
    for (let z = 13; z >= 6; z--) {
        t = performance.now(); map.setZoom(z, {animate: false}); await frames(); steps.push((performance.now() - t) / 1000);
    }
    for (let z = 7; z <= 14; z++) {
        t = performance.now(); map.setZoom(z, {animate: false}); await frames(); steps.push((performance.now() - t) / 1000);
    }
    return [first, steps];
}"""


def zoom_timings(browser, path: Path, lat: float, lon: float) -> tuple[float, list[float]]:
    """Seconds to paint the page zoomed to 14 on a spot, then for each zoom step out to 6 and back."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        context.route("**/*", _ours_route)
        page = context.new_page()
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready='true']", state="attached", timeout=PAGE_TIMEOUT_S * 1000)
        page.evaluate(TWO_FRAMES)
        first, steps = page.evaluate(ZOOM_SCRIPT, [lat, lon])
        return first, steps
    finally:
        context.close()


def run_zoomed(n: int) -> list[str]:
    """The zoomed-in figures for ``n`` ACLED-like events (printed lines)."""
    from playwright.sync_api import sync_playwright

    events = acled_like_events(n)
    counts: dict[tuple[float, float], int] = {}
    for e in events:
        key = (e.place.latitude, e.place.longitude)
        counts[key] = counts.get(key, 0) + 1
    busiest = max(counts, key=lambda k: (counts[k], k))
    with tempfile.TemporaryDirectory(prefix="bench-zoom-") as work:
        path = Path(work) / f"zoom-{n}.html"
        write_ours(events, path)
        chromium = shutil.which("chromium") or "/usr/bin/chromium"
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            try:
                first, steps = zoom_timings(browser, path, *busiest)
            finally:
                browser.close()
    return [
        f"{n:,} ACLED-like events ({len(counts):,} places): zoom 14 on the busiest place painted in {first:.3f} s "
        f"(target < {TARGETS['zoom14_paint_s']} s): {'ok' if first < TARGETS['zoom14_paint_s'] else 'MISSED'}",
        f"zoom steps 14 -> 6 -> 14: median {sorted(steps)[len(steps) // 2]:.3f} s, slowest {max(steps):.3f} s "
        f"(target < {TARGETS['zoom_step_s']} s each): {'ok' if max(steps) < TARGETS['zoom_step_s'] else 'MISSED'}",
    ]


def write_ours(events: Sequence[Event], path: Path) -> None:
    """The geoevents briefing page."""
    write_briefing(events, path, BriefingOptions(title=f"{len(events)} synthetic events"), force=True)


def write_folium(events: Sequence[Event], path: Path) -> None:
    """Plain folium: a marker with a popup per event, and TimestampedGeoJson for the timeline."""
    import folium
    from folium.plugins import TimestampedGeoJson

    fmap = folium.Map(location=[34.5, 41.0], zoom_start=6)
    features = []
    for event in events:
        assert event.place is not None
        lat, lon = event.place.latitude, event.place.longitude
        popup = folium.Popup(
            f"<b>{event.title}</b><br>{event.when.label()}<br>{event.place_text}<br>{event.description}",
            max_width=300,
        )
        folium.Marker([lat, lon], popup=popup, tooltip=event.title).add_to(fmap)
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": {"time": event.when.start.isoformat(), "popup": event.title},
            }
        )
    TimestampedGeoJson({"type": "FeatureCollection", "features": features}, period="P1D").add_to(fmap)
    fmap.save(str(path))


@dataclass
class Measure:
    """One tool at one size."""

    tool: str
    events: int
    write_s: float
    size_bytes: int
    interactive_s: float | None = None
    note: str = ""


def _timed(write: Callable[[Sequence[Event], Path], None], events: Sequence[Event], path: Path) -> float:
    start = time.perf_counter()
    write(events, path)
    return time.perf_counter() - start


def _folium_route(route) -> None:
    """Answer folium's CDN requests locally (see the module docstring)."""
    url = route.request.url
    if url.startswith("file:"):
        route.continue_()
    elif "/leaflet@" in url and url.endswith("leaflet.js"):
        route.fulfill(path=ASSETS / "leaflet.js", content_type="application/javascript")
    elif "/leaflet@" in url and url.endswith("leaflet.css"):
        route.fulfill(path=ASSETS / "leaflet.css", content_type="text/css")
    elif "jquery-3" in url or url.endswith("jquery.min.js"):
        if SYSTEM_JQUERY.exists():
            route.fulfill(path=SYSTEM_JQUERY, content_type="application/javascript")
        else:  # the one jQuery call folium's markers make: $(`<div>...</div>`)[0]
            shim = (
                "window.$=window.jQuery=function(h){var t=document.createElement('template');"
                "t.innerHTML=String(h).trim();return [t.content.firstChild];};"
            )
            route.fulfill(body=shim, content_type="application/javascript")
    elif url.endswith(".css"):
        route.fulfill(body="", content_type="text/css")
    else:
        route.fulfill(body="", content_type="application/javascript")


def _ours_route(route) -> None:
    if route.request.url.startswith("file:"):
        route.continue_()
    else:
        route.abort()


TWO_FRAMES = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))"


def time_to_interactive(browser, path: Path, tool: str) -> tuple[float | None, str]:
    """Seconds from navigation until scripts ran, markers are placed and two frames painted."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    errors: list[str] = []
    try:
        context.route("**/*", _ours_route if tool == "geoevents" else _folium_route)
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error).splitlines()[0]))
        start = time.perf_counter()
        if tool == "geoevents":
            page.goto(path.as_uri(), wait_until="commit", timeout=PAGE_TIMEOUT_S * 1000)
            page.wait_for_selector(
                "body[data-ready='true'][data-loaded='true']", state="attached", timeout=PAGE_TIMEOUT_S * 1000
            )
        else:
            page.goto(path.as_uri(), wait_until="load", timeout=PAGE_TIMEOUT_S * 1000)
        page.evaluate(TWO_FRAMES)
        elapsed = time.perf_counter() - start
        markers = page.evaluate(
            "() => window.geoevents ? window.geoevents.counts().points"
            " : document.querySelectorAll('.leaflet-marker-icon').length"
        )
        note = f"{markers} markers in the page"
        if errors:
            note += f"; page error: {errors[0][:80]}"
        return elapsed, note
    except Exception as exc:  # a timeout is a result too
        return None, f"not interactive within {PAGE_TIMEOUT_S} s ({type(exc).__name__})"
    finally:
        context.close()


def run(sizes: Sequence[int], *, browser_runs: bool, keep: Path | None) -> list[Measure]:
    """Write both pages for every size, then time them in the browser."""
    work = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="bench-map-"))
    work.mkdir(parents=True, exist_ok=True)
    results: list[Measure] = []
    try:
        for n in sizes:
            events = synthetic_events(n)
            for tool, write in (("geoevents", write_ours), ("folium", write_folium)):
                path = work / f"{tool}-{n}.html"
                seconds = _timed(write, events, path)
                results.append(Measure(tool, n, seconds, path.stat().st_size))
                print(
                    f"  wrote {path.name}: {seconds:.2f} s, {path.stat().st_size / 1e6:.1f} MB",
                    file=sys.stderr,
                )
        if browser_runs:
            from playwright.sync_api import sync_playwright

            chromium = shutil.which("chromium") or "/usr/bin/chromium"
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
                try:
                    for measure in results:
                        path = work / f"{measure.tool}-{measure.events}.html"
                        measure.interactive_s, measure.note = time_to_interactive(browser, path, measure.tool)
                        print(f"  opened {path.name}: {measure.note}", file=sys.stderr)
                finally:
                    browser.close()
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    return results


def _fmt(value: float | None, unit: str = "") -> str:
    return "—" if value is None else f"{value:.2f}{unit}"


def table(results: Sequence[Measure]) -> str:
    """The figures as a Markdown table, with the ratios folium / geoevents."""
    lines = [
        "| events | tool | write (s) | size (MB) | interactive (s) | notes |",
        "|---:|---|---:|---:|---:|---|",
    ]
    for m in results:
        lines.append(
            f"| {m.events:,} | {m.tool} | {m.write_s:.2f} | {m.size_bytes / 1e6:.1f} | {_fmt(m.interactive_s)} | {m.note} |"
        )
    lines.append("")
    for n in sorted({m.events for m in results}):
        ours = next(m for m in results if m.events == n and m.tool == "geoevents")
        theirs = next(m for m in results if m.events == n and m.tool == "folium")
        ratio_time = (
            f"{theirs.interactive_s / ours.interactive_s:.1f}×"
            if ours.interactive_s and theirs.interactive_s
            else "—"
        )
        lines.append(
            f"{n:,} events: folium/geoevents: write {theirs.write_s / ours.write_s:.1f}×, "
            f"size {theirs.size_bytes / ours.size_bytes:.1f}×, interactive {ratio_time}"
        )
    return "\n".join(lines)


def check_targets(results: Sequence[Measure]) -> list[str]:
    """Which of the issue's targets hold (one line each)."""

    def ours(n: int) -> Measure | None:
        return next((m for m in results if m.events == n and m.tool == "geoevents"), None)

    out = []
    if (m := ours(10_000)) is not None and m.interactive_s is not None:
        out.append(
            f"10,000 interactive in {m.interactive_s:.2f} s (target < {TARGETS['interactive_10k_s']} s): "
            f"{'ok' if m.interactive_s < TARGETS['interactive_10k_s'] else 'MISSED'}"
        )
    if (m := ours(10_000)) is not None:
        out.append(
            f"10,000 written in {m.write_s:.2f} s (target < {TARGETS['write_10k_s']} s): "
            f"{'ok' if m.write_s < TARGETS['write_10k_s'] else 'MISSED'}"
        )
        out.append(
            f"10,000 page {m.size_bytes / 1e6:.1f} MB (target < {TARGETS['size_10k_mb']} MB): "
            f"{'ok' if m.size_bytes / 1e6 < TARGETS['size_10k_mb'] else 'MISSED'}"
        )
    if (m := ours(100_000)) is not None:
        out.append(
            f"100,000 written in {m.write_s:.2f} s (target < {TARGETS['write_100k_s']} s): "
            f"{'ok' if m.write_s < TARGETS['write_100k_s'] else 'MISSED'}"
        )
        if m.interactive_s is not None:
            out.append(
                f"100,000 interactive in {m.interactive_s:.2f} s (target < {TARGETS['interactive_100k_s']} s): "
                f"{'ok' if m.interactive_s < TARGETS['interactive_100k_s'] else 'MISSED'}"
            )
    return out


NOTES = """Notes: network off for both pages. Folium's CDN files are answered locally: Leaflet by our
vendored 1.9.4, jQuery by Debian's copy if installed, all other files (Bootstrap, Font Awesome,
awesome-markers, jQuery UI, iso8601, moment, leaflet-timedimension) by an empty response, so
folium's timeline control is not built and its interactive time is a lower bound; its size leaves
out those CDN files. Ours is self-contained (libraries and the 1.0 MB offline basemap included)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000], help="numbers of events")
    parser.add_argument("--no-browser", action="store_true", help="only write the pages (no Chromium)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep the pages in DIR")
    parser.add_argument(
        "--zoomed",
        type=int,
        default=20_000,
        metavar="N",
        help="ACLED-like events for the zoom figures (0: none)",
    )
    args = parser.parse_args(argv)
    if args.zoomed and not args.no_browser:
        print("\n".join(run_zoomed(args.zoomed)))
        print()
    if not args.sizes:
        return 0
    results = run(args.sizes, browser_runs=not args.no_browser, keep=args.keep)
    print(table(results))
    print()
    print("\n".join(check_targets(results)))
    print()
    print(NOTES)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
