"""CSV event files: a header row, one event per row (UTF-8, with or without BOM).

The writer puts the geometry first as WKT (column ``WKT``, which GDAL's CSV driver and QGIS
pick up as the geometry), then the representative point as ``latitude``/``longitude`` for
spreadsheets, then the fields of :mod:`geoevents.io.fields`. Reading the file back gives the
same events.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import numpy as np
import shapely

from ..errors import InputError
from ..model import Event
from .fields import FIELD_NAMES, event_properties
from .geojson import PRECISION

EXTENSIONS = (".csv",)
COLUMNS: tuple[str, ...] = ("WKT", "latitude", "longitude", *FIELD_NAMES)


def geometry_wkt(geometry: shapely.Geometry) -> str:
    """WKT rounded to 7 decimals, polygons wound counter-clockwise like the GeoJSON output."""
    if geometry.geom_type in ("Polygon", "MultiPolygon", "GeometryCollection"):
        geometry = shapely.orient_polygons(geometry)
    rounded = shapely.transform(geometry, lambda xy: np.round(xy, PRECISION) + 0.0)
    return shapely.to_wkt(rounded, rounding_precision=PRECISION, trim=True)


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def event_row(event: Event) -> list[Any]:
    """One event as the cells of :data:`COLUMNS`."""
    place = event.place
    if place is not None:
        lat, lon = round(place.latitude, PRECISION) + 0.0, round(place.longitude, PRECISION) + 0.0
        head: list[Any] = [geometry_wkt(place.geometry), lat, lon]
    else:
        head = ["", "", ""]
    return head + [_cell(v) for v in event_properties(event).values()]


def write(events: Sequence[Event], handle: IO[str]) -> None:
    """Write a header and one row per event (RFC 4180: CRLF line ends, quotes when needed)."""
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(event_row(e) for e in events)


def read_records(path: Path) -> tuple[list[tuple[int, Mapping[str, Any]]], Mapping[str, Any]]:
    """Rows as ``(row number, mapping)``; row 1 is the header, so data starts at row 2."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames:
                raise InputError(str(path), "empty CSV file: expected a header row")
            rows = []
            for number, row in enumerate(reader, start=2):
                if None in row:
                    extra = row.pop(None)
                    row["__extra__"] = extra
                rows.append((number, row))
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except csv.Error as exc:
        raise InputError(str(path), f"malformed CSV: {exc}") from None
    return rows, {}
