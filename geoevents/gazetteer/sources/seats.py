"""Seats of government and the official buildings the press names for a government ("the White
House said", "the Kremlin denied", "l'Élysée"): the reviewed table ``gazetteer/world/seats.csv``.

Criterion (the class): the building or street that stands for a national executive, legislature
or foreign ministry in news, with the residence of the head of state or government; not
monuments, hotels or private towers. Each row names its Wikipedia coordinate; parts of a building
that stand for it too ("Oval Office", "West Wing") are names of the building. Entries
``seat:<key>``, class ``landmark`` (a site), in the row's country.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from ...errors import GazetteerError
from ..entry import GazetteerEntry
from ..normalize import fold
from . import SourceRecord

FEATURE_CLASS = "landmark"
FIELDS = ("key", "name", "other_names", "country", "lat", "lon", "reference")


def _data_file():
    return resources.files("geoevents.curated") / "world" / "seats.csv"


def fingerprint() -> str:
    """A digest of the table."""
    return "seats-" + hashlib.sha256(_data_file().read_bytes()).hexdigest()[:16]


def _record(number: int, row: dict) -> SourceRecord:
    try:
        latitude, longitude = float(row["lat"]), float(row["lon"])
    except (TypeError, ValueError):
        raise GazetteerError(
            f"seats.csv row {number}: lat/lon {row.get('lat')!r}, {row.get('lon')!r}"
        ) from None
    if not (row.get("key") and row.get("name") and row.get("reference") and -90 <= latitude <= 90):
        raise GazetteerError(f"seats.csv row {number}: key, name, reference and a latitude are required")
    entry = GazetteerEntry(
        id=f"seat:{row['key']}",
        name=row["name"],
        feature_class=FEATURE_CLASS,
        latitude=latitude,
        longitude=longitude,
        country=row["country"] or None,
    )
    others = [n for n in (row["other_names"] or "").split("|") if n.strip()]
    return SourceRecord(entry, tuple(dict.fromkeys([row["name"], *others])))


@lru_cache(maxsize=1)
def _rows() -> tuple[dict, ...]:
    rows = tuple(csv.DictReader(io.StringIO(_data_file().read_text(encoding="utf-8"))))
    if rows and tuple(rows[0]) != FIELDS:
        raise GazetteerError(f"seats.csv: columns {tuple(rows[0])}, need {FIELDS}")
    return rows


@lru_cache(maxsize=1)
def names() -> frozenset[str]:
    """Every name of the table (folded): GeoNames' alternate names yield to them."""
    return frozenset(fold(name) for record in records() for name in record.names)


def records() -> Iterator[SourceRecord]:
    """One record per row of the table."""
    for number, row in enumerate(_rows(), start=2):
        yield _record(number, row)
