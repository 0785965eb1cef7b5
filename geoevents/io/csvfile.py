"""CSV event files: a header row, one event per row (UTF-8, with or without BOM).

The writer puts the geometry first as WKT (column ``WKT``, which GDAL's CSV driver and QGIS
pick up as the geometry), then the representative point as ``latitude``/``longitude`` for
spreadsheets, then the fields of :mod:`geoevents.io.fields`. Reading the file back gives the
same events.

Text that a spreadsheet would run as a formula (a cell starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return: "=HYPERLINK(...)" in an article title) is written with a
leading apostrophe, as OWASP recommends against CSV injection; the reader takes it off again.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import numpy as np
import shapely

from ..errors import InputError
from ..model import Event
from . import gdelt
from .fields import FIELD_NAMES, AttributeField, attribute_fields, attribute_text, event_properties
from .geojson import PRECISION
from .tables import read_rows

EXTENSIONS = (".csv", ".tsv", ".tab", ".gz", ".zip")
TEXT_VALUES = True  # every cell is text: pass-through attributes are typed when read back
_POINT = ("latitude", "longitude")
COLUMNS: tuple[str, ...] = ("WKT", *_POINT, *(name for name in FIELD_NAMES if name not in _POINT))


def geometry_wkt(geometry: shapely.Geometry) -> str:
    """WKT rounded to 7 decimals, polygons wound counter-clockwise like the GeoJSON output."""
    if geometry.geom_type in ("Polygon", "MultiPolygon", "GeometryCollection"):
        geometry = shapely.orient_polygons(geometry)
    rounded = shapely.transform(geometry, lambda xy: np.round(xy, PRECISION) + 0.0)
    return shapely.to_wkt(rounded, rounding_precision=PRECISION, trim=True)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _runs_as_formula(text: str) -> bool:
    """Whether a cell would start a formula, or is an apostrophe before one (kept apart so
    that :func:`defuse` and :func:`restore` undo each other for every text)."""
    return text.startswith(_FORMULA_START) or (text.startswith("'") and _runs_as_formula(text[1:]))


def defuse(text: str) -> str:
    """``=1+1`` -> ``'=1+1``: spreadsheets show such a cell as text instead of running it."""
    return "'" + text if _runs_as_formula(text) else text


def restore(text: str) -> str:
    """Undo :func:`defuse`."""
    return text[1:] if text.startswith("'") and _runs_as_formula(text[1:]) else text


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return defuse(value)
    return value


def _attribute_cell(value: Any) -> Any:
    """Numbers as numbers (``-1`` is no formula), the rest as text."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return _cell(attribute_text(value))


def event_row(event: Event, attributes: Sequence[AttributeField] = ()) -> list[Any]:
    """One event as the cells of :data:`COLUMNS`, then of its ``attributes`` columns."""
    place = event.place
    if place is not None:
        lat, lon = round(place.latitude, PRECISION) + 0.0, round(place.longitude, PRECISION) + 0.0
        head: list[Any] = [geometry_wkt(place.geometry), lat, lon]
    else:
        head = ["", "", ""]
    properties = event_properties(event)
    cells = [_cell(properties[name]) for name in COLUMNS[3:]]
    extra = [_attribute_cell(event.attributes.get(a.key)) for a in attributes]
    return head + cells + extra


def write(events: Sequence[Event], handle: IO[str]) -> None:
    """Write a header and one row per event (RFC 4180: CRLF line ends, quotes when needed).

    Pass-through attributes follow the fields, one column each (see :mod:`geoevents.io.fields`).
    """
    attributes = attribute_fields(events)
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow([*COLUMNS, *(a.name for a in attributes)])
    writer.writerows(event_row(e, attributes) for e in events)


def read_records(path: Path) -> tuple[list[tuple[int, Mapping[str, Any]]], Mapping[str, Any]]:
    """Rows as ``(row number, mapping)``; row 1 is the header, so data starts at row 2.

    The separator (``,``, ``;`` or tab) is sniffed from the header; ``.gz`` and one-table
    ``.zip`` files are read inside. A tab-separated file without a header in GDELT's layout
    gets GDELT's column names (and its rows are numbered from 1). The separator is returned
    among the defaults as ``__separator__`` (day-first dates go with ``;``).
    """
    separator, rows = read_rows(path)
    first = next(rows, None)
    if first is None or not any(cell.strip() for cell in first):
        raise InputError(str(path), "empty CSV file: expected a header row")
    header = gdelt.header_for(first) if separator == "\t" else None
    if header is None:
        names, data, start = [cell.strip() for cell in first], rows, 2
    else:
        names, data, start = list(header), _prepend(first, rows), 1
    records: list[tuple[int, Mapping[str, Any]]] = []
    width = len(names)
    for number, cells in enumerate(data, start=start):
        if not cells:
            continue  # a blank line
        record: dict[str, Any] = {
            name: restore(cells[i]) if i < len(cells) else None for i, name in enumerate(names)
        }
        if len(cells) > width:
            record["__extra__"] = cells[width:]
        records.append((number, record))
    return records, {"__separator__": separator}


def _prepend(first: list[str], rest: Iterator[list[str]]) -> Iterator[list[str]]:
    yield first
    yield from rest
