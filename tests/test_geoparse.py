"""Geoparsing: geoevents.geoparse(), the contextual ranker, and the geoparse command.

Texts are written here; coordinates are asserted within stated distances of the real places.
"""

from __future__ import annotations

import json

import pytest
from shapely.geometry import Point

import geoevents
from geoevents.cli import main
from geoevents.gazetteer import context
from geoevents.gazetteer.resolver import haversine_km
from geoevents.geoparsing import PlaceMention, geoparse, geoparsing_gazetteer
from geoevents.locate import locate_events
from geoevents.model import Event
from geoevents.time import parse_timespan
from tests.helpers import spans_of

MANSFIELD_OHIO = (40.758, -82.515)
ALBANY_GEORGIA = (31.578, -84.156)
ALEXANDRIA_LOUISIANA = (31.311, -92.445)
ATHENS_GEORGIA = (33.961, -83.378)
PARIS_TEXAS = (33.661, -95.556)


def km(mention: PlaceMention, point: tuple[float, float]) -> float:
    assert mention.place is not None, f"{mention.text!r} unresolved: {mention.reason}"
    return haversine_km(mention.latitude, mention.longitude, *point)


def by_text(mentions: list[PlaceMention]) -> dict[str, list[PlaceMention]]:
    found: dict[str, list[PlaceMention]] = {}
    for m in mentions:
        found.setdefault(m.text, []).append(m)
    return found


# ---------------------------------------------------------------- the API


def test_one_mention_per_span_in_the_same_order() -> None:
    text = "Talks in Geneva and Nairobi ended; Qxzvbnmw was not on the map."
    spans = [(35, 43), (20, 27), (9, 15)]
    found = geoevents.geoparse(text, spans=spans)
    assert [(m.start, m.end, m.text) for m in found] == [
        (35, 43, "Qxzvbnmw"),
        (20, 27, "Nairobi"),
        (9, 15, "Geneva"),
    ]
    assert found[0].place is None and found[0].latitude is None and found[0].longitude is None
    assert km(found[1], (-1.286, 36.817)) < 25
    assert km(found[2], (46.204, 6.143)) < 25
    assert found[1].candidates and found[1].candidates[0].gazetteer_id == found[1].place.gazetteer_id


def test_recognised_mentions_come_in_text_order_with_their_point() -> None:
    found = geoparse("Floods cut the road between Nairobi and Mombasa, Kenya, on Monday.")
    assert [m.text for m in found] == ["Nairobi", "Mombasa", "Kenya"]
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert km(found[1], (-4.043, 39.668)) < 25
    assert found[2].place.feature_class == "country"


def test_bad_spans_and_language_are_errors() -> None:
    with pytest.raises(ValueError, match="not inside the text"):
        geoparse("Paris", spans=[(0, 9)])
    with pytest.raises(ValueError, match="language"):
        geoparse("Paris", language="de")


# ---------------------------------------------------------------- the fixes


def test_a_dateline_names_every_occurrence_of_its_town() -> None:
    text = "MANSFIELD, Ohio — Police in Mansfield said two stores were robbed on Main Street."
    found = by_text(geoparse(text))
    assert km(found["MANSFIELD"][0], MANSFIELD_OHIO) < 25
    assert km(found["Mansfield"][0], MANSFIELD_OHIO) < 25  # was Mansfield, England
    spans = geoparse(text, spans=spans_of(text, "MANSFIELD", "Ohio", "Mansfield"))
    assert km(spans[2], MANSFIELD_OHIO) < 25


def test_a_span_takes_the_region_the_text_names_elsewhere() -> None:
    text = "MANSFIELD — Police in Mansfield said Ohio roads were closed."
    found = geoparse(text, spans=spans_of(text, "MANSFIELD", "Mansfield"))
    assert all(km(m, MANSFIELD_OHIO) < 25 for m in found)


@pytest.mark.parametrize(
    ("text", "town", "point"),
    [
        ("A storm hit Albany, Georgia, and later Macon.", "Albany", ALBANY_GEORGIA),
        ("A man from Alexandria, Louisiana, was arrested.", "Alexandria", ALEXANDRIA_LOUISIANA),
        ("Flooding hit Albany, Ga., and Macon on Monday.", "Albany", ALBANY_GEORGIA),
        ("A man from Alexandria, La., was arrested.", "Alexandria", ALEXANDRIA_LOUISIANA),
    ],
)
def test_city_state_pairs(text: str, town: str, point: tuple[float, float]) -> None:
    found = by_text(geoparse(text))
    assert km(found[town][0], point) < 25  # not Albany, New York or Alexandria, Egypt


@pytest.mark.parametrize(
    ("text", "town", "point"),
    [
        ("Police in Georgia said the driver from Athens was taken to Atlanta.", "Athens", ATHENS_GEORGIA),
        ("Texas officials said flooding closed roads in Paris and Tyler on Monday.", "Paris", PARIS_TEXAS),
    ],
)
def test_the_region_the_text_names_places_its_towns(text: str, town: str, point: tuple[float, float]) -> None:
    found = by_text(geoparse(text))
    assert km(found[town][0], point) < 25
    region = next(m for m in found.values() if m[0].place.feature_class == "admin1")[0]
    assert region.place.country == "US"  # Georgia the state, not the country


@pytest.mark.parametrize(
    ("text", "town", "point", "county"),
    [
        (
            "Deputies in Clarke County said the driver from Athens was taken to jail.",
            "Athens",
            ATHENS_GEORGIA,
            "GA",
        ),
        ("Deputies in Henry County said a fire in Paris destroyed a barn.", "Paris", (36.302, -88.327), "TN"),
    ],
)
def test_the_county_the_text_names_places_its_towns(
    text: str, town: str, point: tuple[float, float], county: str
) -> None:
    found = by_text(geoparse(text))
    assert km(found[town][0], point) < 25  # not Athens, Greece, nor Paris, France
    district = next(m[0] for m in found.values() if m[0].place.feature_class == "district")
    assert district.place.admin1 == county and district.place.geometry.geom_type in (
        "Polygon",
        "MultiPolygon",
    )


def test_given_spans_are_answered_even_far_from_the_others() -> None:
    text = "Storms in Tampa and Orlando: Florida and Arizona closed schools."
    found = by_text(geoparse(text, spans=spans_of(text, "Tampa", "Orlando", "Florida", "Arizona")))
    assert km(found["Florida"][0], (28.6, -82.4)) < 400
    assert km(found["Arizona"][0], (34.3, -111.7)) < 400


def test_a_dotted_state_abbreviation_after_a_town_is_its_region() -> None:
    found = geoparse("Officials in Lexington, Ky., and Charleston, W.Va., said roads were closed.")
    assert [m.text.rstrip(".") for m in found] == ["Lexington", "Ky", "Charleston", "W.Va"]
    assert km(found[1], (37.5, -85.3)) < 250 and found[1].place.feature_class == "admin1"  # Kentucky
    assert km(found[2], (38.350, -81.633)) < 25  # Charleston, West Virginia, not South Carolina
    assert found[3].place.country == "US" and found[3].place.admin1 == "WV"


def test_us_as_the_press_writes_it() -> None:
    text = "Officials in the U.S. and the US Army said flights from Nairobi resumed."
    found = geoparse(text, spans=spans_of(text, "U.S.", "US", "Nairobi"))
    for mention in found[:2]:
        assert (
            mention.place.country == "US" and mention.place.feature_class == "country"
        )  # not Ous, Russia or Us, France
        assert km(mention, (39.8, -98.6)) < 500  # a point in the middle of the lower 48
    assert km(found[2], (-1.286, 36.817)) < 25  # the US named in the text does not pull Nairobi there


def test_a_demonym_span_is_its_country() -> None:
    text = "Syrian and Russian jets struck near Idlib, residents of Aleppo said."
    found = geoparse(text, spans=spans_of(text, "Syrian", "Russian", "Idlib", "Aleppo"))
    assert found[0].place.country == "SY" and found[0].place.feature_class == "country"
    assert found[1].place.country == "RU" and found[1].place.feature_class == "country"  # not Racine
    assert km(found[3], (36.202, 37.161)) < 25


# ---------------------------------------------------------------- places inside names

LEEDS = (53.797, -1.548)
MOMBASA = (-4.043, 39.668)
GENEVA = (46.204, 6.143)
NAIROBI = (-1.286, 36.817)
EAST_JAVA = (-7.5, 112.5)


def test_a_span_named_after_a_place_is_that_place() -> None:
    text = (
        "Fans of Leeds United cheered while staff of Mombasa County Council and researchers "
        "from the University of Geneva met at the French Embassy in Nairobi."
    )
    names = ("Leeds United", "Mombasa County Council", "University of Geneva", "French Embassy", "Nairobi")
    found = geoparse(text, spans=spans_of(text, *names))
    assert km(found[0], LEEDS) < 25
    assert km(found[1], MOMBASA) < 50
    assert km(found[2], GENEVA) < 25
    assert found[3].place.country == "FR" and found[3].place.feature_class == "country"
    assert km(found[4], NAIROBI) < 25
    assert found[0].reason.startswith("inside 'Leeds United': ")
    assert found[2].candidates and found[2].candidates[0].gazetteer_id == found[2].place.gazetteer_id
    assert found[4].reason.startswith("exact name")  # a place's own name says nothing of that


def test_a_part_of_a_place_is_the_place_and_a_name_of_its_own_stays() -> None:
    text = "Rain fell over North Kenya, on the French Quarter of the old town and across East Java."
    found = geoparse(text, spans=spans_of(text, "North Kenya", "French Quarter", "East Java"))
    assert found[0].place.country == "KE" and found[0].place.feature_class == "country"
    # a demonym names the country only in an organisation's name: a quarter is not France
    assert found[1].place is None or found[1].place.country != "FR"
    # a name the gazetteer has as written is not cut down to the one inside it (Java)
    assert km(found[2], EAST_JAVA) < 150
    text = "Aides met in the West Wing on Tuesday."
    (wing,) = geoparse(text, spans=spans_of(text, "West Wing"))
    assert wing.place is None or wing.place.country != "GB"  # only an area or a big town has parts


def test_a_valley_is_its_town_but_a_patron_or_a_bare_feature_word_is_no_place() -> None:
    text = (
        "Growers across the Yakima Valley shipped apples, and tourists queued outside "
        "St. Paul's Cathedral while ferries sailed off North Island."
    )
    found = geoparse(text, spans=spans_of(text, "Yakima Valley", "St. Paul's Cathedral", "North Island"))
    assert km(found[0], (46.602, -120.506)) < 50
    # not Saint Paul, Minnesota (a possessive names a patron), not Iceland ("Island")
    assert found[1].place is None or km(found[1], (44.944, -93.093)) > 500
    assert found[2].place is None or found[2].place.country != "IS"


def test_a_span_with_no_head_word_is_not_cut_down() -> None:
    text = "Paris Broncos lost the final at home."
    (found,) = geoparse(text, spans=spans_of(text, "Paris Broncos"))
    assert found.place is None or km(found, (48.857, 2.352)) > 100


def test_the_recogniser_reads_the_place_an_organisation_is_named_after() -> None:
    text = "Engineers from Leeds City Council and Kenya Ports Authority inspected the quay on Monday."
    found = by_text(geoparse(text))
    (leeds,) = found["Leeds"]
    assert km(leeds, LEEDS) < 25
    assert leeds.reason.startswith("inside 'Leeds City Council': ")
    (kenya,) = found["Kenya"]
    assert kenya.place.country == "KE" and kenya.place.feature_class == "country"


def test_initials_with_periods_are_found_and_do_not_pull_the_other_names() -> None:
    text = "U.S. officials met their U.K. partners in Athens, Ga., on Friday."
    found = by_text(geoparse(text))
    assert found["U.S."][0].place.country == "US" and found["U.S."][0].place.feature_class == "country"
    assert found["U.K."][0].place.country == "GB" and found["U.K."][0].place.feature_class == "country"
    assert km(found["Athens"][0], ATHENS_GEORGIA) < 25
    text = "Farmers from S.C. and Ky. met Col. Smith, who had left W. Va. in May."
    found = by_text(geoparse(text))
    assert found["S.C."][0].place.name == "South Carolina"
    assert found["Ky."][0].place.name == "Kentucky"
    assert found["W. Va."][0].place.name == "West Virginia"
    assert "Col." not in found  # a title before a name
    text = "U.S. diplomats flew to Athens for talks with the Greek government."
    assert km(by_text(geoparse(text))["Athens"][0], (37.984, 23.728)) < 25  # not Athens, Georgia


def test_a_state_acting_is_a_mention_of_it_but_a_surname_is_not() -> None:
    text = "Nairobi said on Monday that the road to Mombasa would reopen. Underwood said it was late."
    found = by_text(geoparse(text))
    assert km(found["Nairobi"][0], NAIROBI) < 25
    assert km(found["Mombasa"][0], MOMBASA) < 25
    assert "Underwood" not in found


def test_a_street_is_a_mention_with_no_place() -> None:
    text = "Police closed Darby Street and West Tyler Street near Fargo on Sunday."
    found = geoparse(text)
    assert [(m.text, m.place) for m in found if m.place is None] == [
        ("Darby Street", None),
        ("West Tyler Street", None),
    ]
    assert all("street" in m.reason for m in found if m.place is None)
    assert km(by_text(found)["Fargo"][0], (46.877, -96.790)) < 25


def test_saint_and_fort_abbreviations_begin_a_name() -> None:
    text = "Karen St. Clair, a historian, toured St. Louis and Ft. Lauderdale before mass at St. Mary's."
    found = by_text(geoparse(text))
    assert km(found["St. Louis"][0], (38.627, -90.199)) < 25
    assert km(found["Ft. Lauderdale"][0], (26.122, -80.137)) < 25
    assert not any("Clair" in name or "Mary" in name for name in found)  # a person, a church


def test_a_news_medium_named_after_a_place_is_not_a_mention_of_it() -> None:
    text = "Reporters of the Nairobi Daily Bulletin covered the strike at length."
    assert "Nairobi" not in by_text(geoparse(text))


# ---------------------------------------------------------------- one ranker for tables too


def _event(number: int, place: str) -> Event:
    return Event(
        id=f"e{number}", title=f"Event {number}", when=parse_timespan("2020-05-01"), place_text=place
    )


def test_event_tables_go_through_the_same_ranker() -> None:
    rows = [_event(1, "Atlanta"), _event(2, "Macon"), _event(3, "Athens"), _event(4, "Georgia")]
    located = locate_events(rows, geoevents.gazetteer.default_gazetteer()).events
    athens = located[2].place
    assert haversine_km(athens.latitude, athens.longitude, *ATHENS_GEORGIA) < 25
    assert located[3].place.country == "US"


def test_the_weights_name_every_feature() -> None:
    weights = context.load_weights()
    assert set(weights) == {f.value for f in context.FEATURES}


# ---------------------------------------------------------------- the command


def test_command_writes_geojson_and_json(tmp_path, capsys) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Floods hit Albany, Georgia, and Macon on Monday.\n", encoding="utf-8")
    out = tmp_path / "places.geojson"
    assert main(["geoparse", str(article), "-o", str(out)]) == 0
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert [f["properties"]["text"] for f in features] == ["Albany", "Georgia", "Macon"]
    lon, lat = features[0]["geometry"]["coordinates"]
    assert haversine_km(lat, lon, *ALBANY_GEORGIA) < 25
    again = tmp_path / "again.geojson"
    assert main(["geoparse", str(article), "-o", str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()
    spans = tmp_path / "spans.json"
    start = article.read_text(encoding="utf-8").index("Macon")
    spans.write_text(json.dumps({"a.txt": [[start, start + 5]]}), encoding="utf-8")
    capsys.readouterr()
    assert main(["geoparse", str(article), "--spans", str(spans), "--json"]) == 0
    [mention] = json.loads(capsys.readouterr().out)[0]["mentions"]
    assert (
        mention["text"] == "Macon"
        and haversine_km(mention["latitude"], mention["longitude"], 32.84, -83.63) < 25
    )


def test_command_errors_are_one_line(tmp_path, capsys) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Paris\n", encoding="utf-8")
    spans = tmp_path / "spans.json"
    spans.write_text("[[0, 99]]", encoding="utf-8")
    assert main(["geoparse", str(article), "--spans", str(spans)]) != 0
    err = capsys.readouterr().err.strip()
    assert "not inside the text" in err and len(err.splitlines()) == 1
    assert main(["geoparse", str(tmp_path / "missing.txt")]) != 0
    assert "no such file" in capsys.readouterr().err


# ---------------------------------------------------------------- a city and its namesake region

RAQQA_CITY = (35.953, 39.009)  # GeoNames 172955 (Ar Raqqah)
MOSCOW_CITY = (55.752, 37.616)  # GeoNames 524901


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        (
            "Raqqa was retaken by the SDF in October; fighting went on in Deir ez-Zor and Mosul.",
            "Raqqa",
            RAQQA_CITY,
        ),
        (
            "Raqqa, l'ancienne capitale de l'EI, a été reprise début octobre, selon Damas.",
            "Raqqa",
            RAQQA_CITY,
        ),
        ("Drones struck Moscow overnight, officials in Kursk and Belgorod said.", "Moscow", MOSCOW_CITY),
    ],
)
def test_a_bare_name_is_the_city_not_its_namesake_region(text: str, name: str, point) -> None:
    found = by_text(geoevents.geoparse(text))[name][0]
    assert found.place is not None and found.place.feature_class in ("city", "town"), found.reason
    assert km(found, point) <= 10


def test_a_region_written_as_one_stays_the_region() -> None:
    text = "Clashes spread across Raqqa province, east of Aleppo."
    found = geoevents.geoparse(text, spans=spans_of(text, "Raqqa province"))[0]
    assert found.place is not None and found.place.feature_class == "governorate"
    assert found.place.geometry.covers(Point(RAQQA_CITY[1], RAQQA_CITY[0]))


def test_continents_are_places_for_geoparse() -> None:
    text = "Cases of the virus rose across Africa and Asia, and reached South America in May."
    found = by_text(geoparse(text, spans=spans_of(text, "Africa", "Asia", "South America")))
    for name, (lat, lon) in (
        ("Africa", (-1.286, 36.817)),
        ("Asia", (28.614, 77.209)),
        ("South America", (-15.78, -47.93)),
    ):
        place = found[name][0].place
        assert place is not None and place.feature_class == "continent", name
        assert place.geometry.covers(Point(lon, lat)), name  # Nairobi, New Delhi, Brasília
    recognised = {m.text: m.place for m in geoparse(text)}
    assert (
        recognised["South America"] is not None and recognised["South America"].feature_class == "continent"
    )


def test_the_news_reader_gazetteer_keeps_continents_out() -> None:
    from geoevents.gazetteer import default_gazetteer

    assert all(e.feature_class != "continent" for e in default_gazetteer().lookup("Africa"))


def test_demonyms_of_continents_and_over_small_namesakes() -> None:
    text = "African and Canadian officials met in Geneva."
    found = by_text(geoparse(text, spans=spans_of(text, "African", "Canadian")))
    assert found["African"][0].place is not None and found["African"][0].place.feature_class == "continent"
    assert (
        found["Canadian"][0].place is not None and found["Canadian"][0].place.country == "CA"
    )  # not Canadian County


# ---------------------------------------------------------------- big namesakes and lists

WASHINGTON_DC = (38.895, -77.036)
BOSTON_MASSACHUSETTS = (42.358, -71.060)


@pytest.mark.parametrize(
    ("text", "washington"),
    [
        ("Rallies were held in Washington, New York and Boston on Saturday.", "Washington"),
        ("WASHINGTON, New York and Boston saw rallies on Saturday.", "WASHINGTON"),
    ],
)
def test_a_list_of_cities_is_no_city_state_pair(text: str, washington: str) -> None:
    """ "Washington, New York" in a list is not Watervliet, New York (once called Washington),
    and "New York" alone does not vouch for a Boston in New York State."""
    for found in (geoparse(text), geoparse(text, spans=spans_of(text, washington, "New York", "Boston"))):
        places = by_text(found)
        assert km(places[washington][0], WASHINGTON_DC) < 25
        assert km(places["Boston"][0], BOSTON_MASSACHUSETTS) < 25


def test_a_list_of_states_is_no_town_state_pair() -> None:
    """ "Illinois, Missouri" is two states, not Riverside, Missouri (an alternate name 'Illinois')."""
    text = "Cases were found in Illinois, Missouri and Iowa."
    for found in (geoparse(text), geoparse(text, spans=spans_of(text, "Illinois", "Missouri", "Iowa"))):
        illinois = by_text(found)["Illinois"][0]
        assert illinois.place is not None and illinois.place.feature_class == "admin1", illinois.reason
        assert illinois.place.admin1 == "IL"


def test_a_town_state_pair_still_binds_by_the_town_s_own_name() -> None:
    found = by_text(geoparse("A man from Washington, Ga., was arrested on Monday."))
    assert km(found["Washington"][0], (33.737, -82.739)) < 25  # Washington, Georgia


@pytest.mark.parametrize(
    ("name", "point"),
    [("Paris", (48.857, 2.352)), ("Cambridge", (52.205, 0.119)), ("Manchester", (53.481, -2.243))],
)
def test_the_largest_namesake_is_always_a_candidate(name: str, point: tuple[float, float]) -> None:
    """A text about the United States finds a dozen American towns of the name before the
    largest namesake abroad: the ranker still weighs that one."""
    table = context.candidate_table(geoparsing_gazetteer(), [context.Name(name)], {}, frozenset({"US"}))
    rows = table[context.key_of(name)]
    assert any(haversine_km(s.entry.latitude, s.entry.longitude, *point) < 25 for s, _ in rows)
    assert any(s.entry.country == "US" for s, _ in rows)


# ---------------------------------------------------------------- similar spellings


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        ("Sunbathers crowded the beaches of Fire Island on Sunday.", "Fire Island", (40.65, -73.15)),
        ("Fans packed Anfield for the derby on Saturday.", "Anfield", (53.431, -2.961)),
        ("The air base at St Athan trains engineers.", "St Athan", (51.40, -3.42)),
    ],
)
def test_a_far_similar_spelling_is_no_answer(text: str, name: str, point: tuple[float, float]) -> None:
    """A given span the gazetteer knows only by a rather similar name (Friesland for Fire Island,
    84%; Enfield for Anfield) gets no answer rather than a place hundreds of kilometres away."""
    (found,) = geoparse(text, spans=spans_of(text, name))
    assert found.place is None or km(found, point) < 100, found.reason


def test_a_country_spelt_like_its_adjective_is_still_found() -> None:
    text = "Palestinian officials met Syrian envoys in Cairo."
    palestine, syria, _ = geoparse(text, spans=spans_of(text, "Palestinian", "Syrian", "Cairo"))
    assert palestine.place is not None and palestine.place.country == "PS"
    assert km(syria, (35.0, 38.5)) < 400


# ---------------------------------------------------------------- common words that name regions abroad


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wildfires spread along the West Coast, from California to Oregon.", "West Coast"),
        ("Tankers crossed the Gulf near Qatar and Bahrain on Monday.", "Gulf"),
        ("Ministers from the West met in Brussels on Friday.", "West"),
    ],
)
def test_a_common_word_is_not_a_region_of_a_country_the_text_never_names(text: str, name: str) -> None:
    """ "West Coast" is also a region of The Gambia and of New Zealand, "Gulf" a province of
    Papua New Guinea: without a sign of those countries the span gets no answer."""
    (found,) = geoparse(text, spans=spans_of(text, name))
    assert found.place is None or found.place.country not in {"GM", "NZ", "PG", "CM", "AU"}, found.reason


def test_two_common_words_naming_one_region_do_not_vouch_for_it() -> None:
    """ "West" and "Western" both name Iceland's Western Region: neither makes Iceland the text's."""
    text = "Leaders of the West met in Vienna, and Western diplomats said talks would resume."
    for found in geoparse(text, spans=spans_of(text, "West", "Western")):
        assert found.place is None or found.place.country != "IS", found.reason


def test_a_region_named_for_itself_keeps_its_answer() -> None:
    text = "Officials in Punjab said the floods were the worst in years."
    (punjab,) = geoparse(text, spans=spans_of(text, "Punjab"))
    assert punjab.place is not None and punjab.place.country in {"IN", "PK"}
    text = "The West Coast council said roads near Greymouth, New Zealand, were shut."
    coast, _, _ = geoparse(text, spans=spans_of(text, "West Coast", "Greymouth", "New Zealand"))
    assert km(coast, (-42.45, 171.21)) < 250  # the West Coast region of New Zealand


# ---------------------------------------------------------------- the press's conventions


def test_america_alone_is_the_united_states() -> None:
    """In English news "America" written alone is the United States, not América, Argentina."""
    text = "Tourists from America and Canada visited the coast."
    for found in (geoparse(text), geoparse(text, spans=spans_of(text, "America", "Canada"))):
        america = by_text(found)["America"][0]
        assert america.place is not None and america.place.country == "US", america.reason
        assert km(america, (39.8, -98.6)) < 1500
