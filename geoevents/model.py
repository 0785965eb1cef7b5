"""The event model used everywhere: events, their time span, their place and their source.

Data flows one way: text/table -> mentions -> resolved places -> events -> map/exports.
Every stage speaks these types. They are plain frozen dataclasses with no I/O.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeAlias

from shapely.geometry.base import BaseGeometry

if TYPE_CHECKING:
    from .gazetteer.resolver import NameMatch


class DatePrecision(StrEnum):
    """How precisely an event's date is known (finest first).

    ``part_of_month`` is "early/mid/late October"; ``range`` is an explicit span
    ("since August 2014", "2017-10-01/2017-10-20") that is not one calendar unit.
    """

    DAY = "day"
    WEEK = "week"
    PART_OF_MONTH = "part_of_month"
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"
    RANGE = "range"

    @property
    def ucdp_date_prec(self) -> int:
        """UCDP GED ``date_prec``: 1 day, 2 = 2-6 days, 3 week, 4 month, 5 year or longer."""
        return _UCDP_DATE_PREC[self]

    @property
    def acled_time_precision(self) -> int:
        """ACLED ``time_precision``: 1 day, 2 week or similar span, 3 month or coarser."""
        return _ACLED_TIME_PREC[self]


_UCDP_DATE_PREC = {
    DatePrecision.DAY: 1,
    DatePrecision.WEEK: 3,
    DatePrecision.PART_OF_MONTH: 3,
    DatePrecision.MONTH: 4,
    DatePrecision.QUARTER: 5,
    DatePrecision.HALF_YEAR: 5,
    DatePrecision.YEAR: 5,
    DatePrecision.RANGE: 5,
}
_ACLED_TIME_PREC = {
    DatePrecision.DAY: 1,
    DatePrecision.WEEK: 2,
    DatePrecision.PART_OF_MONTH: 2,
    DatePrecision.MONTH: 3,
    DatePrecision.QUARTER: 3,
    DatePrecision.HALF_YEAR: 3,
    DatePrecision.YEAR: 3,
    DatePrecision.RANGE: 3,
}


class GeoPrecision(StrEnum):
    """How precisely an event's place is known: the kind of thing the geometry stands for."""

    SITE = "site"  # an exact site: a building, a checkpoint, a dam
    TOWN = "town"  # a populated place
    DISTRICT = "district"  # second-order administrative division
    PROVINCE = "province"  # first-order administrative division (governorate, oblast)
    COUNTRY = "country"
    LINE = "line"  # a linear feature: a river, a road, a front line
    AREA = "area"  # a non-administrative area: an oil field, a lake, a region

    @property
    def ucdp_where_prec(self) -> int:
        """UCDP GED ``where_prec`` (1 exact ... 6 country)."""
        return _UCDP_WHERE_PREC[self]

    @property
    def acled_geo_precision(self) -> int:
        """ACLED ``geo_precision``: 1 the town itself, 2 near a town/part of region, 3 larger."""
        return _ACLED_GEO_PREC[self]


_UCDP_WHERE_PREC = {
    GeoPrecision.SITE: 1,
    GeoPrecision.TOWN: 1,
    GeoPrecision.AREA: 2,
    GeoPrecision.DISTRICT: 3,
    GeoPrecision.PROVINCE: 4,
    GeoPrecision.LINE: 5,
    GeoPrecision.COUNTRY: 6,
}
_ACLED_GEO_PREC = {
    GeoPrecision.SITE: 1,
    GeoPrecision.TOWN: 1,
    GeoPrecision.AREA: 2,
    GeoPrecision.DISTRICT: 2,
    GeoPrecision.PROVINCE: 3,
    GeoPrecision.LINE: 3,
    GeoPrecision.COUNTRY: 3,
}


class EventType(StrEnum):
    """The documented event types (see README, "Event types")."""

    OFFENSIVE = "offensive"  # an offensive or advance, planned or under way
    AIRSTRIKE = "airstrike"  # air or drone strikes, shelling, missile strikes
    CAPTURE = "capture"  # a place captured, retaken or liberated
    CLASHES = "clashes"  # armed clashes, battles
    CASUALTIES = "casualties"  # deaths or injuries reported as the fact of the event
    STATEMENT = "statement"  # a statement, claim, plan or announcement
    DISPLACEMENT = "displacement"  # people fleeing, evacuations
    OTHER = "other"


class EventStatus(StrEnum):
    """Whether an event happened, is going on, or is planned."""

    HAPPENED = "happened"
    ONGOING = "ongoing"
    PLANNED = "planned"


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """An inclusive interval of calendar days with its precision.

    ``end`` is ``None`` for an open span ("since August 2014" with nothing to anchor it).
    ``text`` keeps the expression as written ("début octobre 2017").
    """

    start: dt.date
    end: dt.date | None
    precision: DatePrecision
    text: str | None = None

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"time span ends ({self.end}) before it starts ({self.start})")

    @property
    def is_open(self) -> bool:
        """True when the span has no known end."""
        return self.end is None

    def overlaps(self, start: dt.date, end: dt.date) -> bool:
        """Whether the span shares at least one day with ``[start, end]``."""
        return self.start <= end and (self.end is None or self.end >= start)

    def label(self) -> str:
        """A short human label: the text as written, or the ISO interval."""
        if self.text:
            return self.text
        if self.end == self.start:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat() if self.end else '..'}"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer candidate for a place mention, with its score and why."""

    gazetteer_id: str
    name: str
    feature_class: str
    latitude: float
    longitude: float
    score: float
    reason: str
    country: str | None = None
    # how its name matches the mention, and for a similar name how similar (0.88): what decisions
    # read; not written out (the reason says it) and so ``None`` in a candidate read back
    match: NameMatch | None = field(default=None, compare=False)
    similarity: float | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly dict."""
        return {
            "gazetteer_id": self.gazetteer_id,
            "name": self.name,
            "feature_class": self.feature_class,
            "country": self.country,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "score": self.score,
            "reason": self.reason,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Candidate:
        """Inverse of :meth:`to_dict`."""
        return cls(
            gazetteer_id=str(data["gazetteer_id"]),
            name=str(data["name"]),
            feature_class=str(data["feature_class"]),
            latitude=float(data["latitude"]),
            longitude=float(data["longitude"]),
            score=float(data["score"]),
            reason=str(data.get("reason") or ""),
            country=data.get("country") or None,
        )


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    """A place resolved to a geometry (lon/lat, WGS84)."""

    gazetteer_id: str
    name: str
    feature_class: str
    geometry: BaseGeometry
    geo_precision: GeoPrecision
    country: str | None = None
    admin1: str | None = None
    approximate: bool = False
    # (lon, lat) of the part of a line or area the text speaks of (the Dnipro at Kherson), if known
    point: tuple[float, float] | None = None

    def __post_init__(self) -> None:
        # NaN or infinity cannot be drawn or written (JSON has neither): refused where it enters
        bounds = self.geometry.bounds
        if not all(math.isfinite(v) for v in (*bounds, *(self.point or ()))):
            raise ValueError(f"place {self.name!r}: coordinates are not finite numbers (NaN or infinity)")

    @property
    def latitude(self) -> float:
        """Latitude of :attr:`point` if set, else of a representative point (the point itself for points)."""
        return self.point[1] if self.point is not None else _representative(self.geometry)[1]

    @property
    def longitude(self) -> float:
        """Longitude of :attr:`point` if set, else of a representative point (the point itself for points)."""
        return self.point[0] if self.point is not None else _representative(self.geometry)[0]


def _representative(geometry: BaseGeometry) -> tuple[float, float]:
    point = geometry if geometry.geom_type == "Point" else geometry.representative_point()
    return (point.x, point.y)


_WEB_URL = re.compile(r"https?://[^\s/?#]+", re.IGNORECASE)


def is_web_url(text: str) -> bool:
    """Whether ``text`` is an absolute http(s) URL with a host: the only links geoevents writes."""
    return _WEB_URL.match(text) is not None and not any(c in text for c in "\x00\r\n\t")


@dataclass(frozen=True, slots=True)
class Source:
    """Where an event was reported.

    ``url`` is an absolute http(s) URL or ``None``: any other scheme (``javascript:``, ``data:``)
    raises ``ValueError``, so no output can carry it as a link. Readers check it first and
    report the row and field.
    """

    name: str | None = None
    url: str | None = None
    published: dt.date | None = None

    def __post_init__(self) -> None:
        if self.url is not None and not is_web_url(self.url):
            raise ValueError(f"expected an http(s) URL, got {self.url!r}")


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where in a text an event was read: character offsets are ``(start, end)`` in ``file``."""

    file: str | None = None
    sentence: str | None = None
    trigger_span: tuple[int, int] | None = None
    place_span: tuple[int, int] | None = None
    date_span: tuple[int, int] | None = None


AttributeValue: TypeAlias = str | int | float | bool | dt.date | None
"""The value of a pass-through attribute: a plain scalar that every export format can type."""


@dataclass(frozen=True, slots=True)
class Event:
    """One dated, located event.

    ``place_text`` is the place as written ("Omara fields"); ``place_country`` an optional
    ISO 3166-1 alpha-2 hint given with it; ``place`` is what it resolved to (``None`` when
    unresolved: such events are kept and reported, never dropped).

    ``attributes`` holds the source's own columns that have no field here (ACLED
    ``fatalities``, UCDP ``best``, GDELT ``EventCode`` ...) under their own names, in the
    source's column order; every export writes them and every reader reads them back.
    """

    id: str
    title: str
    when: TimeSpan
    event_type: EventType = EventType.OTHER
    status: EventStatus = EventStatus.HAPPENED
    description: str = ""
    actors: tuple[str, ...] = ()
    place_text: str | None = None
    place_country: str | None = None
    place: ResolvedPlace | None = None
    resolution_score: float | None = None
    resolution_reason: str = ""
    candidates: tuple[Candidate, ...] = ()
    source: Source = field(default_factory=Source)
    notes: str = ""
    evidence: Evidence | None = None
    attributes: Mapping[str, AttributeValue] = field(default_factory=dict, hash=False)

    @property
    def is_located(self) -> bool:
        """True when the event has a geometry."""
        return self.place is not None

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        """The event as a GeoJSON Feature mapping (the ``__geo_interface__`` protocol), with the
        flat properties of every export: ``GeoDataFrame.from_features(events)`` works."""
        from .io.geojson import feature  # the model itself does no I/O; the export knows the layout

        return feature(self)

    def with_place(
        self,
        place: ResolvedPlace | None,
        *,
        score: float | None,
        reason: str,
        candidates: Iterable[Candidate] = (),
    ) -> Event:
        """A copy of the event with its place resolved."""
        return replace(
            self,
            place=place,
            resolution_score=score,
            resolution_reason=reason,
            candidates=tuple(candidates),
        )
