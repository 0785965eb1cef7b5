"""UCDP GED (Georeferenced Event Dataset) as released in CSV, mapped from the GED Codebook 23.1.

One row is one event of lethal organised violence, ``id`` its id.

* Date: ``date_start`` .. ``date_end`` (``2013-01-03 00:00:00.000`` in the CSV release) with
  ``date_prec``: 1 the day; 2 a span of 2-6 days; 3 a week; 4 a month; 5 longer (a year or more).
* Place: ``latitude``/``longitude`` with ``where_prec``: 1 the exact place; 2 within about 25 km
  of it; 3 a second-order administrative unit (district); 4 a first-order one (province); 5 a
  linear feature or a place between units; 6 the country; 7 international waters or airspace.
  A point coded 3, 4 or 6 is a centroid: the event's place is that district, province or
  country, not a site. ``where_coordinates`` is the place as written, ``adm_1`` the province.
* Type: ``type_of_violence`` 1 state-based and 2 non-state conflict -> clashes; 3 one-sided
  violence (against civilians) -> casualties.
* Actors: ``side_a``, ``side_b``. Title, as GED has none: "State-based conflict: Government of
  Angola vs UNITA, Lunda Sul province".
* Source: ``source_office`` (name) and ``source_date`` (published, when it is one date);
  ``source_headline`` is the description.

Every other column (``best``, ``low``, ``high``, ``deaths_*``, ``conflict_name``, ``date_prec``,
``where_prec``, ``priogrid_gid`` ...) is kept as an attribute, codes and counts as integers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..model import DatePrecision, Event, EventType, GeoPrecision, Source, TimeSpan
from .sources import RowContext, SourceFormat, day, pass_through, point_place, text
from .tables import DateError, parse_date

VIOLENCE: dict[str, tuple[str, EventType]] = {
    "1": ("State-based conflict", EventType.CLASHES),
    "2": ("Non-state conflict", EventType.CLASHES),
    "3": ("One-sided violence", EventType.CASUALTIES),
}
WHERE_PREC: dict[int, GeoPrecision] = {
    1: GeoPrecision.TOWN,
    2: GeoPrecision.AREA,
    3: GeoPrecision.DISTRICT,
    4: GeoPrecision.PROVINCE,
    5: GeoPrecision.LINE,
    6: GeoPrecision.COUNTRY,
    7: GeoPrecision.AREA,
}
DATE_PREC: dict[int, DatePrecision] = {
    1: DatePrecision.DAY,
    2: DatePrecision.WEEK,
    3: DatePrecision.WEEK,
    4: DatePrecision.MONTH,
    5: DatePrecision.YEAR,
}
CONSUMED = frozenset(
    {
        "id",
        "latitude",
        "longitude",
        "where_coordinates",
        "geom_wkt",
        "adm_1",
        "source_headline",
        "date_start",
        "date_end",
    }
)
INTEGER_COLUMNS = (
    "id",
    "year",
    "active_year",
    "type_of_violence",
    "conflict_dset_id",
    "conflict_new_id",
    "dyad_dset_id",
    "dyad_new_id",
    "side_a_dset_id",
    "side_a_new_id",
    "side_b_dset_id",
    "side_b_new_id",
    "number_of_sources",
    "where_prec",
    "priogrid_gid",
    "country_id",
    "event_clarity",
    "date_prec",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
    "gwnoa",
    "gwnob",
)


def _integer(cell: str) -> int | str:
    try:
        return int(float(cell)) if cell.replace(".", "", 1).lstrip("-").isdigit() else cell
    except ValueError:
        return cell


TYPED = {name: _integer for name in INTEGER_COLUMNS}


def _code(row: Mapping[str, Any], column: str, default: int, ctx: RowContext) -> int:
    raw = text(row, column)
    if not raw:
        return default
    value = _integer(raw)
    if not isinstance(value, int):
        raise ctx.fail(column, f"expected a whole number code, got {raw!r}")
    return value


def timespan(row: Mapping[str, Any], ctx: RowContext) -> TimeSpan:
    """``date_start`` .. ``date_end`` with the precision of ``date_prec``."""
    start = day(row, "date_start", ctx)
    end = day(row, "date_end", ctx) if text(row, "date_end") else start
    if end < start:
        raise ctx.fail("date_end", f"ends ({end}) before it starts ({start})")
    code = _code(row, "date_prec", 1, ctx)
    precision = DATE_PREC.get(code, DatePrecision.RANGE)
    if start == end:
        precision = DatePrecision.DAY
    elif precision is DatePrecision.DAY:
        precision = DatePrecision.RANGE
    elif precision is DatePrecision.YEAR and not (
        start.year == end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    ):
        precision = DatePrecision.RANGE
    return TimeSpan(start, end, precision)


def title(row: Mapping[str, Any]) -> str:
    """``"State-based conflict: Government of Angola vs UNITA, Lunda Sul province"``."""
    label = VIOLENCE.get(text(row, "type_of_violence"), ("Organised violence", EventType.OTHER))[0]
    sides = " vs ".join(s for s in (text(row, "side_a"), text(row, "side_b")) if s)
    head = f"{label}: {sides}" if sides else label
    where = text(row, "where_coordinates")
    return f"{head}, {where}" if where else head


def _published(row: Mapping[str, Any]) -> Any:
    raw = text(row, "source_date")
    if not raw or ";" in raw:
        return None
    try:
        return parse_date(raw)
    except DateError:
        return None


def event_from_row(row: Mapping[str, Any], ctx: RowContext) -> Event:
    """One GED row as an event (see the module docstring)."""
    when = timespan(row, ctx)
    code = _code(row, "where_prec", 1, ctx)
    place = point_place(
        row,
        ctx,
        ("latitude", "longitude"),
        name=text(row, "where_coordinates"),
        precision=WHERE_PREC.get(code, GeoPrecision.AREA),
        admin1=text(row, "adm_1"),
    )
    violence = VIOLENCE.get(text(row, "type_of_violence"), ("", EventType.OTHER))[1]
    event = Event(
        id=text(row, "id") or f"ucdp-{ctx.row}",
        title=title(row),
        when=when,
        event_type=violence,
        description=text(row, "source_headline"),
        actors=tuple(dict.fromkeys(s for s in (text(row, "side_a"), text(row, "side_b")) if s)),
        place_text=text(row, "where_coordinates") or None,
        source=Source(name=text(row, "source_office") or None, published=_published(row)),
        attributes=pass_through(row, CONSUMED, TYPED),
    )
    return event.with_place(place, score=1.0, reason=f"UCDP GED coordinates (where_prec {code})")


FORMAT = SourceFormat(
    name="ucdp",
    label="UCDP GED",
    required=("date_start", "latitude", "longitude"),
    markers=frozenset(
        {
            "relid",
            "type_of_violence",
            "conflict_name",
            "dyad_name",
            "side_a",
            "side_b",
            "where_prec",
            "where_coordinates",
            "date_prec",
            "date_start",
            "date_end",
            "best",
            "priogrid_gid",
        }
    ),
    build=event_from_row,
    date_columns=("date_start", "date_end"),
    codebook="UCDP GED Codebook 23.1",
)
