"""The Spanish language pack (geoevents/extract/lang/es/): detection, dates, triggers and
toponym filters on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from geoevents.extract import extract_document, load_document
from geoevents.extract.events import find_triggers
from geoevents.extract.language import detect_language
from geoevents.extract.sentences import split_sentences
from geoevents.extract.toponyms import spot
from geoevents.model import DatePrecision, EventType
from geoevents.time import find_dates, fold_keep_offsets, parse_timespan
from tests.helpers import run_cli

PUBLISHED = dt.date(2021, 5, 3)  # a Monday

ARTICLE = """---
title: Combates en el Cauca dejan tres soldados muertos
published: 2021-05-03
source: Agencia de prueba
---
Suscríbete a nuestro boletín

Combates en el Cauca dejan tres soldados muertos

Tres soldados murieron ayer en enfrentamientos con la guerrilla cerca de Popayán, informó el Ejército.

Según el coronel Andrés Suárez, la ofensiva comenzó el pasado martes en el departamento del Cauca.

Más de dos mil personas huyeron hacia Cali desde el lunes, según la alcaldía.

Lee también: Nueve muertos en una masacre en Medellín

© EFE
"""


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "cauca-es.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


# ---------------------------------------------------------------- detection


def test_spanish_is_detected_and_french_and_english_stay_themselves():
    assert detect_language(ARTICLE) == "es"
    assert (
        detect_language("Les forces ont repris la ville hier selon un porte-parole de la coalition.") == "fr"
    )
    assert (
        detect_language("The army said on Sunday that its troops had retaken the town after clashes.") == "en"
    )


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("written", "start", "end", "precision"),
    [
        ("ayer", "2021-05-02", "2021-05-02", DatePrecision.DAY),
        ("anteayer", "2021-05-01", "2021-05-01", DatePrecision.DAY),
        ("hoy", "2021-05-03", "2021-05-03", DatePrecision.DAY),
        ("el pasado martes", "2021-04-27", "2021-04-27", DatePrecision.DAY),
        ("el martes pasado", "2021-04-27", "2021-04-27", DatePrecision.DAY),
        ("el próximo viernes", "2021-05-07", "2021-05-07", DatePrecision.DAY),
        ("la semana pasada", "2021-04-26", "2021-05-02", DatePrecision.WEEK),
        ("la próxima semana", "2021-05-10", "2021-05-16", DatePrecision.WEEK),
        ("el mes pasado", "2021-04-01", "2021-04-30", DatePrecision.MONTH),
        ("el 17 de octubre de 2017", "2017-10-17", "2017-10-17", DatePrecision.DAY),
        ("desde agosto de 2014", "2014-08-01", "2021-05-03", DatePrecision.RANGE),
        ("a principios de octubre", "2020-10-01", "2020-10-10", DatePrecision.PART_OF_MONTH),
        ("a mediados de octubre", "2020-10-11", "2020-10-20", DatePrecision.PART_OF_MONTH),
        ("a finales de octubre", "2020-10-21", "2020-10-31", DatePrecision.PART_OF_MONTH),
        ("a mediados de 2016", "2016-06-01", "2016-07-31", DatePrecision.RANGE),  # as "mid-2016"
        ("finales de 2021", "2021-11-01", "2021-12-31", DatePrecision.RANGE),  # as "fin 2021"
        ("hace tres días", "2021-04-30", "2021-04-30", DatePrecision.DAY),
        ("en mayo del año pasado", "2020-05-01", "2020-05-31", DatePrecision.MONTH),
        ("la noche del viernes al sábado", "2021-04-30", "2021-05-01", DatePrecision.RANGE),
        ("anoche", "2021-05-02", "2021-05-02", DatePrecision.DAY),  # the evening of the day before
        ("esta mañana", "2021-05-03", "2021-05-03", DatePrecision.DAY),
        ("mañana", "2021-05-04", "2021-05-04", DatePrecision.DAY),
        ("el lunes y el martes", "2021-04-26", "2021-04-27", DatePrecision.RANGE),
    ],
)
def test_spanish_dates_are_read_against_publication(written, start, end, precision):
    span = parse_timespan(written, PUBLISHED)
    assert (span.start.isoformat(), span.end.isoformat(), span.precision) == (start, end, precision)


def _dates(sentence: str):
    return find_dates(sentence, 0, len(sentence), PUBLISHED)


def test_dates_are_found_in_spanish_sentences():
    found = _dates("La guerrilla tomó el pueblo el martes 27 de abril de 2020, según el ejército.")
    assert [(d.text, d.span.start) for d in found] == [
        ("el martes 27 de abril de 2020", dt.date(2020, 4, 27))
    ]
    (recent,) = _dates("En los últimos días huyeron miles de personas.")
    assert (recent.span.start, recent.span.end) == (dt.date(2021, 4, 26), PUBLISHED)
    (coming,) = _dates("La ofensiva comenzará en las próximas semanas.")
    assert coming.span.end == PUBLISHED + dt.timedelta(days=42)  # the gold set's "in the coming weeks"


def test_two_weekdays_and_tomorrow_are_found_in_a_sentence():
    (days,) = _dates("Los combates del lunes y el martes dejaron diez muertos.")
    assert (days.span.start, days.span.end) == (dt.date(2021, 4, 26), dt.date(2021, 4, 27))
    (tomorrow,) = _dates("El consejo se reunirá mañana en la capital.")
    assert tomorrow.span.start == dt.date(2021, 5, 4)
    assert not [
        d for d in _dates("Llegaron por la mañana.") if d.span and d.span.start == dt.date(2021, 5, 4)
    ]


def test_spanish_dates_that_lean_on_other_events():
    (after,) = _dates("Tras la toma de Mosul, el grupo se replegó.")
    assert after.span is None and after.after_place == "Mosul"
    (next_day,) = _dates("Al día siguiente el ejército entró en la ciudad.")
    assert next_day.days_after_previous == 1
    (since,) = _dates("Desde el inicio de la ofensiva han muerto 300 personas.")
    assert since.since_event == "ofensiva"


def test_english_ago_is_not_the_spanish_month_abbreviation():
    (ago,) = _dates("Three days ago 12 people died.")
    assert ago.span.start == dt.date(2021, 4, 30)


# ---------------------------------------------------------------- triggers


@pytest.mark.parametrize(
    ("sentence", "word", "kind"),
    [
        ("Un bombardeo destruyó el puente.", "bombardeo", EventType.AIRSTRIKE),
        ("Un ataque aéreo alcanzó la escuela.", "ataque aereo", EventType.AIRSTRIKE),
        ("Hubo enfrentamientos en la frontera.", "enfrentamientos", EventType.CLASHES),
        ("Los rebeldes tomaron el control del puerto.", "tomaron el control", EventType.CAPTURE),
        ("El ejército recuperó la ciudad.", "recupero", EventType.CAPTURE),
        ("Cinco civiles murieron en el ataque.", "murieron", EventType.CASUALTIES),
        ("Miles de desplazados llegaron a la capital.", "desplazados", EventType.DISPLACEMENT),
        ("El ministro anunció nuevas medidas.", "anuncio", EventType.STATEMENT),
        ("El gobierno lanzó una ofensiva en el sur.", "ofensiva", EventType.OFFENSIVE),
    ],
)
def test_spanish_triggers_and_their_types(sentence, word, kind):
    folded = fold_keep_offsets(sentence)
    found = {(folded[t.start : t.end], t.event_type) for t in find_triggers(folded, 0, len(folded))}
    assert (word, kind) in found


def test_taking_the_floor_is_not_a_capture():
    folded = fold_keep_offsets("El alcalde tomó la palabra en la plaza.")
    assert EventType.CAPTURE not in {t.event_type for t in find_triggers(folded, 0, len(folded))}


# ---------------------------------------------------------------- toponym filters


def _kinds(gazetteer, text: str) -> dict[str, str]:
    return {m.text: m.kind for m in spot(gazetteer, text, split_sentences(text))}


def test_a_title_makes_a_person_and_a_cartel_an_organisation(gazetteer):
    text = "Según el coronel Andrés Suárez, el Cártel de Sinaloa opera desde Culiacán."
    kinds = _kinds(gazetteer, text)
    assert kinds.get("Suárez", "person") == "person"
    assert kinds.get("Sinaloa") == "organisation"
    assert kinds.get("Culiacán") == "place"


def test_a_sentence_start_number_is_not_a_place(gazetteer):
    kinds = _kinds(gazetteer, "Tres soldados murieron en Popayán.")
    assert "Tres" not in kinds or kinds["Tres"] != "place"
    assert kinds.get("Popayán") == "place"


def test_a_department_cue_asks_for_the_region(gazetteer, tmp_path):
    path = tmp_path / "cue.md"
    path.write_text(
        "---\npublished: 2021-05-03\n---\nSiguen los combates en el departamento de Antioquia, "
        "según el ejército.\n",
        encoding="utf-8",
    )
    extraction = extract_document(load_document(path), gazetteer=gazetteer)
    (mention,) = [m for m in extraction.places if m.text == "Antioquia"]
    assert mention.place is not None and mention.place.feature_class in {"admin1", "province", "region"}


# ---------------------------------------------------------------- whole articles


def test_a_spanish_article_is_read_with_the_spanish_pack(article, gazetteer):
    extraction = extract_document(load_document(article), gazetteer=gazetteer)
    assert extraction.document.meta.language == "es"
    places = {m.text for m in extraction.places}
    assert "Medellín" not in places  # a "Lee también" link is boilerplate
    assert "Popayán" in places and "Cali" in places
    kinds = {(e.event_type, e.when.start) for e in extraction.events}
    assert (EventType.CASUALTIES, dt.date(2021, 5, 2)) in kinds  # "murieron ayer"
    assert (EventType.OFFENSIVE, dt.date(2021, 4, 27)) in kinds  # "el pasado martes"
    # "huyeron hacia Cali": where people fled to is not where the displacement happened
    displaced = [e for e in extraction.events if e.event_type is EventType.DISPLACEMENT]
    assert displaced and all(e.place_text != "Cali" for e in displaced)


def test_the_cli_accepts_language_es(article, tmp_path):
    out = tmp_path / "events.csv"
    result = run_cli("extract", str(article), "--language", "es", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "casualties" in out.read_text(encoding="utf-8")
