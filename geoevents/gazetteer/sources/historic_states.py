"""Former states as areas (``gazetteer/derived/historic_states.jsonl.gz``): the Soviet Union,
Yugoslavia, Czechoslovakia, East and West Germany, Zaire, Upper Volta and the other formerly used
codes of ISO 3166-3.

Made by ``gazetteer/build/build_historic_states.py``: each state is the union of today's Natural
Earth polygons (countries, or first-level units for East and West Germany) of the land it
covered, class ``region`` (ranked as areas, like the macro-regions); ``other_countries`` lists the
successor countries. Not admin areas: reverse geocoding never answers a former state.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from importlib import resources

from ..entry import GazetteerEntry
from . import SourceRecord


def _data_file():
    return resources.files("geoevents.curated") / "derived" / "historic_states.jsonl.gz"


def fingerprint() -> str:
    """A digest of the derived file."""
    return "historic-" + hashlib.sha256(_data_file().read_bytes()).hexdigest()[:16]


def records() -> Iterator[SourceRecord]:
    """One record per former state."""
    import shapely
    from shapely.geometry import shape

    with _data_file().open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            entry = GazetteerEntry(
                id=f"historic:{row['key']}",
                name=row["name"],
                feature_class="region",
                latitude=row["lat"],
                longitude=row["lon"],
                geometry_wkb=shapely.to_wkb(shape(row["geometry"])),
                other_countries=tuple(row["countries"]),
                name_fr=row["name_fr"],
            )
            yield SourceRecord(entry, tuple(row["names"]))
