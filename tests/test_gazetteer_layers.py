"""The gazetteer's data layers as a user sees them: label points for areas, first-level regions
as polygons, US counties and parishes, the press's abbreviations and demonyms.

Reference coordinates are published ones (named per constant), not corpus data.
"""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from geoevents.gazetteer.resolver import REGION_CLASSES, haversine_km

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


# GeoNames cities500 coordinates (lat, lon) of a town inside each region
TORONTO = (43.70011, -79.4163)
CALGARY = (51.05011, -114.08529)
BRISBANE = (-27.46794, 153.02809)
SYDNEY = (-33.86785, 151.20732)
MUNICH = (48.13743, 11.57549)
MILAN = (45.46427, 9.18951)
BARCELONA = (41.38879, 2.15899)
GUANGZHOU = (23.11667, 113.25)
TOULOUSE = (43.60426, 1.44367)
EDINBURGH = (55.95206, -3.19648)
HOUSTON = (29.76328, -95.36327)
# Geographic centre of Texas, about 15 miles north-east of Brady (Texas State Historical Association)
TEXAS_CENTRE = (31.08, -99.17)

REGIONS = [
    ("Ontario", ["CA"], "iso3166-2:CA-ON", TORONTO),
    ("Alberta", None, "iso3166-2:CA-AB", CALGARY),
    ("Queensland", None, "iso3166-2:AU-QLD", BRISBANE),
    ("New South Wales", None, "iso3166-2:AU-NSW", SYDNEY),
    ("Bavaria", None, "iso3166-2:DE-BY", MUNICH),
    ("Bayern", None, "iso3166-2:DE-BY", MUNICH),
    ("Lombardy", None, "iso3166-2:IT-25", MILAN),
    ("Lombardie", None, "iso3166-2:IT-25", MILAN),
    ("Catalonia", None, "iso3166-2:ES-CT", BARCELONA),
    ("Catalogne", None, "iso3166-2:ES-CT", BARCELONA),
    ("Guangdong", None, "iso3166-2:CN-GD", GUANGZHOU),
    ("Occitanie", None, "iso3166-2:FR-OCC", TOULOUSE),
    ("Scotland", None, "iso3166-2:GB-SCT", EDINBURGH),
    ("Écosse", None, "iso3166-2:GB-SCT", EDINBURGH),
]


@pytest.mark.parametrize(("mention", "near", "expected", "town"), REGIONS, ids=[r[0] for r in REGIONS])
def test_first_level_regions_resolve_to_their_polygon(gazetteer, mention, near, expected, town):
    place = gazetteer.resolve(mention, near=near).place
    assert place is not None and place.gazetteer_id == expected, (mention, place)
    assert place.geometry.geom_type in ("Polygon", "MultiPolygon") and not place.approximate
    assert place.geometry.covers(Point(town[1], town[0])), mention
    assert place.geometry.buffer(0.01).covers(Point(place.longitude, place.latitude)), mention


def test_a_region_is_placed_at_its_label_point_not_its_largest_city(gazetteer):
    texas = gazetteer.resolve("Texas").place
    assert texas.gazetteer_id == "iso3166-2:US-TX"
    assert _km(texas, HOUSTON) > 250
    assert _km(texas, TEXAS_CENTRE) < 100
    assert texas.geometry.covers(Point(HOUSTON[1], HOUSTON[0]))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Texas", "iso3166-2:US-TX"),
        ("Lombardia", "iso3166-2:IT-25"),
        ("Deir ez-Zor Governorate", "curated:sy-iq:governorate:deir-ez-zor"),
        ("Helmand Province", "curated:world:province:af-helmand-province"),
    ],
)
def test_one_entity_per_region_curated_ones_win(gazetteer, name, expected):
    regions = [e for e in gazetteer.lookup(name) if e.feature_class in REGION_CLASSES]
    assert [e.id for e in regions] == [expected]


def test_a_curated_point_region_gets_the_natural_earth_polygon_and_keeps_its_names(gazetteer):
    helmand = gazetteer.get("curated:world:province:af-helmand-province")
    assert helmand.name == "Helmand Province" and helmand.feature_class == "province"
    assert helmand.geometry.covers(Point(64.36, 31.58))  # Lashkar Gah, GeoNames 1147290


# GeoNames cities500 coordinates (lat, lon) of county seats
ALEXANDRIA_LA = (31.31129, -92.44514)
NEWARK_OH = (40.05812, -82.40126)
LONDON_KY = (37.12898, -84.08326)
MONTPELLIER = (43.61092, 3.87723)

COUNTIES = [
    ("Rapides Parish", "LA", ALEXANDRIA_LA),
    ("Rapides", "LA", ALEXANDRIA_LA),
    ("Licking County", "OH", NEWARK_OH),
    ("Laurel County", "KY", LONDON_KY),
]


@pytest.mark.parametrize(("mention", "state", "seat"), COUNTIES, ids=[c[0] for c in COUNTIES])
def test_us_counties_and_parishes_are_polygons_holding_their_seat(gazetteer, mention, state, seat):
    place = gazetteer.resolve(mention).place
    assert place is not None and place.gazetteer_id.startswith("us-county:"), (mention, place)
    assert (place.country, place.admin1, place.feature_class) == ("US", state, "district")
    assert place.geometry.covers(Point(seat[1], seat[0])), mention
    assert _km(place, seat) < 60, mention


def test_a_county_named_like_a_state_does_not_take_the_state_name(gazetteer):
    assert gazetteer.resolve("Texas").place.gazetteer_id == "iso3166-2:US-TX"
    assert gazetteer.resolve("Texas County").place.gazetteer_id.startswith("us-county:")


def test_admin2_units_worldwide_are_approximate_points(gazetteer):
    herault = gazetteer.resolve("Hérault").place
    assert herault.gazetteer_id == "geonames-admin2:FR.76.34" and herault.approximate
    assert herault.geometry.geom_type == "Point" and _km(herault, MONTPELLIER) < 60
    # a unit named like a town of its country is left to the town
    assert gazetteer.resolve("Paris").place.gazetteer_id == "geonames:2988507"
