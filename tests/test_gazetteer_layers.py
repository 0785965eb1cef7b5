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


# ------------------------------------------------------------------ what the press writes

BRUSSELS = (50.85045, 4.34878)  # GeoNames 2800866
NAIROBI = (-1.28333, 36.81667)  # GeoNames 184745


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("U.S.", "country:US"),
        ("US", "country:US"),
        ("USA", "country:US"),
        ("U.S.A.", "country:US"),
        ("U.K.", "country:GB"),
        ("UK", "country:GB"),
        ("UAE", "country:AE"),
        ("U.A.E.", "country:AE"),
        ("DRC", "country:CD"),
        ("N.Y.", "iso3166-2:US-NY"),
        ("Ky.", "iso3166-2:US-KY"),
        ("W.Va.", "iso3166-2:US-WV"),
        ("S.D.", "iso3166-2:US-SD"),
        ("Calif.", "iso3166-2:US-CA"),
        ("B.C.", "iso3166-2:CA-BC"),
        ("NSW", "iso3166-2:AU-NSW"),
        ("Qld", "iso3166-2:AU-QLD"),
    ],
)
def test_abbreviations_resolve_to_their_country_or_region(gazetteer, mention, expected):
    place = gazetteer.resolve(mention).place
    assert place is not None and place.gazetteer_id == expected, (mention, place)
    assert place.geometry.buffer(0.01).covers(Point(place.longitude, place.latitude))


def test_abbreviations_that_are_words_need_their_period():
    from geoevents.gazetteer.sources.admin1 import press_abbreviations
    from geoevents.gazetteer.sources.countries import abbreviations

    written = press_abbreviations()
    assert written["La."] == "iso3166-2:US-LA" and written["Que."] == "iso3166-2:CA-QC"
    assert written["Ky."] == "iso3166-2:US-KY" and written["NSW"] == "iso3166-2:AU-NSW"
    # capital-letter abbreviations are taken for a place only as written ("La", "In" are words)
    assert {"LA", "IN", "NY", "NSW", "US", "EU"} <= abbreviations()


def test_la_que_and_ont_are_not_names_of_regions(gazetteer):
    for word in ("La", "Que", "Ont", "Miss", "Mass"):
        place = gazetteer.resolve(word).place
        assert place is None or place.feature_class != "admin1", (word, place)


def test_eu_is_the_european_union_not_eu_in_normandy(gazetteer):
    for mention in ("EU", "European Union", "Union européenne", "UE"):
        place = gazetteer.resolve(mention).place
        assert place.gazetteer_id == "area:european-union", mention
        assert place.geometry.covers(Point(BRUSSELS[1], BRUSSELS[0]))
        assert place.geometry.covers(Point(PARIS[1], PARIS[0]))
        assert not place.geometry.covers(Point(OSLO[1], OSLO[0]))  # Norway is not a member


def test_continents_are_an_opt_in_layer(gazetteer):
    from geoevents.gazetteer.sources.areas import continent_records

    assert gazetteer.resolve("Africa").place.feature_class != "continent"
    with_continents = gazetteer.with_layer(continent_records())
    africa = with_continents.resolve("Africa").place
    assert africa.gazetteer_id == "area:africa" and africa.geometry.covers(Point(NAIROBI[1], NAIROBI[0]))
    assert with_continents.resolve("Afrique").place.gazetteer_id == "area:africa"
    assert with_continents.resolve("Europe").place.geometry.covers(Point(BRUSSELS[1], BRUSSELS[0]))


# ------------------------------------------------------------------ demonyms

DEMONYMS = [
    ("Syrian", "country:SY"),
    ("Syrians", "country:SY"),
    ("syrienne", "country:SY"),
    ("irakiens", "country:IQ"),
    ("Iraqi", "country:IQ"),
    ("Frenchwomen", "country:FR"),
    ("Congolese", "country:CD"),
    ("Minnesotans", "iso3166-2:US-MN"),
    ("Texan", "iso3166-2:US-TX"),
    ("texane", "iso3166-2:US-TX"),
    ("Québécois", "iso3166-2:CA-QC"),
    ("Kashmiri", "curated:world:area:kashmir"),
]


@pytest.mark.parametrize(("word", "expected"), DEMONYMS, ids=[d[0] for d in DEMONYMS])
def test_demonyms_map_to_their_country_or_region(gazetteer, word, expected):
    from geoevents.gazetteer import demonym_place

    assert demonym_place(word) == expected
    place = gazetteer.resolve(word).place
    assert place is not None and place.gazetteer_id == expected, (word, place)
    entry = gazetteer.get(expected)
    assert place.geometry.equals(entry.geometry)


def test_every_demonym_points_to_an_entry(gazetteer):
    from geoevents.gazetteer.demonyms import demonyms
    from geoevents.geoparsing import geoparsing_gazetteer

    targets = set(demonyms().values())
    # continents ("African") are places for geoparse only: its gazetteer has them on top
    missing = sorted(t for t in targets if gazetteer.get(t) is None and not t.startswith("area:"))
    assert not missing
    continents = sorted(t for t in targets if t.startswith("area:"))
    assert continents and all(geoparsing_gazetteer().get(t) is not None for t in continents)


def test_demonyms_are_not_index_names_and_do_not_beat_an_exact_name(gazetteer):
    assert gazetteer.lookup("Syrians") == []  # not a name: the text reader decides
    # "Jordanian" is nobody's name; "Jordan" stays the country, not the demonym's target by chance
    assert gazetteer.resolve("Jordan").place.gazetteer_id == "country:JO"
    reason = gazetteer.resolve("Minnesotans").reason
    assert "demonym" in reason


def test_demonym_country_reads_the_tables():
    from geoevents.gazetteer import demonym_country

    assert demonym_country("Texans") == "US"
    assert demonym_country("syriennes") == "SY"
    assert demonym_country("Lebanese") == "LB"


# ------------------------------------------------------------------ seas

PORT_LOUIS = (-20.16194, 57.49889)  # GeoNames 934154, Mauritius
NEW_ORLEANS = (29.95465, -90.07507)  # GeoNames 4335045


def test_seas_and_oceans_are_polygons(gazetteer):
    ocean = gazetteer.resolve("Indian Ocean").place
    assert ocean.gazetteer_id == "marine:indian-ocean" and ocean.feature_class == "region"
    assert ocean.geometry.geom_type in ("Polygon", "MultiPolygon")
    assert ocean.geometry.distance(Point(PORT_LOUIS[1], PORT_LOUIS[0])) < 1.0  # Mauritius lies in it
    gulf = gazetteer.resolve("Gulf of Mexico").place
    assert gulf.gazetteer_id == "marine:gulf-of-mexico"
    assert 100 < _km(gulf, NEW_ORLEANS) < 800
    assert (
        gazetteer.resolve("Persian Gulf").place.gazetteer_id == "marine:persian-gulf"
    )  # not Bushehr Province


def test_a_sea_the_curated_layer_has_stays_curated_and_gets_the_polygon(gazetteer):
    sea = gazetteer.resolve("Mediterranean Sea").place
    assert sea.gazetteer_id == "curated:world:area:mediterranean-sea"
    assert sea.geometry.geom_type in ("Polygon", "MultiPolygon")
    assert sea.geometry.covers(Point(IONIAN_BASIN[1], IONIAN_BASIN[0]))
    assert gazetteer.resolve("Mediterranean").place.gazetteer_id == sea.gazetteer_id


PONTA_DELGADA = (37.73952, -25.66874)  # GeoNames 2264357, the Azores: an island in the North Atlantic
HONOLULU = (21.30694, -157.85833)  # GeoNames 5856195, in the North Pacific
GOTLAND_DEEP = (57.3, 20.1)  # the Gotland Deep, central Baltic (Wikipedia 'Gotland Deep' 57°18'N 20°05'E)
IONIAN_BASIN = (36.0, 18.0)  # open water between Sicily and Greece
BAHRAIN = (26.0667, 50.5577)  # Manama's island, GeoNames 290340 (Manama)
JAMAICA_KINGSTON = (17.99702, -76.79358)  # GeoNames 3489854


@pytest.mark.parametrize(
    ("text", "names", "inside"),
    [
        (
            "A storm over the Atlantic reached Miami, Florida, on Sunday.",
            ("Atlantic", "Miami", "Florida"),
            PONTA_DELGADA,
        ),
        (
            "Typhoons in the Pacific threaten Japan and California.",
            ("Pacific", "Japan", "California"),
            HONOLULU,
        ),
        ("NATO ships patrol the Baltic near Tallinn and Riga.", ("Baltic", "Tallinn", "Riga"), GOTLAND_DEEP),
        (
            "Boats left Libya to cross the Mediterranean to Italy.",
            ("Mediterranean", "Libya", "Italy"),
            IONIAN_BASIN,
        ),
        (
            "In the Caribbean, Cuba and Haiti brace for storms.",
            ("Caribbean", "Cuba", "Haiti"),
            JAMAICA_KINGSTON,
        ),
    ],
    ids=["Atlantic", "Pacific", "Baltic", "Mediterranean", "Caribbean"],
)
def test_the_press_bare_names_of_oceans_and_seas_are_the_water(text, names, inside):
    # "the Atlantic" in a text about the United States is the ocean, not Atlantic County, New
    # Jersey (nothing in the text is in New Jersey), nor Atlantic, Iowa; "Pacific" not Pacific, Missouri
    from geoevents import geoparse

    spans = [(text.index(name), text.index(name) + len(name)) for name in names]
    mention = geoparse(text, spans=spans)[0]
    shape = mention.place.geometry
    assert shape.geom_type in ("Polygon", "MultiPolygon"), mention.place
    # the reference point (an island: the sea polygon has a hole there) lies within 1° of the water
    assert shape.distance(Point(inside[1], inside[0])) < 1.0, mention.place


def test_bare_sea_names_are_made_by_rule_not_for_words_that_name_something_else():
    import gzip
    import json
    from importlib import resources

    path = resources.files("geoevents.curated") / "derived" / "marine.jsonl.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        aliases = {row["name"]: row.get("aliases", []) for row in map(json.loads, handle)}
    assert aliases["Atlantic Ocean"] == ["Atlantic"] and aliases["Baltic Sea"] == ["Baltic"]
    assert aliases["Indian Ocean"] == []  # "Indian" is a demonym of India
    assert aliases["Norwegian Sea"] == [] and aliases["Black Sea"] == [] and aliases["Red Sea"] == []
    assert aliases["Tasman Sea"] == []  # Tasman, a region of New Zealand
    assert "Gulf" in aliases["Persian Gulf"]


# ------------------------------------------------------------------ airports

KABUL = (34.52813, 69.17233)  # GeoNames 1138958


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("Kabul airport", "KBL"),
        ("Kabul International Airport", "KBL"),
        ("JFK airport", "JFK"),
        ("Heathrow Airport", "LHR"),
    ],
)
def test_airports_are_sites_by_name_city_or_code(gazetteer, mention, code):
    place = gazetteer.resolve(mention).place
    assert place is not None and place.gazetteer_id == f"airport:{code}", (mention, place)
    assert place.feature_class == "airport" and place.geometry.geom_type == "Point"


def test_an_airport_does_not_take_its_city_name(gazetteer):
    from geoevents.gazetteer.sources.airports import airport_names

    kabul = gazetteer.resolve("Kabul").place
    assert kabul.gazetteer_id == "geonames:1138958" and _km(kabul, KABUL) < 1
    row = {"name": "London Heathrow Airport", "city": "London", "iata": "LHR"}
    # London has several airports (and London, Ontario one): "London airport" is not Heathrow's name
    assert airport_names(row, single_city=False) == (
        "London Heathrow Airport",
        "LHR airport",
        "Heathrow Airport",
    )
    assert "Kabul airport" in airport_names(
        {"name": "Kabul International Airport", "city": "Kabul", "iata": "KBL"}, True
    )


SCHIPHOL = (52.3086, 4.7639)  # Wikipedia 'Amsterdam Airport Schiphol' 52°18'31"N 4°45'50"E
HEATHROW = (51.4700, -0.4543)  # Wikipedia 'Heathrow Airport' 51°28'12"N 0°27'15"W
OHARE = (41.9786, -87.9048)  # Wikipedia "O'Hare International Airport" 41°58'43"N 87°54'17"W


@pytest.mark.parametrize(
    ("name", "site"), [("Schiphol", SCHIPHOL), ("Heathrow", HEATHROW), ("O'Hare", OHARE)]
)
def test_airports_by_the_short_name_people_use(name, site):
    # "Heathrow" is also a town of 5,900 in Florida; the text is about London
    from geoevents import geoparse

    text = f"Flights to {name} were cancelled on Monday, officials in London and Amsterdam said."
    start = text.index(name)
    mention = geoparse(text, spans=[(start, start + len(name))])[0]
    assert mention.place.feature_class == "airport", mention.place
    assert haversine_km(mention.latitude, mention.longitude, *site) < 5


def test_short_airport_names_are_made_by_rule():
    from geoevents.gazetteer.sources.airports import short_name, short_names

    assert short_name("Amsterdam Airport Schiphol", "Amsterdam") == "Schiphol"
    assert short_name("Paris-Orly Airport", "Paris") == "Orly"
    assert short_name("Charles de Gaulle International Airport", "Paris") is None  # a person's name
    assert short_name("Robe Airport", "Robe") is None  # the locality itself
    assert short_name("Kansai International Airport", "Osaka") is None  # the city is not in the name
    rows = [
        {"iata": "ORY", "name": "Paris-Orly Airport", "city": "Paris"},
        {"iata": "LHR", "name": "London Heathrow Airport", "city": "London"},
        {"iata": "NRT", "name": "Tokyo Narita Airport", "city": "Tokyo"},
    ]
    # Orly (23,000) and Narita (130,000) are towns that stand for themselves
    assert short_names(rows) == {"LHR": "Heathrow"}


# ------------------------------------------------------------------ macro-regions

BAGHDAD = (33.34058, 44.40088)  # GeoNames 98182
PYONGYANG = (39.03385, 125.75432)  # GeoNames 1871859
GROZNY = (43.31195, 45.68895)  # GeoNames 557140, Chechnya (Russia's North Caucasus)
TBILISI = (41.69411, 44.83368)  # GeoNames 611717
NIAMEY = (13.51366, 2.1098)  # GeoNames 2440485
DAKAR = (14.6937, -17.44406)  # GeoNames 2253354
BELGRADE = (44.80401, 20.46513)  # GeoNames 792680
BANGKOK = (13.75398, 100.50144)  # GeoNames 1609350
BOGOTA = (4.60971, -74.08175)  # GeoNames 3688689
MOGADISHU = (2.03711, 45.34375)  # GeoNames 53654
DOHA = (25.28545, 51.53096)  # GeoNames 290030
KYIV = (50.45466, 30.5238)  # GeoNames 703448
TUNIS = (36.81897, 10.16579)  # GeoNames 2464470
BEIRUT = (33.89332, 35.50157)  # GeoNames 276781
STOCKHOLM = (59.33258, 18.0649)  # GeoNames 2673730
MANAGUA = (12.13282, -86.2504)  # GeoNames 3617763

MACRO_REGIONS = [
    ("Middle East", BAGHDAD),
    ("Moyen-Orient", BAGHDAD),
    ("Korean Peninsula", PYONGYANG),
    ("Caucasus", GROZNY),
    ("Caucasus", TBILISI),
    ("Sahel", NIAMEY),
    ("West Africa", DAKAR),
    ("Afrique de l'Ouest", DAKAR),
    ("Balkans", BELGRADE),
    ("Southeast Asia", BANGKOK),
    ("Latin America", BOGOTA),
    ("América Latina", BOGOTA),
    ("Horn of Africa", MOGADISHU),
    ("Gulf states", DOHA),
    ("Maghreb", TUNIS),
    ("Levant", BEIRUT),
    ("Scandinavia", STOCKHOLM),
    ("Central America", MANAGUA),
]


@pytest.mark.parametrize(("name", "inside"), MACRO_REGIONS, ids=[f"{n}-{p}" for n, p in MACRO_REGIONS])
def test_macro_regions_are_polygons_holding_their_members(gazetteer, name, inside):
    place = gazetteer.resolve(name).place
    assert place.gazetteer_id.startswith("area:") and place.feature_class == "region", place
    assert place.geometry.geom_type in ("Polygon", "MultiPolygon")
    assert place.geometry.covers(Point(inside[1], inside[0])), (name, inside)
    assert place.geometry.covers(Point(place.longitude, place.latitude))


def test_a_macro_region_with_russia_is_not_placed_in_siberia(gazetteer):
    assert _km(gazetteer.resolve("Eastern Europe").place, KYIV) < 800
    assert _km(gazetteer.resolve("Caucasus").place, TBILISI) < 300


def test_the_middle_east_is_the_region_not_the_town_in_maryland():
    # Middle East is also a neighbourhood of Baltimore in GeoNames (population 1,872)
    from geoevents import geoparse

    text = "In Washington, the president spoke about the Middle East and Iran."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Washington", "Middle East", "Iran")]
    mention = geoparse(text, spans=spans)[1]
    assert mention.place.gazetteer_id == "area:middle-east"
    assert mention.place.geometry.covers(Point(BAGHDAD[1], BAGHDAD[0]))


# ------------------------------------------------------------------ seats of government

WASHINGTON = (38.89511, -77.03637)  # GeoNames 4140963
MOSCOW = (55.75222, 37.61556)  # GeoNames 524901
LONDON = (51.50853, -0.12574)  # GeoNames 2643743
BEIJING = (39.9075, 116.39723)  # GeoNames 1816670
VATICAN = (41.90268, 12.45414)  # GeoNames 6691831 (Vatican City)

SEATS = [
    ("White House", "seat:white-house", WASHINGTON, 2),
    ("Oval Office", "seat:white-house", WASHINGTON, 2),
    ("West Wing", "seat:white-house", WASHINGTON, 2),
    ("Capitol Hill", "seat:us-capitol", WASHINGTON, 4),
    ("Pentagon", "seat:pentagon", WASHINGTON, 5),
    ("Kremlin", "seat:kremlin", MOSCOW, 2),
    ("Élysée", "seat:elysee", PARIS, 4),
    ("l'Élysée", "seat:elysee", PARIS, 4),
    ("Quai d'Orsay", "seat:quai-d-orsay", PARIS, 4),
    ("Downing Street", "seat:downing-street", LONDON, 2),
    ("Whitehall", "seat:whitehall", LONDON, 2),  # with Ohio in the text: Whitehall, Ohio (see below)
    ("Zhongnanhai", "seat:zhongnanhai", BEIJING, 3),
]


@pytest.mark.parametrize(("name", "expected", "city", "km"), SEATS, ids=[s[0] for s in SEATS])
def test_seats_of_government_the_press_names_are_sites_in_their_capital(name, expected, city, km):
    # "The White House said": the building in Washington, not White House, Tennessee (13,000)
    from geoevents import geoparse

    other = "Ohio" if expected.startswith("seat:white-house") else "Brussels"
    text = f"On Monday the {name} said the talks would go on, after a call with officials in {other}."
    start = text.index(name)
    spans = [(start, start + len(name)), (text.index(other), text.index(other) + len(other))]
    mention = geoparse(text, spans=spans)[0]
    assert mention.place.gazetteer_id == expected, mention.place
    assert mention.place.feature_class == "landmark" and mention.place.geometry.geom_type == "Point"
    assert haversine_km(mention.latitude, mention.longitude, *city) < km


def test_a_town_main_name_stays_a_name_but_an_alternate_name_yields_to_a_seat(gazetteer):
    # White House, Tennessee keeps its name; "White House" is no longer an alternate name of
    # Casablanca, Guntersville or Fallston (GeoNames alternate names); Whitehouse, Ohio is still
    # found by its own name, folded, not as an exact name
    found = {c.gazetteer_id: c.reason for c in gazetteer.resolve("White House", limit=12).candidates}
    assert "seat:white-house" in found and "geonames:4667282" in found
    assert not {"geonames:2553604", "geonames:4065649", "geonames:4354708"} & set(found)
    assert not found.get("geonames:5176713", "").startswith("exact name")
    assert gazetteer.resolve("Whitehall", near=["US"]).place.country == "US"


def test_every_seat_row_has_a_reference_and_lies_in_its_country():
    from geoevents.gazetteer import default_gazetteer
    from geoevents.gazetteer.sources.seats import records

    gazetteer = default_gazetteer()
    found = list(records())
    assert len(found) >= 20
    for record in found:
        country = gazetteer.get(f"country:{record.entry.country}")
        assert country is not None, record.entry
        assert country.geometry.distance(Point(record.entry.longitude, record.entry.latitude)) < 0.05


def test_the_holy_see_is_the_vatican(gazetteer):
    place = gazetteer.resolve("Holy See").place
    assert place.gazetteer_id == "country:VA" and _km(place, VATICAN) < 5


@pytest.mark.parametrize(
    ("word", "expected", "inside"),
    [
        ("Central American", "area:central-america", MANAGUA),
        ("Middle Eastern", "area:middle-east", BAGHDAD),
        ("moyen-orientale", "area:middle-east", BAGHDAD),
        ("West African", "area:west-africa", DAKAR),
        ("Scandinavians", "area:scandinavia", STOCKHOLM),
    ],
)
def test_demonyms_of_macro_regions_point_to_the_region(word, expected, inside):
    from geoevents import geoparse
    from geoevents.gazetteer import demonym_place

    assert demonym_place(word) == expected
    text = f"{word} leaders met on Tuesday."
    (mention,) = geoparse(text, spans=[(0, len(word))])
    assert mention.place.gazetteer_id == expected
    assert mention.place.geometry.covers(Point(inside[1], inside[0]))


PORT_SUDAN = (19.61745, 37.21644)  # GeoNames 377039, on the Red Sea
ADEN = (12.77944, 45.03667)  # GeoNames 415189


@pytest.mark.parametrize(
    ("name", "expected", "near", "km"),
    [
        ("mer Rouge", "marine:red-sea", PORT_SUDAN, 100),
        ("golfe d'Aden", "marine:gulf-of-aden", ADEN, 250),
        ("mar Rojo", "marine:red-sea", PORT_SUDAN, 100),
        ("golfe Persique", "marine:persian-gulf", BAHRAIN, 100),
    ],
)
def test_french_and_spanish_names_of_seas(gazetteer, name, expected, near, km):
    # "mer Rouge" is the sea, not Egypt's Red Sea Governorate ("gouvernorat de la mer Rouge")
    place = gazetteer.resolve(name).place
    assert place.gazetteer_id == expected, place
    assert place.geometry.distance(Point(near[1], near[0])) * 111 < km


def test_every_row_of_the_sea_names_table_names_a_sea(gazetteer):
    from geoevents.gazetteer.sources.marine import translations

    table = translations()
    assert len(table) >= 40
    for sea, names in table.items():
        entry = gazetteer.resolve(sea).place
        assert entry.name == sea and entry.geometry.geom_type in ("Polygon", "MultiPolygon")
        for _language, name in names:
            # the sea is a candidate of each name ("Atlantique" alone is also Benin's department)
            found = [c.gazetteer_id for c in gazetteer.resolve(name, limit=12).candidates]
            assert entry.gazetteer_id in found, (sea, name, found)
