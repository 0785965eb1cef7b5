"""Turn one record (a CSV row, a JSON or YAML item) into an :class:`~geoevents.model.Event`.

Shared by every tabular reader so that the same field names and the same checks apply to
CSV, JSON and YAML. Field names are documented in the README ("Event files").
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from shapely import wkt
from shapely.errors import ShapelyError
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry

from ..errors import RowError
from ..limits import coordinates_problem, wkt_problem
from ..model import (
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
    is_web_url,
)
from ..time.parse import TimeSpanError, parse_timespan
from .fields import ALIASES, KNOWN_FIELDS, evidence_from_json, split_attributes
from .tables import DateError, DayOrder, iso_day_or_text, parse_date

__all__ = ["KNOWN_FIELDS", "event_from_record"]

_COUNTRY = re.compile(r"[A-Z]{2}")


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else str(value)


def normalise_record(record: Mapping[str, Any]) -> dict[str, Any]:
    """Lower-case keys, apply aliases, drop blank values. Unknown keys are kept."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        if key is None or _blank(value):
            continue
        name = str(key).strip().lower().replace(" ", "_").replace("-", "_")
        out[ALIASES.get(name, name)] = value
    return out


def event_from_record(
    record: Mapping[str, Any],
    *,
    path: str,
    row: int,
    default_id: str,
    defaults: Mapping[str, Any] | None = None,
    text_values: bool = False,
    order: DayOrder = DayOrder.UNKNOWN,
) -> Event:
    """Build an event from one record; raise :class:`RowError` naming the row and field.

    ``defaults`` (e.g. a file-level ``source``) fill fields the record leaves blank. Columns
    that are no field or input name become pass-through attributes; with ``text_values`` (a
    CSV file, where every value is text) those that read as a number, a boolean or an ISO
    date are typed (see :func:`typed_text`).
    """
    data = normalise_record(defaults or {})
    data.update(normalise_record(record))

    def fail(field: str | None, message: str) -> RowError:
        return RowError(path, row, field, message)

    title = data.get("title")
    if _blank(title):
        raise fail("title", "missing: every event needs a title")
    title = _text(title)

    source = _source(data, fail, order)
    when = _timespan(data, source.published, fail, order)
    event_type = _enum(EventType, data.get("event_type"), "event_type", EventType.OTHER, fail)
    status = _enum(EventStatus, data.get("status"), "status", EventStatus.HAPPENED, fail)

    place_text = _text(data["place_text"]) if "place_text" in data else None
    place_country = None
    if "place_country" in data:
        place_country = _text(data["place_country"]).upper()
        if not _COUNTRY.fullmatch(place_country):
            raise fail("country", f"expected an ISO 3166-1 alpha-2 code such as SY, got {place_country!r}")

    geometry = _geometry(data, fail)
    exported_unlocated = "resolution_reason" in data  # read back: the source gave no location
    if geometry is None and place_text is None and not exported_unlocated:
        raise fail("place", "missing: give a place name, coordinates (latitude/longitude) or a geometry")

    event = Event(
        id=_text(data["id"]) if "id" in data else default_id,
        title=title,
        when=when,
        event_type=event_type,
        status=status,
        description=_text(data.get("description", "")),
        actors=_actors(data.get("actors"), fail),
        place_text=place_text,
        place_country=place_country,
        source=source,
        notes=_text(data.get("notes", "")),
        attributes=_attributes(record, text_values),
    )
    if geometry is not None:
        precision = _enum(
            GeoPrecision, data.get("geo_precision"), "geo_precision", _default_precision(geometry), fail
        )
        if "gazetteer_id" in data:  # a place resolved earlier (e.g. one of our exports read back)
            place = ResolvedPlace(
                gazetteer_id=_text(data["gazetteer_id"]),
                name=_text(data.get("place_name", place_text or "")),
                feature_class=_text(data.get("feature_class", geometry.geom_type.lower())),
                geometry=geometry,
                geo_precision=precision,
                country=_text(data["resolved_country"]).upper() if "resolved_country" in data else None,
                admin1=_text(data["admin1"]) if "admin1" in data else None,
                approximate=_flag(data.get("geo_approximate")),
                point=_representative_point(data, geometry, fail),
            )
            score, reason, candidates = _resolution(data, fail)
        else:
            place = ResolvedPlace(
                gazetteer_id="input:geometry",
                name=place_text or _coordinates_label(geometry),
                feature_class=geometry.geom_type.lower(),
                geometry=geometry,
                geo_precision=precision,
                country=place_country,
            )
            score, reason, candidates = 1.0, "geometry given in the input", ()
        event = event.with_place(place, score=score, reason=reason, candidates=candidates)
    elif any(key in data for key in ("resolution_score", "resolution_reason", "candidates")):
        # an unresolved event exported earlier keeps why it was not resolved
        score, reason, candidates = _resolution(data, fail)
        event = event.with_place(None, score=score, reason=reason, candidates=candidates)
    if "evidence" in data:
        event = replace(event, evidence=_evidence(data["evidence"], fail))
    return event


def _attributes(record: Mapping[str, Any], text_values: bool) -> dict[str, Any]:
    attributes = split_attributes(dict(record))
    read = typed_text if text_values else iso_day_or_text
    return {key: read(value) if isinstance(value, str) else value for key, value in attributes.items()}


_INT_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_FLOAT_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]*[1-9]|-?(?:0|[1-9][0-9]*)\.0")


def typed_text(text: str) -> Any:
    """A CSV cell as the value it was written from: ``"3"`` -> 3, ``"0.5"`` -> 0.5,
    ``"true"`` -> True, ``"2017-10-17"`` -> a date; anything else (``"007"``, ``"1e3"``,
    ``"1.50"``) stays text, so that writing the value again gives the same cell."""
    if _INT_TEXT.fullmatch(text) and len(text) <= 20 and -(1 << 63) <= (number := int(text)) < 1 << 63:
        return number
    if _FLOAT_TEXT.fullmatch(text) and repr(float(text)) == text:
        return float(text)
    if text in ("true", "false"):
        return text == "true"
    return iso_day_or_text(text)


def _resolution(data: Mapping[str, Any], fail) -> tuple[float | None, str, tuple[Candidate, ...]]:
    score = (
        _number(data["resolution_score"], "resolution_score", 0, 1, fail)
        if "resolution_score" in data
        else None
    )
    reason = _text(data.get("resolution_reason", ""))
    return score, reason, _candidates(data.get("candidates"), fail)


def _evidence(value: Any, fail) -> Evidence:
    try:
        return evidence_from_json(value) if isinstance(value, str) else evidence_from_json(json.dumps(value))
    except (ValueError, TypeError) as exc:
        raise fail("evidence", f"expected a JSON object with file, sentence and spans: {exc}") from None


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return _text(value).lower() in ("1", "true", "yes") if value is not None else False


def _candidates(value: Any, fail) -> tuple[Candidate, ...]:
    if _blank(value):
        return ()
    try:
        items = json.loads(value) if isinstance(value, str) else value
        return tuple(Candidate.from_dict(item) for item in items)
    except (ValueError, TypeError, KeyError) as exc:
        raise fail("candidates", f"expected a JSON list of candidates: {exc}") from None


def _default_precision(geometry: BaseGeometry) -> GeoPrecision:
    kind = geometry.geom_type
    if kind in ("LineString", "MultiLineString"):
        return GeoPrecision.LINE
    if kind in ("Polygon", "MultiPolygon"):
        return GeoPrecision.AREA
    return GeoPrecision.SITE


def _coordinates_label(geometry: BaseGeometry) -> str:
    point = geometry if geometry.geom_type == "Point" else geometry.representative_point()
    return f"{point.y:.5f}, {point.x:.5f}"


def _enum(kind, value, field, default, fail):
    if _blank(value):
        return default
    text = _text(value).lower().replace(" ", "_").replace("-", "_")
    try:
        return kind(text)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise fail(field, f"unknown value {value!r}: expected one of {allowed}") from None


def _actors(value: Any, fail) -> tuple[str, ...]:
    if _blank(value):
        return ()
    if isinstance(value, str):
        parts = re.split(r"[;|]", value)
    elif isinstance(value, list | tuple):
        parts = [_text(v) for v in value]
    else:
        raise fail("actors", "expected a list or a ';'-separated string")
    return tuple(p.strip() for p in parts if p.strip())


def _date(value: Any, field: str, fail, order: DayOrder = DayOrder.UNKNOWN) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(_text(value))
    except ValueError:
        pass
    try:  # machine-written: ISO datetimes, '.000' fractions, YYYYMMDD, epoch seconds, 17/10/2017...
        return parse_date(
            str(value) if isinstance(value, int) and not isinstance(value, bool) else value, order
        )
    except DateError as exc:
        raise fail(field, f"expected an ISO date such as 2017-10-24: {exc}") from None


def _source(data: Mapping[str, Any], fail, order: DayOrder = DayOrder.UNKNOWN) -> Source:
    published = None
    if "source_published" in data:
        published = _date(data["source_published"], "published", fail, order)
    url = _text(data["source_url"]) if "source_url" in data else None
    if url is not None and not is_web_url(url):
        raise fail("url", f"expected an http(s) URL, got {url!r}")
    name = _text(data["source_name"]) if "source_name" in data else None
    return Source(name=name, url=url, published=published)


def _timespan(
    data: Mapping[str, Any], anchor: dt.date | None, fail, order: DayOrder = DayOrder.UNKNOWN
) -> TimeSpan:
    text = _text(data["date_text"]) if "date_text" in data else None
    if "start" in data:
        start = _date(data["start"], "start", fail, order)
        if "end" in data:
            end: dt.date | None = _date(data["end"], "end", fail, order)
        elif _text(data.get("date_precision", "")).lower() == DatePrecision.RANGE:
            end = None  # an open span ("since August 2014") written without its end
        else:
            end = start
        if end is not None and end < start:
            raise fail("end", f"ends ({end}) before it starts ({start})")
        default = DatePrecision.DAY if end == start else DatePrecision.RANGE
        precision = _enum(DatePrecision, data.get("date_precision"), "date_precision", default, fail)
        return TimeSpan(start, end, precision, text)
    if "date" not in data:
        raise fail("date", "missing: give 'date' (e.g. 2017-10-17, 'early October 2017') or 'start'")
    value = data["date"]
    if isinstance(value, dt.date):
        value = value.isoformat()
    try:
        span = parse_timespan(_text(value), anchor)
    except TimeSpanError as exc:
        machine, problem = _machine_day(value, order)
        if machine is None:
            raise fail("date", problem or str(exc)) from None
        span = machine
    if "date_precision" in data:
        precision = _enum(DatePrecision, data["date_precision"], "date_precision", None, fail)
        span = TimeSpan(span.start, span.end, precision, span.text)
    return span


def _machine_day(value: Any, order: DayOrder) -> tuple[TimeSpan | None, str | None]:
    """A machine-written date ('2013-01-03 00:00:00.000', 20171017, epoch seconds, 17/10/2017)
    as its day; else ``None`` and, for a slashed date the file leaves ambiguous, why."""
    try:
        day = parse_date(
            str(value) if isinstance(value, int) and not isinstance(value, bool) else value, order
        )
    except DateError as exc:
        return None, str(exc) if "ambiguous" in str(exc) else None
    return TimeSpan(day, day, DatePrecision.DAY, _text(value)), None


def _geometry(data: Mapping[str, Any], fail) -> BaseGeometry | None:
    if "geometry" in data:
        value = data["geometry"]
        try:
            if isinstance(value, Mapping):
                geometry = shape(value)
            elif isinstance(value, str) and value.lstrip().startswith("{"):
                geometry = shape(json.loads(value))
            else:
                text = _text(value)
                if problem := wkt_problem(text):
                    raise fail("geometry", problem)
                geometry = wkt.loads(text)
        except NotImplementedError:
            raise fail("geometry", "curved geometries (CIRCULARSTRING ...) are not supported") from None
        except (ShapelyError, ValueError, TypeError, KeyError, AttributeError) as exc:
            raise fail("geometry", f"expected WKT or a GeoJSON geometry: {exc}") from None
        if geometry.is_empty:
            raise fail("geometry", "empty geometry")
        if problem := coordinates_problem(geometry.bounds):
            raise fail("geometry", problem)
        return geometry
    has_lat, has_lon = "latitude" in data, "longitude" in data
    if not has_lat and not has_lon:
        return None
    if has_lat != has_lon:
        missing = "longitude" if has_lat else "latitude"
        raise fail(missing, "missing: give both latitude and longitude")
    lat = _number(data["latitude"], "latitude", -90, 90, fail)
    lon = _number(data["longitude"], "longitude", -180, 180, fail)
    return Point(lon, lat)


def _representative_point(
    data: Mapping[str, Any], geometry: BaseGeometry, fail
) -> tuple[float, float] | None:
    """The representative point an export wrote beside a line or an area (its label point)."""
    if geometry.geom_type == "Point" or "latitude" not in data or "longitude" not in data:
        return None
    lon = _number(data["longitude"], "longitude", -180, 180, fail)
    lat = _number(data["latitude"], "latitude", -90, 90, fail)
    default = geometry.representative_point()
    if abs(default.x - lon) < 1e-6 and abs(default.y - lat) < 1e-6:
        return None  # the geometry's own representative point: nothing to keep
    return (lon, lat)


def _number(value: Any, field: str, low: float, high: float, fail) -> float:
    if isinstance(value, str) and value.count(",") == 1 and "." not in value:
        value = value.replace(",", ".")  # a decimal comma, as French-locale spreadsheets write it
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise fail(field, f"expected a number, got {value!r}") from None
    if not (low <= number <= high) or math.isnan(number):
        raise fail(field, f"{number} is out of range [{low}, {high}]")
    return number
