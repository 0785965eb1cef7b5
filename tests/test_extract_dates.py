"""Temporal expressions in running text, anchored to the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geoevents.model import DatePrecision
from geoevents.time import parse_timespan
from geoevents.time.find import find_dates

TUESDAY = dt.date(2017, 10, 24)
D = dt.date


def spans(text: str, anchor: dt.date | None = TUESDAY) -> list[tuple[str, dt.date, dt.date | None]]:
    return [(m.text, m.span.start, m.span.end) for m in find_dates(text, 0, len(text), anchor) if m.span]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le 17 octobre 2017, la ville est tombée.",
            ("Le 17 octobre 2017", D(2017, 10, 17), D(2017, 10, 17)),
        ),
        ("It fell on October 17, officials said.", ("October 17", D(2017, 10, 17), D(2017, 10, 17))),
        ("Ils ont lancé début octobre une opération.", ("début octobre", D(2017, 10, 1), D(2017, 10, 10))),
        ("Fighting resumed in mid-2016 near the river.", ("mid-2016", D(2016, 6, 1), D(2016, 7, 31))),
        ("They took Zaranj just ten days ago.", ("just ten days ago", D(2017, 10, 14), D(2017, 10, 14))),
        (
            "5 000 familles ont fui ces trois derniers jours.",
            ("ces trois derniers jours", D(2017, 10, 21), TUESDAY),
        ),
        ("Ils s'affrontent depuis plusieurs jours.", ("depuis plusieurs jours", D(2017, 10, 17), TUESDAY)),
        ("Seized in recent weeks.", ("in recent weeks", D(2017, 9, 26), TUESDAY)),
        ("Ils ont fui depuis la mi-septembre.", ("depuis la mi-septembre", D(2017, 9, 15), TUESDAY)),
        ("Offensive menée depuis la fin août.", ("depuis la fin août", D(2017, 8, 21), TUESDAY)),
        ("Ils ont fui depuis le début de l'année.", ("depuis le début de l'année", D(2017, 1, 1), TUESDAY)),
        ("Troops will be sent this week.", ("this week", D(2017, 10, 23), D(2017, 10, 29))),
        ("La ville est tombée en août 2014.", ("en août 2014", D(2014, 8, 1), D(2014, 8, 31))),
        ("Hier, des frappes ont visé la ville.", ("Hier", D(2017, 10, 23), D(2017, 10, 23))),
        ("Aircraft struck the town last week.", ("last week", D(2017, 10, 16), D(2017, 10, 22))),
        ("La ville est tenue depuis août 2014.", ("depuis août 2014", D(2014, 8, 1), TUESDAY)),
        ("Les FDS ont pris dimanche le champ.", ("dimanche", D(2017, 10, 22), D(2017, 10, 22))),
        ("They retook it last Friday.", ("last Friday", D(2017, 10, 20), D(2017, 10, 20))),
        (
            "Des raids dans la nuit de samedi à dimanche.",
            ("dans la nuit de samedi à dimanche", D(2017, 10, 21), D(2017, 10, 22)),
        ),
        ("Warplanes struck overnight.", ("overnight", D(2017, 10, 23), TUESDAY)),
        ("Thousands fled over the weekend.", ("over the weekend", D(2017, 10, 21), D(2017, 10, 22))),
        ("Ils doivent partir d'ici au 31 décembre.", ("d'ici au 31 décembre", TUESDAY, D(2017, 12, 31))),
        ("Displacement is expected in the coming weeks.", ("in the coming weeks", TUESDAY, D(2017, 12, 5))),
        (
            "L'armée a tué 300 rebelles samedi et dimanche.",
            ("samedi et dimanche", D(2017, 10, 21), D(2017, 10, 22)),
        ),
        (
            "Ils ont évacué 23 blessés ces dernières vingt-quatre heures.",
            ("ces dernières vingt-quatre heures", D(2017, 10, 23), TUESDAY),
        ),
        ("The council meets next week.", ("next week", D(2017, 10, 30), D(2017, 11, 5))),
        (
            "Les jihadistes ont renforcé ces derniers jours leurs défenses.",
            ("ces derniers jours", D(2017, 10, 17), TUESDAY),
        ),
        ("It was captured in May last year.", ("in May last year", D(2016, 5, 1), D(2016, 5, 31))),
    ],
)
def test_expressions_in_running_text(text, expected):
    assert expected in spans(text)


def test_offsets_point_at_the_expression():
    text = "Selon l'ONU, les combats ont repris hier soir."
    (mention,) = find_dates(text, 0, len(text), TUESDAY)
    assert text[mention.start : mention.end] == mention.text == "hier"


def test_since_keeps_its_start_for_events_that_began_then():
    text = "Le champ était aux mains de l'EI depuis juillet 2014."
    (mention,) = find_dates(text, 0, len(text), TUESDAY)
    assert mention.since is not None and (mention.since.start, mention.since.end) == (
        D(2014, 7, 1),
        D(2014, 7, 31),
    )
    assert mention.span.precision is DatePrecision.RANGE


def test_after_an_event_is_left_to_the_pipeline():
    text = "Après la prise de Mossoul, les forces se sont dirigées vers l'ouest."
    (mention,) = find_dates(text, 0, len(text), TUESDAY)
    assert mention.span is None and mention.after_place == "Mossoul"


def test_words_that_only_look_like_dates():
    assert spans("It may rain; the march went on; 3 000 morts; mars planet.") == []


def test_relative_dates_need_an_anchor():
    assert spans("Hier, la ville est tombée.", anchor=None) == []
    assert spans("Le 17 octobre 2017, la ville est tombée.", anchor=None)[0][1] == D(2017, 10, 17)


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("mardi", D(2017, 10, 24), D(2017, 10, 24)),
        ("jeudi dernier", D(2017, 10, 19), D(2017, 10, 19)),
        ("next Sunday", D(2017, 10, 29), D(2017, 10, 29)),
        ("ce week-end", D(2017, 10, 21), D(2017, 10, 22)),
        ("early this year", D(2017, 1, 1), D(2017, 3, 31)),
    ],
)
def test_timespans_reads_relative_forms(text, start, end):
    span = parse_timespan(text, TUESDAY)
    assert (span.start, span.end) == (start, end)


@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2040, 12, 31)), st.sampled_from(["fr", "en"]))
def test_any_written_day_is_read_back(day, language):
    months_fr = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
    written = (
        f"le {day.day} {months_fr[day.month - 1]} {day.year}"
        if language == "fr"
        else f"on {day.strftime('%B')} {day.day}, {day.year}"
    )
    text = f"Les combats ont eu lieu {written} près de la ville."
    found = find_dates(text, 0, len(text), None)
    assert [(m.span.start, m.span.end) for m in found] == [(day, day)]


@given(st.dates(min_value=D(2000, 1, 8), max_value=D(2040, 12, 31)), st.integers(min_value=0, max_value=6))
def test_weekdays_fall_in_the_week_before_the_anchor(anchor, weekday):
    name = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][weekday]
    span = parse_timespan(name, anchor)
    assert span.start.weekday() == weekday
    assert anchor - dt.timedelta(days=6) <= span.start <= anchor
    last = parse_timespan(f"{name} dernier", anchor)
    assert anchor - dt.timedelta(days=7) <= last.start < anchor


def test_a_yearless_day_just_ahead_is_ahead():
    """Written on February 4, "February 16" is the coming one, not last year's."""
    (mention,) = find_dates("Nigerians vote on February 16.", 0, 30, D(2019, 2, 4))
    assert (mention.span.start, mention.future) == (D(2019, 2, 16), True)
    (mention,) = find_dates("It fell on October 17.", 0, 22, TUESDAY)
    assert (mention.span.start, mention.future) == (D(2017, 10, 17), False)
    (mention,) = find_dates("It fell on December 20.", 0, 23, TUESDAY)
    assert mention.span.start == D(2016, 12, 20)  # two months ahead: last year's


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Un deuil national pour samedi 31 octobre.",
            ("samedi 31 octobre", D(2017, 10, 31), D(2017, 10, 31)),
        ),
        (
            "Over the weekend of March 2-3, gunmen stormed the prison.",
            ("March 2-3", D(2017, 3, 2), D(2017, 3, 3)),
        ),
        ("Des combats les 2-3 mars 2016.", ("2-3 mars 2016", D(2016, 3, 2), D(2016, 3, 3))),
        ("The town fell on 2017-10-17, officials said.", ("2017-10-17", D(2017, 10, 17), D(2017, 10, 17))),
        ("Talks are planned for early November.", ("early November", D(2017, 11, 1), D(2017, 11, 10))),
    ],
)
def test_weekdays_with_days_day_ranges_and_coming_months(text, expected):
    assert expected in spans(text)


def test_later_counts_days_after_the_previous_event():
    text = "Moins de vingt-quatre heures plus tard, un cessez-le-feu. Two days later, talks began."
    found = find_dates(text, 0, len(text), TUESDAY)
    assert [m.days_after_previous for m in found] == [1, 2]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Last month gunmen killed seven passengers.", ("Last month", D(2017, 9, 1), D(2017, 9, 30))),
        ("Ils doivent partir d'ici à la fin du mois.", ("d'ici à la fin du mois", TUESDAY, D(2017, 10, 31))),
        ("The election is due in April and May.", ("in April and May", D(2017, 4, 1), D(2017, 5, 31))),
    ],
)
def test_months_counted_from_publication(text, expected):
    assert expected in spans(text)


def test_since_an_event_named_by_its_year_dates_that_event_only():
    """'since the 1971 war' is no span running to publication: the year of the war, for the war."""
    text = "The first strike on its soil since the 1971 war."
    assert spans(text) == [("1971", D(1971, 1, 1), D(1971, 12, 31))]
    (found,) = find_dates(text, 0, len(text), TUESDAY)
    assert found.since is None and found.only_for == (found.end, found.end + 25)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The junta seized power last May.", ("last May", D(2017, 5, 1), D(2017, 5, 31))),
        ("La junte a pris le pouvoir en mai dernier.", ("en mai dernier", D(2017, 5, 1), D(2017, 5, 31))),
        ("Earlier this month he signed an order.", ("Earlier this month", D(2017, 10, 1), TUESDAY)),
        ("The vote is due later this month.", ("later this month", D(2017, 10, 25), D(2017, 10, 31))),
        ("The council will vote later this week.", ("later this week", D(2017, 10, 25), D(2017, 10, 29))),
        ("Il a été arrêté plus tôt cette semaine.", ("plus tôt cette semaine", D(2017, 10, 23), TUESDAY)),
        ("The group has controlled the valley since the 1990s.", ("since the 1990s", D(1990, 1, 1), TUESDAY)),
        (
            "Un gouvernement sera formé d'ici à la mi-novembre.",
            ("d'ici à la mi-novembre", TUESDAY, D(2017, 11, 20)),
        ),
    ],
)
def test_more_months_and_decades(text, expected):
    assert expected in spans(text)


def test_a_year_before_a_noun_is_no_decade():
    assert spans("the 1990 election") == [
        ("the 1990", D(1990, 1, 1), D(1990, 12, 31))
    ]  # the year of that election


@given(st.text(max_size=40))
def test_folding_keeps_one_character_for_one(text):
    from geoevents.time import fold_keep_offsets

    folded = fold_keep_offsets(text)
    assert len(folded) == len(text)
    assert folded == "".join(fold_keep_offsets(c) for c in text)  # each character on its own
    assert fold_keep_offsets("Déjà ÉTÉ à Mossoul’s") == "deja ete a mossoul's"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("L'armée rase une zone tampon depuis l'automne.", ("depuis l'automne", D(2017, 9, 23), TUESDAY)),
        ("About 200,000 people have fled since the autumn.", ("since the autumn", D(2017, 9, 23), TUESDAY)),
        ("Les combats ont repris cet été.", ("cet été", D(2017, 6, 21), D(2017, 9, 22))),
        ("The siege began in the fall of 2014.", ("in the fall of 2014", D(2014, 9, 23), D(2014, 12, 20))),
        ("They retreated last winter.", ("last winter", D(2016, 12, 21), D(2017, 3, 19))),
        ("L'offensive de l'hiver 2015 a échoué.", ("l'hiver 2015", D(2014, 12, 21), D(2015, 3, 19))),
        (
            "Tens of thousands have fled since the start of the week.",
            ("since the start of the week", D(2017, 10, 23), TUESDAY),
        ),
        ("105 000 Burundais ont fui le pays en un mois.", ("en un mois", D(2017, 9, 24), TUESDAY)),
        ("800 personnes ont été tuées en cinq jours.", ("en cinq jours", D(2017, 10, 19), TUESDAY)),
    ],
)
def test_seasons_weeks_begun_and_spans_counted_to_publication(text, expected):
    assert expected in spans(text)


def test_been_and_the_fall_of_a_town_are_no_seasons():
    assert spans("Il a été tué. After the fall of Mosul, the fall of Raqqa came.") == []


@pytest.mark.parametrize(
    "text, lasting",
    [
        ("Lashio fell after nearly a month of fighting.", (1, "month")),
        ("au terme de quatre mois de guerre civile", (4, "month")),
        ("on Tuesday, the third day of an indefinite blockade", (3, "day")),
        ("après trois jours de combats", (3, "day")),
        ("after two years of siege", (2, "year")),
    ],
)
def test_how_long_something_went_on(text, lasting):
    assert [m.lasting for m in find_dates(text, 0, len(text), TUESDAY) if m.lasting] == [lasting]


def test_what_went_on_ends_on_the_day_both_counted():
    from geoevents.time import lasting_span

    span = lasting_span((3, "day"), D(1999, 2, 26))
    assert (span.start, span.end) == (D(1999, 2, 24), D(1999, 2, 26))
    span = lasting_span((1, "month"), D(2024, 8, 3))
    assert (span.start, span.end) == (D(2024, 7, 3), D(2024, 8, 3))
    span = lasting_span((1, "month"), D(2024, 3, 31))
    assert span.start == D(2024, 2, 29)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Order would be restored within two weeks.", ("within two weeks", TUESDAY, D(2017, 11, 7))),
        ("Un gouvernement sera formé d'ici trois mois.", ("d'ici trois mois", TUESDAY, D(2018, 1, 24))),
        (
            "Ils partiront dans les deux prochaines semaines.",
            ("dans les deux prochaines semaines", TUESDAY, D(2017, 11, 7)),
        ),
        ("The king is due to address a meeting next month.", ("next month", D(2017, 11, 1), D(2017, 11, 30))),
        ("Le sommet se tiendra le mois prochain.", ("le mois prochain", D(2017, 11, 1), D(2017, 11, 30))),
    ],
)
def test_counted_horizons_and_next_month(text, expected):
    assert expected in spans(text)


def test_the_quick_gate_never_hides_a_date():
    """Every sentence of the gold articles the finder reads a date in passes the word gate."""
    from pathlib import Path

    from geoevents.extract.sentences import split_sentences
    from geoevents.time import fold_keep_offsets
    from geoevents.time.find import _FINDER, date_word_starts

    articles = Path(__file__).resolve().parent / "data" / "news_gold" / "articles"
    checked = 0
    for path in sorted(articles.iterdir()):
        text = fold_keep_offsets(path.read_text(encoding="utf-8"))
        for sentence in split_sentences(text):
            folded = text[sentence.start : sentence.end]
            if _FINDER.search(folded):
                checked += 1
                assert date_word_starts(folded), folded
    assert checked > 400


def test_the_quick_gate_of_each_language_never_hides_a_date_of_its_finder():
    """Each language's finder (the packs of a text in that language) finds a date only in a
    sentence that holds a date word of that language: "le week-end dernier" in French text."""
    from pathlib import Path

    from geoevents.extract.sentences import split_sentences
    from geoevents.time import fold_keep_offsets
    from geoevents.time.find import _grammar, date_word_starts

    articles = Path(__file__).resolve().parent / "data" / "news_gold" / "articles"
    checked = 0
    for path in sorted(articles.iterdir()):
        grammar = _grammar((path.name.split("-")[1],))
        text = fold_keep_offsets(path.read_text(encoding="utf-8"))
        for sentence in split_sentences(text):
            folded = text[sentence.start : sentence.end]
            if grammar.finder.search(folded):
                checked += 1
                assert date_word_starts(folded, grammar.date_words), (path.name, folded)
    assert checked > 400


def test_a_french_text_reads_its_weekend():
    """ "Le week-end dernier" in a French text, read with the French packs only: the weekend before."""

    text = "Les combattants ont lancé le week-end dernier une offensive."
    found = find_dates(text, 0, len(text), dt.date(1994, 4, 12), languages=("fr",))
    assert [d.text for d in found] == ["le week-end dernier"]
    assert (found[0].span.start, found[0].span.end) == (dt.date(1994, 4, 9), dt.date(1994, 4, 10))


@pytest.mark.parametrize(
    "phrase",
    [
        "the same day",
        "later that day",
        "le lendemain",
        "la veille",
        "two days later",
        "plus tard dans la journée",
        "since then",
        "depuis lors",
        "ever since",
        "after the fall of Mosul",
        "après la prise de Raqqa",
        "overnight",
        "last night",
        "cette nuit",
        "hier",
        "yesterday",
        "aujourd'hui",
        "today",
        "this week",
        "le week-end dernier",
        "in the coming days",
        "within weeks",
        "in recent weeks",
        "for several days",
        "depuis quelques jours",
        "en mai l'an dernier",
        "early this year",
        "la fin du mois",
        "since the start of the fighting",
        "the third day of",
        "after a month of",
        "l'automne",
        "this summer",
        "vingt-quatre heures plus tard",
        "since the war began",
    ],
)
def test_every_kind_of_expression_passes_the_gate(phrase):
    from geoevents.time import fold_keep_offsets
    from geoevents.time.find import date_word_starts

    assert date_word_starts(fold_keep_offsets(phrase))
    assert find_dates(phrase, 0, len(phrase), TUESDAY)


_PHRASES = [
    "le 17 octobre 2017",
    "on Tuesday",
    "au cours de ces quinze derniers jours",
    "a l'issue de quatre semaines de",
    "at the beginning of this year",
    "following more than fifteen months of",
    "dans les deux prochaines semaines",
    "since the start of the fighting",
    "depuis le debut de l'offensive",
    "in the coming weeks",
    "la nuit de samedi a dimanche",
    "between 2006 and 2014",
    "du 3 au 5 mars",
    "late 2014",
    "mid-october",
    "the 2016 peace deal",
    "three days later",
    "l'an dernier",
    "since then",
    "apres la prise de raqqa",
    "il y a environ trois jours",
    "plus tard dans la journee",
]
_FILLER = [
    "the",
    "army",
    "said",
    "les",
    "forces",
    "ont",
    "pris",
    "de",
    "la",
    "ville",
    "in",
    "raqqa",
    ",",
    "and",
    "et",
]


@given(st.lists(st.sampled_from(_PHRASES + _FILLER), max_size=30))
def test_scanning_near_date_words_finds_what_a_full_scan_finds(words):
    from geoevents.time.find import _FINDER, _scan

    folded = " ".join(words)
    assert [m.span() for m in _scan(folded)] == [m.span() for m in _FINDER.finditer(folded)]


def test_scanning_near_date_words_on_the_gold_articles():
    from pathlib import Path

    from geoevents.time import fold_keep_offsets
    from geoevents.time.find import _FINDER, _scan

    for path in sorted((Path(__file__).resolve().parent / "data" / "news_gold" / "articles").iterdir()):
        folded = fold_keep_offsets(path.read_text(encoding="utf-8"))
        assert [m.span() for m in _scan(folded)] == [m.span() for m in _FINDER.finditer(folded)], path.name
