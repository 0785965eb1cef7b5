"""Reverse geocoding over the gazetteer: the admin areas that contain a point, and the populated
place it is in or nearest to.

* Areas: every entry of an admin class (:data:`ADMIN_CLASSES`) that has a polygon, in a
  shapely ``STRtree``; the areas that cover the point come smallest first (district,
  governorate or province, country).
* Place: the cities and towns. A place stands for the points within its radius, which grows
  with its population (:func:`place_radius_km`, 1.5 km for a village up to 15 km for a city of
  300,000 or more): of the places whose radius holds the point, the most populous is the answer
  (a point in a city's outskirts is the city, not the hamlet beside it); else the nearest place
  within :data:`NEAREST_PLACE_KM`; else none (a point in a desert has only its areas).

Built once per index on first use (the embedded gazetteer: about a second); nothing is written.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely

from .entry import GazetteerEntry
from .index import NameIndex, StoreIndex

ADMIN_CLASSES = frozenset({"country", "admin1", "governorate", "province", "district"})
PLACE_CLASSES = frozenset({"city", "town"})
NEAREST_PLACE_KM = 25.0  # farther than this, a point has no populated place
EARTH_RADIUS_KM = 6371.0088


def place_radius_km(population: int) -> float:
    """How far from its point a place still answers for a point: 1.5 km, growing with the square
    root of the population up to 15 km (a city of about 300,000 and more)."""
    return min(15.0, max(1.5, 0.027 * math.sqrt(max(population, 0))))


@dataclass(frozen=True)
class ReverseResult:
    """What lies at a point: the populated place (or ``None``), its distance, the areas."""

    place: GazetteerEntry | None
    distance_km: float | None
    areas: tuple[GazetteerEntry, ...]  # smallest first


class ReverseIndex:
    """The spatial look-ups of one :class:`NameIndex` (see the module docstring)."""

    def __init__(self, index: NameIndex) -> None:
        self.index = index
        numbers, classes = _numbers_and_classes(index)
        admin = np.array([c in ADMIN_CLASSES for c in classes], dtype=bool)
        places = np.array([c in PLACE_CLASSES for c in classes], dtype=bool)
        self._area_numbers: list[int] = []
        geometries = []
        for number in numbers[admin].tolist():
            entry = index.entry(number, geometry=True)
            if entry.geometry_wkb is None:
                continue
            geometry = entry.geometry
            if geometry.geom_type in ("Polygon", "MultiPolygon"):
                self._area_numbers.append(number)
                geometries.append(geometry)
        self._areas = np.array(geometries, dtype=object)
        self._area_sizes = shapely.area(self._areas) if geometries else np.zeros(0)
        self._tree = shapely.STRtree(self._areas)
        self._place_numbers = numbers[places]
        entries = [index.entry(n) for n in self._place_numbers.tolist()]
        self._lat = np.radians([e.latitude for e in entries])
        self._lon = np.radians([e.longitude for e in entries])
        self._radius = np.array([place_radius_km(e.population or 0) for e in entries])
        self._population = np.array([e.population or 0 for e in entries], dtype=np.int64)

    def areas(self, latitude: float, longitude: float) -> tuple[GazetteerEntry, ...]:
        """The admin areas covering the point, smallest first."""
        hits = self._tree.query(shapely.points(longitude, latitude), predicate="intersects")
        ordered = sorted(hits.tolist(), key=lambda k: (self._area_sizes[k], self._area_numbers[k]))
        return tuple(self.index.entry(self._area_numbers[k]) for k in ordered)

    def place(self, latitude: float, longitude: float) -> tuple[GazetteerEntry | None, float | None]:
        """The populated place the point is in (or nearest to), and its distance in km."""
        if not len(self._place_numbers):
            return None, None
        lat, lon = math.radians(latitude), math.radians(longitude)
        a = (
            np.sin((self._lat - lat) / 2) ** 2
            + math.cos(lat) * np.cos(self._lat) * np.sin((self._lon - lon) / 2) ** 2
        )
        distance = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
        within = np.flatnonzero(distance <= self._radius)
        if len(within):
            best = within[np.lexsort((distance[within], -self._population[within]))[0]]
        else:
            best = int(np.argmin(distance))
            if distance[best] > NEAREST_PLACE_KM:
                return None, None
        return self.index.entry(int(self._place_numbers[best])), float(distance[best])

    def lookup(self, latitude: float, longitude: float) -> ReverseResult:
        """The place and the areas at a point."""
        place, distance = self.place(latitude, longitude)
        return ReverseResult(place, distance, self.areas(latitude, longitude))


def _numbers_and_classes(index: NameIndex) -> tuple[np.ndarray, list[str]]:
    """Every entry number and its feature class (read from the store's columns when it can)."""
    if isinstance(index, StoreIndex):
        store = index.store
        codes = np.frombuffer(store._sections["cls"], dtype=store._sections["cls"].format)
        names = store.classes
        return np.arange(len(codes)), [names[c] for c in codes.tolist()]
    classes = [index.entry(n).feature_class for n in range(len(index))]
    return np.arange(len(classes)), classes
