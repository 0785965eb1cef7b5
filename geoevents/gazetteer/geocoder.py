"""A geopy geocoder over the offline gazetteer, for code written against geopy.

>>> from geoevents.gazetteer.geocoder import GeoeventsGeocoder
>>> from geopy.extra.rate_limiter import RateLimiter
>>> geocode = RateLimiter(GeoeventsGeocoder().geocode, min_delay_seconds=0)
>>> geocode("Abou Kamal").point                                   # doctest: +SKIP
Point(34.45226, 40.91854, 0.0)
>>> GeoeventsGeocoder().reverse("35.95, 39.01").address              # doctest: +SKIP
'Raqqa, Raqqa District, Raqqa, Syria'

No request ever leaves the machine: geopy's adapter is created (the base class wants one)
but never used.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from . import Gazetteer, Resolution, ResolveContext, default_gazetteer
from .entry import GazetteerEntry

__all__ = ["GeoeventsGeocoder"]

if TYPE_CHECKING:  # pragma: no cover
    from .reverse import ReverseIndex


class GeoeventsGeocoder(Geocoder):
    """``geocode(query)`` answers from a :class:`Gazetteer` (the embedded one by default)."""

    def __init__(self, gazetteer: Gazetteer | None = None, *, timeout=DEFAULT_SENTINEL) -> None:
        super().__init__(timeout=timeout, user_agent="geoevents-offline")
        self.gazetteer = gazetteer
        self._reverse: ReverseIndex | None = None

    def _gazetteer(self) -> Gazetteer:
        if self.gazetteer is None:
            self.gazetteer = default_gazetteer()
        return self.gazetteer

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        timeout=DEFAULT_SENTINEL,
        country_codes: str | Iterable[str] | None = None,
        context: ResolveContext | str | None = None,
        limit: int = 5,
    ) -> Location | list[Location] | None:
        """The best place (``exactly_one``) or every candidate as geopy ``Location`` objects.

        ``country_codes`` focuses the search like Nominatim's parameter of the same name;
        ``context`` is a :class:`ResolveContext` or a free text about the mention.
        """
        if isinstance(query, dict):
            query = ", ".join(str(v) for v in query.values() if v)
        near = [country_codes] if isinstance(country_codes, str) else list(country_codes or [])
        result = self._gazetteer().resolve(str(query), near=near or None, context=context, limit=limit)
        if exactly_one:
            return _best_location(result)
        return [
            Location(f"{c.name}, {c.country or ''}".rstrip(", "), (c.latitude, c.longitude), c.to_dict())
            for c in result.candidates
        ] or None

    def reverse(
        self, query, *, exactly_one: bool = True, timeout=DEFAULT_SENTINEL
    ) -> Location | list[Location] | None:
        """The populated place at a point (the city or town it lies in, else the nearest within
        25 km) with the admin areas around it, as a geopy ``Location``; the smallest admin
        area when there is no place near; ``None`` outside every shipped area and place.

        ``query``: anything geopy takes as a point (``"35.95, 39.01"``, ``(lat, lon)``, a
        ``geopy.Point``). ``address`` names the place then the areas, smallest first
        (``"Raqqa, Raqqa District, Raqqa, Syria"``); ``raw`` has ``place`` (or ``None``),
        ``distance_km`` and ``areas`` (id, name and class of each, smallest first).
        """
        from .reverse import ReverseIndex

        point = Point(query)
        if self._reverse is None or self._reverse.index is not self._gazetteer().index:
            self._reverse = ReverseIndex(self._gazetteer().index)
        found = self._reverse.lookup(point.latitude, point.longitude)
        if found.place is None and not found.areas:
            return None
        at = found.place or found.areas[0]
        names = [at.name] + [a.name for a in found.areas if a is not at and a.name != at.name]
        raw = {
            "place": _entry_dict(found.place) if found.place else None,
            "distance_km": None if found.distance_km is None else round(found.distance_km, 3),
            "areas": [_entry_dict(a) for a in found.areas],
            "country": at.country,
        }
        location = Location(", ".join(dict.fromkeys(names)), (at.latitude, at.longitude), raw)
        return location if exactly_one else [location]


def _entry_dict(entry: GazetteerEntry) -> dict[str, object]:
    return {
        "gazetteer_id": entry.id,
        "name": entry.name,
        "feature_class": entry.feature_class,
        "country": entry.country,
        "population": entry.population,
    }


def _best_location(result: Resolution) -> Location | None:
    place = result.place
    if place is None:
        return None
    raw = {
        "gazetteer_id": place.gazetteer_id,
        "name": place.name,
        "feature_class": place.feature_class,
        "country": place.country,
        "score": result.score,
        "reason": result.reason,
        "approximate": place.approximate,
        "geometry_type": place.geometry.geom_type,
    }
    address = f"{place.name}, {place.country}" if place.country else place.name
    return Location(address, (place.latitude, place.longitude), raw)
