"""ACLED (Armed Conflict Location & Event Data) as its export tool and its API give it.

Mapped from the ACLED Codebook (2023): one row is one event, ``event_id_cnty`` its id.

* Date: ``event_date`` (ISO as the API gives it, "17 October 2017" as the export tool writes it)
  with ``time_precision``: 1 the day; 2 the source gives a week or a few days, ACLED codes a day
  in it: the event spans the week around that day (three days either side); 3 only the month
  is known: the whole month.
* Place: ``latitude``/``longitude`` with ``geo_precision``: 1 the town itself; 2 near a town or
  a part of a region, coded at a nearby town (a district-sized area around the point); 3 only
  a larger region is known, coded at its centroid or capital (a province). ``location`` is the
  place as written, ``admin1`` the province.
* Type: ``event_type`` to ours (Battles -> clashes, Explosions/Remote violence -> airstrike,
  Violence against civilians -> casualties; territory changing hands -> capture); the source's
  ``event_type`` and ``sub_event_type`` stay as attributes.
* Actors: ``actor1``, its ``assoc_actor_1`` (``;``-separated), ``actor2``, ``assoc_actor_2``.
* Title, as ACLED has none: "Battles: Military Forces of Syria vs Islamic State, Hajin".
* ``notes`` (ACLED's narrative) is the description, ``source`` the source name.

Every other column (``fatalities``, ``admin2``, ``inter1``, ``tags``, ``timestamp`` ...) is
kept as an attribute, typed as the codebook says (counts and codes as integers).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ..model import DatePrecision, Event, EventType, GeoPrecision, Source, TimeSpan
from .sources import RowContext, SourceFormat, day, join, pass_through, point_place, text
from .tables import month_span, number

EVENT_TYPES: dict[str, EventType] = {
    "battles": EventType.CLASHES,
    "explosions/remote violence": EventType.AIRSTRIKE,
    "violence against civilians": EventType.CASUALTIES,
    "protests": EventType.OTHER,
    "riots": EventType.OTHER,
    "strategic developments": EventType.OTHER,
}
# Sub-event types whose meaning is one of our types whatever their event type.
SUB_EVENT_TYPES: dict[str, EventType] = {
    "government regains territory": EventType.CAPTURE,
    "non-state actor overtakes territory": EventType.CAPTURE,
    "non-violent transfer of territory": EventType.CAPTURE,
    "agreement": EventType.STATEMENT,
}
GEO_PRECISION: dict[int, GeoPrecision] = {
    1: GeoPrecision.TOWN,
    2: GeoPrecision.DISTRICT,
    3: GeoPrecision.PROVINCE,
}
WEEK_HALF = dt.timedelta(days=3)

# Columns a field holds exactly; the others are attributes.
CONSUMED = frozenset({"event_id_cnty", "latitude", "longitude", "location", "notes", "source", "admin1"})
INTEGER_COLUMNS = (
    "year",
    "time_precision",
    "inter1",
    "inter2",
    "interaction",
    "iso",
    "geo_precision",
    "fatalities",
    "timestamp",
    "data_id",
    "event_id_no_cnty",
    "region_id",
)
TYPED = {name: number for name in INTEGER_COLUMNS}


def event_type(row: Mapping[str, Any]) -> EventType:
    """Our type for an ACLED event type and sub-event type (``other`` for unknown ones)."""
    sub = SUB_EVENT_TYPES.get(text(row, "sub_event_type").lower())
    return sub or EVENT_TYPES.get(text(row, "event_type").lower(), EventType.OTHER)


def title(row: Mapping[str, Any]) -> str:
    """``"Battles: Military Forces of Syria vs Islamic State, Hajin"``."""
    sides = " vs ".join(a for a in (text(row, "actor1"), text(row, "actor2")) if a)
    what = join(text(row, "event_type") or "Event", sides, sep=": ")
    return join(what, text(row, "location"), sep=", ")


def actors(row: Mapping[str, Any]) -> tuple[str, ...]:
    """Actor 1, its associated actors, actor 2, its associated actors (no repeats)."""
    names: list[str] = []
    for column in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2"):
        names.extend(part.strip() for part in text(row, column).split(";"))
    return tuple(dict.fromkeys(n for n in names if n))


def _precision_code(row: Mapping[str, Any], column: str, ctx: RowContext) -> int:
    raw = text(row, column)
    if not raw:
        return 1
    try:
        return int(float(raw))
    except ValueError:
        raise ctx.fail(column, f"expected 1, 2 or 3, got {raw!r}") from None


def timespan(row: Mapping[str, Any], ctx: RowContext) -> TimeSpan:
    """``event_date`` with ``time_precision`` (1 day, 2 the week around it, 3 its month)."""
    date = day(row, "event_date", ctx)
    precision = _precision_code(row, "time_precision", ctx)
    written = text(row, "event_date")
    if precision == 2:
        return TimeSpan(date - WEEK_HALF, date + WEEK_HALF, DatePrecision.WEEK, f"week of {written}")
    if precision >= 3:
        first, last = month_span(date)
        return TimeSpan(first, last, DatePrecision.MONTH, first.strftime("%B %Y"))
    return TimeSpan(date, date, DatePrecision.DAY, written)


def event_from_row(row: Mapping[str, Any], ctx: RowContext) -> Event:
    """One ACLED row as an event (see the module docstring)."""
    when = timespan(row, ctx)
    code = _precision_code(row, "geo_precision", ctx)
    place = point_place(
        row,
        ctx,
        ("latitude", "longitude"),
        name=text(row, "location"),
        precision=GEO_PRECISION.get(code, GeoPrecision.PROVINCE),
        admin1=text(row, "admin1"),
    )
    event = Event(
        id=text(row, "event_id_cnty") or f"acled-{ctx.row}",
        title=title(row),
        when=when,
        event_type=event_type(row),
        description=text(row, "notes"),
        actors=actors(row),
        place_text=text(row, "location") or None,
        source=Source(name=text(row, "source") or None),
        attributes=pass_through(row, CONSUMED, TYPED),
    )
    return event.with_place(place, score=1.0, reason=f"ACLED coordinates (geo_precision {code})")


FORMAT = SourceFormat(
    name="acled",
    label="ACLED",
    required=("event_date", "event_type", "latitude", "longitude"),
    markers=frozenset(
        {
            "event_id_cnty",
            "event_date",
            "time_precision",
            "sub_event_type",
            "actor1",
            "assoc_actor_1",
            "inter1",
            "interaction",
            "geo_precision",
            "source_scale",
            "fatalities",
            "disorder_type",
        }
    ),
    build=event_from_row,
    date_columns=("event_date",),
    codebook="ACLED Codebook 2023",
)
