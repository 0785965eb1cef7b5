"""One event per fact, honest dates, and what a news page says around its article.

The trap article (tests/data/news_traps/, written for this test) has the traps of a real wire
story: a planned offensive on a town, a consolidation at an oil field, a clearing in a
governorate, a recapture "début octobre", a capture told before publication with no date, a
campaign "depuis août 2014", a spokesman whose name is a town's (Austin), a comparison to
Dresden, Moscow and Washington as actors, related-article teasers and a comment box.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geoevents.extract import extract_document, extract_file
from geoevents.extract.document import document_from_text, mask_boilerplate
from geoevents.model import DatePrecision, EventStatus, EventType

try:
    from tests.helpers import km
except ImportError:  # tests/ is not a package here: pytest puts it on sys.path
    from helpers import km  # type: ignore[no-redef]

TRAPS = Path(__file__).parent / "data" / "news_traps" / "fr-mayadine-offensive.md"
PUBLISHED = dt.date(2017, 11, 6)

# Public reference coordinates (lat, lon) of the places the article names.
MAYADIN = (35.02, 40.45)
TANAK_FIELD = (34.98, 40.68)
HASAKAH = (36.50, 40.75)
TAL_AFAR = (36.37, 42.45)
TABQA = (35.83, 38.55)
FAR_AWAY = {
    "Dresden": (51.05, 13.74),
    "Moscow": (55.75, 37.62),
    "Washington": (38.90, -77.04),
    "Austin": (30.27, -97.74),
}


@pytest.fixture(scope="module")
def events(gazetteer):
    return extract_file(TRAPS, gazetteer=gazetteer).events


def _near(event, point, limit_km):
    return event.place is not None and km(event.place.latitude, event.place.longitude, *point) <= limit_km


def _sentence(events, words):
    return [e for e in events if words in e.description]


def test_the_planned_offensive_is_on_the_town_it_targets(events):
    offensive = [e for e in _sentence(events, "compte lancer") if e.event_type is EventType.OFFENSIVE]
    assert len(offensive) == 1
    assert offensive[0].status is EventStatus.PLANNED
    assert _near(offensive[0], MAYADIN, 15)


def test_the_consolidation_is_at_the_oil_field(events):
    (consolidation,) = [e for e in _sentence(events, "consolider") if e.event_type is EventType.OTHER]
    assert consolidation.place.feature_class == "oil_field"
    assert _near(consolidation, TANAK_FIELD, 10)
    assert consolidation.status is EventStatus.PLANNED  # "il nous faut consolider"


def test_the_clearing_is_in_the_governorate(events):
    (clearing,) = [e for e in _sentence(events, "nettoyage") if e.event_type is EventType.OFFENSIVE]
    assert clearing.place.feature_class == "governorate"
    assert _near(clearing, HASAKAH, 150)
    assert clearing.status is not EventStatus.HAPPENED


def test_the_recapture_early_october(events):
    (capture,) = [e for e in _sentence(events, "reprise début octobre") if e.event_type is EventType.CAPTURE]
    assert _near(capture, TABQA, 15)
    assert (capture.when.start, capture.when.end) == (dt.date(2017, 10, 1), dt.date(2017, 10, 10))
    assert capture.status is EventStatus.HAPPENED


def test_an_undated_capture_told_as_background_ends_at_publication(events):
    (capture,) = [e for e in _sentence(events, "après la prise de") if e.event_type is EventType.CAPTURE]
    assert _near(capture, TAL_AFAR, 15)
    assert capture.when.precision is DatePrecision.RANGE
    assert capture.when.end == PUBLISHED and capture.when.start < PUBLISHED
    assert "start unknown" in capture.notes
    assert capture.status is EventStatus.HAPPENED


def test_the_campaign_since_august_2014(events):
    (campaign,) = [e for e in _sentence(events, "depuis août 2014") if e.event_type is EventType.OFFENSIVE]
    assert (campaign.when.start, campaign.when.end) == (dt.date(2014, 8, 1), PUBLISHED)
    assert campaign.place is not None and campaign.place.country in ("SY", "IQ")


def test_the_headline_plan_is_country_wide_not_at_the_town_it_names(events):
    headline = _sentence(events, "envisage une nouvelle offensive")
    assert len(headline) == 1  # "envisage" and "offensive" are one planned offensive
    assert headline[0].event_type is EventType.OFFENSIVE
    assert headline[0].place.feature_class == "country" and headline[0].place.country == "SY"
    assert "envisage" in headline[0].notes


def test_no_event_at_dresden_moscow_washington_or_austin(events):
    for name, point in FAR_AWAY.items():
        assert not [e for e in events if _near(e, point, 500)], name


def test_teasers_and_the_comment_box_give_no_event(events):
    texts = " ".join(e.description for e in events)
    for furniture in ("Pour participer", "Réagir", "Partager", "rasée en 1945", "Gazette d'essai"):
        assert furniture not in texts


# ---------------------------------------------------------------- smaller texts


def _read(text: str, gazetteer, published: str = "2017-10-24", language: str = "en"):
    body = f"---\npublished: {published}\nlanguage: {language}\n---\n{text}\n"
    return extract_document(document_from_text(body, path="t.md", kind=".md"), gazetteer=gazetteer).events


@pytest.mark.parametrize(
    "line",
    [
        "Pour participer aux discussions, identifiez-vous ou créez-vous un compte",
        "Réagir",
        "12 commentaires",
        "Articles liés",
        "Sign in to comment",
        "Comments (14)",
        "Share this article",
        "Related articles",
        "Join the discussion",
    ],
)
def test_comment_boxes_share_bars_and_related_blocks_are_blanked(line):
    assert mask_boilerplate(f"Les combats ont repris.\n{line}\n").split("\n")[1].strip() == ""


def test_a_sentence_opening_like_a_comment_heading_is_kept():
    line = "Comments by the minister on Tuesday angered the rebels, who attacked the convoy near the border."
    assert mask_boilerplate(line) == line


def test_an_undated_fall_in_english_spans_up_to_publication(gazetteer):
    events = _read("After the fall of Mosul, the jihadists regrouped in the desert.", gazetteer)
    (fall,) = [e for e in events if e.event_type is EventType.CAPTURE]
    assert fall.when.end == dt.date(2017, 10, 24) and fall.when.precision is DatePrecision.RANGE
    assert fall.when.start < fall.when.end


def test_a_dated_capture_keeps_its_day(gazetteer):
    events = _read("Iraqi forces captured Tal Afar on Sunday, the army said.", gazetteer)
    (capture,) = [e for e in events if e.event_type is EventType.CAPTURE]
    assert capture.when.start == capture.when.end == dt.date(2017, 10, 22)


def test_a_verb_governing_an_event_noun_is_one_event(gazetteer):
    events = _read("Prime Minister Haider al-Abadi ordered the operation against Hawija.", gazetteer)
    assert [e.event_type for e in events if "ordered" in e.description] == [EventType.OFFENSIVE]
    assert "ordered" in events[0].notes


def test_a_statement_from_elsewhere_is_placed_at_what_it_is_about(gazetteer):
    events = _read("The prime minister praised the operation in Mosul from Baghdad on Monday.", gazetteer)
    (statement,) = [e for e in events if e.event_type is EventType.STATEMENT]
    assert statement.place is not None and statement.place.name.startswith("Mosul")
    assert "spoken from Baghdad" in statement.notes


@pytest.mark.parametrize(
    "text, language",
    [
        ("Des combats ont éclaté mardi dans la province de Raqqa.", "fr"),
        ("Clashes broke out on Tuesday in Raqqa province.", "en"),
        ("Clashes broke out on Tuesday in Raqqa governorate.", "en"),
    ],
)
def test_a_province_cue_resolves_to_the_province(gazetteer, text, language):
    (clashes,) = [e for e in _read(text, gazetteer, language=language) if e.event_type is EventType.CLASHES]
    assert clashes.place.feature_class == "governorate" and clashes.place.country == "SY"


def test_a_trigger_after_sans_is_no_event(gazetteer):
    events = _read(
        "Les forces, qui opèrent en Syrie sans l'accord des autorités, ont repris Tabqa lundi.",
        gazetteer,
        language="fr",
    )
    assert [e.event_type for e in events] == [EventType.CAPTURE]


@pytest.mark.parametrize(
    "heading, titles",
    [
        ("Sur le même sujet", ["Raqqa : la bataille pour la ville", "Mossoul libérée, et après"]),
        ("Related articles", ["Syria: the battle for Raqqa", "Mosul after the fall"]),
    ],
)
def test_a_related_articles_block_is_blanked_up_to_the_next_sentence(heading, titles):
    sentence = "Les combats ont repris mardi près de Hajine."
    text = "\n".join([heading, *titles, "", sentence])
    lines = mask_boilerplate(text).split("\n")
    assert all(not line.strip() for line in lines[: len(titles) + 1])
    assert lines[-1] == sentence


def test_a_short_line_signed_once_is_not_a_teaser():
    text = "Raqqa - Gazette\nLibération de Raqqa : la ville reprise\n\nLes combats ont repris."
    assert mask_boilerplate(text) == text
