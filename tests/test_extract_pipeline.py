"""Articles to events: types, event places, dates, status and evidence offsets."""

from __future__ import annotations

import datetime as dt

import pytest

try:
    from tests.extract_fixtures import small_gazetteer
except ImportError:  # tests/ is not a package here: pytest puts it on sys.path
    from extract_fixtures import small_gazetteer  # type: ignore[no-redef]
from hypothesis import given
from hypothesis import strategies as st

from geoevents.extract import Metadata, extract_document
from geoevents.extract.document import document_from_text
from geoevents.extract.events import find_triggers
from geoevents.extract.sentences import split_sentences
from geoevents.model import EventStatus, EventType

ARTICLE = """---
published: 2017-10-24
source: Test Wire
---
S'abonner | Fil d'actu | Chat

BAGDAD, 24 octobre 2017 — La coalition prépare une offensive sur Abou Kamal, a indiqué le colonel Ryan Dillon.

Hier, des frappes aériennes ont visé des positions près de Hajine. Au moins neuf civils ont été tués.

Le champ voisin de Mayadine était aux mains de l'EI depuis juillet 2014. Raqqa a connu le destin de Dresde.
"""


@pytest.fixture(scope="module")
def extraction():
    document = document_from_text(ARTICLE, path="article.md", kind=".md")
    return extract_document(document, gazetteer=small_gazetteer())


def event(extraction, kind: EventType):
    return next(e for e in extraction.events if e.event_type is kind)


def test_the_offensive_happens_at_its_target_not_at_the_dateline(extraction):
    offensive = event(extraction, EventType.OFFENSIVE)
    assert offensive.place_text == "Abou Kamal"
    assert offensive.status is EventStatus.PLANNED
    assert offensive.when.start == dt.date(2017, 10, 24)
    assert offensive.source.name == "Test Wire"


def test_evidence_offsets_are_file_offsets(extraction):
    offensive = event(extraction, EventType.OFFENSIVE)
    evidence = offensive.evidence
    assert evidence.file == "article.md"
    assert ARTICLE[slice(*evidence.trigger_span)] == "offensive"
    assert ARTICLE[slice(*evidence.place_span)] == "Abou Kamal"
    assert evidence.sentence.startswith("BAGDAD, 24 octobre 2017")


def test_relative_date_and_inherited_place(extraction):
    strike = event(extraction, EventType.AIRSTRIKE)
    assert (strike.place_text, strike.when.start, strike.when.end) == (
        "Hajine",
        dt.date(2017, 10, 23),
        dt.date(2017, 10, 23),
    )
    assert ARTICLE[slice(*strike.evidence.date_span)] == "Hier"
    dead = event(extraction, EventType.CASUALTIES)
    assert (dead.place_text, dead.when.start) == ("Hajine", dt.date(2017, 10, 23))
    assert dead.evidence.place_span is None  # the place came from the previous sentence


def test_a_lasting_state_dates_its_start(extraction):
    capture = event(extraction, EventType.CAPTURE)
    assert capture.place_text == "Mayadine"
    assert (capture.when.start, capture.when.end) == (dt.date(2014, 7, 1), dt.date(2014, 7, 31))


def test_no_event_at_persons_comparisons_or_boilerplate(extraction):
    places = {e.place_text for e in extraction.events}
    assert not places & {"Dillon", "Dresde", "Chat"}
    assert all(m.text != "Dresde" or m.kind == "comparison" for m in extraction.mentions)


@pytest.mark.parametrize(
    "capture",
    [
        "Les forces ont repris Mossoul le 10 juillet 2017.",
        "Les forces irakiennes ont repris Mosul le 10 juillet 2017.",  # the same place written another way
    ],
)
def test_after_the_capture_of_a_place(capture):
    text = capture + " Après la prise de Mossoul, des milliers d'habitants ont fui vers Bagdad."
    document = document_from_text(text, overrides=Metadata(published=dt.date(2017, 10, 24)))
    extraction = extract_document(document, gazetteer=small_gazetteer())
    fled = next(e for e in extraction.events if e.event_type is EventType.DISPLACEMENT)
    assert (fled.when.start, fled.when.end) == (dt.date(2017, 7, 11), dt.date(2017, 10, 24))


def test_without_any_date_events_are_skipped_and_said():
    document = document_from_text("Des combats ont éclaté près de Bagdad.", path="x.txt")
    extraction = extract_document(document, gazetteer=small_gazetteer())
    assert extraction.events == []
    assert (
        extraction.problems and "x.txt" in extraction.problems[0] and "--published" in extraction.problems[0]
    )


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Des frappes aériennes ont visé la ville.", EventType.AIRSTRIKE),
        ("Iraqi troops retook the town.", EventType.CAPTURE),
        ("Heavy clashes erupted overnight.", EventType.CLASHES),
        ("Thousands fled the city.", EventType.DISPLACEMENT),
        ("Le ministre a déclaré que la ville était sûre.", EventType.STATEMENT),
        ("At least 11 soldiers were killed.", EventType.CASUALTIES),
        ("Des jeunes ont érigé des barricades à Raqqa.", EventType.OTHER),
        ("Les putschistes ont pris le palais à Bagdad.", EventType.CAPTURE),
        ("A second clash was reported near Raqqa.", EventType.CLASHES),
        ("Authorities cut mobile internet access across Raqqa.", EventType.OTHER),
        ("Voting went ahead across Iraq.", EventType.OTHER),
        ("Des hommes armés ont massacré au moins 85 personnes à Raqqa.", EventType.CASUALTIES),
        ("Le responsable a succombé à ses blessures.", EventType.CASUALTIES),
        ("Des troupes russes ont pénétré lundi dans le port.", EventType.CAPTURE),
        ("The LRA has fought Kampala since 1987.", EventType.CLASHES),
        ("The United Nations estimates that 1.6 million people live in camps.", EventType.STATEMENT),
        ("President Boris Yeltsin on Monday sacked Prime Minister Sergei Stepashin.", EventType.OTHER),
        ("Les combattants sont entrés jeudi soir dans la capitale.", EventType.CAPTURE),
        ("Le président, qui se trouvait à bord, a également péri.", EventType.CASUALTIES),
        ("Students defied a ban on rallies and were dispersed by police.", EventType.OTHER),
        ("Les deux candidats revendiquent la victoire.", EventType.STATEMENT),
        ("Le ministre doit se rendre en Géorgie.", EventType.OTHER),
        ("Most of the fighters slipped out of the city.", EventType.OTHER),
        ("The rebels would be cleared out within days.", EventType.OFFENSIVE),
        ("Britain recalled its ambassador.", EventType.OTHER),
        ("Le groupe a prêté allégeance à l'EI.", EventType.OTHER),
        ("Kilinochchi est tombée le 2 janvier.", EventType.CAPTURE),
        ("Mosul fell to the militants in June 2014.", EventType.CAPTURE),
        ("L'armée a rouvert la route.", EventType.OTHER),
        ("Le ministre est attendu jeudi à Tbilissi.", EventType.OTHER),
        ("The envoy is expected in Kabul next week.", EventType.OTHER),
        ("Des commandos avaient pris l'hôpital.", EventType.CAPTURE),
        ("The movement has also taken three districts.", EventType.CAPTURE),
        ("Le M23 avait déjà occupé Goma.", EventType.CAPTURE),
        ("NATO aircraft destroyed tanks near the port.", EventType.AIRSTRIKE),
        ("The revolt broke out in February.", EventType.OTHER),
        ("The violence began late on Thursday night.", EventType.CLASHES),
        ("Vendredi, ils avaient mis en déroute l'armée.", EventType.CLASHES),
        ("Les rebelles disent s'être regroupés autour de Mongo.", EventType.STATEMENT),
        ("Paris dit vouloir maintenir sa coopération.", EventType.STATEMENT),
        ("Des diplomates craignent une poussée vers Bukavu.", EventType.OFFENSIVE),
        ("Its first campaign was launched on Oct. 27.", EventType.OFFENSIVE),
        ("La colonne était partie de Gao début octobre.", EventType.OFFENSIVE),
        ("Mobile networks have been cut across the state.", EventType.OTHER),
        ("In January, the militants razed Baga.", EventType.OTHER),
        ("Des centaines de militaires ont rendu les armes.", EventType.OTHER),
        ("L'aéroport, fermé depuis vendredi, reste inaccessible.", EventType.OTHER),
        ("Kinshasa avait rompu samedi ses relations diplomatiques.", EventType.OTHER),
        ("Prosecutors charged him with drug trafficking.", EventType.OTHER),
        ("The Senate passed a $95 billion aid package.", EventType.OTHER),
        ("Le gouvernement est prêt à accueillir 40 000 familles.", EventType.DISPLACEMENT),
    ],
)
def test_trigger_types(sentence, kind):
    from geoevents.time import fold_keep_offsets

    assert kind in {t.event_type for t in find_triggers(fold_keep_offsets(sentence), 0, len(sentence))}


def test_sentences_keep_abbreviations_together():
    text = "Gen. Joseph Paris spoke. M. Dupont répond. U.S. forces left! Next one."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Gen. Joseph Paris spoke.",
        "M. Dupont répond.",
        "U.S. forces left!",
        "Next one.",
    ]


def test_next_day_and_same_day_follow_the_previous_event():
    text = (
        "Des frappes ont visé Hajine le 7 septembre 2023. Le lendemain, un camp a été attaqué près de Mayadine. "
        "Plus tard dans la journée, des civils ont fui vers Raqqa."
    )
    document = document_from_text(text, overrides=Metadata(published=dt.date(2023, 9, 14)))
    extraction = extract_document(document, gazetteer=small_gazetteer())
    days = {e.event_type: e.when.start for e in extraction.events}
    assert days[EventType.AIRSTRIKE] == dt.date(2023, 9, 7)
    assert days[EventType.CLASHES] == dt.date(2023, 9, 8)
    assert days[EventType.DISPLACEMENT] == dt.date(2023, 9, 8)


@given(st.text(alphabet=st.sampled_from(list("Ab. é!?«»\n'-Zz1")), max_size=200))
def test_sentences_are_ordered_trimmed_spans(text):
    previous_end = 0
    for sentence in split_sentences(text):
        assert previous_end <= sentence.start < sentence.end <= len(text)
        piece = text[sentence.start : sentence.end]
        assert piece == piece.strip() and "\n" not in piece
        previous_end = sentence.end


@given(st.text(alphabet=st.sampled_from(list("Abou Kamal d'Raqqa's-. ,Zé")), max_size=120))
def test_tokens_point_at_their_text(text):
    from geoevents.extract.toponyms import tokenize

    for token in tokenize(text, 0, len(text)):
        assert text[token.start : token.end] == token.text


@pytest.mark.parametrize(
    "sentence, kind, place",
    [
        ("Des milliers d'habitants ont fui Hajine vers Raqqa.", EventType.DISPLACEMENT, "Hajine"),
        ("Thousands fled toward Baghdad from Mosul.", EventType.DISPLACEMENT, "Mosul"),
        (
            "Des frappes ont eu lieu, a indiqué à Bagdad un porte-parole, près de Hajine.",
            EventType.AIRSTRIKE,
            "Hajine",
        ),
        ("Iraqi troops took Mosul on Sunday.", EventType.CAPTURE, "Mosul"),
    ],
)
def test_the_event_place_is_where_it_happened(sentence, kind, place):
    document = document_from_text(sentence, overrides=Metadata(published=dt.date(2017, 10, 24)))
    extraction = extract_document(document, gazetteer=small_gazetteer())
    assert next(e for e in extraction.events if e.event_type is kind).place_text == place


def test_what_is_said_of_a_comparison_is_no_event():
    text = "Raqqa a vécu le destin de Dresde, détruite en 1945 par les bombardements. Hier, des frappes ont visé Raqqa."
    document = document_from_text(text, overrides=Metadata(published=dt.date(2017, 10, 24)))
    extraction = extract_document(document, gazetteer=small_gazetteer())
    assert [(e.event_type, e.when.start.year) for e in extraction.events] == [(EventType.AIRSTRIKE, 2017)]


def _events(text: str, published: dt.date) -> dict[EventType, object]:
    document = document_from_text(text, overrides=Metadata(published=published))
    extraction = extract_document(document, gazetteer=small_gazetteer())
    return {e.event_type: e for e in extraction.events}


def test_a_statement_keeps_only_its_own_date():
    """ "Captured X on Wednesday, the army said": Wednesday is the capture's, the statement is the report's."""
    events = _events(
        "Government forces captured Abu Kamal on Wednesday, the army said in a statement.",
        dt.date(2017, 11, 9),
    )
    assert events[EventType.CAPTURE].when.start == dt.date(2017, 11, 8)
    assert events[EventType.STATEMENT].when.start == dt.date(2017, 11, 9)
    events = _events("On Tuesday, the ministry said troops had left Raqqa.", dt.date(2017, 11, 9))
    assert events[EventType.STATEMENT].when.start == dt.date(2017, 11, 7)


def test_a_date_joined_by_and_belongs_to_the_verb_before():
    events = _events(
        "Tanks rolled into Raqqa overnight and took control of the town on Tuesday.", dt.date(2024, 5, 7)
    )
    assert (events[EventType.CAPTURE].when.start, events[EventType.CAPTURE].when.end) == (
        dt.date(2024, 5, 7),
    ) * 2


def test_present_control_runs_to_publication_and_held_dates_the_capture():
    events = _events(
        "L'EI, qui contrôle la majeure partie de Raqqa depuis août 2014, recule.", dt.date(2017, 9, 6)
    )
    control = events[EventType.CAPTURE]
    assert (control.when.start, control.when.end, control.status) == (
        dt.date(2014, 8, 1),
        dt.date(2017, 9, 6),
        EventStatus.ONGOING,
    )
    events = _events("Le champ de Mayadine était aux mains de l'EI depuis juillet 2014.", dt.date(2017, 9, 6))
    assert (events[EventType.CAPTURE].when.start, events[EventType.CAPTURE].when.end) == (
        dt.date(2014, 7, 1),
        dt.date(2014, 7, 31),
    )


def test_a_planned_event_this_week_starts_at_publication():
    events = _events("Troops would be deployed to Raqqa this week.", dt.date(2024, 9, 17))
    deployed = events[EventType.OTHER]
    assert (deployed.status, deployed.when.start, deployed.when.end) == (
        EventStatus.PLANNED,
        dt.date(2024, 9, 17),
        dt.date(2024, 9, 22),
    )


def test_an_undated_toll_takes_the_date_of_what_happened_there():
    text = (
        "Fighters overran a base in Hajin on Saturday, officers said.\n\n"
        "At least 12 soldiers were killed in Hajin, according to one officer."
    )
    events = _events(text, dt.date(2019, 2, 4))
    assert events[EventType.CASUALTIES].when.start == dt.date(2019, 2, 2)


def test_that_day_is_the_last_day_named_not_an_open_span():
    text = "Raqqa had been under attack since October. Troops withdrew on Saturday. Full control of Raqqa was claimed later that day."
    events = _events(text, dt.date(2024, 2, 18))
    assert events[EventType.CAPTURE].when.start == dt.date(2024, 2, 17)


def test_ranges_between_two_dates():
    events = _events(
        "Raqqa avait été le théâtre des combats les plus meurtriers entre 2006 et 2014.",
        dt.date(2016, 10, 11),
    )
    clashes = events[EventType.CLASHES]
    assert (clashes.when.start, clashes.when.end) == (dt.date(2006, 1, 1), dt.date(2014, 12, 31))


def test_the_day_after_shifts_the_date_it_leans_on():
    events = _events(
        "Le président est mort, a annoncé mardi l'armée, au lendemain de la proclamation des résultats.",
        dt.date(2021, 4, 21),
    )
    assert events[EventType.OTHER].when.start == dt.date(2021, 4, 19)


def test_a_past_event_does_not_take_a_coming_date():
    events = _events(
        "Le président a décrété un deuil national pour samedi 31 octobre, après l'attaque où sept enfants ont été tués.",
        dt.date(2020, 10, 27),
    )
    assert events[EventType.OTHER].when.start == dt.date(2020, 10, 31)  # the mourning day, planned
    assert events[EventType.CASUALTIES].when.end <= dt.date(2020, 10, 27)


def test_where_it_was_said_and_where_missiles_came_from_are_not_the_event_place():
    events = _events(
        "Les insurgés encerclent Raqqa. Des avions ont mené dans la nuit trois frappes pour soutenir les forces, "
        "a indiqué à Bagdad le porte-parole.",
        dt.date(2016, 10, 11),
    )
    assert events[EventType.AIRSTRIKE].place_text == "Raqqa"
    events = _events(
        "Une frégate a tiré mardi des missiles depuis Mossoul sur des positions proches de Raqqa.",
        dt.date(2017, 9, 6),
    )
    assert events[EventType.AIRSTRIKE].place_text == "Raqqa"


def test_a_weekday_told_in_the_future_is_the_coming_one():
    events = _events("Le pays observera mardi une journée de deuil national à Raqqa.", dt.date(2022, 9, 19))
    assert events[EventType.OTHER].when.start == dt.date(2022, 9, 20)


def test_holding_a_town_since_is_ongoing():
    events = _events(
        "Les insurgés affirment tenir depuis mardi soir la ville de Raqqa.", dt.date(2014, 2, 19)
    )
    held = events[EventType.CAPTURE]
    assert (held.when.start, held.when.end, held.status) == (
        dt.date(2014, 2, 18),
        dt.date(2014, 2, 19),
        EventStatus.ONGOING,
    )


def test_a_date_after_the_trigger_is_its_own():
    events = _events(
        "L'attaque survient deux jours après l'assassinat du procureur, tué lundi à Bagdad.",
        dt.date(2015, 7, 1),
    )
    assert events[EventType.OTHER].when.start == dt.date(2015, 6, 29)


def test_the_dateline_city_is_not_what_the_article_is_about():
    text = "BAGDAD, 16 novembre — Des combats ont éclaté à Mossoul.\n\nLes forces ont repris la ville lundi."
    events = _events(text, dt.date(2020, 11, 16))
    assert events[EventType.CAPTURE].place_text == "Mossoul"


def test_the_day_right_after_said_is_the_announcement_s():
    """ "A annoncé dimanche une trêve à partir du 1er octobre": Sunday dates the announcement, the truce starts on the 1st."""
    events = _events(
        "L'AIS a annoncé dimanche une trêve unilatérale à partir du 1er octobre à Raqqa.",
        dt.date(1997, 9, 24),
    )
    truce = events[EventType.OTHER]
    assert (truce.when.start, truce.when.end) == (dt.date(1997, 10, 1), dt.date(1997, 10, 1))
    assert events[EventType.STATEMENT].when.start == dt.date(1997, 9, 21)


def test_since_a_clause_that_ends_with_its_date():
    """What is told before "since" runs from the clause's date to publication; the clause's
    own event is on that date; a superlative's "since" is a comparison."""
    text = (
        "Nearly 5,000 people have fled Raqqa since fighting broke out on March 21, officials said on Monday."
    )
    events = _events(text, dt.date(2021, 3, 29))
    fled = events[EventType.DISPLACEMENT]
    assert (fled.when.start, fled.when.end) == (dt.date(2021, 3, 21), dt.date(2021, 3, 29))
    assert (events[EventType.CLASHES].when.start, events[EventType.CLASHES].when.end) == (
        dt.date(2021, 3, 21),
    ) * 2
    events = _events(
        "Le conflit a fait 60 000 morts à Raqqa depuis l'annulation des élections, en janvier 1992.",
        dt.date(1997, 9, 24),
    )
    assert (events[EventType.CASUALTIES].when.start, events[EventType.CASUALTIES].when.end) == (
        dt.date(1992, 1, 1),
        dt.date(1997, 9, 24),
    )
    events = _events("More than 5,000 people have fled Raqqa since Monday's riot.", dt.date(2019, 9, 26))
    assert (events[EventType.DISPLACEMENT].when.start, events[EventType.DISPLACEMENT].when.end) == (
        dt.date(2019, 9, 23),
        dt.date(2019, 9, 26),
    )
    assert (events[EventType.OTHER].when.start, events[EventType.OTHER].when.end) == (
        dt.date(2019, 9, 23),
    ) * 2
    events = _events("It was the biggest capture since Raqqa fell in May last year.", dt.date(2024, 2, 18))
    assert events[EventType.CAPTURE].when.end == dt.date(2023, 5, 31)


def test_since_a_month_when_something_happened():
    events = _events(
        "Raqqa has been shaken by protests since mid-August, when police opened fire on students.",
        dt.date(2019, 9, 26),
    )
    assert (events[EventType.OTHER].when.start, events[EventType.OTHER].when.end) == (
        dt.date(2019, 8, 15),
        dt.date(2019, 9, 26),
    )
    assert (events[EventType.CLASHES].when.start, events[EventType.CLASHES].when.end) == (
        dt.date(2019, 8, 11),
        dt.date(2019, 8, 20),
    )


def test_after_days_of_fighting_dates_only_the_fighting():
    events = _events(
        "Rebels captured Raqqa on Saturday after nearly a month of fighting.", dt.date(2024, 8, 5)
    )
    assert (events[EventType.CAPTURE].when.start, events[EventType.CAPTURE].when.end) == (
        dt.date(2024, 8, 3),
    ) * 2
    assert (events[EventType.CLASHES].when.start, events[EventType.CLASHES].when.end) == (
        dt.date(2024, 7, 3),
        dt.date(2024, 8, 3),
    )
    events = _events(
        "Raqqa was quiet on Tuesday, the third day of an indefinite blockade.", dt.date(2005, 2, 15)
    )
    assert (events[EventType.OTHER].when.start, events[EventType.OTHER].when.end) == (
        dt.date(2005, 2, 13),
        dt.date(2005, 2, 15),
    )


def test_a_verb_told_in_the_past_is_not_planned_by_a_modal_after_it():
    events = _events("Rebels attacked Raqqa on Monday and said they would return.", dt.date(2024, 5, 7))
    assert events[EventType.CLASHES].status is EventStatus.HAPPENED
    events = _events("Les élections prévues à Raqqa pourraient être reportées.", dt.date(2024, 5, 7))
    assert events[EventType.OTHER].status is EventStatus.PLANNED


def test_people_murdered_are_casualties():
    events = _events(
        "Une soixantaine d'habitants de Raqqa ont été assassinés début septembre.", dt.date(1997, 9, 24)
    )
    assert (events[EventType.CASUALTIES].when.start, events[EventType.CASUALTIES].when.end) == (
        dt.date(1997, 9, 1),
        dt.date(1997, 9, 10),
    )


def test_coming_into_force_is_no_capture():
    from geoevents.time import fold_keep_offsets

    sentence = "Le cessez-le-feu est entré en vigueur lundi."
    kinds = {t.event_type for t in find_triggers(fold_keep_offsets(sentence), 0, len(sentence))}
    assert EventType.CAPTURE not in kinds


def test_a_year_that_names_one_event_dates_only_it():
    events = _events("The group rejected the 2016 peace deal signed in Raqqa.", dt.date(2021, 3, 29))
    assert (events[EventType.OTHER].when.start, events[EventType.OTHER].when.end) == (
        dt.date(2016, 1, 1),
        dt.date(2016, 12, 31),
    )
    events = _events("Les rebelles dénoncent l'accord de paix de 2016 à Raqqa.", dt.date(2021, 3, 29))
    assert events[EventType.OTHER].when.start == dt.date(2016, 1, 1)
    events = _events("The 2016 census counted 3,000 people; troops attacked Raqqa.", dt.date(2021, 3, 29))
    assert events[EventType.CLASHES].when.start == dt.date(2021, 3, 29)


def test_since_the_start_of_an_event_told_earlier():
    text = (
        "Rebels launched an offensive on Raqqa on Thursday. "
        "At least 35 people have been killed in Raqqa since the start of the fighting, the ministry said on Monday."
    )
    events = _events(text, dt.date(2019, 4, 8))
    killed = events[EventType.CASUALTIES]
    assert (killed.when.start, killed.when.end) == (dt.date(2019, 4, 4), dt.date(2019, 4, 8))
    text = "Rebels attacked Raqqa on Thursday. Dozens of people have been displaced from Raqqa since then."
    events = _events(text, dt.date(2019, 4, 8))
    assert (events[EventType.DISPLACEMENT].when.start, events[EventType.DISPLACEMENT].when.end) == (
        dt.date(2019, 4, 4),
        dt.date(2019, 4, 8),
    )


def test_since_the_start_of_the_month_is_a_date_not_an_event():
    from geoevents.time.find import find_dates

    for text in ("since the start of the month", "depuis le début de l'année", "since the start of the week"):
        (mention,) = find_dates(text, 0, len(text), dt.date(2019, 4, 8))
        assert mention.since_event is None and mention.span is not None
    text = "since the war began in May 1998"
    assert [m.text for m in find_dates(text, 0, len(text), dt.date(1999, 3, 1))] == ["in May 1998"]


def test_have_since_runs_from_the_event_told_before():
    text = "The king seized power in Raqqa on Feb. 1. Dozens of politicians have since been held in Raqqa."
    events = _events(text, dt.date(2005, 2, 15))
    held = next(e for e in events.values() if "politicians" in e.evidence.sentence)
    assert (held.when.start, held.when.end) == (dt.date(2005, 2, 1), dt.date(2005, 2, 15))
    text = (
        "The accords were signed in Raqqa in August 1996. Kidnappings have since become routine near Raqqa."
    )
    events = _events(text, dt.date(1999, 8, 10))
    assert (events[EventType.OTHER].when.start, events[EventType.OTHER].when.end) == (
        dt.date(1996, 8, 1),
        dt.date(1999, 8, 10),
    )


def test_shells_that_fell_are_no_capture():
    from geoevents.time import fold_keep_offsets

    for sentence in ("Des obus sont tombés samedi sur un hôpital.", "Shells fell on the market."):
        kinds = {t.event_type for t in find_triggers(fold_keep_offsets(sentence), 0, len(sentence))}
        assert EventType.CAPTURE not in kinds


def test_a_week_later_counts_from_the_day_named_before_in_the_sentence():
    events = _events(
        "Raqqa est tombée le 2 janvier, et l'armée a rouvert une semaine plus tard la route de Raqqa.",
        dt.date(2009, 1, 26),
    )
    assert events[EventType.CAPTURE].when.start == dt.date(2009, 1, 2)
    assert events[EventType.OTHER].when.start == dt.date(2009, 1, 9)


def test_a_planned_visit_on_a_weekday_is_the_coming_one():
    events = _events("Le ministre est attendu jeudi à Raqqa.", dt.date(2008, 8, 13))
    assert (events[EventType.OTHER].status, events[EventType.OTHER].when.start) == (
        EventStatus.PLANNED,
        dt.date(2008, 8, 14),
    )


def test_a_yearless_day_just_past_stays_in_this_year_whatever_the_tense():
    events = _events(
        "On Feb. 1 the king declared a state of emergency in Raqqa and said he would rule.",
        dt.date(2005, 2, 15),
    )
    assert events[EventType.OTHER].when.start == dt.date(2005, 2, 1)


def test_what_a_source_says_does_not_date_the_next_sentence():
    text = "Rebels attacked Raqqa on Wednesday, according to the army. Thousands fled the town."
    events = _events(text, dt.date(2021, 1, 14))
    assert events[EventType.STATEMENT].when.start == dt.date(2021, 1, 14)
    assert events[EventType.DISPLACEMENT].when.start == dt.date(2021, 1, 13)


def test_a_date_of_a_comparison_dates_no_event():
    events = _events(
        "Le président a comparé Raqqa détruite à Dresde en 1945, a-t-il déclaré dimanche.",
        dt.date(2023, 5, 22),
    )
    assert all(e.when.start.year == 2023 for e in events.values())


def test_a_state_in_the_present_perfect_runs_to_publication():
    events = _events("The Houthis have controlled Raqqa since late 2014.", dt.date(2021, 10, 21))
    held = events[EventType.CAPTURE]
    assert (held.when.start, held.when.end, held.status) == (
        dt.date(2014, 10, 1),
        dt.date(2021, 10, 21),
        EventStatus.ONGOING,
    )


def test_a_year_before_a_noun_after_a_and_the_past_week():
    events = _events("Rebels rejected a 2018 ceasefire agreed in Raqqa.", dt.date(2021, 10, 21))
    assert events[EventType.OTHER].when.start == dt.date(2018, 1, 1)
    events = _events("Over the past week they have advanced near Raqqa.", dt.date(2024, 2, 13))
    assert (events[EventType.OFFENSIVE].when.start, events[EventType.OFFENSIVE].when.end) == (
        dt.date(2024, 2, 6),
        dt.date(2024, 2, 13),
    )


def test_a_state_told_now_is_dated_at_publication_and_a_meeting_called_for_a_weekday_comes():
    events = _events(
        "L'aéroport est fermé depuis vendredi ; Raqqa est désormais aux mains des rebelles.",
        dt.date(2025, 1, 28),
    )
    assert (events[EventType.CAPTURE].when.start, events[EventType.CAPTURE].when.end) == (
        dt.date(2025, 1, 28),
    ) * 2
    events = _events(
        "L'organisation a convoqué pour mercredi un sommet extraordinaire à Raqqa.", dt.date(2025, 1, 28)
    )
    assert events[EventType.OTHER].when.start == dt.date(2025, 1, 29)


def test_since_a_day_when_something_happened_and_what_came_after():
    text = (
        "Depuis le 12 juillet, jour où le Hezbollah a capturé deux soldats à Raqqa, "
        "plus de 400 personnes ont été tuées à Raqqa."
    )
    events = _events(text, dt.date(2006, 7, 27))
    assert (events[EventType.CASUALTIES].when.start, events[EventType.CASUALTIES].when.end) == (
        dt.date(2006, 7, 12),
        dt.date(2006, 7, 27),
    )
    text = "Aucun convoi n'a atteint Raqqa depuis le 26 novembre, jour où des assaillants ont attaqué Raqqa, tuant dix soldats."
    events = _events(text, dt.date(2023, 2, 21))
    assert (events[EventType.CASUALTIES].when.start, events[EventType.CASUALTIES].when.end) == (
        dt.date(2022, 11, 26),
    ) * 2


def test_an_attribution_speaks_on_the_day_of_the_report():
    events = _events(
        "La semaine dernière, des combats ont éclaté à Raqqa, selon les autorités locales.",
        dt.date(2024, 6, 10),
    )
    assert events[EventType.STATEMENT].when.start == dt.date(2024, 6, 10)
    assert events[EventType.CLASHES].when.start == dt.date(2024, 6, 3)


def test_a_multiword_past_trigger_is_no_plan():
    events = _events(
        "Tashkent closed the border near Raqqa on Monday, saying it could take no more.", dt.date(2010, 6, 15)
    )
    assert events[EventType.OTHER].when.start == dt.date(2010, 6, 14)
