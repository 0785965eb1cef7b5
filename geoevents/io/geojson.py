"""GeoJSON (RFC 7946): one feature per event, flat typed properties.

Coordinates are WGS84 longitude, latitude, rounded to 7 decimals; polygons are wound
counter-clockwise (right-hand rule); the collection carries a ``bbox``; there is no ``crs``.
Events without a place are written with ``"geometry": null`` so that nothing is dropped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import shapely
from shapely.geometry import mapping

from ..errors import InputError
from ..model import Event

EXTENSIONS = (".geojson",)
PRECISION = 7


def event_properties(event: Event) -> dict[str, Any]:
    """The flat properties of one event, as written in every tabular export."""
    place = event.place
    when = event.when
    return {
        "id": event.id,
        "title": event.title,
        "description": event.description,
        "event_type": event.event_type.value,
        "status": event.status.value,
        "actors": "; ".join(event.actors),
        "start": when.start.isoformat(),
        "end": when.end.isoformat() if when.end else None,
        "date_precision": when.precision.value,
        "date_text": when.text,
        "ucdp_date_prec": when.precision.ucdp_date_prec,
        "place_text": event.place_text,
        "place_country": event.place_country or (place.country if place else None),
        "place_name": place.name if place else None,
        "gazetteer_id": place.gazetteer_id if place else None,
        "feature_class": place.feature_class if place else None,
        "geo_precision": place.geo_precision.value if place else None,
        "geo_approximate": place.approximate if place else None,
        "ucdp_where_prec": place.geo_precision.ucdp_where_prec if place else None,
        "resolution_score": event.resolution_score,
        "resolution_reason": event.resolution_reason,
        "candidates": json.dumps([c.to_dict() for c in event.candidates], ensure_ascii=False)
        if event.candidates
        else None,
        "source_name": event.source.name,
        "source_url": event.source.url,
        "source_published": event.source.published.isoformat() if event.source.published else None,
        "notes": event.notes,
    }


def _round(coords: Any) -> Any:
    if isinstance(coords, float | int):
        value = round(float(coords), PRECISION)
        return 0.0 if value == 0 else value
    return [_round(c) for c in coords]


def geometry_to_geojson(geometry) -> dict[str, Any]:
    """A shapely geometry as an RFC 7946 geometry mapping (rounded, right-hand rule)."""
    if geometry.geom_type in ("Polygon", "MultiPolygon", "GeometryCollection"):
        geometry = shapely.orient_polygons(geometry)
    data = mapping(geometry)
    if "coordinates" in data:
        return {"type": data["type"], "coordinates": _round(data["coordinates"])}
    return {
        "type": data["type"],
        "geometries": [geometry_to_geojson(g) for g in geometry.geoms],
    }


def feature(event: Event) -> dict[str, Any]:
    """One event as a GeoJSON Feature."""
    return {
        "type": "Feature",
        "geometry": geometry_to_geojson(event.place.geometry) if event.place else None,
        "properties": event_properties(event),
    }


def _bbox(events: Iterable[Event]) -> list[float] | None:
    geometries = [e.place.geometry for e in events if e.place is not None]
    if not geometries:
        return None
    minx, miny, maxx, maxy = shapely.total_bounds(geometries)
    return _round([minx, miny, maxx, maxy])


def to_geojson_dict(events: Sequence[Event]) -> dict[str, Any]:
    """The FeatureCollection as a Python mapping."""
    collection: dict[str, Any] = {"type": "FeatureCollection"}
    bbox = _bbox(events)
    if bbox is not None:
        collection["bbox"] = bbox
    collection["features"] = [feature(e) for e in events]
    return collection


def write(events: Sequence[Event], handle: IO[str]) -> None:
    """Write a FeatureCollection, one feature per line (valid JSON, diff-friendly)."""
    collection = to_geojson_dict(events)
    features = collection.pop("features")
    head = json.dumps(collection, ensure_ascii=False)[:-1]
    handle.write(head + ', "features": [\n')
    for index, item in enumerate(features):
        handle.write(json.dumps(item, ensure_ascii=False))
        handle.write(",\n" if index < len(features) - 1 else "\n")
    handle.write("]}\n")


def read_records(path: Path) -> tuple[list[tuple[int, Mapping[str, Any]]], Mapping[str, Any]]:
    """Features as records (properties plus ``geometry``), numbered from 1."""
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise InputError(
            str(path), f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    if not isinstance(document, Mapping) or document.get("type") != "FeatureCollection":
        raise InputError(str(path), "expected a GeoJSON FeatureCollection")
    records = []
    for number, item in enumerate(document.get("features") or [], start=1):
        if not isinstance(item, Mapping):
            records.append((number, item))
            continue
        record = dict(item.get("properties") or {})
        if item.get("geometry") is not None:
            record["geometry"] = item["geometry"]
        records.append((number, record))
    return records, {}
