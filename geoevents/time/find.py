"""Find temporal expressions in running text and read them against the publication date.

:func:`find_dates` scans a stretch of text (a sentence) for absolute ("17 octobre 2017",
"October 17"), partial ("début octobre", "mid-2016", "en août 2014") and relative
expressions ("hier", "last week", "depuis août 2014", "dans les semaines à venir") and turns
each into a :class:`~geoevents.model.TimeSpan` with :func:`.parse.parse_timespan`
or, for the few forms that only make sense in running text, a rule of its own here, anchored
to the publication date by :mod:`.anchor`.
"Après la prise de Mossoul" is found as a :class:`DateMention` whose span is left to the
pipeline (it depends on another event of the same text).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from ..extract import lang
from ..model import DatePrecision, TimeSpan
from .anchor import (
    UNIT_STEMS,
    TimeSpanError,
    counted_ahead,
    future_window,
    nearest_year,
    recent_window,
)
from .parse import (
    AGO,
    COUNT,
    PAST_COUNT,
    SEASON,
    YEAR_PART_OF_THIS_YEAR,
    number_of,
    parse_timespan,
)
from .tables import SEASON_WORDS, fold_keep_offsets

__all__ = ["DateMention", "clear_date_cache", "date_word_starts", "find_dates"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression at ``[start, end)`` of the text.

    ``span`` is what it means; ``since`` is the anchor point of a "since X" expression (the
    month of "depuis juillet 2014"), used for events that *began* then. ``after_place`` is the
    place of "après la prise de X" / "after the fall of X", whose date the pipeline looks up
    (``span`` is ``None`` until it does). ``days_after_previous`` marks "le lendemain" (1),
    "later that day" (0), "la veille" (-1): days after the date of the previous event.
    ``since_at`` is where "since" stands when a clause comes between it and the date ("have
    fled since fighting broke out on March 21", "since Monday's riot"): ``span`` dates what
    the clause tells (the outbreak, the riot); what is told before "since" runs from then on.
    ``lasting`` is how long what follows went on, up to another date of the sentence ("after
    three days of fighting", "au terme de quatre mois de guerre", "the third day of a
    blockade": (3, "day")); ``span`` is ``None`` until the pipeline reads it against that date.
    ``only_for`` is where a trigger must start to take this date, when it dates one noun only
    ("after three days of fighting", "the 2016 peace deal", "l'accord de paix de 2016").
    ``since_event`` names the event a "since" starts from when no date is written ("since the
    start of the fighting", "depuis le début de l'offensive", "since the war began": the noun;
    "since then": ``""``, the previous event); ``span`` is ``None`` until the pipeline finds it.
    """

    start: int
    end: int
    text: str
    span: TimeSpan | None
    since: TimeSpan | None = None
    after_place: str | None = None
    future: bool = False
    days_after_previous: int | None = None
    since_at: int | None = None
    lasting: tuple[int, str] | None = None
    only_for: tuple[int, int] | None = None
    since_event: str | None = None


def _w(name: str) -> str:
    """The date words ``name`` of every pack read, as one regex group (what the readers strip)."""
    return "(?:" + lang.alternatives("dates", name) + ")"


_SINCE_WORDS = re.compile(lang.alternatives("dates", "SINCE"))  # open: runs to publication
# what the readers look matched words up in (all of READ: a match holds words of its packs only)
_ANAPHORA_DAYS = (0, 1, -1)  # days after the previous event, in the order of the finder's groups
_TWENTY_FOUR = lang.words("dates", "TWENTY_FOUR")
_HOURS = lang.words("dates", "HOURS")
_ORDINALS: dict[str, int] = {
    word: n
    for language in lang.READ
    for word, n in getattr(lang.pack(language, "dates"), "ORDINALS", {}).items()
}
_DAY_RANGE_FROM, _DAY_RANGE_TO = _w("DAY_RANGE_FROM"), _w("DAY_RANGE_TO")  # "du 3 au 5 mars"
_FIRST = "(?:" + lang.alternatives("dates", "FIRST_DAY_SUFFIX") + ")?"  # "1er"
NOUN_REACH = 25  # characters between a date that dates one noun and that noun


def _unit(word: str) -> str:
    """ "jours", "weeks", "mois", "ans" -> "day", "week", "month", "year"."""
    for unit, starts in UNIT_STEMS.items():
        if word.startswith(starts):
            return unit
    return "year"


_YEAR = r"(?:1[89]\d\d|20\d\d)"


class _Words:
    """The date words of some languages as regex pieces (lang/*/dates.py): month and weekday
    names, day suffixes, parts of months and years, and any word list by name."""

    def __init__(self, languages: tuple[str, ...]) -> None:
        self.languages = languages
        self.month = (
            r"(?:" + "|".join(sorted(lang.names("months", languages), key=len, reverse=True)) + r")\.?"
        )
        self.wd = r"(?:" + "|".join(sorted(lang.names("weekdays", languages), key=len, reverse=True)) + r")"
        self.day = r"\d{1,2}(?:" + self.alt("DAY_SUFFIXES") + ")?"
        self.first = "(?:" + self.alt("FIRST_DAY_SUFFIX") + ")?"  # "1er"
        parts = {
            p: None for language in languages for p in getattr(lang.pack(language, "dates"), "PART_WORDS", {})
        }
        self.part = (
            r"(?:"
            + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(parts, key=len, reverse=True))
            + r")"
        )
        self.yearish = r"(?:" + _YEAR + r"|" + self.w("RELATIVE_YEAR") + r")"
        self.tod = r"(?:\s+" + self.w("TIME_OF_DAY") + r")?"
        self.of_year = "(?:" + self.w("OF_YEAR") + ")?"  # "octobre de 2017", "October of 2017"
        ordinals = {
            w: None for language in languages for w in getattr(lang.pack(language, "dates"), "ORDINALS", {})
        }
        self.ordinals = "|".join(ordinals) or lang.NEVER

    def alt(self, name: str) -> str:
        """The alternatives ``name`` of the languages, as one regex alternation."""
        return lang.alternatives("dates", name, self.languages)

    def w(self, name: str) -> str:
        """The alternatives ``name`` as one regex group."""
        return "(?:" + self.alt(name) + ")"

    def opt(self, name: str) -> str:
        """An optional word of ``name`` and the spaces after it ("le " before a day)."""
        return "(?:" + self.w(name) + r"\s+)?"


def _core_rules(v: _Words) -> tuple[str, ...]:
    """The shared rules of the date grammar, in priority order (where two match at the same
    place the first wins), made of the words of ``v``."""
    return (
        # day ranges: "March 2-3", "2-3 mars"
        v.month + r"\s+\d{1,2}\s*[-–]\s*\d{1,2}(?:,?\s+" + _YEAR + r")?(?![\d])",
        r"\d{1,2}" + v.first + r"\s*[-–]\s*\d{1,2}\s+" + v.month + r"(?:\s+" + _YEAR + r")?",
        # days ("samedi 31 octobre", "Saturday, Oct. 31": the weekday adds nothing)
        v.opt("DAY_ARTICLE")
        + r"(?:"
        + v.wd
        + r",?\s+)?"
        + v.day
        + r"\s+"
        + v.opt("DAY_OF")
        + v.month
        + r"(?:,?\s+"
        + v.of_year
        + v.yearish
        + r")?",
        v.wd + r",?\s+" + v.month + r"\s+" + v.day + r"(?:,?\s+" + v.yearish + r")?(?![\d])",
        v.month + r"\s+" + v.day + r"(?:,?\s+" + v.yearish + r")?(?![\d])",  # "Oct. 27 last year"
        r"\d{4}-\d{2}-\d{2}",
        v.opt("IN")
        + v.month
        + r"\s+"
        + v.w("AND")
        + r"\s+"
        + v.month
        + r"(?:\s+"
        + _YEAR
        + r")?",  # "in April and May"
        v.w("LAST_BEFORE")
        + r"\s+"
        + v.month
        + r"|"
        + v.opt("IN")
        + v.month
        + r"\s+"
        + v.w("LAST_AFTER"),  # "last May", "en mai dernier"
        # parts of months and years
        v.part + r"\s*(?:" + v.w("OF_MONTH") + r")?" + v.month + r"(?:\s+" + v.of_year + v.yearish + r")?",
        v.part + r"\s*(?:" + v.w("OF_PART_YEAR") + r")?" + v.yearish,
        # months with a year; "en août", "in October" (a bare month needs the preposition)
        v.month + r"\s+" + v.of_year + v.yearish,
        v.w("IN_MONTH") + r"\s+" + v.month + r"(?:\s+" + v.of_year + v.yearish + r")?",
        v.w("IN") + r"\s+" + _YEAR,
        # nights, weekends, weekdays
        v.w("NIGHT_OF") + r"\s+" + v.wd + r"\s+" + v.w("NIGHT_OF_TO") + r"\s+" + v.wd,
        v.w("WEEKEND"),
        v.opt("ON_DAY")
        + v.wd
        + r"\s+"
        + v.w("AND")
        + r"\s+"
        + v.opt("SECOND_DAY_ARTICLE")
        + v.wd,  # "samedi et dimanche": before the single day
        v.w("WEEKDAY_BEFORE") + r"\s+" + v.wd + v.tod,
        v.w("FOR")
        + r"\s+"
        + v.opt("DAY_ARTICLE")
        + v.wd
        + r"(?![\w-])(?!,?\s+\d)",  # "un sommet convoqué pour mercredi": the coming one
        v.wd + r"\s+" + v.w("WEEKDAY_AFTER") + v.tod,
        v.opt("ON_WEEKDAY") + v.wd + v.tod,
        v.w("NIGHT"),
        v.w("HOURS_24_BEFORE") + r" (?:24|" + v.alt("TWENTY_FOUR") + r") " + v.w("HOURS"),
        v.w("DAY_WORDS"),
        v.w("WEEK"),
        v.w("MONTH_RELATIVE"),
        v.w("LAST_YEAR"),  # "last year", "l'an dernier", "el año pasado": that year
        v.w("EARLIER_LATER"),
        v.w("DECADE"),  # decades
        v.opt("MONTH_EDGE_ARTICLE") + v.w("MONTH_EDGE") + r"\s+" + v.w("OF_THIS_MONTH"),
        # counted: "ten days ago", "il y a deux semaines", "ces trois derniers jours"
        AGO,
        PAST_COUNT,
        re.sub(r"\(\?P<\w+>", "(?:", SEASON),
        v.w("WEEK_START"),
        re.sub(r"\(\?P<\w+>", "(?:", YEAR_PART_OF_THIS_YEAR),
    )


def _anaphora(v: _Words) -> str:
    """ "Le lendemain", "later that day", "la veille": one group per number of days after."""
    rules = (
        "|".join(p for language in v.languages for p in lang.pack(language, "dates").ANAPHORA.get(days, ()))
        for days in _ANAPHORA_DAYS
    )
    return "|".join(
        f"(?P<anaphora_{n + 1}>{rule or lang.NEVER})" for n, rule in zip(_ANAPHORA_DAYS, rules, strict=True)
    )


def _told_rules(v: _Words) -> str:
    """The rules tried before the "since", "until" and core ones, in the finder's order: days
    after the previous event, how long, a year of one noun, windows, events, ranges."""
    later = (
        r"(?P<later>(?:"
        + v.alt("ABOUT_LATER")
        + r")?(?P<later_n>"
        + COUNT
        + r"|"
        + v.alt("TWENTY_FOUR")
        + r")"
        r" (?P<later_unit>" + v.alt("LATER_UNITS") + r") " + v.w("LATER") + ")"
        # "hours later", "quelques heures plus tard", "unas horas después": the same day
        r"|(?P<hours_later>(?:"
        + v.w("FEW")
        + r" )?"
        + v.w("HOURS")
        + r" "
        + v.w("LATER")
        + r")(?! "
        + v.w("OF_NOUN")
        + r"\b)"
    )
    # "after three days of fighting", "au terme de quatre mois de guerre", "the third day of a blockade"
    lasting = (
        r"(?P<lasting>" + v.w("LASTING_BEFORE") + r"\s*(?:" + v.alt("ABOUT") + r")?"
        r"(?P<lasting_n>"
        + COUNT
        + r") (?P<lasting_unit>"
        + v.alt("UNITS")
        + r") "
        + v.w("OF_NOUN")
        + "|"
        + v.w("THE_NTH")
        + r" (?P<nth>"
        + v.ordinals
        + r"|\d{1,2}"
        + v.w("ORDINAL_SUFFIXES")
        + r") (?P<nth_unit>"
        + v.alt("NTH_UNITS")
        + r") "
        + v.w("OF_NOUN")
        + ")"
    )
    # a year that names one event: "the 2016 peace deal", "l'accord de paix de 2016", "du 28
    # novembre" is a day (a core expression), "de 2016" is the year of the noun before it
    year_of_noun = (
        r"(?<=[a-z] )"
        + v.w("YEAR_OF")
        + r" (?P<year_of>"
        + _YEAR
        + r")(?![\w-])(?! "
        + v.w("RANGE_TO")
        + r" \d)"
        r"|" + v.w("YEAR_DETERMINERS") + r" (?P<year_noun>" + _YEAR + r")(?= [a-z])"
    )
    recent = r"(?P<recent>" + v.alt("RECENT") + r")"
    coming = (
        r"(?P<coming>" + v.alt("COMING") + "|"
        r"(?:"
        + v.alt("COMING_COUNT_BEFORE")
        + r") (?P<coming_n>"
        + COUNT
        + r") (?:"
        + v.w("COMING_NEXT")
        + " )?"
        r"(?P<coming_unit>" + v.alt("COMING_UNITS") + r"))"
    )
    after = (
        r"(?P<after>"
        + v.alt("AFTER")
        + r")\s+"
        + v.w("THE")
        + r"\s+"
        + v.w("CAPTURE_NOUNS")
        + r"\s+"
        + v.w("OF")
        + r"(?P<after_place>[a-z][\w'-]+(?:[ -](?!"
        + v.w("PLACE_STOPS")
        + r"(?![\w'-]))[a-z][\w'-]+)?)"
    )
    since_event = (
        r"(?P<since_event>" + v.w("SINCE_EVENT") + " (?:" + v.alt("SINCE_EVENT_OPENERS") + r")"
        r"(?!" + v.w("TIME_NOUNS") + r"s?\b|" + v.w("ARTICLES") + r"\b)"
        r"(?P<event_noun>[a-z][\w'-]+)(?: " + v.w("BEGAN") + r")?"
        r"|(?P<since_then>" + v.alt("SINCE_THEN") + r"))"
    )
    # the two ends of "between 2006 and 2014", "from Tuesday night into Wednesday", "de mars à mai 2016"
    endpoint = "|".join(
        f"(?:{c})"
        for c in (
            v.opt("DAY_ARTICLE") + v.day + r"\s+" + v.opt("DAY_OF") + v.month + r"(?:,?\s+" + _YEAR + r")?",
            v.month + r"\s+" + v.day + r"(?:,?\s+" + _YEAR + r")?(?![\d])",
            v.month + r"\s+" + v.of_year + _YEAR,
            v.wd + v.tod,
            _YEAR,
            v.month,
        )
    )
    between = (
        r"(?P<between>"
        + v.w("BETWEEN")
        + r"\s+(?P<first>"
        + endpoint
        + r")\s+"
        + v.w("BETWEEN_AND")
        + r"\s+(?P<second>"
        + endpoint
        + r"))"
        r"|(?P<days>"
        + v.w("DAY_RANGE_FROM")
        + r"\s+(?P<day1>\d{1,2})"
        + v.first
        + r"\s+"
        + v.w("DAY_RANGE_TO")
        + r"\s+(?P<day2>\d{1,2})\s+"
        + v.month
        + r"(?:\s+"
        + _YEAR
        + r")?)"
    )
    return "|".join((_anaphora(v), later, lasting, year_of_noun, recent, coming, after, since_event, between))


@dataclass(frozen=True, slots=True)
class _Grammar:
    """The finder and the patterns its readers use, for the packs of some languages."""

    finder: re.Pattern[str]
    date_words: frozenset[str]
    weekday_first: re.Pattern[str]
    mid: re.Pattern[str]
    since_event_year: re.Pattern[str]
    until_weekday: re.Pattern[str]
    date_next: re.Pattern[str]


@cache
def _grammar(languages: tuple[str, ...]) -> _Grammar:
    """The date grammar of the packs of ``languages`` (compiled once per tuple)."""
    v = _Words(languages)
    core = "|".join(f"(?:{c})" for c in _core_rules(v))
    bare = (
        v.month,
        _YEAR,
        v.alt("EARLY_THIS_YEAR"),
        v.alt("WEEKEND_WORD"),
    )
    since = r"(?P<since>" + v.alt("SINCE") + "|" + v.alt("FROM") + r")\s*" + v.opt("SINCE_ARTICLE")
    until = r"(?P<until>" + v.alt("UNTIL") + r")\s*" + v.opt("UNTIL_ARTICLE")
    finder = re.compile(
        r"(?<![\w-])(?:"
        + _told_rules(v)
        + "|"
        + since
        + r"(?P<since_inner>"
        + core
        + "|"
        + "|".join(f"(?:{b})" for b in bare)
        + r")|"
        + until
        + r"(?P<until_inner>"
        + core
        + r")|(?P<core>"
        + core
        + r"))(?![\w])"
    )
    date_words = frozenset(
        (
            *(m.rstrip(".") for m in lang.names("months", languages)),
            *lang.names("weekdays", languages),
            *SEASON_WORDS,
            *lang.words("dates", "DATE_WORDS", languages),
        )
    )
    date_next = (
        r",?\s+(?:"
        + v.w("DATE_LEADS")
        + r"\s+|"
        + v.alt("MID_PREFIX")
        + r"){0,2}(?:"
        + "|".join((v.month, _YEAR, v.wd, r"\d{1,2}"))
        + r")(?![\w])"
    )
    return _Grammar(
        finder=finder,
        date_words=date_words,
        weekday_first=re.compile(v.opt("DAY_ARTICLE") + v.wd + r",?\s+(?=\d|" + v.month + r"\s+\d)"),
        mid=re.compile(v.alt("MID")),
        since_event_year=re.compile(v.w("SINCE") + " " + v.w("EVENT_YEAR_ARTICLE") + r"\s+\d{4}"),
        until_weekday=re.compile(v.opt("ON_WEEKDAY") + v.wd + r"(?:\s.*)?"),
        date_next=re.compile(date_next),
    )


_FINDER = _grammar(lang.READ).finder  # the finder of every pack read


@lru_cache(maxsize=4096)
def _parse(text: str, anchor: dt.date | None) -> TimeSpan | None:
    """An expression read against its anchor, remembered: "on Tuesday" and "hier" recur."""
    try:
        return parse_timespan(text, anchor)
    except TimeSpanError:
        return None


def clear_date_cache() -> None:
    """Forget the expressions read so far (benchmarks of text never seen before)."""
    _parse.cache_clear()


def _between(m: re.Match[str], written: str, anchor: dt.date | None) -> TimeSpan | None:
    """ "Between 2006 and 2014", "from Tuesday night into Wednesday", "de mars à mai 2016": from
    the start of the first to the end of the second (the first takes the second's year when it
    has none)."""
    offset = m.start()
    first = written[m.start("first") - offset : m.end("first") - offset]
    second = written[m.start("second") - offset : m.end("second") - offset]
    last = _parse(second, anchor)
    if last is None:
        return None
    begin = None
    year = re.search(r"\d{4}", second)
    if year and not re.search(r"\d{4}", first):
        begin = _parse(f"{first} {year[0]}", anchor)
    begin = begin or _parse(first, anchor)
    if begin is None or (last.end or last.start) < begin.start:
        return None
    return TimeSpan(begin.start, last.end or last.start, DatePrecision.RANGE)


def _day_range(m: re.Match[str], written: str, anchor: dt.date | None) -> TimeSpan | None:
    """ "Du 3 au 5 mars": from the first day to the second of that month."""
    last = _parse(
        re.sub(
            r"^" + _DAY_RANGE_FROM + r"\s+\d{1,2}" + _FIRST + r"\s+" + _DAY_RANGE_TO + r"\s+",
            "",
            fold_keep_offsets(written),
        ),
        anchor,
    )
    if last is None or last.start.day < int(m["day1"]):
        return None
    return TimeSpan(last.start.replace(day=int(m["day1"])), last.end, DatePrecision.RANGE)


_DAY_SPAN = re.compile(
    r"(?<![\d-])(?P<a>\d{1,2})" + _FIRST + r"\s*[-–]\s*(?P<b>\d{1,2})(?![\d-])"
)  # not inside 2017-10-17


def _parse_written(written: str, anchor: dt.date | None, weekday_first: re.Pattern[str]) -> TimeSpan | None:
    """Parse a core expression; a weekday before a written day is dropped ("samedi 31 octobre"),
    a day range ("March 2-3", "2-3 mars") runs from its first day to its second."""
    folded = fold_keep_offsets(written)
    if m := weekday_first.match(folded):
        written, folded = written[m.end() :], folded[m.end() :]
    if m := _DAY_SPAN.search(folded):
        last = _parse(folded[: m.start()] + m["b"] + folded[m.end() :], anchor)
        if last is None or int(m["a"]) > last.start.day:
            return None
        return TimeSpan(last.start.replace(day=int(m["a"])), last.end, DatePrecision.RANGE, written)
    return _parse(written, anchor)


#: Every expression the finder reads holds a digit or one of these words (folded): a
#: sentence without any has no date, and the finder is not run on it.
DATE_WORDS = _grammar(lang.READ).date_words
_WORD_OR_DIGITS = re.compile(r"[a-z]+|\d+")


#: More characters than an expression holds before its first digit or date word (the longest,
#: "au cours de ces quinze derniers jours", has 32): the finder starts that far before each
#: such word and finds exactly what a scan of the whole sentence finds.
DATE_WORD_LEAD = 40


def date_word_starts(folded: str, words: frozenset[str] = DATE_WORDS) -> list[int]:
    """Where digits and date words (of ``words``) start in a folded text, left to right (none: no date)."""
    return [m.start() for m in _WORD_OR_DIGITS.finditer(folded) if m[0][0].isdigit() or m[0] in words]


def _scan(
    folded: str, starts: list[int] | None = None, finder: re.Pattern[str] = _FINDER
) -> Iterator[re.Match[str]]:
    """The finder's matches, as ``_FINDER.finditer(folded)`` gives them, but scanning only
    from ``DATE_WORD_LEAD`` characters before each digit or date word (``starts``: where they
    are, found if not given): a match starts no earlier than that before the first one it holds."""
    if starts is None:
        starts = date_word_starts(folded)
    position, k = 0, 0
    while k < len(starts):
        m = finder.search(folded, max(position, starts[k] - DATE_WORD_LEAD))
        if m is None:
            return
        yield m
        position = m.end() if m.end() > m.start() else m.end() + 1
        while k < len(starts) and starts[k] < position:
            k += 1


@dataclass(frozen=True, slots=True)
class _Hit:
    """One match of the finder in ``text[start:end]``: its document offsets ``[s, e)`` and what
    reading it needs."""

    m: re.Match[str]
    s: int
    e: int
    written: str
    text: str
    start: int
    folded: str
    anchor: dt.date | None
    g: _Grammar

    def group_text(self, name: str) -> str:
        """A group of the match as written in the text (the match runs on the folded text)."""
        return self.text[self.start + self.m.start(name) : self.start + self.m.end(name)]


def _read_anaphora(h: _Hit) -> DateMention | None:
    """ "Le lendemain", "later that day", "la veille": days after the previous event."""
    days = next(n for n in _ANAPHORA_DAYS if h.m[f"anaphora_{n + 1}"])
    return DateMention(h.s, h.e, h.written, None, days_after_previous=days)


def _read_later(h: _Hit) -> DateMention | None:
    """ "Two days later", "moins de vingt-quatre heures plus tard"; "hours later": the same day."""
    m = h.m
    if m["hours_later"]:
        return DateMention(h.s, h.e, h.written, None, days_after_previous=0)
    hours = m["later_unit"] in _HOURS
    number = 24 if m["later_n"] in _TWENTY_FOUR else number_of(m["later_n"])
    weeks = _unit(m["later_unit"]) == "week"
    days = max(1, number // 24) if hours else number * (7 if weeks else 1)
    return DateMention(h.s, h.e, h.written, None, days_after_previous=days)


def _read_lasting(h: _Hit) -> DateMention | None:
    """ "After three days of fighting", "the third day of a blockade": how long, for one noun."""
    m = h.m
    if m["nth"]:
        n = _ORDINALS.get(m["nth"]) or int(re.sub(r"\D.*", "", m["nth"]))
        unit = m["nth_unit"]
    else:
        n, unit = number_of(m["lasting_n"]), m["lasting_unit"]
    return DateMention(h.s, h.e, h.written, None, lasting=(n, _unit(unit)), only_for=(h.e, h.e + NOUN_REACH))


def _read_year_of_noun(h: _Hit) -> DateMention | None:
    """ "The 2016 peace deal", "l'accord de paix de 2016": a year that dates one noun."""
    m = h.m
    year = int(m["year_of"] or m["year_noun"])
    span = TimeSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), DatePrecision.YEAR, h.written)
    reach = (max(0, h.s - NOUN_REACH), h.s) if m["year_of"] else (h.e, h.e + NOUN_REACH)
    return DateMention(h.s, h.e, h.written, span, only_for=reach)


def _read_recent(h: _Hit) -> DateMention | None:
    """ "Ces derniers jours", "in recent weeks": a window up to the anchor."""
    if h.anchor is None:
        return None
    window = recent_window(h.m["recent"], h.anchor)
    return DateMention(h.s, h.e, h.written, TimeSpan(window.start, window.end, window.precision, h.written))


def _read_coming(h: _Hit) -> DateMention | None:
    """ "In the coming days", "d'ici trois mois": a window from the anchor on."""
    m, anchor = h.m, h.anchor
    if anchor is None:
        return None
    if m["coming_n"]:
        end_day = counted_ahead(number_of(m["coming_n"]), _unit(m["coming_unit"]), anchor)
        window = TimeSpan(anchor, end_day, DatePrecision.RANGE)
    else:
        window = future_window(m["coming"], anchor)
    span = TimeSpan(window.start, window.end, window.precision, h.written)
    return DateMention(h.s, h.e, h.written, span, future=True)


def _read_between(h: _Hit) -> DateMention | None:
    """ "Between 2006 and 2014", "du 3 au 5 mars": a range."""
    if h.m["between"]:
        span = _between(h.m, h.text[h.start + h.m.start() : h.e], h.anchor)
    else:
        span = _day_range(h.m, h.written, h.anchor)
    if span is None:
        return None
    return DateMention(h.s, h.e, h.written, TimeSpan(span.start, span.end, DatePrecision.RANGE, h.written))


def _read_since_event(h: _Hit) -> DateMention | None:
    """ "Since the start of the fighting", "since then": from an event the pipeline finds."""
    if h.g.date_next.match(h.folded, h.m.end()):  # "since the war began in May 1998": the date says it
        return None
    noun = "" if h.m["since_then"] else h.m["event_noun"]
    return DateMention(h.s, h.e, h.written, None, since_event=noun)


def _read_after(h: _Hit) -> DateMention | None:
    """ "Après la prise de Mossoul": a date the pipeline looks up."""
    return DateMention(h.s, h.e, h.written, None, after_place=h.group_text("after_place"))


def _read_since(h: _Hit) -> DateMention | None:
    """ "Depuis août 2014", "à partir du 1er octobre", "since Monday's riot"."""
    m, anchor, s, e, written = h.m, h.anchor, h.s, h.e, h.written
    if h.g.since_event_year.fullmatch(h.folded[m.start() : m.end()]):
        # "since the 1971 war": an event named by its year, which dates that noun only
        year = int(h.folded[m.end() - 4 : m.end()])
        span = TimeSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), DatePrecision.YEAR, h.written[-4:])
        return DateMention(e - 4, e, h.written[-4:], span, only_for=(e, e + NOUN_REACH))
    inner_text = h.text[h.start + m.start("since_inner") : e]
    inner = _parse(inner_text, anchor)
    if inner is None:
        return None
    if h.folded.startswith("'s ", e - h.start):
        # "since Monday's riot": the riot was on Monday, what came before "since" runs from it
        return DateMention(s, e, written, inner, since=inner, since_at=s)
    first = inner.start
    if inner.precision is DatePrecision.PART_OF_MONTH and h.g.mid.match(m["since_inner"]):
        first = inner.start.replace(day=MID_MONTH_DAY)  # "since mid-October": from the middle of the month
    if not _SINCE_WORDS.match(m["since"]):
        inner = nearest_year(inner, inner_text, anchor)[0]  # "à partir du 1er octobre" looks ahead
    if anchor is not None and inner.start > anchor:
        # "une trêve à partir du 1er octobre", said in September: it starts that day
        begin = TimeSpan(inner.start, inner.start, DatePrecision.DAY, written)
        return DateMention(s, e, written, begin, since=inner, future=True)
    end_day = anchor if anchor is not None and anchor >= first else None
    return DateMention(s, e, written, TimeSpan(first, end_day, DatePrecision.RANGE, written), since=inner)


def _read_until(h: _Hit) -> DateMention | None:
    """ "D'ici au 31 décembre", "by Sunday": from the anchor up to a deadline ahead."""
    m, anchor, s, e, written = h.m, h.anchor, h.s, h.e, h.written
    inner_text = h.text[h.start + m.start("until_inner") : e]
    inner = _parse(inner_text, anchor)
    if inner is None or anchor is None:
        return None
    if h.g.until_weekday.fullmatch(m["until_inner"]):
        # "d'ici dimanche", "by Sunday": the deadline day itself, the next one
        day = _parse("next " + m["until_inner"].split()[-1], anchor)
        if day is None:
            return None
        return DateMention(s, e, written, TimeSpan(day.start, day.end, day.precision, written), future=True)
    finish = inner.end or inner.start
    if finish < anchor and not re.search(r"\d{4}", m["until_inner"]):
        # a deadline without a year lies ahead: "d'ici au 31 décembre"
        ahead = _parse(f"{inner_text} {anchor.year}", anchor)
        finish = (ahead.end or ahead.start) if ahead is not None else finish
    if finish < anchor:
        return None
    precision = DatePrecision.DAY if finish == anchor else DatePrecision.RANGE
    return DateMention(s, e, written, TimeSpan(anchor, finish, precision, written), future=True)


def _read_core(h: _Hit) -> DateMention | None:
    """A day, month, year, part, weekday or relative expression read by the parser."""
    span = _parse_written(h.written, h.anchor, h.g.weekday_first)
    if span is None:
        return None
    span, ahead = nearest_year(span, h.written, h.anchor)
    ahead = ahead or (h.anchor is not None and span.start > h.anchor)  # "next week", "le 3 mars 2031"
    return DateMention(h.s, h.e, h.written, span, future=ahead)


MID_MONTH_DAY = 15  # where "since mid-October" starts
# Which reader reads a match: the first whose groups matched (else the core reader), in the
# finder's own order of alternatives.
_READERS: tuple[tuple[tuple[str, ...], Callable[[_Hit], DateMention | None]], ...] = (
    (tuple(f"anaphora_{n + 1}" for n in _ANAPHORA_DAYS), _read_anaphora),
    (("later", "hours_later"), _read_later),
    (("lasting",), _read_lasting),
    (("year_of", "year_noun"), _read_year_of_noun),
    (("recent",), _read_recent),
    (("coming",), _read_coming),
    (("between", "days"), _read_between),
    (("since_event",), _read_since_event),
    (("after",), _read_after),
    (("since_inner",), _read_since),
    (("until_inner",), _read_until),
)


def _reader(m: re.Match[str]) -> Callable[[_Hit], DateMention | None]:
    return next((read for groups, read in _READERS if any(m[g] for g in groups)), _read_core)


def find_dates(
    text: str,
    start: int,
    end: int,
    anchor: dt.date | None,
    folded_text: str | None = None,
    languages: tuple[str, ...] = lang.READ,
) -> list[DateMention]:
    """Temporal expressions in ``text[start:end]``, left to right, with document offsets.

    Expressions that need an anchor and have none are left out, as are ones that name no
    real day ("31 février"). ``folded_text`` is the whole text already folded
    (:func:`fold_keep_offsets`), when the caller has it. The clause words that turn a date
    into the end of a "since" clause are those of ``languages`` (the packs of the text).
    """
    folded = folded_text[start:end] if folded_text is not None else fold_keep_offsets(text[start:end])
    found: list[DateMention] = []
    grammar = _grammar(languages)
    starts = date_word_starts(folded, grammar.date_words)
    if not starts:  # no digit and no date word: no date
        return found
    for m in _scan(folded, starts, grammar.finder):
        s, e = start + m.start(), start + m.end()
        if folded[e - start - 1] == ".":
            e -= 1  # a sentence's full stop after a month name
        mention = _reader(m)(_Hit(m, s, e, text[s:e], text, start, folded, anchor, grammar))
        if mention is not None:
            found.append(mention)
    clause = _since_clause(languages)
    return [_with_since_clause(d, found, folded, start, clause) for d in found]


SINCE_CLAUSE_CHARS = 100  # the farthest "since" stands before the date that ends its clause
SUPERLATIVE_REACH = 40  # characters before "since" where a superlative makes it a comparison
_SINCE_CLAUSE_BREAK = re.compile(r"[;:—–()]|\s-\s|,.*,")


@cache
def _since_clause(languages: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The "since" words and the superlatives of ``languages`` (compiled once per tuple)."""
    since = lang.alternatives("dates", "SINCE", languages)
    superlatives = lang.alternatives("dates", "SUPERLATIVES", languages)
    return (
        re.compile(r"(?<![\w-])(?:" + since + r")(?= [a-z])"),
        re.compile(r"(?<![\w-])(?:" + superlatives + r")(?![\w-])"),
    )


def _with_since_clause(
    date: DateMention,
    found: list[DateMention],
    folded: str,
    start: int,
    clause: tuple[re.Pattern[str], re.Pattern[str]],
) -> DateMention:
    """Mark a date that ends a clause opened by "since"/"depuis" ("since fighting broke out on
    March 21", "depuis l'annulation des législatives, en janvier 1992")."""
    if (
        date.span is None
        or date.since is not None
        or date.future
        or date.days_after_previous is not None
        or date.only_for is not None  # "since the 1971 war" dates the war, its own "since"
    ):
        return date
    window_start = max(0, date.start - start - SINCE_CLAUSE_CHARS)
    since_word, superlative = clause
    words = list(since_word.finditer(folded, window_start, date.start - start))
    if not words:
        return date
    if superlative.search(folded, max(0, words[-1].start() - SUPERLATIVE_REACH), words[-1].start()):
        return date  # "the biggest gain since Bakhmut in May": a comparison, not a span
    since_at = words[-1].start() + start
    gap = folded[words[-1].end() - 0 : date.start - start]
    if _SINCE_CLAUSE_BREAK.search(gap) or any(since_at < d.start < date.start for d in found):
        return date
    return DateMention(date.start, date.end, date.text, date.span, since=date.span, since_at=since_at)
