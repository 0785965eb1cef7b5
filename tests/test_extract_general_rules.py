"""General reading rules for event places and dates, on short texts of our own (issue #15,
"words that came from one article are replaced by general rules")."""

from __future__ import annotations

import datetime as dt

import pytest

try:
    from tests.extract_fixtures import RECORDS, _city
except ImportError:  # tests/ is not a package here: pytest puts it on sys.path
    from extract_fixtures import RECORDS, _city  # type: ignore[no-redef]

from geoevents.extract import Metadata, extract_document
from geoevents.extract.document import document_from_text
from geoevents.gazetteer import Gazetteer
from geoevents.gazetteer import index as index_module
from geoevents.gazetteer.entry import GazetteerEntry
from geoevents.gazetteer.sources import SourceRecord
from geoevents.model import Event, EventType

_INDEX = getattr(index_module, "MemoryIndex", None) or index_module.GazetteerIndex


def _country(code: str, name: str, lat: float, lon: float, *names: str) -> SourceRecord:
    return SourceRecord(
        GazetteerEntry(f"country:{code}", name, "country", lat, lon, country=code), (name, *names)
    )


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    records = (
        *RECORDS,
        _city("garissa", "Garissa", -0.45, 39.65, "KE", 160000),
        _city("nairobi", "Nairobi", -1.29, 36.82, "KE", 4400000),
        _city("kigali", "Kigali", -1.95, 30.06, "RW", 1100000),
        _city("kolofata", "Kolofata", 11.17, 14.01, "CM", 10000),
        _city("teloloapan", "Teloloapan", 18.37, -99.87, "MX", 20000),
        _country("BI", "Burundi", -3.4, 29.9),
        _country("TZ", "Tanzania", -6.4, 34.9, "Tanzanie"),
        _country("NG", "Nigeria", 9.1, 8.7),
        _country("KE", "Kenya", 0.2, 37.9),
    )
    return Gazetteer(_INDEX.build(records))


def _events(gazetteer: Gazetteer, text: str, published: dt.date, language: str) -> list[Event]:
    document = document_from_text(text, overrides=Metadata(published=published, language=language))
    return extract_document(document, gazetteer=gazetteer).events


def _one(events: list[Event], kind: EventType, words: str) -> Event:
    return next(e for e in events if e.event_type is kind and words in e.description)


def test_the_wounded_are_placed_where_they_were_hurt_not_where_they_were_flown(gazetteer):
    events = _events(
        gazetteer,
        "Gunmen stormed a campus in Garissa on Thursday. At least 79 people were wounded and flown to Nairobi.",
        dt.date(2015, 4, 3),
        "en",
    )
    wounded = _one(events, EventType.CASUALTIES, "flown to Nairobi")
    assert wounded.place_text == "Garissa"
    assert wounded.when.start == wounded.when.end == dt.date(2015, 4, 2)  # told in the past: that Thursday


def test_places_listed_after_a_destination_are_refuges_too(gazetteer):
    events = _events(
        gazetteer,
        "Les combats ont repris à Kigali lundi. Des milliers d'habitants fuient vers le Burundi et la Tanzanie.",
        dt.date(1994, 4, 12),
        "fr",
    )
    assert _one(events, EventType.DISPLACEMENT, "fuient").place_text == "Kigali"


def test_a_landmark_is_not_the_place_of_the_event(gazetteer):
    events = _events(
        gazetteer,
        "Boko Haram a attaqué Kolofata lundi. La localité, à dix kilomètres de la frontière avec le "
        "Nigeria, avait déjà été attaquée en juillet.",
        dt.date(2015, 1, 13),
        "fr",
    )
    earlier = _one(events, EventType.CLASHES, "en juillet")
    assert earlier.place_text == "Kolofata"


def test_a_night_named_with_its_days_is_those_days():
    events = _events(
        Gazetteer(_INDEX.build(RECORDS)),
        "Azerbaijani forces shelled Armenian towns overnight Monday to Tuesday.",
        dt.date(2022, 9, 14),
        "en",
    )
    shelling = _one(events, EventType.AIRSTRIKE, "shelled")
    assert (shelling.when.start, shelling.when.end) == (dt.date(2022, 9, 12), dt.date(2022, 9, 13))


def test_a_statement_keeps_its_date_after_where_it_was_made_not_what_it_reports(gazetteer):
    vowed = _events(
        gazetteer,
        "President Kenyatta vowed in a televised address from Nairobi on Thursday night to fight on.",
        dt.date(2015, 4, 3),
        "en",
    )
    assert _one(vowed, EventType.STATEMENT, "vowed").when.start == dt.date(2015, 4, 2)
    said = _events(
        gazetteer,
        "Security officials said 104 passengers had been rescued in Garissa overnight.",
        dt.date(2015, 4, 3),
        "en",
    )
    assert _one(said, EventType.STATEMENT, "said").when.start == dt.date(2015, 4, 3)


def test_only_an_event_told_in_the_past_takes_the_date_before_it(gazetteer):
    events = _events(
        gazetteer,
        "Gunmen attacked Garissa on Monday. Seven suspects were arrested. The militants are now besieged in the centre.",
        dt.date(2015, 4, 8),
        "en",
    )
    assert _one(events, EventType.OTHER, "arrested").when.start == dt.date(2015, 4, 6)
    assert _one(events, EventType.OTHER, "besieged").when.start == dt.date(2015, 4, 8)


def test_the_news_of_the_day_before_dates_what_a_later_paragraph_tells_in_the_past(gazetteer):
    events = _events(
        gazetteer,
        "Government forces captured Garissa on Wednesday.\n\nAt least 11 fighters were killed in the assault.",
        dt.date(2016, 8, 11),
        "en",
    )
    assert _one(events, EventType.CASUALTIES, "11 fighters").when.start == dt.date(2016, 8, 10)


def test_an_attribution_with_an_elided_article_is_a_statement(gazetteer):
    events = _events(
        gazetteer,
        "Plus de 200 000 personnes ont fui leurs villages, selon l'ONU.",
        dt.date(2017, 3, 29),
        "fr",
    )
    assert any(e.event_type is EventType.STATEMENT for e in events)


def test_spanish_past_tenses_and_perfect_counts(gazetteer):
    events = _events(
        gazetteer,
        "Hombres armados atacaron el lunes una comisaría de Teloloapan. Otros cuatro agentes resultaron heridos.",
        dt.date(2023, 12, 7),
        "es",
    )
    assert _one(events, EventType.CASUALTIES, "heridos").when.start == dt.date(2023, 12, 4)
    toll = _one(
        _events(
            gazetteer,
            "La ofensiva que lanzó el ELN el pasado jueves en Teloloapan ha dejado al menos 80 muertos.",
            dt.date(2025, 1, 20),
            "es",
        ),
        EventType.CASUALTIES,
        "muertos",
    )
    assert (toll.when.start, toll.when.end) == (dt.date(2025, 1, 16), dt.date(2025, 1, 20))


def test_a_comparison_inside_a_closed_quotation_does_not_hide_who_said_it(gazetteer):
    events = _events(
        gazetteer,
        "« Raqqa ne sera pas un nouveau Dresde », a assuré à la radio le porte-parole de l'armée.",
        dt.date(2017, 10, 24),
        "fr",
    )
    assert any(e.event_type is EventType.STATEMENT for e in events)
    spoken = _events(
        gazetteer,
        "Raqqa a connu le destin de Dresde, détruite en 1945 par les bombardements.",
        dt.date(2017, 10, 24),
        "fr",
    )
    assert not any(e.when.start.year == 1945 for e in spoken)


def test_the_country_and_the_town_named_without_a_name(gazetteer):
    events = _events(
        gazetteer,
        "Gunmen stormed a campus in Garissa on Thursday, the worst attack in Kenya in years. Others "
        "attacked a market in Nairobi on Friday. A curfew was imposed across the country. Shelling "
        "hit the town again on Saturday.",
        dt.date(2015, 4, 5),
        "en",
    )
    assert _one(events, EventType.OTHER, "curfew").place_text == "Kenya"
    assert _one(events, EventType.AIRSTRIKE, "Shelling").place_text == "Garissa"


def test_a_statement_opening_with_he_goes_on_the_one_told_just_before(gazetteer):
    events = _events(
        gazetteer,
        'The governor told reporters in Garissa on Friday afternoon. "We will rebuild," he said.\n\n'
        "He said the town would be run by its council.\n\nThe ministry said schools would reopen.",
        dt.date(2015, 11, 14),
        "en",
    )
    assert _one(events, EventType.STATEMENT, "would be run").when.start == dt.date(2015, 11, 13)
    assert _one(events, EventType.STATEMENT, "schools").when.start == dt.date(2015, 11, 14)


@pytest.mark.parametrize(
    ("text", "language", "start", "end"),
    [
        ("Rebels captured the town last year.", "en", dt.date(2015, 1, 1), dt.date(2015, 12, 31)),
        ("Les rebelles ont pris la ville l'an dernier.", "fr", dt.date(2015, 1, 1), dt.date(2015, 12, 31)),
        ("Los rebeldes tomaron la ciudad el año pasado.", "es", dt.date(2015, 1, 1), dt.date(2015, 12, 31)),
        ("Rebels captured the town two years ago.", "en", dt.date(2014, 1, 1), dt.date(2014, 12, 31)),
        ("Les rebelles ont pris la ville il y a deux ans.", "fr", dt.date(2014, 1, 1), dt.date(2014, 12, 31)),
        ("Los rebeldes tomaron la ciudad hace dos años.", "es", dt.date(2014, 1, 1), dt.date(2014, 12, 31)),
        ("A massacre killed thousands two decades ago.", "en", dt.date(1996, 1, 1), dt.date(1996, 12, 31)),
        (
            "Rebels captured the town on Oct. 27 last year.",
            "en",
            dt.date(2015, 10, 27),
            dt.date(2015, 10, 27),
        ),
        ("Rebels captured the town in April last year.", "en", dt.date(2015, 4, 1), dt.date(2015, 4, 30)),
    ],
)
def test_last_year_and_years_ago_are_that_year(text, language, start, end):
    events = _events(Gazetteer(_INDEX.build(RECORDS)), text, dt.date(2016, 3, 2), language)
    assert [(e.when.start, e.when.end) for e in events] == [(start, end)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rebels attacked the camp on Monday. Hours later, they captured the town.", "en"),
        ("Les rebelles ont attaqué le camp lundi. Quelques heures plus tard, ils ont pris la ville.", "fr"),
        ("Los rebeldes atacaron el campamento el lunes. Horas después, tomaron la ciudad.", "es"),
    ],
)
def test_hours_later_is_the_day_of_the_event_before(text, language):
    events = _events(Gazetteer(_INDEX.build(RECORDS)), text, dt.date(2016, 3, 2), language)
    assert [e.when.start for e in events] == [dt.date(2016, 2, 29)] * 2


def test_a_town_near_places_the_ranking_settled_is_no_false_friend():
    """'Tripoli' first read as Tripoli, Iowa (the text names the United States) is Libya's once
    ranked with Benghazi: Sirte, near both, is kept, and the capture is placed there."""
    records = (
        *RECORDS,
        _city("tripoli-ly", "Tripoli", 32.89, 13.19, "LY", 1_150_000),
        _city("tripoli-ia", "Tripoli", 42.81, -92.26, "US", 1_300),
        _city("benghazi", "Benghazi", 32.12, 20.07, "LY", 760_000),
        _city("misrata", "Misrata", 32.38, 15.09, "LY", 390_000),
        _city("sirte", "Sirte", 31.21, 16.59, "LY", 128_000),
    )
    text = (
        "TRIPOLI - Government forces captured the port of Sirte on Wednesday. The United States "
        "has carried out air strikes since August. Fighters from Benghazi and Misrata joined the assault."
    )
    document = document_from_text(text, overrides=Metadata(published=dt.date(2016, 8, 11), language="en"))
    extraction = extract_document(document, gazetteer=Gazetteer(_INDEX.build(records)))
    sirte = next(m for m in extraction.mentions if m.text == "Sirte")
    assert sirte.is_place and sirte.place is not None and abs(sirte.place.latitude - 31.21) < 0.1
    assert _one(extraction.events, EventType.CAPTURE, "captured").place_text == "Sirte"


def test_a_demonym_is_not_a_town_of_that_spelling(gazetteer):
    """'Kenyan' is Kenya's demonym, never a town one of whose names folds to the same word;
    'Congo', a country's name, stays a place."""
    records = (
        *RECORDS,
        _city("garissa", "Garissa", -0.45, 39.65, "KE", 160000),
        _city("shenyang", "Shenyang", 41.8, 123.4, "CN", 8_000_000, "Kényan"),
        _country("CG", "Congo", -0.7, 15.6),
    )
    text = "Kenyan troops attacked a camp near Garissa on Monday. Refugees fled to Congo."
    document = document_from_text(text, overrides=Metadata(published=dt.date(2015, 4, 5), language="en"))
    extraction = extract_document(document, gazetteer=Gazetteer(_INDEX.build(records)))
    kenyan = next(m for m in extraction.mentions if m.text == "Kenyan")
    assert not kenyan.is_place
    assert next(m for m in extraction.mentions if m.text == "Congo").is_place


@pytest.mark.parametrize(
    ("text", "language", "person", "place"),
    [
        ('"It is symbolic," said Victoria Amiri, a researcher in Garissa.', "en", "Victoria", "Garissa"),
        ("El presidente Pedro Sánchez visitó Garissa el lunes.", "es", "Pedro Sánchez", "Garissa"),
        (
            "Des jihadistes ont attaqué Ben Guerdane lundi, a dit Pedro Sánchez.",
            "fr",
            "Pedro Sánchez",
            "Ben Guerdane",
        ),
    ],
)
def test_a_first_name_and_a_surname_are_a_person_not_a_town(text, language, person, place):
    records = (
        *RECORDS,
        _city("garissa", "Garissa", -0.45, 39.65, "KE", 160000),
        _city("victoria", "Victoria", 48.43, -123.37, "CA", 90000),
        _city("pedro-sanchez", "Pedro Sánchez", 18.86, -69.11, "DO", 3000),
        _city("ben-guerdane", "Ben Guerdane", 33.14, 11.22, "TN", 80000),
    )
    document = document_from_text(text, overrides=Metadata(published=dt.date(2016, 3, 8), language=language))
    mentions = extract_document(document, gazetteer=Gazetteer(_INDEX.build(records))).mentions
    assert not any(m.is_place for m in mentions if m.text.startswith(person))
    assert any(m.is_place for m in mentions if m.text == place)


def test_a_spanish_future_tense_is_planned_and_its_weekday_the_coming_one(gazetteer):
    """'viajará' (folded like the past subjunctive 'viajara') is a future: the Wednesday it names
    is the coming one; the past 'atacaron el lunes' stays that past Monday."""
    events = _events(
        gazetteer,
        "Los rebeldes atacaron Garissa el lunes. El ministro viajará el miércoles a Nairobi.",
        dt.date(2023, 2, 20),
        "es",
    )
    visit = next(e for e in events if "viajará" in e.description)
    assert visit.status.value == "planned"
    assert visit.when.start == dt.date(2023, 2, 22)


def test_since_an_event_named_by_its_year_dates_that_event_only(gazetteer):
    """'since the 1998 bombing': the bombing is of 1998; the attack of the sentence keeps its own
    day, and the toll told next is not the bombing's."""
    text = (
        "Gunmen attacked a campus in Garissa on Thursday, the deadliest attack since the 1998 bombing "
        "of the embassy in Nairobi. Officials said it killed 147 people in Garissa."
    )
    events = _events(gazetteer, text, dt.date(2015, 4, 3), "en")
    by_trigger = {text[slice(*e.evidence.trigger_span)]: e for e in events if e.evidence is not None}
    bombing = by_trigger["bombing"]
    assert (bombing.when.start, bombing.when.end) == (dt.date(1998, 1, 1), dt.date(1998, 12, 31))
    assert by_trigger["killed"].when.start == dt.date(2015, 4, 2)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gunmen attacked Garissa on Monday.\n\nThousands of people have fled the town.", "en"),
        ("Los rebeldes atacaron Garissa el lunes.\n\nMiles de personas han huido de la ciudad.", "es"),
    ],
)
def test_an_undated_perfect_tally_runs_from_the_first_news_to_publication(gazetteer, text, language):
    events = _events(gazetteer, text, dt.date(2015, 4, 8), language)
    fled = next(e for e in events if e.event_type is EventType.DISPLACEMENT)
    assert (fled.when.start, fled.when.end) == (dt.date(2015, 4, 6), dt.date(2015, 4, 8))


def test_spanish_proclaimed_is_a_statement_and_a_gerund_of_fighting_clashes(gazetteer):
    text = (
        "El gobernador proclamó ayer la victoria en Garissa, aunque las tropas seguían combatiendo "
        "este martes en Nairobi."
    )
    events = _events(gazetteer, text, dt.date(2017, 7, 11), "es")
    kinds = {text[slice(*e.evidence.trigger_span)]: e for e in events if e.evidence is not None}
    assert kinds["proclamó"].event_type is EventType.STATEMENT
    assert kinds["proclamó"].when.start == dt.date(2017, 7, 10)
    assert kinds["combatiendo"].event_type is EventType.CLASHES
    assert kinds["combatiendo"].when.start == dt.date(2017, 7, 11)


@pytest.mark.parametrize(
    ("text", "language", "last_day"),
    [
        ("The ministry said it would fly tents to Garissa in the coming days.", "en", 12),
        ("Le ministère a annoncé l'envoi de tentes à Garissa « dans les prochains jours ».", "fr", 12),
        ("El ministerio dijo que enviará tiendas a Garissa en las próximas semanas.", "es", 47),
    ],
)
def test_a_statement_with_a_horizon_announces_a_plan_of_its_own(gazetteer, text, language, last_day):
    """The statement is made on the day of the report; what it announces is a planned event of its
    own, from publication to the stated horizon (a week for days, six weeks for weeks)."""
    events = _events(gazetteer, text, dt.date(2024, 3, 5), language)
    said = _one(events, EventType.STATEMENT, "Garissa")
    assert (said.when.start, said.when.end) == (dt.date(2024, 3, 5), dt.date(2024, 3, 5))
    plan = _one(events, EventType.OTHER, "Garissa")
    assert plan.status.value == "planned"
    assert plan.when.start == dt.date(2024, 3, 5)
    assert plan.when.end == dt.date(2024, 3, 5) + dt.timedelta(days=last_day - 5)
    assert plan.place is not None and plan.place.name == "Garissa"


def test_a_statement_without_a_horizon_announces_no_plan(gazetteer):
    events = _events(
        gazetteer, "The ministry said on Monday that Garissa was calm.", dt.date(2024, 3, 5), "en"
    )
    assert [e.event_type for e in events] == [EventType.STATEMENT]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In December, gunmen abducted 80 pupils in Garissa and released them a week later.", "en"),
        (
            "En décembre, des hommes armés ont enlevé 80 élèves à Garissa, libérés une semaine plus tard.",
            "fr",
        ),
    ],
)
def test_a_week_later_after_a_month_stays_in_that_month(gazetteer, text, language):
    """'A week later' counted from a month named before it in the sentence is still that month, not
    a day a week after the last dated event."""
    events = _events(gazetteer, "Gunmen attacked Garissa on Monday. " + text, dt.date(2021, 2, 27), language)
    later = [e for e in events if "pupils" in e.description or "élèves" in e.description]
    assert later
    for event in later:
        assert (event.when.start, event.when.end) == (dt.date(2020, 12, 1), dt.date(2020, 12, 31))


def test_a_later_day_counts_from_a_day_and_a_long_offset_leaves_the_month():
    """The window rule is for offsets shorter than the month: 'a day later' after a named day is
    the next day, and 'a week later' seven days after the day named last before it."""
    from geoevents.time.choose import resolve_anaphora
    from geoevents.time.find import find_dates
    from geoevents.time.tables import fold_keep_offsets

    text = "Gunmen abducted pupils on 3 December, freed some a day later and the rest a week later."
    found = find_dates(text, 0, len(text), dt.date(2021, 2, 27), fold_keep_offsets(text))
    spans = [d.span for d in resolve_anaphora(found, []) if d.span is not None]
    assert [(s.start, s.end) for s in spans] == [
        (dt.date(2020, 12, 3), dt.date(2020, 12, 3)),
        (dt.date(2020, 12, 4), dt.date(2020, 12, 4)),
        (dt.date(2020, 12, 11), dt.date(2020, 12, 11)),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Es la mayor incursión en el país desde el inicio de la guerra, en febrero de 2022.", "es"),
        ("C'est la pire attaque dans le pays depuis le début de la guerre, en février 2022.", "fr"),
        ("It was the worst attack in the country since the war began, in February 2022.", "en"),
    ],
)
def test_a_synthetic_superlative_before_since_is_a_comparison_not_a_span(text, language):
    """'la mayor ... desde', 'la pire ... depuis', 'the worst ... since' compare with an earlier
    event: the date after them is that event's month, not a span running to publication."""
    from geoevents.time.find import find_dates
    from geoevents.time.tables import fold_keep_offsets

    found = find_dates(text, 0, len(text), dt.date(2024, 8, 8), fold_keep_offsets(text))
    month = next(d for d in found if d.span is not None and d.span.start == dt.date(2022, 2, 1))
    assert month.since is None
    assert month.span is not None and month.span.end == dt.date(2022, 2, 28)


def test_an_inverted_incise_after_a_quotation_is_a_statement_dated_by_its_day(gazetteer):
    """'« ... », a lancé jeudi le gouverneur': the verb after the closed quotation says who spoke and
    when; the comparison inside the quotation ('le sort de Nairobi') does not take that day."""
    text = "« Nous ne laisserons pas Garissa connaître le sort de Nairobi », a lancé jeudi le gouverneur."
    events = _events(gazetteer, text, dt.date(2015, 4, 4), "fr")
    said = _one(events, EventType.STATEMENT, "gouverneur")
    assert said.evidence is not None and text[slice(*said.evidence.trigger_span)] == "a lancé"
    assert (said.when.start, said.when.end) == (dt.date(2015, 4, 2), dt.date(2015, 4, 2))


@pytest.mark.parametrize(
    ("text", "language", "start"),
    [
        (
            "La guerre, qui a éclaté en avril 2023 à Garissa, a fait des milliers de morts.",
            "fr",
            dt.date(2023, 4, 1),
        ),
        (
            "Les combats, lancés début avril à Garissa, ont fait plus de 3 000 morts.",
            "fr",
            dt.date(2024, 4, 1),
        ),
        ("Los combates, iniciados en abril en Garissa, han dejado 3.000 muertos.", "es", dt.date(2024, 4, 1)),
    ],
)
def test_a_toll_after_a_clause_dating_its_subjects_start_runs_to_publication(
    gazetteer, text, language, start
):
    """'La guerre, qui a éclaté en avril 2023, a fait des milliers de morts': the toll is counted from
    the war's start to publication, not inside April."""
    events = _events(gazetteer, text, dt.date(2024, 6, 10), language)
    toll = next(e for e in events if e.event_type is EventType.CASUALTIES)
    assert (toll.when.start, toll.when.end) == (start, dt.date(2024, 6, 10))


def test_a_toll_dated_by_its_own_day_keeps_that_day(gazetteer):
    text = "L'attaque de mardi à Garissa a fait dix morts."
    events = _events(gazetteer, text, dt.date(2024, 6, 10), "fr")
    toll = next(e for e in events if e.event_type is EventType.CASUALTIES)
    assert (toll.when.start, toll.when.end) == (dt.date(2024, 6, 4), dt.date(2024, 6, 4))


@pytest.mark.parametrize(
    "text",
    [
        "En la frontera, los rebeldes atacaron el domingo un puesto del ejército en Garissa.",
        "La primera columna de rebeldes atacó el domingo un puesto del ejército en Garissa.",
    ],
)
def test_a_spanish_word_ending_like_a_french_future_is_no_plan(gazetteer, text):
    """'frontera', 'primera', 'cocalera' end like the French future ('lancera'): in a Spanish text
    only the Spanish pack's planned words count, so the attack happened last Sunday."""
    events = _events(gazetteer, text, dt.date(2024, 9, 4), "es")
    attack = next(e for e in events if e.event_type is not EventType.STATEMENT)
    assert attack.status.value == "happened"
    assert attack.when.start == dt.date(2024, 9, 1)


def test_a_statement_after_a_past_event_still_announces_its_horizon(gazetteer):
    """'Talks were suspended last month, and mediators said they hoped to resume them within weeks':
    the talks keep last month; what the mediators announce is planned up to the horizon."""
    text = "Talks in Garissa were suspended last month, and mediators said they hoped to resume them within weeks."
    events = _events(gazetteer, text, dt.date(2023, 6, 16), "en")
    plans = [e for e in events if e.status.value == "planned"]
    assert len(plans) == 1
    assert (plans[0].when.start, plans[0].when.end) == (dt.date(2023, 6, 16), dt.date(2023, 7, 28))
    past = [e for e in events if e.status.value == "happened" and e.event_type is not EventType.STATEMENT]
    assert past and all(e.when.start == dt.date(2023, 5, 1) for e in past)


def test_a_statement_in_the_spanish_future_is_planned_on_the_coming_weekday(gazetteer):
    """'El gobernador pedirá el viernes ...': the request is still to come, on the next Friday."""
    text = "El gobernador de Garissa pedirá el viernes más tropas al Gobierno."
    events = _events(gazetteer, text, dt.date(2024, 8, 28), "es")
    said = _one(events, EventType.STATEMENT, "pedirá")
    assert said.status.value == "planned"
    assert said.when.start == dt.date(2024, 8, 30)


def test_spanish_fired_with_a_day_between_and_wounded_are_events_of_that_day(gazetteer):
    """'disparó ayer contra un puesto ... e hirió a dos soldados': the firing (a strike from a
    distance) and the wounded, both of yesterday, not the statement's day."""
    text = "Un tanque disparó ayer contra un puesto del ejército en Garissa e hirió a dos soldados, informó la misión."
    events = _events(gazetteer, text, dt.date(2024, 10, 11), "es")
    kinds = {text[slice(*e.evidence.trigger_span)]: e for e in events if e.evidence is not None}
    assert kinds["disparó"].event_type is EventType.AIRSTRIKE
    assert kinds["disparó"].when.start == dt.date(2024, 10, 10)
    assert kinds["hirió"].event_type is EventType.CASUALTIES
    assert kinds["hirió"].when.start == dt.date(2024, 10, 10)


def test_one_french_wounded_is_a_casualty(gazetteer):
    events = _events(gazetteer, "Un soldat a été blessé mardi à Garissa.", dt.date(2024, 10, 11), "fr")
    hurt = _one(events, EventType.CASUALTIES, "blessé")
    assert hurt.when.start == dt.date(2024, 10, 8)
