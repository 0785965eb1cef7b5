"""Helpers shared by the tests: paths, distances, running the CLI as a user would."""

from __future__ import annotations

import math
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "abou-kamal-2017.yaml"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
# Debian's chromium, headless, never reaching out on its own (no background networking).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def distance_to_geometry_km(geometry, lat: float, lon: float) -> float:
    """Distance from a point to a geometry in km: 0 inside an area; nearest vertex-segment point otherwise."""
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    point = Point(lon, lat)
    if geometry.geom_type in ("Polygon", "MultiPolygon") and geometry.covers(point):
        return 0.0
    nearest = nearest_points(geometry, point)[0]
    return km(lat, lon, nearest.y, nearest.x)


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the installed CLI in a new process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "geoevents", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def forged_source(name: str | None, url: str):
    """A ``Source`` carrying a URL its constructor refuses (``javascript:``): to check that the
    renderers' own link check holds even for an event built around the model's validation."""
    from geoevents.model import Source

    source = Source(name=name)
    object.__setattr__(source, "url", url)
    return source


def spans_of(text: str, *names: str) -> list[tuple[int, int]]:
    """The spans of ``names`` in ``text``, each found after the previous one."""
    spans: list[tuple[int, int]] = []
    for name in names:
        start = text.index(name, spans[-1][1] if spans else 0)
        spans.append((start, start + len(name)))
    return spans
