"""The flat, typed fields of one event, shared by every export (GeoJSON, KML, GeoPackage, CSV).

One place defines the field names, their order and their types, so that a newcomer adding a
format writes the same attributes as its siblings, and so that the readers in
:mod:`geoevents.io.records` can read every export back into the same events.

Types are the portable ones GIS tools agree on: ``str``, ``int``, ``float``, ``bool`` and
``date`` (ISO 8601 ``YYYY-MM-DD`` in text formats). ``None`` means "no value" in every column.
Actors are joined with ``"; "`` (names containing ``;`` or ``|`` do not survive a round trip);
candidates and evidence are JSON text, because GIS formats have no nested values.

Pass-through attributes (:attr:`~geoevents.model.Event.attributes`: a source's own columns
such as ACLED ``fatalities``) follow the fields, under their own names. A source column named
like one of the fields or input names here (ACLED's ``event_type``, UCDP's ``country``) is
written as ``src_<name>`` (``src_event_type``), and read back under its own name again.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from ..limits import int64_or_text
from ..model import AttributeValue, DatePrecision, Event, Evidence, GeoPrecision

FieldType = Literal["str", "int", "float", "bool", "date", "datetime"]


@dataclass(frozen=True, slots=True)
class Field:
    """One exported attribute: its name, its type and what it means."""

    name: str
    type: FieldType
    doc: str


FIELDS: tuple[Field, ...] = (
    Field("id", "str", "event id, unique in the file"),
    Field("title", "str", "one-line summary"),
    Field("description", "str", "longer text"),
    Field("event_type", "str", "offensive, airstrike, capture, clashes, casualties, statement, ..."),
    Field("status", "str", "happened, ongoing or planned"),
    Field("actors", "str", "actors joined with '; '"),
    Field("start", "date", "first day of the event (ISO 8601)"),
    Field("end", "date", "last day, inclusive (ISO 8601); empty for an open span"),
    Field(
        "start_time", "datetime", "first moment: 00:00:00 UTC of the first day (time filters in GIS tools)"
    ),
    Field("end_time", "datetime", "last moment: 23:59:59 UTC of the last day; empty for an open span"),
    Field("date_precision", "str", "day, week, part_of_month, month, quarter, half_year, year, range"),
    Field("date_text", "str", "the date as written"),
    Field("ucdp_date_prec", "int", "UCDP GED date_prec code (1 day ... 5 year or longer)"),
    Field("place_text", "str", "the place as written"),
    Field("place_country", "str", "ISO 3166-1 alpha-2 hint given with the place"),
    Field("place_name", "str", "the place as resolved (gazetteer name)"),
    Field("gazetteer_id", "str", "id of the place in the gazetteer"),
    Field("feature_class", "str", "kind of place (town, oil field, river, ...)"),
    Field("geo_precision", "str", "site, town, district, province, country, line or area"),
    Field("geo_approximate", "bool", "true when the geometry only approximates the place"),
    Field("ucdp_where_prec", "int", "UCDP GED where_prec code (1 exact ... 6 country)"),
    Field("resolved_country", "str", "ISO 3166-1 alpha-2 country of the resolved place"),
    Field("admin1", "str", "first-order administrative division of the resolved place"),
    Field(
        "latitude", "float", "representative point: the point itself, a line's part, an area's label point"
    ),
    Field("longitude", "float", "representative point (WGS84 longitude)"),
    Field("resolution_score", "float", "confidence of the place resolution, 0 to 1"),
    Field("resolution_reason", "str", "why the place was chosen (or not)"),
    Field("candidates", "str", "JSON list of the gazetteer candidates considered"),
    Field("source_name", "str", "who reported the event"),
    Field("source_url", "str", "where it was reported"),
    Field("source_published", "date", "when the report was published (ISO 8601)"),
    Field("notes", "str", "free notes"),
    Field("evidence", "str", "JSON object: file, sentence and character spans the event was read from"),
)
FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)

# Input names the record reader maps onto the fields (see README, "Event files").
ALIASES: dict[str, str] = {
    "name": "title",
    "type": "event_type",
    "when": "date",
    "start_date": "start",
    "end_date": "end",
    "place": "place_text",
    "location": "place_text",
    "lat": "latitude",
    "lng": "longitude",
    "lon": "longitude",
    "long": "longitude",
    "geom": "geometry",
    "wkt": "geometry",
    "country": "place_country",
    "source": "source_name",
    "url": "source_url",
    "published": "source_published",
}
KNOWN_FIELDS = frozenset(
    {
        "id",
        "title",
        "description",
        "event_type",
        "status",
        "actors",
        "date",
        "start",
        "end",
        "start_time",
        "end_time",
        "date_precision",
        "place_text",
        "place_country",
        "latitude",
        "longitude",
        "geometry",
        "geo_precision",
        "source_name",
        "source_url",
        "source_published",
        "notes",
        "date_text",
        "gazetteer_id",
        "place_name",
        "feature_class",
        "geo_approximate",
        "resolution_score",
        "resolution_reason",
        "candidates",
        "resolved_country",
        "admin1",
        "evidence",
        "ucdp_date_prec",
        "ucdp_where_prec",
    }
    | set(ALIASES)
)
# Names a pass-through attribute may not take in an export: fields, input names, geometry columns.
RESERVED_NAMES = KNOWN_FIELDS | frozenset({"wkt", "fid", "ogc_fid", "geom", "shape"})
ATTRIBUTE_PREFIX = "src_"
FIELD_TYPES: dict[str, FieldType] = {f.name: f.type for f in FIELDS}
_DATE_FIELDS = tuple(f.name for f in FIELDS if f.type == "date")
_ENUM_FIELDS = ("event_type", "status", "date_precision", "geo_precision")
_UCDP_DATE_PREC = {p: p.ucdp_date_prec for p in DatePrecision}
_UCDP_WHERE_PREC = {p: p.ucdp_where_prec for p in GeoPrecision}


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def evidence_to_json(evidence: Evidence | None) -> str | None:
    """Evidence as compact JSON text (``None`` when there is none)."""
    if evidence is None:
        return None
    return _json(
        {
            "file": evidence.file,
            "sentence": evidence.sentence,
            "trigger_span": list(evidence.trigger_span) if evidence.trigger_span else None,
            "place_span": list(evidence.place_span) if evidence.place_span else None,
            "date_span": list(evidence.date_span) if evidence.date_span else None,
        }
    )


def evidence_from_json(text: str) -> Evidence:
    """Inverse of :func:`evidence_to_json`; raises ``ValueError`` on malformed text."""
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object")

    def span(key: str) -> tuple[int, int] | None:
        value = data.get(key)
        if value is None:
            return None
        start, end = value
        return (int(start), int(end))

    return Evidence(
        file=data.get("file"),
        sentence=data.get("sentence"),
        trigger_span=span("trigger_span"),
        place_span=span("place_span"),
        date_span=span("date_span"),
    )


def event_values(event: Event) -> dict[str, Any]:
    """The fields of one event in :data:`FIELDS` order, with native values.

    Dates are ``datetime.date`` and enumerations are their ``StrEnum`` members (both serialise
    to the same text as :func:`event_properties`; orjson writes them natively, which keeps the
    GeoJSON writer fast).
    """
    place = event.place
    when = event.when
    source = event.source
    precision = when.precision
    return {
        "id": event.id,
        "title": event.title,
        "description": event.description,
        "event_type": event.event_type,
        "status": event.status,
        "actors": "; ".join(event.actors),
        "start": when.start,
        "end": when.end,
        "start_time": f"{when.start.isoformat()}T00:00:00Z",
        "end_time": f"{when.end.isoformat()}T23:59:59Z" if when.end is not None else None,
        "date_precision": precision,
        "date_text": when.text,
        "ucdp_date_prec": _UCDP_DATE_PREC[precision],
        "place_text": event.place_text,
        "place_country": event.place_country,
        "place_name": place.name if place else None,
        "gazetteer_id": place.gazetteer_id if place else None,
        "feature_class": place.feature_class if place else None,
        "geo_precision": place.geo_precision if place else None,
        "geo_approximate": place.approximate if place else None,
        "ucdp_where_prec": _UCDP_WHERE_PREC[place.geo_precision] if place else None,
        "resolved_country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "latitude": round(place.latitude, 7) + 0.0 if place else None,
        "longitude": round(place.longitude, 7) + 0.0 if place else None,
        "resolution_score": event.resolution_score,
        "resolution_reason": event.resolution_reason,
        "candidates": _json([c.to_dict() for c in event.candidates]) if event.candidates else None,
        "source_name": source.name,
        "source_url": source.url,
        "source_published": source.published,
        "notes": event.notes,
        "evidence": evidence_to_json(event.evidence) if event.evidence is not None else None,
        **{export_name(name): value for name, value in event.attributes.items()},
    }


def event_properties(event: Event) -> dict[str, Any]:
    """The flat properties of one event, in :data:`FIELDS` order: plain JSON values, dates as ISO text."""
    values = event_values(event)
    for name in _DATE_FIELDS:
        if values[name] is not None:
            values[name] = values[name].isoformat()
    for name in _ENUM_FIELDS:
        if values[name] is not None:
            values[name] = values[name].value
    for name, value in event.attributes.items():
        if isinstance(value, dt.date):
            values[export_name(name)] = value.isoformat()
    return values


def normalise_name(name: str) -> str:
    """A column name as the record reader compares it: lower case, ``_`` for spaces and dashes."""
    return str(name).strip().lower().replace(" ", "_").replace("-", "_")


def export_name(name: str) -> str:
    """The column an attribute is written under: its own name, or ``src_<name>`` if that is taken."""
    return ATTRIBUTE_PREFIX + name if normalise_name(name) in RESERVED_NAMES else name


def attribute_key(column: str) -> str:
    """Inverse of :func:`export_name`: ``src_event_type`` -> ``event_type``; other names unchanged."""
    if (
        column.startswith(ATTRIBUTE_PREFIX)
        and normalise_name(column[len(ATTRIBUTE_PREFIX) :]) in RESERVED_NAMES
    ):
        return column[len(ATTRIBUTE_PREFIX) :]
    return column


def split_attributes(record: dict[str, Any]) -> dict[str, AttributeValue]:
    """The columns of a record that are no field or input name, as attributes (record order).

    Blank values are kept as ``None`` so that a column is not lost when a row leaves it empty.
    """
    out: dict[str, AttributeValue] = {}
    for column, value in record.items():
        if column is None or column == "__extra__" or normalise_name(column) in KNOWN_FIELDS:
            continue
        out[attribute_key(str(column))] = _scalar(value)
    return out


def _scalar(value: Any) -> AttributeValue:
    if hasattr(value, "item") and not isinstance(value, list | tuple | dict | str):
        value = value.item()  # a numpy scalar (from a DataFrame) as the Python value
    if isinstance(value, dt.datetime):  # a date read back by pandas or GDAL as a timestamp
        return value.date() if value.time() == dt.time(0) and value.tzinfo is None else value.isoformat()
    value = int64_or_text(value)
    if value is None or isinstance(value, bool | int | float | dt.date):
        return value if not (isinstance(value, float) and value != value) else None
    if isinstance(value, str):
        return value if value.strip() else None
    return _json(value)  # a nested JSON value: kept as JSON text


@dataclass(frozen=True, slots=True)
class AttributeField:
    """One pass-through attribute column of a set of events: its key, export name and type."""

    key: str
    name: str
    type: FieldType


def _value_type(values: list[AttributeValue]) -> FieldType:
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return "bool"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "int"
    if present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return "float"
    if present and all(isinstance(v, dt.date) and not isinstance(v, dt.datetime) for v in present):
        return "date"
    return "str"


def attribute_fields(events: Iterable[Event]) -> tuple[AttributeField, ...]:
    """The attribute columns of ``events`` in order of first appearance, each with one type.

    A column whose values mix types is text.
    """
    columns: dict[str, list[AttributeValue]] = {}
    for event in events:
        for key, value in event.attributes.items():
            columns.setdefault(key, []).append(value)
    return tuple(
        AttributeField(key, export_name(key), _value_type(values)) for key, values in columns.items()
    )


def attribute_text(value: AttributeValue) -> str | None:
    """An attribute as text for a text-only column (``None`` stays ``None``)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
