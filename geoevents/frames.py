"""Events to and from pandas DataFrames: one row per event, one column per field.

The geometry column holds shapely objects, so ``geopandas.GeoDataFrame(df, crs="EPSG:4326")``
works directly (or use :func:`to_geodataframe`); ``actors`` holds lists of names,
``candidates`` lists of dicts, ``evidence`` :class:`~geoevents.model.Evidence` objects; dates
are ``datetime.date`` objects. :func:`from_dataframe` is the inverse, and also accepts a
GeoDataFrame in another CRS (reprojected to WGS84) or WKT text in the ``geometry`` column.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import pandas as pd
import shapely
from shapely.errors import ShapelyError

from .errors import RowError
from .io.fields import attribute_fields, evidence_from_json, export_name, split_attributes
from .model import (
    Candidate,
    DatePrecision,
    Event,
    EventStatus,
    EventType,
    Evidence,
    GeoPrecision,
    ResolvedPlace,
    Source,
    TimeSpan,
)

if TYPE_CHECKING:  # pragma: no cover
    import geopandas

COLUMNS = (
    "id",
    "title",
    "description",
    "event_type",
    "status",
    "actors",
    "start",
    "end",
    "date_precision",
    "date_text",
    "place_text",
    "place_country",
    "gazetteer_id",
    "place_name",
    "feature_class",
    "geo_precision",
    "geo_approximate",
    "resolved_country",
    "admin1",
    "latitude",
    "longitude",
    "geometry",
    "resolution_score",
    "resolution_reason",
    "candidates",
    "source_name",
    "source_url",
    "source_published",
    "notes",
    "evidence",
)


def event_row(event: Event) -> dict[str, Any]:
    """One event as a flat row: the columns of :data:`COLUMNS`, then its pass-through
    attributes (under the names the exports give them, see :mod:`geoevents.io.fields`)."""
    place = event.place
    row = {
        "id": event.id,
        "title": event.title,
        "description": event.description,
        "event_type": event.event_type.value,
        "status": event.status.value,
        "actors": list(event.actors),
        "start": event.when.start,
        "end": event.when.end,
        "date_precision": event.when.precision.value,
        "date_text": event.when.text,
        "place_text": event.place_text,
        "place_country": event.place_country,
        "gazetteer_id": place.gazetteer_id if place else None,
        "place_name": place.name if place else None,
        "feature_class": place.feature_class if place else None,
        "geo_precision": place.geo_precision.value if place else None,
        "geo_approximate": place.approximate if place else None,
        "resolved_country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geometry": place.geometry if place else None,
        "resolution_score": event.resolution_score,
        "resolution_reason": event.resolution_reason,
        "candidates": [c.to_dict() for c in event.candidates],
        "source_name": event.source.name,
        "source_url": event.source.url,
        "source_published": event.source.published,
        "notes": event.notes,
        "evidence": event.evidence,
    }
    row.update((export_name(key), value) for key, value in event.attributes.items())
    return row


def to_dataframe(events: Iterable[Event]) -> pd.DataFrame:
    """A DataFrame with the columns of :data:`COLUMNS` and then the events' attribute
    columns (in order of first appearance), one row per event."""
    events = list(events)
    extra = [a.name for a in attribute_fields(events)]
    return pd.DataFrame([event_row(e) for e in events], columns=[*COLUMNS, *extra])


def _missing(value: Any) -> bool:
    if value is None or value is pd.NaT:
        return True
    if isinstance(value, str):
        return not value.strip()  # GDAL's CSV driver reads an empty cell as ''

    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        return bool(pd.isna(value)) if not isinstance(value, list | tuple | dict) else False
    except (TypeError, ValueError):
        return False


def _get(row: dict[str, Any], key: str, default: Any = None) -> Any:
    value = row.get(key, default)
    return default if _missing(value) else value


def _as_date(value: Any) -> dt.date | None:
    if _missing(value):
        return None
    if isinstance(value, pd.Timestamp | dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _json_list(value: Any) -> Any:
    """Candidates as a list, also from the JSON text the GIS exports hold."""
    if isinstance(value, str):
        return json.loads(value)
    return value or ()


def _evidence(value: Any) -> Evidence | None:
    """Evidence as it is, or from the JSON text the GIS exports hold."""
    if isinstance(value, Evidence):
        return value
    return evidence_from_json(value) if isinstance(value, str) else None


def _flag(value: Any) -> bool:
    """A boolean cell, also as text (``"true"``/``"false"``, ``"1"``/``"0"``) as CSV gives it."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


class BadField(ValueError):
    """A column value that cannot make an event (``field`` names the column)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def event_from_row(row: dict[str, Any]) -> Event:
    """Inverse of :func:`event_row` (missing optional columns are fine)."""
    start = _as_date(row["start"])
    if start is None:
        raise BadField("start", "empty: every event needs a start date")
    end = _as_date(row.get("end"))
    precision = DatePrecision(_get(row, "date_precision", "day"))
    geometry = _get(row, "geometry")
    if isinstance(geometry, str):
        geometry = shapely.from_wkt(geometry)
    place = None
    if geometry is not None:
        place = ResolvedPlace(
            gazetteer_id=str(_get(row, "gazetteer_id", "input:geometry")),
            name=str(_get(row, "place_name", "") or ""),
            feature_class=str(_get(row, "feature_class", geometry.geom_type.lower())),
            geometry=geometry,
            geo_precision=GeoPrecision(_get(row, "geo_precision", "site")),
            country=_get(row, "resolved_country")
            if "resolved_country" in row
            else _get(row, "place_country"),
            admin1=_get(row, "admin1"),
            approximate=_flag(_get(row, "geo_approximate", False)),
        )
    actors = _get(row, "actors", ())
    if isinstance(actors, str):
        actors = [a.strip() for a in actors.split(";") if a.strip()]
    score = _get(row, "resolution_score")
    return Event(
        id=str(row["id"]),
        title=str(row["title"]),
        when=TimeSpan(start, end, precision, _get(row, "date_text")),
        event_type=EventType(_get(row, "event_type", "other")),
        status=EventStatus(_get(row, "status", "happened")),
        description=str(_get(row, "description", "") or ""),
        actors=tuple(actors),
        place_text=_get(row, "place_text"),
        place_country=_get(row, "place_country"),
        place=place,
        resolution_score=float(score) if score is not None else None,
        resolution_reason=str(_get(row, "resolution_reason", "") or ""),
        candidates=tuple(Candidate.from_dict(c) for c in _json_list(_get(row, "candidates", ()))),
        source=Source(
            name=_get(row, "source_name"),
            url=_get(row, "source_url"),
            published=_as_date(row.get("source_published")),
        ),
        notes=str(_get(row, "notes", "") or ""),
        evidence=_evidence(_get(row, "evidence")),
        attributes=split_attributes({k: None if _missing(v) else v for k, v in row.items()}),
    )


def to_geodataframe(events: Iterable[Event]) -> geopandas.GeoDataFrame:
    """A ``geopandas.GeoDataFrame`` in EPSG:4326: the columns of :func:`to_dataframe`.

    Requires geopandas (``pip install 'geoevents[geo]'``). Unresolved events have no geometry.
    To write GIS files use :func:`geoevents.io.write_events`: it flattens the list columns.
    """
    try:
        import geopandas
    except ImportError:  # pragma: no cover - depends on the installed extras
        raise ImportError("to_geodataframe needs geopandas: pip install 'geoevents[geo]'") from None
    frame = to_dataframe(events)
    return geopandas.GeoDataFrame(frame, geometry="geometry", crs="EPSG:4326")


def _wgs84(frame: pd.DataFrame) -> pd.DataFrame:
    crs = getattr(frame, "crs", None)
    if crs is None or not hasattr(frame, "to_crs"):
        return frame
    if crs.to_epsg() == 4326:
        return frame
    return frame.to_crs("EPSG:4326")


def from_dataframe(frame: pd.DataFrame) -> list[Event]:  # also a GeoDataFrame
    """Events from a DataFrame made by :func:`to_dataframe` (or with the same columns).

    ``id``, ``title`` and ``start`` are required; other columns are optional. A GeoDataFrame in
    another CRS is reprojected to WGS84 first. A bad row raises :class:`~geoevents.RowError`
    naming the row (its position, from 1) and, when known, the column.
    """
    events = []
    for number, row in enumerate(_wgs84(frame).to_dict(orient="records"), start=1):
        try:
            events.append(event_from_row(row))
        except KeyError as exc:
            raise RowError("DataFrame", number, str(exc.args[0]), "missing column") from None
        except BadField as exc:
            raise RowError("DataFrame", number, exc.field, str(exc)) from None
        except (ValueError, TypeError, AttributeError, ShapelyError) as exc:
            raise RowError("DataFrame", number, None, str(exc)) from None
    return events
