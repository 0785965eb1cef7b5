"""Classes of place names as the press writes them: country names beyond the short name
(official, common and alternate forms; '&' initials); demonyms of the UK's countries, of the
Kurdistan Region and of the continents and macro-regions.

Sentences are written here; answers are asserted within a stated distance of the real place, or
inside its polygon.
"""

from __future__ import annotations

import pytest
from shapely import wkb
from shapely.geometry import Point

from geoevents.gazetteer.demonyms import demonym_place
from geoevents.gazetteer.resolver import haversine_km
from geoevents.gazetteer.sources.country_forms import (
    and_initials,
    initials_abbreviations,
    phrase_forms,
)
from geoevents.geoparsing import geoparse
from tests.helpers import spans_of

VATICAN = (41.904, 12.453)
TRINIDAD_AND_TOBAGO = (10.69, -61.22)


def resolve_in(text: str, *names: str):
    return geoparse(text, spans=spans_of(text, *names))


@pytest.mark.parametrize(
    ("written", "forms"),
    [
        ("Holy See (Vatican City State)", ["Holy See", "Vatican City State"]),
        ("Micronesia, Federated States of", ["Federated States of Micronesia"]),
        ("Iran, Islamic Republic of", ["Islamic Republic of Iran"]),
        ("Saint Martin (French part)", ["Saint Martin"]),
        ("Taiwan, Province of China", ["Taiwan"]),
        ("the State of Palestine", ["State of Palestine"]),
        ("Falkland Islands (Islas Malvinas)", ["Falkland Islands", "Islas Malvinas"]),
        ("", []),
    ],
)
def test_phrase_forms_never_give_a_partial_name(written, forms):
    assert phrase_forms(written) == forms


def test_and_initials_only_for_two_single_words():
    assert and_initials("Trinidad and Tobago") == "T&T"
    assert and_initials("Bosnia and Herzegovina") == "B&H"
    assert and_initials("Saint Vincent and the Grenadines") is None
    assert and_initials("Turks and Caicos Islands") is None
    assert {"T&T", "B&H", "A&B"} <= initials_abbreviations()


def test_holy_see_is_the_vatican(gazetteer):
    (mention,) = resolve_in("The Holy See said on Monday it would send an envoy.", "Holy See")
    assert mention.place is not None and mention.place.feature_class == "country"
    assert haversine_km(mention.latitude, mention.longitude, *VATICAN) < 5


def test_t_and_t_is_trinidad_and_tobago(gazetteer):
    text = "Flooding hit T&T on Sunday, and T&T officials asked for help."
    first, second = resolve_in(text, "T&T", "T&T")
    for mention in (first, second):
        assert mention.place is not None and mention.place.gazetteer_id == "country:TT"
        assert haversine_km(mention.latitude, mention.longitude, *TRINIDAD_AND_TOBAGO) < 60


def test_initials_are_abbreviations_taken_only_as_written():
    from geoevents.gazetteer.sources.countries import abbreviations

    assert "T&T" in abbreviations() and "B&H" in abbreviations()
    assert "t&t" not in abbreviations()


def test_swaziland_and_east_timor_are_alternate_names(gazetteer):
    swazi, timor = resolve_in("Aid went to Swaziland and to East Timor.", "Swaziland", "East Timor")
    assert swazi.place is not None and swazi.place.country == "SZ"
    assert timor.place is not None and timor.place.country == "TL"


# Demonyms of the UK's constituent countries, of the Kurdistan Region and of the macro-regions.

ERBIL = (36.19, 44.01)
ENGLAND_CENTRE = (52.56, -1.46)  # Meriden, the traditional centre of England


def test_region_adjectives_derive_from_region_names():
    assert demonym_place("Central American") == "area:central-america"
    assert demonym_place("Middle Eastern") == "area:middle-east"
    assert demonym_place("Southeast Asian") == "area:southeast-asia"
    assert demonym_place("Scandinavian") == "area:scandinavia"
    assert demonym_place("Latin American") == "area:latin-america"
    # excluded words: a race word, a people of many states, an ambiguous language
    assert demonym_place("Caucasian") is None
    assert demonym_place("Arab") is None
    assert demonym_place("Tamil") is None
    # a country's own demonym stays the country's
    assert demonym_place("American") == "country:US"


def test_central_american_answers_inside_central_america(gazetteer):
    (mention,) = resolve_in("A Central American caravan reached the border.", "Central American")
    area = gazetteer.get("area:central-america")
    assert mention.place is not None and mention.place.gazetteer_id == "area:central-america"
    assert wkb.loads(area.geometry_wkb).contains(Point(mention.longitude, mention.latitude))


def test_english_is_england_not_english_indiana(gazetteer):
    text = "English fans travelled to Paris, and the English side won in London."
    first, second = resolve_in(text, "English", "English")
    for mention in (first, second):
        assert mention.place is not None and mention.place.gazetteer_id == "iso3166-2:GB-ENG"
        assert haversine_km(mention.latitude, mention.longitude, *ENGLAND_CENTRE) < 150


def test_northern_irish_and_kurdish(gazetteer):
    irish, kurdish = resolve_in(
        "A Northern Irish minister met Kurdish officials in Erbil.", "Northern Irish", "Kurdish"
    )
    assert irish.place is not None and irish.place.gazetteer_id == "iso3166-2:GB-NIR"
    assert haversine_km(irish.latitude, irish.longitude, 54.6, -6.7) < 80
    assert kurdish.place is not None and kurdish.place.feature_class == "region"
    assert haversine_km(kurdish.latitude, kurdish.longitude, *ERBIL) < 120


# Former states (ISO 3166-3) as areas: the union of their successors' polygons.

MOSCOW, TASHKENT, WARSAW = (55.756, 37.617), (41.311, 69.280), (52.230, 21.012)
LEIPZIG, MUNICH = (51.340, 12.375), (48.137, 11.575)
BELGRADE, LJUBLJANA, ATHENS = (44.787, 20.457), (46.056, 14.506), (37.984, 23.728)


def _covers(gazetteer, gazetteer_id: str, point: tuple[float, float]) -> bool:
    polygon = wkb.loads(gazetteer.get(gazetteer_id).geometry_wkb)
    return polygon.covers(Point(point[1], point[0]))


@pytest.mark.parametrize(
    ("written", "gazetteer_id", "inside", "outside"),
    [
        ("Soviet Union", "historic:soviet-union", (MOSCOW, TASHKENT), (WARSAW,)),
        ("USSR", "historic:soviet-union", (MOSCOW,), (WARSAW,)),
        ("East Germany", "historic:east-germany", (LEIPZIG,), (MUNICH,)),
        ("West Germany", "historic:west-germany", (MUNICH,), (LEIPZIG,)),
        ("Yugoslavia", "historic:yugoslavia", (BELGRADE, LJUBLJANA), (ATHENS,)),
        ("Czechoslovakia", "historic:czechoslovakia", ((50.075, 14.438), (48.149, 17.107)), (WARSAW,)),
        ("Zaire", "historic:zaire", ((-4.322, 15.307),), ((-4.263, 15.242),)),  # Kinshasa, not Brazzaville
    ],
)
def test_former_states_are_the_union_of_their_successors(gazetteer, written, gazetteer_id, inside, outside):
    (mention,) = resolve_in(f"Archives from {written} were opened in 1992.", written)
    assert mention.place is not None and mention.place.gazetteer_id == gazetteer_id
    assert mention.place.feature_class == "region"
    assert _covers(gazetteer, gazetteer_id, (mention.latitude, mention.longitude))
    assert all(_covers(gazetteer, gazetteer_id, p) for p in inside)
    assert not any(_covers(gazetteer, gazetteer_id, p) for p in outside)


def test_reverse_geocoding_never_answers_a_former_state(gazetteer):
    from geoevents.gazetteer.reverse import ADMIN_CLASSES

    assert gazetteer.get("historic:soviet-union").feature_class not in ADMIN_CLASSES


def test_every_iso_3166_3_code_is_built_or_left_out_with_a_reason():
    import importlib.util
    from pathlib import Path

    import pycountry

    path = Path(__file__).parent.parent / "gazetteer" / "build" / "build_historic_states.py"
    spec = importlib.util.spec_from_file_location("build_historic_states", path)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    keys = {key for key, *_rest in build.plan()}
    for state in pycountry.historic_countries:
        assert (
            state.alpha_4 in build.LEFT_OUT
            or state.alpha_4 in build.DIVIDED
            or (state.alpha_4 in build.PARTS or state.name.split(",")[0].lower().replace(" ", "-") in keys)
        ), state.alpha_4
    assert {"soviet-union", "yugoslavia", "czechoslovakia", "east-germany", "west-germany"} <= keys


# Country demonyms the Factbook table lost or lacks: "NA" is "not available", "Namibian" is a
# form; directional forms ("North Korean"); Palestine; the conflict areas.

TSKHINVALI, PYONGYANG, WINDHOEK, RAMALLAH = (
    (42.226, 43.970),
    (39.034, 125.755),
    (-22.559, 17.083),
    (31.903, 35.204),
)


def test_demonyms_beginning_with_na_are_kept():
    assert demonym_place("Namibians") == "country:NA"
    assert demonym_place("Nauruan") == "country:NR"


def test_directional_demonyms_name_the_directional_country():
    assert demonym_place("North Korean") == "country:KP"
    assert demonym_place("South Koreans") == "country:KR"
    assert demonym_place("North Macedonian") == "country:MK"
    assert demonym_place("South Sudanese") == "country:SS"
    assert demonym_place("Korean") == "country:KR"  # the shared form stays with the more populous


def test_area_and_palestinian_demonyms_answer_near_the_place(gazetteer):
    text = "South Ossetian officials, North Korean envoys, Namibian farmers and Palestinians met."
    names = ("South Ossetian", "North Korean", "Namibian", "Palestinians")
    places = (TSKHINVALI, PYONGYANG, WINDHOEK, RAMALLAH)
    limits = (60, 250, 600, 60)
    for mention, place, limit in zip(resolve_in(text, *names), places, limits, strict=True):
        assert mention.place is not None, mention.text
        assert haversine_km(mention.latitude, mention.longitude, *place) < limit, mention.text


def test_north_caucasus_and_abkhaz_demonyms(gazetteer):
    ossetian, abkhaz = resolve_in("North Ossetian and Abkhaz leaders met.", "North Ossetian", "Abkhaz")
    assert ossetian.place is not None and ossetian.place.gazetteer_id == "iso3166-2:RU-SE"
    assert haversine_km(ossetian.latitude, ossetian.longitude, 43.02, 44.68) < 100  # Vladikavkaz
    assert abkhaz.place is not None and abkhaz.place.gazetteer_id == "iso3166-2:GE-AB"
    assert haversine_km(abkhaz.latitude, abkhaz.longitude, 43.00, 41.02) < 100  # Sukhumi


def test_factbook_aliases_are_country_names(gazetteer):
    text = "Troops left the Falklands; Cape Verde and the Federative Republic of Brazil agreed."
    falklands, cape_verde, brazil = resolve_in(
        text, "Falklands", "Cape Verde", "Federative Republic of Brazil"
    )
    assert falklands.place is not None and falklands.place.gazetteer_id == "country:FK"
    assert haversine_km(falklands.latitude, falklands.longitude, -51.70, -57.85) < 150  # Stanley
    assert cape_verde.place is not None and cape_verde.place.gazetteer_id == "country:CV"
    assert brazil.place is not None and brazil.place.gazetteer_id == "country:BR"


def test_factbook_aliases_leave_america_and_initials_out():
    from geoevents.gazetteer.sources.countries import _factbook_names

    names = {name for found in _factbook_names().values() for name in found}
    assert "America" not in names and "UAE" not in names and "U.K." not in names
    assert "Falklands" in names
