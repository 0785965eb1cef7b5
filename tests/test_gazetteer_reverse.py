"""geopy ``reverse()`` over the shipped admin polygons and populated places."""

from __future__ import annotations

import pytest
from geopy.location import Location
from shapely.geometry import Polygon

from geoevents.gazetteer import Gazetteer, default_gazetteer
from geoevents.gazetteer.entry import GazetteerEntry
from geoevents.gazetteer.geocoder import GeoeventsGeocoder
from geoevents.gazetteer.index import MemoryIndex
from geoevents.gazetteer.sources import SourceRecord
from tests.helpers import km


@pytest.fixture(scope="module")
def geocoder() -> GeoeventsGeocoder:
    return GeoeventsGeocoder(default_gazetteer())


def test_a_point_in_raqqa_is_raqqa(geocoder):
    raqqa = default_gazetteer().resolve("Raqqa", near=["SY"]).place
    for lat, lon in ((35.952, 39.012), (35.93, 39.05)):  # the centre, and 4.5 km out in the suburbs
        location = geocoder.reverse(f"{lat}, {lon}")
        assert isinstance(location, Location)
        assert location.raw["place"]["gazetteer_id"] == raqqa.gazetteer_id
        assert km(lat, lon, location.latitude, location.longitude) < 6
        names = [a["name"] for a in location.raw["areas"]]
        assert "Syria" in names and any("Raqqa" in n for n in names)
        assert location.address.endswith("Syria") and location.raw["country"] == "SY"


def test_a_point_in_the_desert_gives_its_governorate_and_country(geocoder):
    location = geocoder.reverse((34.3, 38.9))  # the Homs desert, 40 km east of Palmyra
    assert location.raw["place"] is None
    assert [a["name"] for a in location.raw["areas"]] == ["Homs Governorate", "Syria"]
    assert location.address == "Homs Governorate, Syria"
    iraq = geocoder.reverse("33.0, 39.5")  # across the border: Anbar
    assert iraq.address == "Anbar Governorate, Iraq"


def test_open_sea_has_no_answer_and_exactly_one_false_gives_a_list(geocoder):
    assert geocoder.reverse("35.0, 20.0") is None  # the Ionian Sea
    every = geocoder.reverse("48.85, 2.35", exactly_one=False)
    assert isinstance(every, list) and every[0].raw["place"]["name"] == "Paris"


def test_reverse_on_a_user_index_smallest_area_first():
    square = Polygon([(0, 0), (2, 0), (2, 2), (0, 2)])
    big = Polygon([(-5, -5), (5, -5), (5, 5), (-5, 5)])
    entries = [
        GazetteerEntry("c:1", "Bigland", "country", 0, 0, "BL", geometry_wkb=big.wkb),
        GazetteerEntry("a:1", "Square Province", "admin1", 1, 1, "BL", geometry_wkb=square.wkb),
        GazetteerEntry("t:1", "Hamlet", "town", 1.0, 1.0, "BL", population=100),
        GazetteerEntry("t:2", "Big City", "city", 1.0, 1.05, "BL", population=900_000),
    ]
    gazetteer = Gazetteer(MemoryIndex.build(SourceRecord(e, (e.name,)) for e in entries))
    location = GeoeventsGeocoder(gazetteer).reverse("1.0, 1.0")
    # the hamlet is nearer, but the point is within the city's radius: the city answers
    assert location.raw["place"]["name"] == "Big City"
    assert location.address == "Big City, Square Province, Bigland"
    outside = GeoeventsGeocoder(gazetteer).reverse("-3, -3")
    assert outside.address == "Bigland" and outside.raw["place"] is None
