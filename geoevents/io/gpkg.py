"""GeoPackage for QGIS and other desktop GIS, written through pyogrio (GDAL).

Two layers, both in EPSG:4326:

* ``events``: one feature per event with the fields of :mod:`geoevents.io.fields`, typed
  (``start``/``end``/``source_published`` as GeoPackage dates, scores as reals, precision
  codes as integers, ``geo_approximate`` as a boolean); unresolved events have no geometry.
* ``places``: one feature per distinct resolved place (gazetteer id and geometry), with how
  many events happened there and the first and last day of those events.

Files are written as GeoPackage 1.2 (read by every GDAL since 2.2 and QGIS 3) and are
deterministic: the timestamps GDAL records are pinned, so the same events give the same bytes.

:func:`read_records` reads the ``events`` layer back (of a file written here, or any
GeoPackage whose first layer has the same field names; the ``places`` layer is a summary).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import warnings
from collections.abc import Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyogrio
import shapely
from pyogrio.errors import DataLayerError, DataSourceError, FieldError, GeometryError
from pyogrio.raw import read as ogr_read
from pyogrio.raw import write as ogr_write

from ..errors import InputError, OutputError
from ..limits import Invalid
from ..model import Event, EventType, ResolvedPlace
from .fields import FIELD_TYPES, FIELDS, FieldType, attribute_fields, event_properties
from .kml import TYPE_COLORS
from .qgisproject import write_project

EXTENSIONS = (".gpkg",)
EVENTS_LAYER = "events"
PLACES_LAYER = "places"
# GDAL stamps "last_change" in gpkg_contents with the current time unless told otherwise.
_FIXED_DATE = "2000-01-01T00:00:00.000Z"
_DATASET_OPTIONS = {"VERSION": "1.2"}


@dataclass(frozen=True, slots=True)
class Column:
    """One column for pyogrio: values and the null mask (``None`` when nothing is null)."""

    name: str
    values: np.ndarray
    mask: np.ndarray | None


def column(name: str, kind: FieldType, values: Sequence[Any], *, wide: bool = False) -> Column:
    """A typed numpy column from Python values (``None`` is null); ``wide`` integers are 64-bit."""
    nulls = np.array([v is None for v in values], dtype=bool)
    mask = nulls if nulls.any() else None
    if kind == "str":
        return Column(name, np.array(list(values), dtype=object), None)
    if kind == "date":
        return Column(
            name, np.array(["NaT" if v is None else str(v) for v in values], dtype="datetime64[D]"), None
        )
    if kind == "datetime":  # written without a zone: QGIS shows the day as it is, not shifted
        stamps = ["NaT" if v is None else str(v).removesuffix("Z") for v in values]
        return Column(name, np.array(stamps, dtype="datetime64[s]"), None)
    if kind == "int":
        dtype = "int64" if wide else "int32"
        return Column(name, np.array([0 if v is None else v for v in values], dtype=dtype), mask)
    if kind == "bool":
        return Column(name, np.array([bool(v) for v in values], dtype=bool), mask)
    return Column(name, np.array([np.nan if v is None else v for v in values], dtype="float64"), mask)


def _wkb(geometries: Sequence[shapely.Geometry | None]) -> np.ndarray:
    array = np.array(list(geometries), dtype=object)
    oriented = np.array(
        [
            shapely.orient_polygons(g)
            if g is not None and g.geom_type in ("Polygon", "MultiPolygon", "GeometryCollection")
            else g
            for g in array
        ],
        dtype=object,
    )
    return shapely.to_wkb(oriented, include_srid=False)


def _layer_fields() -> tuple:
    """The fields in the order the ``events`` layer has them: ``start_time``/``end_time`` before
    ``start``/``end``. QGIS (3.22 and later) resets a GeoPackage layer's temporal properties from
    the provider when it opens the layer on its own, style or not, and then preselects the
    first date or datetime fields named like "start" and "end": these must be the datetime
    ones (with the dates, QGIS's default limits hide one-day events)."""
    times = [f for f in FIELDS if f.name in ("start_time", "end_time")]
    ordered: list = []
    for f in FIELDS:
        if f.name == "start":
            ordered += times
        if f not in times:
            ordered.append(f)
    return tuple(ordered)


_LAYER_FIELDS = _layer_fields()


def event_columns(events: Sequence[Event]) -> list[Column]:
    """The ``events`` layer's attribute columns."""
    rows = [event_properties(e) for e in events]
    columns = [column(f.name, f.type, [row[f.name] for row in rows]) for f in _LAYER_FIELDS]
    for attribute in attribute_fields(events):
        values = [e.attributes.get(attribute.key) for e in events]
        if attribute.type == "str":
            values = [None if v is None else str(v) for v in values]
        elif attribute.type == "date":
            values = [
                None if v is None else v.isoformat() if isinstance(v, dt.date) else str(v) for v in values
            ]
        columns.append(column(attribute.name, attribute.type, values, wide=True))
    return columns


@dataclass
class _PlaceSummary:
    place: ResolvedPlace
    count: int
    first: dt.date
    last: dt.date | None


def place_summaries(events: Sequence[Event]) -> list[_PlaceSummary]:
    """Distinct places, in order of first appearance, with their event counts and dates."""
    summaries: dict[tuple[str, bytes], _PlaceSummary] = {}
    for event in events:
        place = event.place
        if place is None:
            continue
        key = (place.gazetteer_id, shapely.to_wkb(place.geometry))
        end = event.when.end
        summary = summaries.get(key)
        if summary is None:
            summaries[key] = _PlaceSummary(place, 1, event.when.start, end)
            continue
        summary.count += 1
        summary.first = min(summary.first, event.when.start)
        summary.last = None if end is None or summary.last is None else max(summary.last, end)
    return list(summaries.values())


def place_columns(summaries: Sequence[_PlaceSummary]) -> list[Column]:
    """The ``places`` layer's attribute columns."""
    spec: list[tuple[str, FieldType, Any]] = [
        ("gazetteer_id", "str", lambda s: s.place.gazetteer_id),
        ("place_name", "str", lambda s: s.place.name),
        ("feature_class", "str", lambda s: s.place.feature_class),
        ("geo_precision", "str", lambda s: s.place.geo_precision.value),
        ("geo_approximate", "bool", lambda s: s.place.approximate),
        ("resolved_country", "str", lambda s: s.place.country),
        ("admin1", "str", lambda s: s.place.admin1),
        ("event_count", "int", lambda s: s.count),
        ("first_start", "date", lambda s: s.first.isoformat()),
        ("last_end", "date", lambda s: s.last.isoformat() if s.last else None),
    ]
    return [column(name, kind, [get(s) for s in summaries]) for name, kind, get in spec]


def _write_layer(path: Path, layer: str, geometries: np.ndarray, columns: Sequence[Column]) -> None:
    ogr_write(
        str(path),
        geometries,
        [c.values for c in columns],
        [c.name for c in columns],
        field_mask=[c.mask for c in columns],
        layer=layer,
        driver="GPKG",
        geometry_type="Unknown",
        crs="EPSG:4326",
        encoding="UTF-8",
        dataset_options=_DATASET_OPTIONS,
        layer_options={"FID": "fid", "SPATIAL_INDEX": "YES"},
    )


def write_path(events: Sequence[Event], path: Path, *, file_name: str | None = None) -> None:
    """Create the GeoPackage at ``path`` (a fresh temporary path given by the registry, with
    the final file's name; ``file_name`` overrides it for the QGIS project's layer source)."""
    if path.suffix.lower() != ".gpkg":  # GDAL insists on the extension; rename afterwards
        target = path.with_name(path.name + ".gpkg")
        write_path(events, target, file_name=file_name or path.name)
        os.replace(target, path)
        return
    summaries = place_summaries(events)
    previous = {"OGR_CURRENT_DATE": pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")}
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": _FIXED_DATE})
    try:
        _write_layer(
            path,
            EVENTS_LAYER,
            _wkb([e.place.geometry if e.place else None for e in events]),
            event_columns(events),
        )
        _write_layer(
            path, PLACES_LAYER, _wkb([s.place.geometry for s in summaries]), place_columns(summaries)
        )
        write_layer_style(path)
        write_project(path, qgis_style(), _period(events), file_name=file_name or path.name)
    except (DataSourceError, DataLayerError, FieldError, GeometryError) as exc:
        raise OutputError(f"GeoPackage writer failed: {exc}") from None
    finally:
        pyogrio.set_gdal_config_options(previous)


def _period(events: Sequence[Event]) -> tuple[dt.date, dt.date] | None:
    if not events:
        return None
    return min(e.when.start for e in events), max(e.when.end or e.when.start for e in events)


def write_layer_style(path: Path) -> None:
    """Add QGIS's ``layer_styles`` table with the default style of the ``events`` layer: its
    temporal properties use ``start_time``/``end_time`` (first and last moment of the events'
    days, both included), so QGIS's temporal controller animates the layer as soon as it is
    opened, and points are coloured by event type like the briefing map."""
    with closing(sqlite3.connect(path)) as db, db:
        db.execute(_STYLE_TABLE)
        db.execute(
            "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
            "styleName, styleQML, styleSLD, useAsDefault, description, owner, ui, update_time) "
            "VALUES ('', '', ?, 'geom', ?, ?, '', 1, ?, '', '', ?)",
            (
                EVENTS_LAYER,
                STYLE_NAME,
                qgis_style(),
                "events over time, coloured by type (geoevents)",
                _FIXED_DATE,
            ),
        )
        db.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
            "VALUES ('layer_styles', 'attributes', 'layer_styles', '', ?)",
            (_FIXED_DATE,),
        )


STYLE_NAME = "geoevents"
_STYLE_TABLE = """CREATE TABLE layer_styles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256),
    f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT,
    useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), update_time DATETIME
)"""
# QgsVectorLayerTemporalProperties: mode 2 = start and end from fields; limitMode 1 = end included.
_TEMPORAL = (
    '<temporal enabled="1" mode="2" startField="start_time" endField="end_time" durationField="" '
    'durationUnit="min" fixedDuration="0" accumulate="0" limitMode="1" startExpression="" endExpression="">'
    "<fixedRange><start></start><end></end></fixedRange></temporal>"
)


def _rgb(color: str) -> str:
    return ",".join(str(int(color[i : i + 2], 16)) for i in (1, 3, 5)) + ",255"


def _marker_symbol(index: int, color: str) -> str:
    options = {
        "name": "circle",
        "color": _rgb(color),
        "outline_color": "35,35,35,255",
        "outline_width": "0.2",
        "size": "3",
        "size_unit": "MM",
    }
    props = "".join(f'<Option name="{k}" type="QString" value="{v}"/>' for k, v in options.items())
    return (
        f'<symbol type="marker" name="{index}" alpha="1" clip_to_extent="1" force_rhr="0">'
        f'<layer class="SimpleMarker" enabled="1" locked="0" pass="0"><Option type="Map">{props}</Option>'
        "</layer></symbol>"
    )


def qgis_style() -> str:
    """The QML of the ``events`` layer: temporal properties and a categorised renderer by type."""
    categories = "".join(
        f'<category symbol="{i}" value="{t.value}" label="{t.value}" render="true"/>'
        for i, t in enumerate(EventType)
    )
    symbols = "".join(_marker_symbol(i, TYPE_COLORS[t]) for i, t in enumerate(EventType))
    return (
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"
        '<qgis version="3.22.0" styleCategories="Symbology|Temporal">'
        f"{_TEMPORAL}"
        '<renderer-v2 type="categorizedSymbol" attr="event_type" symbollevels="0" enableorderby="0" forceraster="0">'
        f"<categories>{categories}</categories><symbols>{symbols}</symbols></renderer-v2>"
        "</qgis>"
    )


def _plain(name: str, value: Any, declared: str | None = None) -> Any:
    """A value read by pyogrio as a plain Python value of the field's type: dates as ISO text,
    NaN and NaT as None (a nullable integer or boolean column is read as floats; ``declared``
    is the numpy type GDAL gives the column, for the columns that are no field here)."""
    if isinstance(value, np.datetime64):
        if np.isnat(value):
            return None
        text = str(value.astype("datetime64[D]"))
        return text if name in FIELD_TYPES else dt.date.fromisoformat(text)
    if isinstance(value, np.floating):
        if np.isnan(value):
            return None
        kind = FIELD_TYPES.get(name) or _DECLARED_KINDS.get(declared or "")
        return bool(value) if kind == "bool" else int(value) if kind == "int" else float(value)
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    return value


def _ogr_read(path: Path, layer: str, **options: Any) -> tuple:
    """pyogrio's raw read; its warnings about odd cells ("Non-conformant content") are not the
    user's business: a cell that cannot be used is reported with its row."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return ogr_read(path, layer=layer, datetime_as_string=False, **options)


def _utf8(value: Any) -> Any:
    """Text read as Latin-1 (byte for byte) decoded as UTF-8, or marked invalid."""
    if not isinstance(value, str):
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return Invalid("not UTF-8 text (binary data in a text column?)")


def _geometry(wkb: bytes) -> Any:
    try:
        return shapely.geometry.mapping(shapely.from_wkb(wkb))
    except NotImplementedError:
        return Invalid("curved geometries (CIRCULARSTRING ...) are not supported")
    except (shapely.errors.ShapelyError, ValueError, TypeError) as exc:
        return Invalid(f"unreadable geometry: {exc}")


_DECLARED_KINDS: dict[str, FieldType] = {"int64": "int", "int32": "int", "int16": "int", "bool": "bool"}


def read_records(path: Path) -> tuple[list[tuple[int, Mapping[str, Any]]], Mapping[str, Any]]:
    """The features of the ``events`` layer (else the first layer) as records, numbered from 1."""
    try:
        layers = [str(name) for name, _ in pyogrio.list_layers(path)]
        layer = EVENTS_LAYER if EVENTS_LAYER in layers else (layers[0] if layers else None)
        if layer is None:
            raise InputError(str(path), "the GeoPackage has no layer")
        try:
            meta, _, geometries, values = _ogr_read(path, layer)
            recode = False
        except UnicodeDecodeError:  # text that is not UTF-8 (a BLOB in a TEXT column): found per value
            meta, _, geometries, values = _ogr_read(path, layer, encoding="latin-1")
            recode = True
        declared = [str(kind) for kind in pyogrio.read_info(path, layer=layer)["dtypes"]]
    except (DataSourceError, DataLayerError) as exc:
        raise InputError(str(path), f"cannot read the GeoPackage: {exc}") from None
    except (ValueError, OverflowError) as exc:  # GDAL hands over a date that does not exist (0/2/30)
        raise InputError(
            str(path), f"cannot read the GeoPackage: a date or time out of range ({exc})"
        ) from None
    except (UnicodeError, RuntimeError) as exc:  # a damaged file: names that are not text, GDAL errors
        raise InputError(str(path), f"cannot read the GeoPackage (damaged?): {exc}") from None
    names = [str(name) for name in meta["fields"]]
    count = len(geometries) if geometries is not None else (len(values[0]) if values else 0)
    records: list[tuple[int, Mapping[str, Any]]] = []
    for row in range(count):
        plain = (
            (name, _plain(name, column[row], kind))
            for name, column, kind in zip(names, values, declared, strict=True)
        )
        record: dict[str, Any] = {  # a blank attribute stays, as None: its column is not lost
            name: _utf8(value) if recode else value
            for name, value in plain
            if value is not None or name not in FIELD_TYPES
        }
        if geometries is not None and geometries[row] is not None:
            record["geometry"] = _geometry(geometries[row])
        records.append((row + 1, record))
    return records, {}
