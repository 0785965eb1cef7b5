"""Language packs: each language's words in its folder (geoevents/extract/lang/), read by one
engine; a language geoevents does not read is reported, not silently read as French or English."""

from __future__ import annotations

import datetime as dt

import pytest

from geoevents.extract import extract_document, load_document
from geoevents.extract.events import find_triggers
from geoevents.extract.language import detect_language
from geoevents.model import EventType
from geoevents.time import fold_keep_offsets, parse_timespan
from tests.helpers import run_cli

ITALIAN = """---
title: Scontri nel nord
published: 2021-05-03
source: Agenzia di prova
---
L'esercito ha detto ieri che gli scontri con i ribelli nella provincia di Cabo Delgado hanno
causato tre morti e cinque feriti, secondo fonti ufficiali. L'offensiva è iniziata una settimana
fa, dopo l'attacco a una base militare vicino a Pemba, e le truppe avanzano verso il nord. Secondo
il governatore, più di duemila persone sono fuggite dalle loro case da lunedì e si sono rifugiate
nelle scuole della città, dove il comune ha aperto dei centri di accoglienza.
"""

FRENCH = """---
title: Offensive
published: 2017-10-24
---
Les forces démocratiques syriennes ont lancé dimanche une offensive contre Abou Kamal, selon
un porte-parole de la coalition, qui a indiqué que les combats se poursuivaient dans la province.
"""


@pytest.fixture
def italian_article(tmp_path):
    path = tmp_path / "cabo-delgado-it.md"
    path.write_text(ITALIAN, encoding="utf-8")
    return path


def test_italian_text_is_detected_as_italian():
    assert detect_language(ITALIAN) == "it"


def test_french_and_english_are_still_detected_as_themselves():
    assert detect_language(FRENCH) == "fr"
    assert (
        detect_language("The army said on Sunday that its troops had retaken the town after clashes.") == "en"
    )


def test_an_italian_article_is_reported_read_as_the_languages_read(italian_article, gazetteer):
    extraction = extract_document(load_document(italian_article), gazetteer=gazetteer)
    assert extraction.document.meta.language == "it"
    assert any("Italian text, read as: French, English and Spanish" in p for p in extraction.problems)


def test_a_french_article_is_not_reported(tmp_path, gazetteer):
    path = tmp_path / "abou-kamal-fr.md"
    path.write_text(FRENCH, encoding="utf-8")
    extraction = extract_document(load_document(path), gazetteer=gazetteer)
    assert not any("read as" in p for p in extraction.problems)
    assert extraction.events  # read with the French pack: the offensive is found


def test_the_cli_warns_about_an_italian_article_and_still_writes_its_events(italian_article, tmp_path):
    out = tmp_path / "events.csv"
    result = run_cli("extract", str(italian_article), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "Italian text, read as: French, English and Spanish" in result.stderr
    assert out.exists()


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("17 févr. 2017", dt.date(2017, 2, 17)),  # CLDR's French abbreviation
        ("3 janv. 2016", dt.date(2016, 1, 3)),
        ("Sept. 11, 2001", dt.date(2001, 9, 11)),  # a spelling CLDR lacks, in the English pack
        ("Dec. 25, 2019", dt.date(2019, 12, 25)),
        ("le 1er août 2014", dt.date(2014, 8, 1)),
    ],
)
def test_month_names_come_from_cldr_and_the_packs(written, day):
    span = parse_timespan(written)
    assert (span.start, span.end) == (day, day)


def _types(sentence: str, languages: tuple[str, ...]) -> set[EventType]:
    folded = fold_keep_offsets(sentence)
    return {t.event_type for t in find_triggers(folded, 0, len(folded), languages)}


def test_triggers_are_those_of_the_text_language():
    # French "accusés" (accused, a participle) is not English "accuses" (a statement)
    french = "Des manifestants ont attaqué les ambassades des pays accusés de soutenir les rebelles."
    assert EventType.STATEMENT not in _types(french, ("fr",))
    assert EventType.CLASHES in _types(french, ("fr",))
    assert EventType.STATEMENT in _types("Kigali accuses Kinshasa of backing the militia.", ("en",))
    # words both languages use are in both packs
    assert EventType.OTHER in _types("Les troupes doivent se déployer autour de la ville.", ("fr",))
    assert EventType.STATEMENT in _types("The president refused to declare a ceasefire.", ("en",))


FRENCH_SINCE = """---
title: Combats
published: 2024-05-02
---
Les combats font rage dans l'ouest du Soudan depuis l'offensive de l'armée en mars 2024.
"""


def test_an_english_superlative_ending_is_no_comparison_in_french(tmp_path, gazetteer):
    # English "-est" ("the biggest gain since May") would read French "l'ouest" as a superlative,
    # making "depuis ... en mars 2024" a comparison; read with the French pack only, the fighting
    # runs from March 2024 up to publication
    path = tmp_path / "soudan-fr.md"
    path.write_text(FRENCH_SINCE, encoding="utf-8")
    extraction = extract_document(load_document(path), gazetteer=gazetteer)
    (clashes,) = [e for e in extraction.events if e.event_type is EventType.CLASHES]
    assert (clashes.when.start, clashes.when.end) == (dt.date(2024, 3, 1), dt.date(2024, 5, 2))


def test_date_rules_are_those_of_the_text_language():
    # a French "when" word after a "since" date is no clause of an English text, nor an English
    # "-est" superlative a comparison before a French "depuis"
    from geoevents.time.choose import _rules
    from geoevents.time.find import _since_clause

    assert _rules(("fr",)).when_clause.match(", quand la police a tiré")
    assert not _rules(("en",)).when_clause.match(", quand la police a tiré")
    assert _since_clause(("en",))[1].search("the biggest gain")
    assert not _since_clause(("fr",))[1].search("dans l'ouest")
