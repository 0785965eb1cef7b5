"""The gazetteer's data layers as a user sees them: label points for areas, first-level regions
as polygons, US counties and parishes, the press's abbreviations and demonyms.

Reference coordinates are published ones (named per constant), not corpus data.
"""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from geoevents.gazetteer.resolver import haversine_km

# Geographic centre of Canada, Natural Resources Canada: 62°24'N 96°28'W (near Baker Lake, Nunavut)
CANADA_CENTRE = (62.4, -96.4667)
# Geographic centre of the contiguous United States, near Lebanon, Kansas: 39°50'N 98°35'W
US_CENTRE = (39.8333, -98.5833)
PARIS = (48.85341, 2.3488)  # GeoNames 2988507
OSLO = (59.91273, 10.74609)  # GeoNames 3143244


def _km(place, point: tuple[float, float]) -> float:
    return haversine_km(place.latitude, place.longitude, *point)


def test_a_country_is_placed_at_its_label_point_not_an_arbitrary_interior_point(gazetteer):
    canada = gazetteer.resolve("Canada").place
    assert canada.gazetteer_id == "country:CA"
    assert _km(canada, CANADA_CENTRE) < 400
    united_states = gazetteer.resolve("United States").place
    assert united_states.gazetteer_id == "country:US"
    assert _km(united_states, US_CENTRE) < 161


@pytest.mark.parametrize(("name", "capital"), [("France", PARIS), ("Norway", OSLO)])
def test_countries_without_an_iso_a2_in_natural_earth_get_their_label_point(gazetteer, name, capital):
    # Natural Earth writes ISO_A2 = -99 for France and Norway (the join is on ISO_A2_EH); France's
    # polygon reaches French Guiana, its label point is in metropolitan France
    place = gazetteer.resolve(name).place
    assert place.geometry.covers(Point(place.longitude, place.latitude)), name
    assert (place.longitude, place.latitude) == place.point  # what exports write
    assert _km(place, capital) < 400, name
