"""Published event data sets (ACLED, UCDP GED, GDELT, Liveuamap): how each is recognised and
what its rows share on the way to events.

Each data set has a module beside this one (:mod:`.acled`, :mod:`.ucdp`, :mod:`.gdelt`,
:mod:`.liveuamap`) that defines a :class:`SourceFormat`: the columns it needs, the columns that
mark it, and the function that builds one event from one row, following the source's codebook.
A file is taken for a data set when its header (or, for GDELT, its layout) holds every needed
column; a header with several marker columns but not every needed one is refused in one line
("this looks like an ACLED file but it lacks ...").

Every source column the event model has no field for is kept in
:attr:`~geoevents.model.Event.attributes` under its own name, in the file's order; only the
columns a field holds exactly (ids, coordinates, the place as written, notes) are not repeated.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from shapely.geometry import Point

from ..errors import InputError, RowError
from ..limits import int64_or_text
from ..model import AttributeValue, Event, GeoPrecision, ResolvedPlace
from .tables import DateError, DayOrder, iso_day_or_text, parse_date

SOURCE_GAZETTEER_ID = "input:geometry"


@dataclass(frozen=True, slots=True)
class RowContext:
    """Where a row comes from, for its error messages and ids, and how its dates are read."""

    path: str
    row: int
    order: DayOrder = DayOrder.UNKNOWN

    def fail(self, field: str | None, message: str) -> RowError:
        """A :class:`RowError` for this row."""
        return RowError(self.path, self.row, field, message)


Builder = Callable[[Mapping[str, Any], RowContext], Event]


@dataclass(frozen=True, slots=True)
class SourceFormat:
    """One published data set: its name for ``--format``, its columns and its row builder."""

    name: str
    label: str
    required: tuple[str, ...]
    markers: frozenset[str]
    build: Builder
    date_columns: tuple[str, ...] = ()
    codebook: str = ""

    def matches(self, columns: Collection[str]) -> bool:
        """Whether a header holds every needed column and looks like the data set's."""
        return all(name in columns for name in self.required) and self.looks_like(columns)

    def looks_like(self, columns: Collection[str]) -> bool:
        """Whether a header holds at least three of the data set's marker columns."""
        return len(self.markers & set(columns)) >= 3

    def missing(self, columns: Collection[str]) -> list[str]:
        """The needed columns a header lacks."""
        return [name for name in self.required if name not in columns]


def detect(formats: Iterable[SourceFormat], columns: Collection[str], path: str) -> SourceFormat | None:
    """The data set whose needed columns a header holds; ``None`` for our own event files.

    Raises :class:`InputError` when a header has the marks of a data set but lacks some of
    its needed columns.
    """
    if is_ours(columns):
        return None
    formats = tuple(formats)
    for fmt in formats:
        if fmt.matches(columns):
            return fmt
    for fmt in formats:
        if fmt.looks_like(columns):
            raise InputError(path, header_problem(fmt, columns))
    return None


def is_ours(columns: Collection[str]) -> bool:
    """Whether a header is one of our event files (a ``title`` and a ``date`` or ``start``),
    such as an export that carries a data set's columns as attributes."""
    names = {str(c).strip().lower() for c in columns}
    return "title" in names and bool(names & {"date", "start", "when"})


def header_problem(fmt: SourceFormat, columns: Collection[str]) -> str:
    """One line: which columns were found and which were expected."""
    found = ", ".join(list(columns)[:12]) + (", ..." if len(columns) > 12 else "")
    return (
        f"this looks like an {fmt.label} file but it lacks {', '.join(fmt.missing(columns))}: "
        f"found columns {found}; expected {', '.join(fmt.required)} ({fmt.codebook})"
    )


def text(row: Mapping[str, Any], name: str) -> str:
    """A cell as stripped text ('' when absent or blank)."""
    value = row.get(name)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def day(row: Mapping[str, Any], name: str, ctx: RowContext) -> dt.date:
    """A date cell as a day, or a :class:`RowError` naming the column."""
    value = row.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ctx.fail(name, "missing: every event needs a date")
    try:
        return parse_date(value, ctx.order)
    except DateError as exc:
        raise ctx.fail(name, str(exc)) from None


def coordinate(row: Mapping[str, Any], name: str, low: float, high: float, ctx: RowContext) -> float:
    """A latitude or longitude cell (``,`` as decimal mark accepted) within its range."""
    value = row.get(name)
    raw = text(row, name)
    if not raw:
        raise ctx.fail(name, "missing: every event needs coordinates")
    try:
        number = float(value) if isinstance(value, int | float) else float(raw.replace(",", "."))
    except ValueError:
        raise ctx.fail(name, f"expected a number, got {raw!r}") from None
    if math.isnan(number) or not low <= number <= high:
        raise ctx.fail(name, f"{number} is out of range [{low}, {high}]")
    return number


def point_place(
    row: Mapping[str, Any],
    ctx: RowContext,
    columns: tuple[str, str],
    *,
    name: str,
    precision: GeoPrecision,
    admin1: str | None = None,
) -> ResolvedPlace:
    """The source's own point as a resolved place with the source's precision.

    A point that stands for something larger than a town (a district or province centroid)
    is marked approximate, so maps draw it with its uncertainty, not as a site.
    """
    lat = coordinate(row, columns[0], -90, 90, ctx)
    lon = coordinate(row, columns[1], -180, 180, ctx)
    return ResolvedPlace(
        gazetteer_id=SOURCE_GAZETTEER_ID,
        name=name or f"{lat:.5f}, {lon:.5f}",
        feature_class="point",
        geometry=Point(lon, lat),
        geo_precision=precision,
        admin1=admin1 or None,
        approximate=precision not in (GeoPrecision.SITE, GeoPrecision.TOWN),
    )


def pass_through(
    row: Mapping[str, Any], consumed: Collection[str], typed: Mapping[str, Callable[[str], AttributeValue]]
) -> dict[str, AttributeValue]:
    """The row's other columns as attributes, in the row's order.

    ``typed`` gives the codebook's type of some columns (``fatalities`` is a count); the
    others stay as written, but for ISO days (``2017-10-17``), which are dates, as every
    export writes them. Blank cells are ``None``, so a column is never lost.
    """
    out: dict[str, AttributeValue] = {}
    for name, value in row.items():
        if name in consumed or name is None:
            continue
        if isinstance(value, str):
            cell = value.strip()
            out[name] = int64_or_text(
                None if not cell else typed[name](cell) if name in typed else iso_day_or_text(cell)
            )
        else:
            out[name] = int64_or_text(value)
    return out


def join(*parts: str, sep: str = "; ") -> str:
    """The non-blank parts joined."""
    return sep.join(p for p in parts if p)
