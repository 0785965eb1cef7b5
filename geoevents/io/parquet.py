"""GeoParquet 1.1 (Apache Parquet with WKB geometries), written and read with pyarrow.

One row per event: the fields of :mod:`geoevents.io.fields` typed as Arrow types (dates as
``date32``, ``start_time``/``end_time`` as UTC timestamps, codes as integers), then the
pass-through attributes, then ``geometry`` as WKB (null for unresolved events). The file's
``geo`` metadata names the geometry column, its encoding, the geometry types and the bounding
box; the CRS is left out, which GeoParquet defines as OGC:CRS84 (longitude, latitude WGS84).
geopandas (``read_parquet``), GDAL 3.8+, DuckDB and QGIS read it; :func:`read_records` reads it
back into the same events (also a GeoParquet written by geopandas with our columns).

Needs pyarrow (``pip install 'geoevents[parquet]'``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import shapely

from ..errors import InputError, OutputError
from ..model import Event
from .fields import FIELDS, FieldType, attribute_fields, event_properties
from .geojson import bbox

EXTENSIONS = (".parquet", ".geoparquet")
_FIELD_NAMES = frozenset(f.name for f in FIELDS)
_DERIVED = frozenset({"start_time", "end_time"})  # computed from start and end
GEOMETRY = "geometry"
_GEOPARQUET_VERSION = "1.1.0"


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:  # pragma: no cover - depends on the installed extras
        raise OutputError("GeoParquet needs pyarrow: pip install 'geoevents[parquet]'") from None
    return pyarrow


def _arrow_type(pa, kind: FieldType, *, wide: bool = False):
    return {
        "str": pa.string(),
        "int": pa.int64() if wide else pa.int32(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
        "datetime": pa.timestamp("ms", tz="UTC"),  # Parquet has no seconds unit
    }[kind]


def _datetime(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _columns(events: Sequence[Event]) -> tuple[list[str], list[list[Any]], list[Any]]:
    pa = _pyarrow()
    rows = [event_properties(e) for e in events]
    names, arrays, types = [], [], []
    for f in FIELDS:
        values = [row[f.name] for row in rows]
        if f.type == "date":
            values = [None if v is None else dt.date.fromisoformat(v) for v in values]
        elif f.type == "datetime":
            values = [_datetime(v) for v in values]
        names.append(f.name)
        arrays.append(values)
        types.append(_arrow_type(pa, f.type))
    for attribute in attribute_fields(events):
        values = [e.attributes.get(attribute.key) for e in events]
        if attribute.type == "str":
            values = [None if v is None else str(v) for v in values]
        names.append(attribute.name)
        arrays.append(values)
        types.append(_arrow_type(pa, attribute.type, wide=True))
    return names, arrays, types


def _geo_metadata(geometries: np.ndarray) -> dict[str, Any]:
    present = geometries[shapely.is_geometry(geometries)] if len(geometries) else geometries
    kinds = sorted({g.geom_type for g in present})
    column: dict[str, Any] = {"encoding": "WKB", "geometry_types": kinds}
    box = bbox(geometries)
    if box is not None:
        column["bbox"] = box
    return {"version": _GEOPARQUET_VERSION, "primary_column": GEOMETRY, "columns": {GEOMETRY: column}}


def write_path(events: Sequence[Event], path: Path) -> None:
    """Write the events as one GeoParquet file at ``path``."""
    pa = _pyarrow()
    names, arrays, types = _columns(events)
    geometries = np.array(
        [
            shapely.orient_polygons(e.place.geometry)
            if e.place is not None and e.place.geometry.geom_type in ("Polygon", "MultiPolygon")
            else (e.place.geometry if e.place is not None else None)
            for e in events
        ],
        dtype=object,
    )
    wkb = shapely.to_wkb(geometries, include_srid=False) if len(geometries) else np.array([], dtype=object)
    columns = [pa.array(values, type=kind) for values, kind in zip(arrays, types, strict=True)]
    columns.append(pa.array(list(wkb), type=pa.binary()))
    schema = pa.schema(
        [pa.field(name, kind) for name, kind in zip(names, types, strict=True)]
        + [pa.field(GEOMETRY, pa.binary())],
        metadata={b"geo": json.dumps(_geo_metadata(geometries), separators=(",", ":")).encode("utf-8")},
    )
    table = pa.Table.from_arrays(columns, schema=schema)
    try:
        pa.parquet.write_table(table, str(path), compression="zstd")
    except (OSError, pa.ArrowException) as exc:
        raise OutputError(f"GeoParquet writer failed: {exc}") from None


def _geometry_column(metadata: Mapping[bytes, bytes] | None) -> str:
    if metadata and b"geo" in metadata:
        try:
            return str(json.loads(metadata[b"geo"])["primary_column"])
        except (ValueError, KeyError, TypeError):
            pass
    return GEOMETRY


def read_records(path: Path) -> tuple[list[tuple[int, Mapping[str, Any]]], Mapping[str, Any]]:
    """Rows as records (geometry as a GeoJSON mapping), numbered from 1."""
    try:
        pa = _pyarrow()
    except OutputError as exc:
        raise InputError(str(path), str(exc)) from None
    try:
        table = pa.parquet.read_table(str(path))
    except (OSError, pa.ArrowException) as exc:
        raise InputError(str(path), f"cannot read the Parquet file: {exc}") from None
    geometry_name = _geometry_column(table.schema.metadata)
    records: list[tuple[int, Mapping[str, Any]]] = []
    for number, row in enumerate(table.to_pylist(), start=1):
        record = {  # a blank attribute stays, as None: its column is not lost
            k: v for k, v in row.items() if (v is not None or k not in _FIELD_NAMES) and k not in _DERIVED
        }
        wkb = record.pop(geometry_name, None)
        if wkb is not None:
            try:
                record["geometry"] = shapely.geometry.mapping(shapely.from_wkb(wkb))
            except shapely.errors.ShapelyError as exc:
                raise InputError(str(path), f"row {number}: bad WKB geometry: {exc}") from None
        records.append((number, record))
    return records, {}
