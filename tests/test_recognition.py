"""English toponym recognition: the classes of names that are not the place they contain.

Every sentence is written here. Each test asserts which spans :func:`geoevents.geoparse` returns
and, for the places, that their point lies within a stated distance of the real place.
"""

from __future__ import annotations

import pytest

from geoevents.gazetteer.resolver import haversine_km
from geoevents.geoparsing import PlaceMention, geoparse

ANKARA = (39.93, 32.86)
MINNEAPOLIS = (44.98, -93.27)
SPRINGFIELD_ILLINOIS = (39.80, -89.64)
ALEXANDRIA_MINNESOTA = (45.885, -95.377)
ALEXANDRIA_LOUISIANA = (31.311, -92.445)
FARGO = (46.877, -96.790)
DUBLIN_OHIO = (40.099, -83.114)
COLUMBIA_SOUTH_CAROLINA = (34.000, -81.035)


def texts(mentions: list[PlaceMention]) -> list[str]:
    return [m.text for m in mentions]


def near(mention: PlaceMention, point: tuple[float, float], km: float) -> bool:
    assert mention.place is not None, f"{mention.text!r} unresolved: {mention.reason}"
    return haversine_km(mention.latitude, mention.longitude, *point) <= km


def only(mentions: list[PlaceMention], name: str) -> list[PlaceMention]:
    return [m for m in mentions if m.text == name]


# ---------------------------------------------------------------- hyphenated compounds


def test_hyphenated_pair_of_countries_gives_both_countries():
    text = "Talks on Russia-Turkey ties resumed on Monday, officials in Ankara said."
    found = geoparse(text)
    russia, turkey = only(found, "Russia"), only(found, "Turkey")
    assert [(m.start, m.end) for m in russia] == [(9, 15)]
    assert [(m.start, m.end) for m in turkey] == [(16, 22)]
    assert russia[0].place.country == "RU"
    assert near(turkey[0], ANKARA, 500)


def test_party_and_home_town_after_a_senator_gives_the_town():
    text = "Senate Majority Leader Larry Pogemiller, DFL-Minneapolis, said education cuts would hurt."
    found = geoparse(text)
    assert texts(found) == ["Minneapolis"]
    start = text.index("Minneapolis")
    assert (found[0].start, found[0].end) == (start, start + len("Minneapolis"))
    assert near(found[0], MINNEAPOLIS, 25)


def test_compound_known_whole_stays_whole():
    found = geoparse("Fighting was reported near Deir ez-Zor and in Wal-Mart stores of Fargo, North Dakota.")
    assert "Wal" not in texts(found)
    assert any(m.text == "Deir ez-Zor" for m in found)
    assert near(only(found, "Fargo")[0], FARGO, 20)


# ---------------------------------------------------------------- fragments of longer names


def test_head_words_of_facilities_are_not_places():
    text = (
        "Officers at the Detention Center and the City Hall in Springfield, Illinois, were told to stay home."
    )
    found = geoparse(text)
    assert "Center" not in texts(found) and "Hall" not in texts(found)
    assert near(only(found, "Springfield")[0], SPRINGFIELD_ILLINOIS, 25)


@pytest.mark.parametrize(
    "text",
    [
        "Fargo Police Chief Keith Ternes urged residents to register, the Fargo Council said.",
        "The Fargo Fire Department and the Fargo School Board met on Monday.",
    ],
)
def test_town_before_an_organisation_word_is_the_town_and_the_head_is_nothing(text):
    found = geoparse(text)
    assert set(texts(found)) == {"Fargo"}
    assert all(near(m, FARGO, 20) for m in found)


def test_names_of_a_school_are_not_places():
    text = "Students at Glacier Ridge Elementary School in Dublin, Ohio, raised money."
    found = geoparse(text)
    assert texts(found) == ["Dublin", "Ohio"]
    assert near(found[0], DUBLIN_OHIO, 20)


def test_a_place_written_after_a_modifier_stays_a_place_in_the_whole_text():
    text = "The Historic Dublin festival drew crowds. Shops in Dublin, Ohio, stayed open late."
    found = only(geoparse(text), "Dublin")
    assert [m.start for m in found] == [13, text.index("Dublin, Ohio")]
    assert all(near(m, DUBLIN_OHIO, 20) for m in found)


def test_street_is_not_its_namesake():
    text = "He was taken to the Douglas County Hospital in Alexandria, Minnesota, from his home on Cooper Street."
    found = geoparse(text)
    assert "Cooper" not in texts(found) and "Hospital" not in texts(found)
    assert near(only(found, "Alexandria")[0], ALEXANDRIA_MINNESOTA, 20)


# ---------------------------------------------------------------- people and firms


def test_surname_after_an_unknown_first_name_is_a_person_everywhere():
    text = (
        "Chiquita Raquel Henry, 19, was arrested in Alexandria, Louisiana, on Friday. "
        "Deputies said Henry set the couch on fire."
    )
    found = geoparse(text)
    assert "Henry" not in texts(found)
    assert near(only(found, "Alexandria")[0], ALEXANDRIA_LOUISIANA, 20)


def test_common_first_names_make_a_person():
    text = "Sharon Mueller watched the river rise in Fargo, North Dakota, on Sunday."
    found = geoparse(text)
    assert "Sharon" not in texts(found)
    assert near(only(found, "Fargo")[0], FARGO, 20)


def test_firm_of_two_surnames_is_not_a_place():
    text = (
        "The city hired the design firm Stevens & Wilkinson to build the hotel in Columbia, South Carolina."
    )
    found = geoparse(text)
    assert "Stevens" not in texts(found) and "Wilkinson" not in texts(found)
    assert near(only(found, "Columbia")[0], COLUMBIA_SOUTH_CAROLINA, 20)


def test_common_words_are_not_villages():
    text = "Residents thanked God after the flood spared Fargo, North Dakota, on Sunday. None was hurt."
    found = geoparse(text)
    assert "God" not in texts(found) and "None" not in texts(found)
    assert near(only(found, "Fargo")[0], FARGO, 20)


def test_capitals_of_a_title_case_headline_do_not_hide_a_place():
    found = geoparse("Flooding Hits Fargo\nWater rose on Monday in the city.")
    assert texts(found) == ["Fargo"]
    assert near(found[0], FARGO, 20)


# ---------------------------------------------------------------- demonyms

DAMASCUS = (33.51, 36.29)
AUSTIN_TEXAS = (30.27, -97.74)


def test_geoparse_answers_demonyms_with_their_country_or_region():
    text = "The Syrian army shelled the outskirts of Damascus while Sri Lankan and Texan volunteers watched."
    found = geoparse(text)
    assert texts(found) == ["Syrian", "Damascus", "Sri Lankan", "Texan"]
    syrian, _, sri_lankan, texan = found
    assert (syrian.start, syrian.end) == (4, 10)
    assert syrian.place.country == "SY" and near(syrian, DAMASCUS, 400)
    assert sri_lankan.place.country == "LK"
    assert texan.place.country == "US" and near(texan, AUSTIN_TEXAS, 500)


def test_a_demonym_is_never_an_events_place(tmp_path):
    from geoevents.extract import extract_document, load_document

    article = tmp_path / "shelling.txt"
    article.write_text(
        "Shelling near Damascus\n\nPublished 2024-03-04\n\n"
        "Syrian troops shelled the outskirts of Damascus on Monday, killing five people.\n",
        encoding="utf-8",
    )
    extraction = extract_document(load_document(article))
    assert "Syrian" not in [m.text for m in extraction.places]
    placed = [e.place for e in extraction.events if e.place is not None]
    assert placed and all(haversine_km(p.latitude, p.longitude, *DAMASCUS) <= 50 for p in placed)


def test_a_common_phrase_hides_its_first_word_and_a_pastor_is_a_person():
    text = (
        "Pastor Meredith thanked the White House after the storm hit Fargo, North Dakota. "
        "Meredith said the church would open."
    )
    found = geoparse(text)
    assert "White" not in texts(found) and "Meredith" not in texts(found)
    assert near(only(found, "Fargo")[0], FARGO, 20)


def test_family_name_written_first_is_a_person():
    text = "Foreign Minister Wang Yi met his counterpart in Moscow on Monday. Wang said talks went well."
    found = geoparse(text)
    assert "Wang" not in texts(found)
    assert near(only(found, "Moscow")[0], (55.75, 37.62), 30)
