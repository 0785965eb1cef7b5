"""The project's curated layer: ``gazetteer/**/*.geojson`` at the repository root, shipped as
``geoevents.curated``. Schema: ``gazetteer/README.md``.

Features that carry a ``geonames_id`` and a point for a populated place only add their names
to that GeoNames entry (a name overlay); every other feature is an entry of its own.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from shapely.geometry import shape

from ...errors import GazetteerError
from ..entry import POPULATED, entry_from_feature
from . import SourceRecord


def _files() -> list[Traversable]:
    found: list[Traversable] = []

    def walk(folder: Traversable) -> None:
        for item in sorted(folder.iterdir(), key=lambda t: t.name):
            if item.is_dir():
                walk(item)
            elif item.name.endswith(".geojson"):
                found.append(item)

    walk(resources.files("geoevents.curated"))
    return found


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A digest of every curated file."""
    digest = hashlib.sha256()
    for item in _files():
        digest.update(item.name.encode())
        digest.update(item.read_bytes())
    return f"curated-{digest.hexdigest()[:16]}"


def feature_record(feature: dict, origin: str) -> SourceRecord:
    """One curated GeoJSON feature as a source record (raises :class:`GazetteerError`)."""
    props = feature.get("properties") or {}
    try:
        local_id = props["id"]
        name = props["name"]
        feature_class = props["feature_class"]
        geometry = shape(feature["geometry"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise GazetteerError(f"{origin}: feature {props.get('id', '?')!r} is invalid: {exc}") from None
    names = [name, props.get("name_fr"), props.get("name_ar"), *(props.get("alt_names") or [])]
    unique = tuple(dict.fromkeys(n for n in names if isinstance(n, str) and n.strip()))
    geonames_id = props.get("geonames_id")
    overlay = geonames_id is not None and geometry.geom_type == "Point" and feature_class in POPULATED
    entry_id = f"geonames:{geonames_id}" if overlay else f"curated:{local_id}"
    entry = entry_from_feature(entry_id, name, feature_class, geometry, props)
    return SourceRecord(entry, unique, name_only=overlay)


def records() -> Iterator[SourceRecord]:
    """Every curated feature."""
    for item in _files():
        try:
            document = json.loads(item.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise GazetteerError(f"curated gazetteer file {item.name}: {exc}") from None
        for feature in document.get("features", []):
            yield feature_record(feature, item.name)
