"""Continents, the European Union and the press's macro-regions as areas
(``gazetteer/derived/areas.jsonl.gz``).

Made by ``gazetteer/build/build_areas.py`` from Natural Earth 10 m admin-0 (public domain): each
area is the union of its countries, simplified to 0.05°, placed at GeoNames' point of the
continent or at the EU's geographic centre. Classes ``continent`` and ``union`` (ranked like a
country by the resolver); ``other_countries`` lists the member countries. "EU" and "UE" are names
of the European Union, not of Eu, a town in Normandy; "America" is not a continent here (it is a
name of the United States).

Macro-regions ("Middle East", "West Africa", "Korean Peninsula", "Balkans", "Sahel"; table
``gazetteer/build/macro_regions_table.py``) are the union of their member countries (and, for the
Caucasus, Russia's North Caucasus units), class ``region`` (ranked as areas, like the curated
layer's Donbas), with English, French and Spanish names.

Decision: the European Union is in the default gazetteer; the continents are an opt-in layer
(:func:`continent_records`, ``default_gazetteer().with_layer(continent_records())``): the
project's news gold does not count a continent as a place of an event ("l'Afrique de l'Ouest"),
public geoparsing corpora do (GeoWebNews, GeoVirus), so :func:`geoevents.geoparse` reads with them
(:func:`geoevents.geoparsing.geoparsing_gazetteer`).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from ..entry import GazetteerEntry
from ..normalize import fold
from . import SourceRecord

ABBREVIATIONS = frozenset({"EU", "UE"})  # taken for the Union only when written in capitals


def _data_file():
    return resources.files("geoevents.curated") / "derived" / "areas.jsonl.gz"


def fingerprint() -> str:
    """A digest of the derived file."""
    return "areas-" + hashlib.sha256(_data_file().read_bytes()).hexdigest()[:16]


KIND_CLASS = {"union": "union", "continent": "continent", "macro_region": "region"}


def records() -> Iterator[SourceRecord]:
    """The default gazetteer's areas: the European Union and the macro-regions."""
    return (record for record in _all() if record.entry.feature_class != "continent")


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Folded names of the macro-regions (GeoNames' alternate names yield to them)."""
    return frozenset(
        fold(n) for record in _all() if record.entry.feature_class == "region" for n in record.names
    )


def continent_records() -> list[SourceRecord]:
    """The seven continents, for :meth:`~geoevents.gazetteer.Gazetteer.with_layer`."""
    return [record for record in _all() if record.entry.feature_class == "continent"]


def _all() -> Iterator[SourceRecord]:
    import shapely
    from shapely.geometry import shape

    with _data_file().open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            entry = GazetteerEntry(
                id=f"area:{row['key']}",
                name=row["name"],
                feature_class=KIND_CLASS[row["kind"]],
                latitude=row["lat"],
                longitude=row["lon"],
                geometry_wkb=shapely.to_wkb(shape(row["geometry"])),
                other_countries=tuple(row["countries"]),
                name_fr=row["name_fr"] if "name_fr" in row else (row["names"][1:] or [None])[0],
            )
            yield SourceRecord(entry, tuple(row["names"]))
