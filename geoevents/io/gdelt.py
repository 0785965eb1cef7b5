"""GDELT event exports (1.0 daily files, 58 columns; 2.0 15-minute files, 61 columns), mapped
from the GDELT Event Codebook 1.0 / 2.0.

The files are tab-separated without a header (also ``.zip`` as downloaded, or ``.gz``); the
layout is told from the number of columns, and a header row with the codebook's names (a
BigQuery export) works too. 2.0 adds an ``ADM2Code`` to each of the three geographies.

* Id ``GLOBALEVENTID``; date ``SQLDATE`` (``YYYYMMDD``), to the day; published ``DATEADDED``.
* Place: the action's geography (``ActionGeo_*``) with ``ActionGeo_Type``: 1 a country, 2 a US
  state, 3 a US city, 4 a world city, 5 a world state (first-order division); 0 or blank: no
  location, the event is kept without a place. ``ActionGeo_FullName`` is the place as written.
* Type from the CAMEO root code (``EventRootCode``): 18 assault -> casualties (183 bombings ->
  airstrike), 19 fight -> clashes (194 artillery and tanks, 195 aerial weapons -> airstrike),
  20 mass violence -> casualties, statements, appeals, demands, threats -> statement; the
  CAMEO codes stay as attributes (as text: ``"040"`` keeps its zero).
* Actors ``Actor1Name``, ``Actor2Name``; title "Fight: ISLAMIC STATE vs SYRIA, Hajin, Dayr az
  Zawr, Syria" from the CAMEO root label; ``SOURCEURL`` the source.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..model import DatePrecision, Event, EventType, GeoPrecision, Source, TimeSpan
from .sources import (
    SOURCE_GAZETTEER_ID,  # noqa: F401  (documented id of source points)
    RowContext,
    SourceFormat,
    coordinate,
    day,
    pass_through,
    point_place,
    text,
)
from .tables import DateError, number, parse_date

_ACTOR = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_EVENT = (
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
)


def _geo(prefix: str, adm2: bool) -> list[str]:
    names = [
        "Type",
        "FullName",
        "CountryCode",
        "ADM1Code",
        *(["ADM2Code"] if adm2 else []),
        "Lat",
        "Long",
        "FeatureID",
    ]
    return [f"{prefix}Geo_{name}" for name in names]


def columns(version: int) -> tuple[str, ...]:
    """The codebook's column names of a version 1 (58 columns) or 2 (61 columns) export."""
    adm2 = version == 2
    return (
        "GLOBALEVENTID",
        "SQLDATE",
        "MonthYear",
        "Year",
        "FractionDate",
        *(f"Actor1{name}" for name in _ACTOR),
        *(f"Actor2{name}" for name in _ACTOR),
        *_EVENT,
        *_geo("Actor1", adm2),
        *_geo("Actor2", adm2),
        *_geo("Action", adm2),
        "DATEADDED",
        "SOURCEURL",
    )


V1_COLUMNS = columns(1)
V2_COLUMNS = columns(2)
assert len(V1_COLUMNS) == 58 and len(V2_COLUMNS) == 61


def header_for(cells: Sequence[str]) -> tuple[str, ...] | None:
    """The column names of a headerless row in GDELT's layout (58 or 61 cells, a numeric id and
    a ``YYYYMMDD`` date first), else ``None``."""
    if len(cells) not in (58, 61) or not cells[0].isdigit():
        return None
    if not (len(cells[1]) == 8 and cells[1].isdigit()):
        return None
    return V1_COLUMNS if len(cells) == 58 else V2_COLUMNS


ROOTS: dict[str, tuple[str, EventType]] = {
    "01": ("Make public statement", EventType.STATEMENT),
    "02": ("Appeal", EventType.STATEMENT),
    "03": ("Express intent to cooperate", EventType.STATEMENT),
    "04": ("Consult", EventType.OTHER),
    "05": ("Engage in diplomatic cooperation", EventType.OTHER),
    "06": ("Engage in material cooperation", EventType.OTHER),
    "07": ("Provide aid", EventType.OTHER),
    "08": ("Yield", EventType.OTHER),
    "09": ("Investigate", EventType.OTHER),
    "10": ("Demand", EventType.STATEMENT),
    "11": ("Disapprove", EventType.STATEMENT),
    "12": ("Reject", EventType.STATEMENT),
    "13": ("Threaten", EventType.STATEMENT),
    "14": ("Protest", EventType.OTHER),
    "15": ("Exhibit force posture", EventType.OTHER),
    "16": ("Reduce relations", EventType.OTHER),
    "17": ("Coerce", EventType.OTHER),
    "18": ("Assault", EventType.CASUALTIES),
    "19": ("Fight", EventType.CLASHES),
    "20": ("Use unconventional mass violence", EventType.CASUALTIES),
}
# CAMEO base codes whose meaning is narrower than their root's.
BASE_CODES: dict[str, EventType] = {
    "183": EventType.AIRSTRIKE,  # suicide, car or other non-military bombing
    "194": EventType.AIRSTRIKE,  # fight with artillery and tanks
    "195": EventType.AIRSTRIKE,  # employ aerial weapons
}
GEO_TYPES: dict[str, GeoPrecision] = {
    "1": GeoPrecision.COUNTRY,
    "2": GeoPrecision.PROVINCE,
    "3": GeoPrecision.TOWN,
    "4": GeoPrecision.TOWN,
    "5": GeoPrecision.PROVINCE,
}
CONSUMED = frozenset(
    {"GLOBALEVENTID", "SQLDATE", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FullName", "SOURCEURL"}
)
_TEXT_COLUMNS = frozenset(
    {
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        *(c for c in V2_COLUMNS if c.endswith(("Code", "FeatureID"))),
    }
    | {c for c in V2_COLUMNS if c.endswith(("Name", "FullName"))}
)
TYPED = {name: number for name in V2_COLUMNS if name not in _TEXT_COLUMNS and name != "SOURCEURL"}


def _root(row: Mapping[str, Any]) -> str:
    root = text(row, "EventRootCode") or text(row, "EventCode")[:2]
    return root.zfill(2) if root.isdigit() else root


def event_type(row: Mapping[str, Any]) -> EventType:
    """Our type for the row's CAMEO codes."""
    base = text(row, "EventBaseCode") or text(row, "EventCode")[:3]
    if base in BASE_CODES:
        return BASE_CODES[base]
    return ROOTS.get(_root(row), ("", EventType.OTHER))[1]


def title(row: Mapping[str, Any]) -> str:
    """``"Fight: ISLAMIC STATE vs SYRIA, Hajin, Dayr az Zawr, Syria"``."""
    label = ROOTS.get(_root(row), (f"CAMEO {text(row, 'EventCode') or '?'}", EventType.OTHER))[0]
    sides = " vs ".join(a for a in (text(row, "Actor1Name"), text(row, "Actor2Name")) if a)
    head = f"{label}: {sides}" if sides else label
    where = text(row, "ActionGeo_FullName")
    return f"{head}, {where}" if where else head


def _published(row: Mapping[str, Any]) -> Any:
    raw = text(row, "DATEADDED")
    try:
        return parse_date(raw) if raw else None
    except DateError:
        return None


def event_from_row(row: Mapping[str, Any], ctx: RowContext) -> Event:
    """One GDELT row as an event (see the module docstring)."""
    date = day(row, "SQLDATE", ctx)
    url = text(row, "SOURCEURL")
    geo_type = text(row, "ActionGeo_Type")
    event = Event(
        id=text(row, "GLOBALEVENTID") or f"gdelt-{ctx.row}",
        title=title(row),
        when=TimeSpan(date, date, DatePrecision.DAY),
        event_type=event_type(row),
        actors=tuple(dict.fromkeys(a for a in (text(row, "Actor1Name"), text(row, "Actor2Name")) if a)),
        place_text=text(row, "ActionGeo_FullName") or None,
        source=Source(
            url=url if url.lower().startswith(("http://", "https://")) else None, published=_published(row)
        ),
        attributes=pass_through(row, CONSUMED, TYPED),
    )
    if geo_type in ("", "0") or not text(row, "ActionGeo_Lat"):
        return event.with_place(
            None, score=None, reason="GDELT gives no location for this event (ActionGeo_Type 0)"
        )
    coordinate(row, "ActionGeo_Lat", -90, 90, ctx)
    place = point_place(
        row,
        ctx,
        ("ActionGeo_Lat", "ActionGeo_Long"),
        name=text(row, "ActionGeo_FullName"),
        precision=GEO_TYPES.get(geo_type, GeoPrecision.TOWN),
        admin1=None,
    )
    return event.with_place(
        place, score=1.0, reason=f"GDELT ActionGeo coordinates (ActionGeo_Type {geo_type})"
    )


FORMAT = SourceFormat(
    name="gdelt",
    label="GDELT events",
    required=("GLOBALEVENTID", "SQLDATE", "EventCode"),
    markers=frozenset(
        {
            "GLOBALEVENTID",
            "SQLDATE",
            "EventCode",
            "EventRootCode",
            "ActionGeo_Lat",
            "GoldsteinScale",
            "AvgTone",
        }
    ),
    build=event_from_row,
    date_columns=(),
    codebook="GDELT Event Codebook 1.0/2.0",
)
