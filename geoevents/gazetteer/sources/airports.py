"""Airports with an IATA code, as sites (``gazetteer/derived/airports.tsv.gz``).

Made by ``gazetteer/build/build_airports.py`` from PyPI ``airportsdata`` 20260905 (MIT): 7,884
airports, entries ``airport:<IATA>``, class ``airport``. Names: the airport's name ("Kabul
International Airport"), its name without the city it starts with ("Heathrow Airport"), the code
with the word ("JFK airport") and, when no other IATA airport in the world has a city of that
name, "<city> airport" and "aéroport de <city>" ("Khartoum airport"; not "London airport": London
has six, and London, Kentucky and London, Ontario one each). The bare code
("JFK") is not a name: three capitals are too often something else.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
from collections import Counter
from collections.abc import Iterator
from importlib import resources

from ..entry import GazetteerEntry
from . import SourceRecord

FEATURE_CLASS = "airport"


def _data_file():
    return resources.files("geoevents.curated") / "derived" / "airports.tsv.gz"


def fingerprint() -> str:
    """A digest of the derived file."""
    return "airports-" + hashlib.sha256(_data_file().read_bytes()).hexdigest()[:16]


def airport_names(row: dict, single_city: bool) -> tuple[str, ...]:
    """The names of one airport (see the module docstring)."""
    name, city, code = row["name"], row["city"], row["iata"]
    names = [name, f"{code} airport"]
    if city and name.startswith(city + " ") and len(name) > len(city) + len(" Airport"):
        names.append(name[len(city) + 1 :])
    if city and single_city:
        names += [f"{city} airport", f"aéroport de {city}"]
    return tuple(dict.fromkeys(names))


def records() -> Iterator[SourceRecord]:
    """One record per airport."""
    with _data_file().open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        rows = list(csv.DictReader(io.StringIO(handle.read()), delimiter="\t"))
    per_city = Counter(r["city"] for r in rows if r["city"])  # worldwide: London, Kentucky has one too
    for row in rows:
        entry = GazetteerEntry(
            id=f"airport:{row['iata']}",
            name=row["name"],
            feature_class=FEATURE_CLASS,
            latitude=float(row["lat"]),
            longitude=float(row["lon"]),
            country=row["country"] or None,
        )
        yield SourceRecord(entry, airport_names(row, per_city[row["city"]] == 1))
