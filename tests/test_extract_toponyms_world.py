"""Toponym recognition and resolution on the embedded gazetteer: country abbreviations, names
known with their feature word, states as actors, and names resolved in each other's context.

Each case asserts behaviour (the right place within a distance), on short texts written for
these tests.
"""

from __future__ import annotations

import pytest

try:
    from tests.helpers import distance_to_geometry_km, km
except ImportError:  # tests/ is not a package here: pytest puts it on sys.path
    from helpers import distance_to_geometry_km, km  # type: ignore[no-redef]

from geoevents.extract.sentences import split_sentences
from geoevents.extract.toponyms import resolve_mentions, spot


def mentions(gazetteer, text: str):
    return resolve_mentions(gazetteer, spot(gazetteer, text, split_sentences(text)))


def place_of(gazetteer, text: str, name: str, occurrence: int = 0):
    found = [m for m in mentions(gazetteer, text) if m.text == name]
    assert len(found) > occurrence, (name, [(m.text, m.kind, m.reason) for m in mentions(gazetteer, text)])
    mention = found[occurrence]
    assert mention.kind == "place" and mention.place is not None, (name, mention.kind, mention.reason)
    return mention.place


def kind_of(gazetteer, text: str, name: str) -> str | None:
    return next((m.kind for m in mentions(gazetteer, text) if m.text == name), None)


# ---------------------------------------------------------------- countries


@pytest.mark.parametrize(
    "text, name, code",
    [
        ("Les combats se rapprochent de Goma, dans l'est de la RDC.", "RDC", "CD"),
        ("Fighting spread across eastern DRC and into Ituri.", "DRC", "CD"),
        (
            "BUNIA, Democratic Republic of Congo, Feb 3 - Assailants attacked a camp.",
            "Democratic Republic of Congo",
            "CD",
        ),
        ("Des drones ont été livrés aux EAU la semaine dernière.", "EAU", "AE"),
        ("The delegation flew to the UAE on Monday.", "UAE", "AE"),
        ("A convoy was ambushed on the road to a besieged Burkina town.", "Burkina", "BF"),
    ],
)
def test_country_abbreviations_and_short_forms(gazetteer, text, name, code):
    place = place_of(gazetteer, text, name)
    assert place.feature_class == "country" and place.country == code


def test_abbreviations_count_only_in_capitals(gazetteer):
    assert kind_of(gazetteer, "Eau potable : les habitants de Goma manquent de tout.", "Eau") is None
    assert kind_of(gazetteer, "CAR BOMB KILLS FIVE IN KABUL", "CAR") is None


def test_a_shared_country_name_follows_the_other_places(gazetteer):
    drc = "Militia attack on Congo camp. Assailants struck near Bunia and Beni, in Ituri province."
    assert place_of(gazetteer, drc, "Congo").country == "CD"
    roc = "In Congo, floods hit Brazzaville and Pointe-Noire this week."
    assert place_of(gazetteer, roc, "Congo").country == "CG"


# ---------------------------------------------------------------- names with their feature word


@pytest.mark.parametrize(
    "text, name, lat, lon, within",
    [
        # Wikipedia 'Lake Chad' 13°N 14°E
        ("Boko Haram fighters hold islands on Lake Chad, near Monguno.", "Lake Chad", 13.0, 14.0, 50),
        # Wikipedia 'Kajaki Dam' 32°19′19″N 65°7′8″E
        ("Les talibans menacent le barrage de Kajaki, dans le Helmand.", "Kajaki", 32.32194, 65.11889, 5),
        # Wikipedia 'Awali (river)' 33°35′20″N 35°23′10″E
        ("L'armée a frappé des cibles au nord du fleuve Awali, près de Saïda.", "Awali", 33.5888, 35.386, 10),
        # Dori (GeoNames 2361082), seat of Burkina Faso's Sahel Region
        ("Thousands fled toward Dori, the main town of the Sahel region.", "Sahel", 14.03326, -0.03333, 5),
        # Jawhar (GeoNames 56335), seat of Middle Shabelle
        (
            "Des combats ont eu lieu dans la région du Moyen-Shabelle, au nord de Mogadiscio.",
            "Moyen-Shabelle",
            2.78087,
            45.50048,
            5,
        ),
        # Wikipedia 'Al-Mawasi, Rafah' 31°19′44″N 34°13′48″E
        (
            "Families fled from Rafah to al-Mawasi, on the coast west of Khan Younis.",
            "al-Mawasi",
            31.32889,
            34.23,
            5,
        ),
        # GeoNames 278913 (Nabatîyé et Tahta)
        ("Des frappes ont visé Nabatiyé et Tyr, dans le sud du Liban.", "Nabatiyé", 33.37889, 35.48389, 5),
        # Wikipedia 'Masisi Territory' 1°24′S 28°48′E
        (
            "Le M23 a pris plusieurs localités du territoire de Masisi, au nord-ouest de Goma.",
            "Masisi",
            -1.4,
            28.8,
            10,
        ),
        # Wikipedia 'Baga (Nigeria)' 13°07′08″N 13°51′24″E
        ("Militants seized Baga, a fishing town on Lake Chad in Borno state.", "Baga", 13.11889, 13.85667, 5),
        # Popayán (GeoNames 3671916), seat of the Cauca Department
        ("Des affrontements ont éclaté dans le Cauca, au sud de Cali.", "Cauca", 2.43823, -76.61316, 5),
        # Wikipedia 'Mediterranean Sea' 35°N 18°E
        (
            "Une frégate a tiré des missiles depuis la Méditerranée sur Deir ez-Zor.",
            "Méditerranée",
            35.0,
            18.0,
            50,
        ),
    ],
)
def test_places_the_news_names(gazetteer, text, name, lat, lon, within):
    place = place_of(gazetteer, text, name)
    # a region is right when its polygon covers the reference point (its seat), whatever its label point
    off = min(
        km(place.latitude, place.longitude, lat, lon), distance_to_geometry_km(place.geometry, lat, lon)
    )
    assert off <= within, (place.name, place.latitude, place.longitude)


# ---------------------------------------------------------------- context


def test_a_river_is_placed_near_the_texts_places(gazetteer):
    text = (
        "Ukrainian soldiers entered central Kherson a day after Russian forces withdrew to the eastern "
        "bank of the Dnipro."
    )
    place = place_of(gazetteer, text, "Dnipro")
    assert place.feature_class == "river"
    assert km(place.latitude, place.longitude, 46.63545, 32.61687) <= 30  # Kherson (GeoNames 706448)
    # without a river cue, "in Dnipro" is the city
    assert (
        place_of(gazetteer, "Missiles struck an apartment block in Dnipro.", "Dnipro").feature_class == "city"
    )


def test_blue_nile_in_a_sudan_story_is_the_river_there(gazetteer):
    text = (
        "The RSF took control of Wad Madani, capital of Gezira state. They had launched their push "
        "into Gezira on Friday, crossing the Blue Nile east of the city."
    )
    place = place_of(gazetteer, text, "Blue Nile")
    assert place.feature_class == "river"
    assert km(place.latitude, place.longitude, 14.40118, 33.51989) <= 30  # Wad Madani (GeoNames 364103)


def test_a_place_and_its_region_resolve_together(gazetteer):
    text = (
        "Clashes shook Culiacan, the capital of Sinaloa state in Mexico. Zambada was arrested after "
        "landing near El Paso, Texas, and handed over to U.S. agents."
    )
    el_paso = place_of(gazetteer, text, "El Paso")
    assert el_paso.country == "US" and km(el_paso.latitude, el_paso.longitude, 31.75872, -106.48693) <= 20
    assert place_of(gazetteer, text, "Texas").country == "US"


def test_a_tie_between_far_towns_goes_to_the_one_near_the_others(gazetteer):
    text = (
        "L'armée russe pourrait avancer vers Kramatorsk et Sloviansk, les deux principales villes "
        "encore contrôlées par l'Ukraine près de Bakhmout."
    )
    place = place_of(gazetteer, text, "Sloviansk")
    assert km(place.latitude, place.longitude, 48.84974, 37.59739) <= 20  # Slovyansk (GeoNames 693468)


# ---------------------------------------------------------------- not places


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("La junte a suspendu la coopération militaire avec Paris.", "Paris", "actor"),
        ("La Turquie et le Qatar ont envoyé des avions médicalisés.", "Turquie", "actor"),
        ("La Turquie et le Qatar ont envoyé des avions médicalisés.", "Qatar", "actor"),
        ("Mardi soir, l'Iran a tiré près de 200 missiles balistiques sur Israël.", "Iran", "actor"),
        ("Bakou avait déjà repris fin 2020 une partie du territoire.", "Bakou", "actor"),
        ("Les camions sont bloqués, sans échange de tirs selon Rabat.", "Rabat", "actor"),
        ("Des combats dans le secteur de Mahbès, ce que le Maroc ne confirme pas.", "Maroc", "actor"),
        ("Douchanbé fait état de 41 tués.", "Douchanbé", "actor"),
        ("New Delhi a appelé dimanche Colombo à épargner les civils.", "Colombo", "actor"),
        ("Paris et Washington ont également condamné le coup de force.", "Washington", "actor"),
        ("Malaysia, which has brokered the dialogue since 2013, will host talks.", "Malaysia", "actor"),
        ("The convoy was ambushed near Ayacucho, Peru's joint command said.", "Peru", "actor"),
        ("Le colonel a parlé lors d'un point de presse à Bagdad.", "Bagdad", "place"),
        ("Officials in the province of Kandahar said on Thursday that 30 died.", "Kandahar", "place"),
        ("The Shining Path ambushed a convoy in Junin.", "Shining", None),
        ("Des combats ont éclaté malgré les accords d'Arusha.", "Arusha", "thing"),
        ("The BLA, which accuses Islamabad of plundering the province, struck again.", "Islamabad", "actor"),
        ("The United States flew Marines into its embassy in Port-au-Prince.", "United States", "actor"),
        ('"The fate of Hajin is the fate of Mosul and Raqqa," said a spokesman.', "Hajin", "place"),
        ('"The fate of Hajin is the fate of Mosul and Raqqa," said a spokesman.', "Mosul", "comparison"),
    ],
)
def test_states_as_actors_and_comparisons(gazetteer, text, name, kind):
    assert kind_of(gazetteer, text, name) == kind


def test_western_is_an_adjective(gazetteer):
    found = mentions(gazetteer, "Zelenskiy told allies that delays in Western aid were costing lives.")
    assert not [m for m in found if m.text == "Western" and m.place is not None]


def test_a_place_and_the_country_it_is_in(gazetteer):
    """ "Grenade, en Espagne" is Granada, not the island state Grenada (Grenade in French)."""
    place = place_of(
        gazetteer, "Une conférence est envisagée début octobre à Grenade, en Espagne.", "Grenade"
    )
    assert place.country == "ES" and km(place.latitude, place.longitude, 37.18817, -3.60667) <= 20


@pytest.mark.parametrize(
    "text",
    ["Les combattants du Front pour l'alternance avancent.", "The Popular Mobilization Forces entered."],
)
def test_common_words_in_organisation_names_are_not_places(gazetteer, text):
    assert not [
        m for m in mentions(gazetteer, text) if m.text in ("Front", "Popular") and m.place is not None
    ]


def test_a_name_may_end_on_a_compass_adjective(gazetteer):
    place = place_of(
        gazetteer, "Le Front Polisario a repris les armes au Sahara occidental.", "Sahara occidental"
    )
    assert place.country == "EH"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The governor cancelled Sunday's Independence Day celebrations in Culiacan.", "Independence"),
        ("ADDIS ABABA, Aug 8 (Blue Nile Dispatch) - Fighting spread in Gondar.", "Blue Nile"),
        ("said a spokesman for the Amhara Association of America.", "Amhara"),
    ],
)
def test_names_inside_holidays_outlets_and_associations_are_not_places(gazetteer, text, name):
    assert not [m for m in mentions(gazetteer, text) if m.text == name and m.kind == "place"]


def test_a_title_before_a_name_is_no_place(gazetteer):
    assert (
        kind_of(
            gazetteer, "Maoist rebels protest against King Gyanendra's seizure of power in Nepal.", "King"
        )
        != "place"
    )


def test_a_small_far_place_is_a_false_friend_even_with_no_confident_place(gazetteer):
    """ "Chechen" folds to Schechen (Bavaria): with Grozny and Shali in the text, it is no place."""
    text = "Chechen fighters left Grozny for Shali on Tuesday. The Chechen capital was shelled."
    assert kind_of(gazetteer, text, "Chechen") != "place"
    assert kind_of(gazetteer, text, "Shali") == "place"
