"""GeoJSON (RFC 7946): one feature per event, flat typed properties.

Coordinates are WGS84 longitude, latitude, rounded to 7 decimals (about 1 cm); polygons are
wound counter-clockwise (right-hand rule); the collection carries a ``bbox``; there is no
``crs`` member. Events without a place are written with ``"geometry": null`` so that nothing is
dropped (RFC 7946 section 3.2 allows it; GDAL reads such features with an empty geometry).
Geometries that cross the antimeridian are written as resolved, not cut in two (RFC 7946
section 3.1.9 asks for a cut; the gazetteer's places do not cross it).

The writer is streaming and fast: features are serialised in chunks with ``orjson``, point
coordinates are rounded with numpy, and each chunk is written as one block of bytes. The
output is deterministic: the same events give byte-identical files.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import numpy as np
import orjson
import shapely
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from ..errors import InputError
from ..limits import Invalid
from ..model import Event
from .fields import event_properties, event_values

EXTENSIONS = (".geojson",)
BINARY = True
PRECISION = 7
CHUNK = 4096

__all__ = [
    "EXTENSIONS",
    "PRECISION",
    "event_properties",
    "feature",
    "feature_chunks",
    "geometry_to_geojson",
    "read_records",
    "to_geojson_dict",
    "write",
]


def _round(coords: Any) -> Any:
    if isinstance(coords, float | int):
        return round(float(coords), PRECISION) + 0.0  # + 0.0 turns -0.0 into 0.0
    return [_round(c) for c in coords]


def geometry_to_geojson(geometry: BaseGeometry) -> dict[str, Any]:
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
    """One event as a GeoJSON Feature mapping."""
    return {
        "type": "Feature",
        "geometry": geometry_to_geojson(event.place.geometry) if event.place else None,
        "properties": event_properties(event),
    }


def _geometries(events: Sequence[Event]) -> np.ndarray:
    return np.array([e.place.geometry if e.place is not None else None for e in events], dtype=object)


def bbox(geometries: np.ndarray) -> list[float] | None:
    """The rounded ``[west, south, east, north]`` of non-null geometries, or ``None``."""
    present = geometries[shapely.is_geometry(geometries)] if len(geometries) else geometries
    if not len(present):
        return None
    return _round([float(v) for v in shapely.total_bounds(present)])


def feature_chunks(events: Sequence[Event], *, prefix: bytes = b"", suffix: bytes = b"\n") -> Iterator[bytes]:
    """Serialised features, ``prefix + feature + suffix`` each, joined in chunks of bytes.

    Points (the bulk of large sets) take a vectorised path: their coordinates are read and
    rounded with numpy for a whole chunk at once. Other geometries go through
    :func:`geometry_to_geojson`.
    """
    dumps = orjson.dumps
    for offset in range(0, len(events), CHUNK):
        chunk = events[offset : offset + CHUNK]
        geometries = _geometries(chunk)
        is_point = shapely.get_type_id(geometries) == 0  # None gives -1
        xs = np.round(shapely.get_x(geometries[is_point]).astype(float), PRECISION) + 0.0
        ys = np.round(shapely.get_y(geometries[is_point]).astype(float), PRECISION) + 0.0
        points = iter(zip(xs.tolist(), ys.tolist(), strict=True))
        parts = []
        for event, geometry, point in zip(chunk, geometries, is_point.tolist(), strict=True):
            if point:
                shape: dict[str, Any] | None = {"type": "Point", "coordinates": list(next(points))}
            elif geometry is None:
                shape = None
            else:
                shape = geometry_to_geojson(geometry)
            item = {"type": "Feature", "geometry": shape, "properties": event_values(event)}
            parts.append(prefix + dumps(item) + suffix)
        yield b"".join(parts)


def to_geojson_dict(events: Sequence[Event]) -> dict[str, Any]:
    """The FeatureCollection as a Python mapping (small sets; the writer streams)."""
    collection: dict[str, Any] = {"type": "FeatureCollection"}
    box = bbox(_geometries(events))
    if box is not None:
        collection["bbox"] = box
    collection["features"] = [feature(e) for e in events]
    return collection


def write(events: Sequence[Event], handle: IO[bytes]) -> None:
    """Write a FeatureCollection, one feature per line (valid JSON, diff-friendly)."""
    head: dict[str, Any] = {"type": "FeatureCollection"}
    box = bbox(_geometries(events))
    if box is not None:
        head["bbox"] = box
    handle.write(orjson.dumps(head)[:-1] + b',"features":[\n')
    first = True
    for block in feature_chunks(events, prefix=b",\n"):
        handle.write(block[2:] if first else block)
        first = False
    handle.write(b"\n]}\n" if not first else b"]}\n")


def records_from_features(features: Any, path: Path) -> list[tuple[int, Any]]:
    """Features as records (properties plus ``geometry``), numbered from 1."""
    if not isinstance(features, list):
        raise InputError(str(path), "expected 'features' to be a list")
    records: list[tuple[int, Any]] = []
    for number, item in enumerate(features, start=1):
        records.append((number, feature_record(item)))
    return records


def feature_record(item: Any) -> Any:
    """One feature as a flat record; anything that is not a mapping is passed through."""
    if not isinstance(item, Mapping):
        return item
    properties = item.get("properties") or {}
    if not isinstance(properties, Mapping):
        return {"properties": Invalid(f"expected an object, got {type(properties).__name__}")}
    record = dict(properties)
    if item.get("geometry") is not None:
        record["geometry"] = item["geometry"]
    return record


def read_records(path: Path) -> tuple[list[tuple[int, Mapping[str, Any]]], Mapping[str, Any]]:
    """Features as records (properties plus ``geometry``), numbered from 1."""
    try:
        document = orjson.loads(path.read_bytes().removeprefix(b"\xef\xbb\xbf"))
    except orjson.JSONDecodeError as exc:
        raise InputError(
            str(path), f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    if not isinstance(document, Mapping) or document.get("type") != "FeatureCollection":
        raise InputError(str(path), "expected a GeoJSON FeatureCollection")
    return records_from_features(document.get("features") or [], path), {}
