"""One gazetteer entry: a named feature with a geometry, whatever source it came from."""

from __future__ import annotations

from dataclasses import dataclass

import shapely
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from ..model import GeoPrecision, ResolvedPlace

# Feature classes every source maps its own codes to.
POPULATED = frozenset({"city", "town", "village", "populated_place"})
FEATURE_PRECISION: dict[str, GeoPrecision] = {
    "city": GeoPrecision.TOWN,
    "town": GeoPrecision.TOWN,
    "village": GeoPrecision.TOWN,
    "populated_place": GeoPrecision.TOWN,
    "country": GeoPrecision.COUNTRY,
    "admin1": GeoPrecision.PROVINCE,
    "governorate": GeoPrecision.PROVINCE,
    "province": GeoPrecision.PROVINCE,
    "district": GeoPrecision.DISTRICT,
    "river": GeoPrecision.LINE,
    "road": GeoPrecision.LINE,
    "oil_field": GeoPrecision.AREA,
    "gas_field": GeoPrecision.AREA,
    "lake": GeoPrecision.AREA,
    "reservoir": GeoPrecision.AREA,
    "region": GeoPrecision.AREA,
    "continent": GeoPrecision.AREA,
    "union": GeoPrecision.AREA,  # the European Union
    "sea": GeoPrecision.AREA,  # seas, gulfs, straits, oceans
    "dam": GeoPrecision.SITE,
    "barrage": GeoPrecision.SITE,
    "refinery": GeoPrecision.SITE,
    "border_crossing": GeoPrecision.SITE,
    "airport": GeoPrecision.SITE,
    "landmark": GeoPrecision.SITE,  # seats of government ("White House", "Kremlin")
}


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """A named feature: its id is ``source:local-id`` (``geonames:170794``, ``curated:...``).

    ``latitude``/``longitude`` is a representative point; ``geometry_wkb`` holds a line or
    polygon when the feature is not a point (``None`` for points).
    """

    id: str
    name: str
    feature_class: str
    latitude: float
    longitude: float
    country: str | None = None
    admin1: str | None = None
    population: int = 0
    geometry_wkb: bytes | None = None
    approximate: bool = False
    name_fr: str | None = None
    name_ar: str | None = None
    other_countries: tuple[str, ...] = ()  # a river or a field shared with other countries

    def in_countries(self, codes: frozenset[str]) -> bool:
        """Whether the feature lies (at least partly) in one of ``codes``."""
        return self.country in codes or any(c in codes for c in self.other_countries)

    @property
    def geometry(self) -> BaseGeometry:
        """The feature's geometry (a point unless the source gave a line or an area)."""
        if self.geometry_wkb is not None:
            return shapely.from_wkb(self.geometry_wkb)
        return Point(self.longitude, self.latitude)

    @property
    def geo_precision(self) -> GeoPrecision:
        """What the geometry stands for (town, province, line ...)."""
        return FEATURE_PRECISION.get(self.feature_class, GeoPrecision.SITE)

    def to_place(self) -> ResolvedPlace:
        """The entry as the model's resolved place.

        An area keeps the entry's point as its representative point (``ResolvedPlace.point``,
        what exports write as latitude/longitude): the source's label point (Natural Earth's for
        countries and regions), not an arbitrary point inside the polygon.
        """
        geometry = self.geometry
        area = geometry.geom_type in ("Polygon", "MultiPolygon")
        return ResolvedPlace(
            gazetteer_id=self.id,
            name=self.name,
            feature_class=self.feature_class,
            geometry=geometry,
            geo_precision=self.geo_precision,
            country=self.country,
            admin1=self.admin1,
            approximate=self.approximate,
            point=(self.longitude, self.latitude) if area else None,
        )


def entry_from_feature(
    entry_id: str, name: str, feature_class: str, geometry: BaseGeometry, props: dict
) -> GazetteerEntry:
    """An entry from a GeoJSON feature's geometry and properties (curated data and user files
    share them): ``country`` may be a list, the first code is the entry's country and the others
    the countries it reaches; lines and areas keep their geometry, a point stands for them."""
    countries = props.get("country")
    countries = (
        [c for c in countries if c] if isinstance(countries, list) else [countries] if countries else []
    )
    point = geometry if geometry.geom_type == "Point" else geometry.representative_point()
    return GazetteerEntry(
        id=entry_id,
        name=name,
        feature_class=feature_class,
        latitude=point.y,
        longitude=point.x,
        country=countries[0] if countries else None,
        admin1=props.get("admin1"),
        population=int(props.get("population") or 0),
        geometry_wkb=None if geometry.geom_type == "Point" else shapely.to_wkb(geometry),
        approximate=bool(props.get("approximate")),
        name_fr=props.get("name_fr"),
        name_ar=props.get("name_ar"),
        other_countries=tuple(countries[1:]),
    )
