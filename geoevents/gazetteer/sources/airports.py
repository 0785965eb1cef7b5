"""Airports with an IATA code, as sites (``gazetteer/derived/airports.tsv.gz``).

Made by ``gazetteer/build/build_airports.py`` from PyPI ``airportsdata`` 20260905 (MIT): 7,884
airports, entries ``airport:<IATA>``, class ``airport``. Names: the airport's name ("Kabul
International Airport"), its name without the city it starts with ("Heathrow Airport"), the code
with the word ("JFK airport") and, when no other IATA airport in the world has a city of that
name, "<city> airport" and "aéroport de <city>" ("Khartoum airport"; not "London airport": London
has six, and London, Kentucky and London, Ontario one each). The bare code
("JFK") is not a name: three capitals are too often something else.

Short names, the names people use ("Schiphol", "Heathrow", "O'Hare", "Dulles", "Malpensa"): for an
airport whose name holds its city ("Amsterdam Airport Schiphol", "Chicago O'Hare International
Airport"), the one word left without the city and the generic words of :data:`GENERIC_WORDS`
("Airport", "International"), when that word is no shorter than four letters, is the short name of
no other airport, and is not the name of a country, of a first-level region, a demonym or the name
of a GeoNames place of :data:`TOWN_OVER_AIRPORT` people or more (the town stands for itself: "Orly",
"Logan"). An airport named after its locality alone ("Robe Airport") gets no short name: the
locality is a GeoNames place. A name of several words ("Charles de Gaulle", "Ronald Reagan")
is a person's name first and is not taken.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import re
from collections import Counter
from collections.abc import Iterator
from importlib import resources

from ..entry import GazetteerEntry
from ..normalize import fold
from . import SourceRecord, geonames

FEATURE_CLASS = "airport"
RULES = 2  # the version of what records() makes of the file (part of the fingerprint)
GENERIC_WORDS = frozenset("airport international internationa intl ntl national regional municipal".split())
# Reviewed: words left by the rule that are generic words, not an airport's name
NOT_SHORT_NAMES = frozenset(
    """aeroclub airpark skypark jetport sunport heliport airstrip area basin camp capital civil community
    gateway horizon intercontinental junction port station town valley hole novo novy severo merkez
    hopital narrows pounds seacoast army naval field dune tstc
    macedonia provence lorraine transilvania kapadokya yellowstone angkor allgau tatry cache tweed
    manitoulin kruger""".split()
)  # the second line: regions, parks, rivers and islands an airport is named after, not the airport
TOWN_OVER_AIRPORT = 15_000
MIN_SHORT_NAME = 4


def _data_file():
    return resources.files("geoevents.curated") / "derived" / "airports.tsv.gz"


def fingerprint() -> str:
    """A digest of the derived file."""
    digest = hashlib.sha256(_data_file().read_bytes()).hexdigest()[:16]
    return f"airports-{RULES}-{digest}-{geonames.fingerprint()}"


def airport_names(row: dict, single_city: bool) -> tuple[str, ...]:
    """The names of one airport (see the module docstring)."""
    name, city, code = row["name"], row["city"], row["iata"]
    names = [name, f"{code} airport"]
    if city and name.startswith(city + " ") and len(name) > len(city) + len(" Airport"):
        names.append(name[len(city) + 1 :])
    if city and single_city:
        names += [f"{city} airport", f"aéroport de {city}"]
    return tuple(dict.fromkeys(names))


def short_name(name: str, city: str) -> str | None:
    """The one word left of ``name`` without ``city`` and the generic words, or ``None``."""
    words = re.sub(r"[-/]", " ", name).split()
    city_words = [fold(w) for w in re.sub(r"[-/]", " ", city).split()]
    if not city_words:
        return None
    for start in range(len(words) - len(city_words) + 1):
        if [fold(w) for w in words[start : start + len(city_words)]] == city_words:
            del words[start : start + len(city_words)]
            break
    else:
        return None  # "Robe Airport": the word is the locality, which GeoNames already has
    left = [w for w in words if w.lower() not in GENERIC_WORDS]
    if len(left) != 1 or len(left[0]) < MIN_SHORT_NAME or not left[0][:1].isupper() or left[0].isupper():
        return None
    word = left[0]
    return None if fold(word) == fold(city) else word


def _taken():
    """Folded words a short name may not be (big places, countries, regions) and the demonym test."""
    from babel import Locale

    from ..demonyms import demonym_place

    big = {
        fold(name)
        for c in geonames.cities()
        if int(c.get("population") or 0) >= TOWN_OVER_AIRPORT
        for name in (c["name"], *(c.get("alternatenames") or ()))
    }
    import pycountry

    countries = {fold(n) for code in ("en", "fr") for n in Locale(code).territories.values()}
    regions = {fold(s.name) for s in pycountry.subdivisions}
    return frozenset(big | countries | regions), demonym_place


def short_names(rows: list[dict]) -> dict[str, str]:
    """IATA code -> short name, for the airports whose short name passes the rules."""
    (taken, demonym) = _taken()
    found = {r["iata"]: w for r in rows if (w := short_name(r["name"], r["city"]))}
    counts = Counter(fold(w) for w in found.values())
    return {
        code: word
        for code, word in found.items()
        if counts[fold(word)] == 1
        and fold(word) not in taken
        and word.lower() not in NOT_SHORT_NAMES
        and demonym(word) is None
    }


def records() -> Iterator[SourceRecord]:
    """One record per airport."""
    with _data_file().open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        rows = list(csv.DictReader(io.StringIO(handle.read()), delimiter="\t"))
    per_city = Counter(r["city"] for r in rows if r["city"])  # worldwide: London, Kentucky has one too
    short = short_names(rows)
    for row in rows:
        entry = GazetteerEntry(
            id=f"airport:{row['iata']}",
            name=row["name"],
            feature_class=FEATURE_CLASS,
            latitude=float(row["lat"]),
            longitude=float(row["lon"]),
            country=row["country"] or None,
        )
        names = airport_names(row, per_city[row["city"]] == 1)
        yield SourceRecord(entry, (*names, short[row["iata"]]) if row["iata"] in short else names)
