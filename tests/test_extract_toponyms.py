"""Toponym spotting and its filters, on a tiny gazetteer."""

from __future__ import annotations

import pytest

try:
    from tests.extract_fixtures import small_gazetteer
except ImportError:  # tests/ is not a package here: pytest puts it on sys.path
    from extract_fixtures import small_gazetteer  # type: ignore[no-redef]

from geoevents.extract.sentences import split_sentences
from geoevents.extract.toponyms import known_name, resolve_mentions, spot, tokenize


@pytest.fixture(scope="module")
def gazetteer():
    return small_gazetteer()


def kinds(gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in spot(gazetteer, text, split_sentences(text))]


def test_known_name_is_exact_or_folded(gazetteer):
    assert known_name(gazetteer, "Abou Kamal")
    assert known_name(gazetteer, "ABU KAMAL")
    assert known_name(gazetteer, "Mossoul")
    assert not known_name(gazetteer, "Kamal")
    assert not known_name(gazetteer, "")


def test_tokens_split_elisions_and_possessives():
    text = "l'offensive d'Abou Kamal and Iraq's army"
    words = [(t.text, t.cap, t.possessive) for t in tokenize(text, 0, len(text))]
    assert ("Abou", True, False) in words
    assert ("Iraq", True, True) in words
    assert ("offensive", False, False) in words


def test_multiword_names_and_elision(gazetteer):
    assert kinds(gazetteer, "La coalition prépare l'offensive contre la ville d'Abou Kamal.") == [
        ("Abou Kamal", "place")
    ]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("a indiqué le colonel Ryan Dillon, porte-parole.", "Dillon", "person"),
        ("a déclaré le colonel Dillon à Bagdad.", "Dillon", "person"),
        ("said Gen. Joseph Paris, a deputy commander.", "Paris", "person"),
        ("Raqqa a connu le destin de Dresde.", "Dresde", "comparison"),
        ("The Old City suffered the fate of Dresden.", "Dresden", "comparison"),
        ("La coalition dirigée par les États-Unis avance.", "États-Unis", "actor"),
        ("Kiev a démenti dimanche.", "Kiev", "actor"),
        ("Iraq's defence ministry said the town fell.", "Iraq", "actor"),
        ("Le bateau Tombouctou a été attaqué.", "Tombouctou", "thing"),
    ],
)
def test_names_that_are_not_places(gazetteer, text, name, kind):
    assert (name, kind) in kinds(gazetteer, text)


def test_a_surname_stays_a_person(gazetteer):
    text = "Le colonel Ryan Dillon parle. Plus tard, Dillon a précisé. Ils partent de Bagdad."
    assert kinds(gazetteer, text).count(("Dillon", "person")) == 2
    assert ("Bagdad", "place") in kinds(gazetteer, text)


def test_common_words_are_not_places(gazetteer):
    assert kinds(gazetteer, "Chat. Hier, le Chat a parlé.") == []


def test_resolution_uses_the_other_places(gazetteer):
    text = "Les jihadistes ont fui Raqqa vers Abou Kamal, en Syrie, puis vers Hajine."
    mentions = resolve_mentions(gazetteer, spot(gazetteer, text, split_sentences(text)))
    resolved = {m.text: m.place.gazetteer_id for m in mentions if m.place is not None}
    assert resolved == {
        "Raqqa": "test:raqqa",
        "Abou Kamal": "test:abukamal",
        "Syrie": "country:SY",
        "Hajine": "test:hajin",
    }


def test_peoples_and_groups_are_not_places_but_countries_stay(gazetteer):
    assert ("Mayadine", "organisation") in kinds(gazetteer, "Gunmen attacked rival Mayadine herders.")
    assert ("Iraq", "place") in kinds(gazetteer, "Iraq rebels say they took the town.")


def test_arabic_surnames_and_coordinated_comparisons(gazetteer):
    assert ("al-Mayadin", "person") in kinds(gazetteer, "Le chef Abou Bakr al-Mayadin a parlé.")
    found = kinds(gazetteer, "The fate of Hajin is the fate of Mosul and Raqqa.")
    assert ("Mosul", "comparison") in found and ("Raqqa", "comparison") in found


def test_a_state_with_its_allies_acts(gazetteer):
    assert ("États-Unis", "actor") in kinds(
        gazetteer, "Les États-Unis et leurs alliés mènent une opération en Syrie."
    )
