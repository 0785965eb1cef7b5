"""Parse date expressions (ISO, English, French, Spanish) into :class:`~geoevents.model.TimeSpan`.

One entry point, :func:`parse_timespan`, for a value read whole (a table's cell, a
``--published`` option, an expression :mod:`.find` found in running text). Expressions without
a year ("début octobre", "October 17") and relative ones ("hier", "since August 2014") are
anchored to ``anchor``, normally the publication date of the source (:mod:`.anchor`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..extract import lang
from ..model import DatePrecision, TimeSpan
from .anchor import (
    UNIT_STEMS,
    TimeSpanError,
    anchored_year,
    month_end,
    months_back,
    needs_anchor,
    part_of_month,
    part_of_year,
    weekday_after,
    weekday_before,
)
from .tables import END_WORDS, MONTHS, NUMBER_WORDS, PART_WORDS, SEASON_WORDS, WEEKDAYS, YEAR_PART_WORDS, fold

__all__ = ["TimeSpanError", "parse_timespan"]


def _opt_words(name: str) -> str:
    """An optional word of the packs' ``name`` (each written with what follows it: "le ", "l'")."""
    return "(?:" + lang.alternatives("dates", name) + ")?"


_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>\d{4})"
_DAY = r"(?P<day>\d{1,2})(?:" + lang.alternatives("dates", "DAY_SUFFIXES") + ")?"

_PART = (
    r"(?P<part>"
    + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(PART_WORDS, key=len, reverse=True))
    + r")"
)

_SINCE = r"(?P<since>" + lang.alternatives("dates", "VALUE_SINCE") + r")"


def _year_part(word: str) -> str:
    """The part of a year a word names: "fin"/"end of" is narrower than "late"."""
    word = _normal_part(word)
    return "end" if word in END_WORDS else PART_WORDS[word]


def _day(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise TimeSpanError(f"no such day: {year:04d}-{month:02d}-{day:02d}") from exc


def parse_timespan(text: str, anchor: dt.date | None = None) -> TimeSpan:
    """Read a date expression into a time span.

    Accepted forms include ISO dates, months, years, weeks (``2017-W42``), quarters
    (``2017-Q4``, ``Q4 2017``) and intervals (``2017-10-01/2017-10-10``, ``2014-08/..``);
    English and French days ("17 October 2017", "October 17, 2017", "1er octobre 2017"),
    months, parts of months ("early October 2017", "début octobre", "mi-octobre 2017"),
    parts of years ("mid-2016"), open spans ("since August 2014", "depuis août 2014", which
    end on ``anchor``) and "yesterday"/"hier", "today"/"aujourd'hui".

    Raises :class:`TimeSpanError` with a message saying what was expected.
    """
    if not isinstance(text, str) or not text.strip():
        raise TimeSpanError("empty date")
    raw = text.strip()
    folded = fold(raw)
    try:
        span = _parse(folded, anchor)
    except TimeSpanError:
        raise
    except (ValueError, OverflowError):  # year 0, 9999-W52, "in 10000 days": past the calendar
        raise TimeSpanError(f"date out of range (years 1 to 9999): {raw}") from None
    return TimeSpan(span[0], span[1], span[2], raw)


_Span = tuple[dt.date, dt.date | None, DatePrecision]


def _parse(s: str, anchor: dt.date | None) -> _Span:
    """A folded expression: the first of :data:`_FORMS` that reads it, else a relative one."""
    for read in _FORMS:
        if (found := read(s, anchor)) is not None:
            return found
    if relative := _parse_relative(s, anchor):
        return relative
    raise TimeSpanError(
        f"cannot read date {s!r}: expected e.g. 2017-10-17, 2017-10, 2017, 2017-W42, 2017-Q4, "
        "2014-08/2017-10-24, '17 October 2017', 'early October 2017', 'since August 2014'"
    )


_INTERVAL = re.compile(r"[\d\-wq.]+/[\d\-wq.]+")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")
_ISO_YEAR = re.compile(r"(\d{4})")
_ISO_WEEK = re.compile(r"(\d{4})-?w(\d{1,2})")
_QUARTER = re.compile(r"(?:(\d{4})-?q([1-4])|q([1-4]) (\d{4}))")
_HALVES = (
    re.compile(r"h(?P<half>[12]) (?P<year>\d{4})"),
    *(re.compile(p) for p in lang.phrases("dates", "HALF_OF_YEAR")),
)
_FIRST_HALF = frozenset({"1", *lang.words("dates", "FIRST_HALF")})
_TODAY = re.compile(lang.alternatives("dates", "TODAY"))
_YESTERDAY = re.compile(lang.alternatives("dates", "YESTERDAY"))
_DAY_BEFORE_YESTERDAY = re.compile(lang.alternatives("dates", "DAY_BEFORE_YESTERDAY"))
_TOMORROW = re.compile(lang.alternatives("dates", "TOMORROW"))
_DAY_AFTER_TOMORROW = re.compile(lang.alternatives("dates", "DAY_AFTER_TOMORROW"))
_LAST_WEEK = re.compile(lang.alternatives("dates", "LAST_WEEK"))
_SINCE_REST = re.compile(_SINCE + r" " + _opt_words("VALUE_SINCE_ARTICLE") + r"(?P<rest>.+)")
_DAY_MONTH = re.compile(
    _opt_words("DAY_BEFORE")
    + _DAY
    + " "
    + _opt_words("DAY_MONTH_OF")
    + _MONTH
    + r"(?:,? "
    + _opt_words("DAY_YEAR_OF")
    + _YEAR
    + r")?"
)
_MONTH_DAY = re.compile(_opt_words("MONTH_DAY_BEFORE") + _MONTH + r" " + _DAY + r"(?:,? " + _YEAR + r")?")
_PART_OF_MONTH = re.compile(
    _PART
    + r"\s*"
    + _opt_words("PART_MONTH_OF")
    + _MONTH
    + r"(?: "
    + _opt_words("MONTH_YEAR_OF")
    + _YEAR
    + r")?"
)
_PART_OF_YEAR = re.compile(_PART + r"\s*" + _opt_words("PART_YEAR_OF") + _YEAR)
_IN_MONTH = re.compile(
    _opt_words("VALUE_IN_MONTH") + _MONTH + r"(?: " + _opt_words("IN_MONTH_YEAR_OF") + _YEAR + r")?"
)
_IN_YEAR = re.compile("(?:" + lang.alternatives("dates", "IN") + ") " + _YEAR)


def _read_interval(s: str, anchor: dt.date | None) -> _Span | None:
    """ISO interval "start/end" (either side may be "..": open)."""
    if "/" not in s or not _INTERVAL.fullmatch(s):
        return None
    left, right = s.split("/", 1)
    start = _parse(left, anchor)[0] if left != ".." else None
    if start is None:
        raise TimeSpanError("an interval needs a start")
    end = _parse(right, anchor)[1] if right != ".." else None
    if end is not None and end < start:
        raise TimeSpanError(f"interval ends before it starts: {s}")
    return start, end, DatePrecision.RANGE


def _read_iso_day(s: str, anchor: dt.date | None) -> _Span | None:
    if not (m := _ISO_DAY.fullmatch(s)):
        return None
    d = _day(int(m[1]), int(m[2]), int(m[3]))
    return d, d, DatePrecision.DAY


def _read_iso_month(s: str, anchor: dt.date | None) -> _Span | None:
    if not (m := _ISO_MONTH.fullmatch(s)):
        return None
    year, month = int(m[1]), int(m[2])
    if not 1 <= month <= 12:
        raise TimeSpanError(f"no such month: {s}")
    return dt.date(year, month, 1), month_end(year, month), DatePrecision.MONTH


def _read_iso_year(s: str, anchor: dt.date | None) -> _Span | None:
    if not (m := _ISO_YEAR.fullmatch(s)):
        return None
    year = int(m[1])
    return dt.date(year, 1, 1), dt.date(year, 12, 31), DatePrecision.YEAR


def _read_iso_week(s: str, anchor: dt.date | None) -> _Span | None:
    if not (m := _ISO_WEEK.fullmatch(s)):
        return None
    try:
        start = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
    except ValueError as exc:
        raise TimeSpanError(f"no such ISO week: {s}") from exc
    return start, start + dt.timedelta(days=6), DatePrecision.WEEK


def _read_quarter(s: str, anchor: dt.date | None) -> _Span | None:
    if not (m := _QUARTER.fullmatch(s)):
        return None
    year = int(m[1] or m[4])
    quarter = int(m[2] or m[3])
    first = 3 * (quarter - 1) + 1
    return dt.date(year, first, 1), month_end(year, first + 2), DatePrecision.QUARTER


def _read_half(s: str, anchor: dt.date | None) -> _Span | None:
    """Halves of years: "H1 2016", "the first half of 2016"."""
    if not (m := next((m for p in _HALVES if (m := p.fullmatch(s))), None)):
        return None
    year = int(m["year"])
    if m["half"] in _FIRST_HALF:
        return dt.date(year, 1, 1), dt.date(year, 6, 30), DatePrecision.HALF_YEAR
    return dt.date(year, 7, 1), dt.date(year, 12, 31), DatePrecision.HALF_YEAR


def _read_today(s: str, anchor: dt.date | None) -> _Span | None:
    if not _TODAY.fullmatch(s):
        return None
    if anchor is None:
        raise TimeSpanError("'today' needs a publication date")
    return anchor, anchor, DatePrecision.DAY


def _read_yesterday(s: str, anchor: dt.date | None) -> _Span | None:
    if not _YESTERDAY.fullmatch(s):
        return None
    if anchor is None:
        raise TimeSpanError("'yesterday' needs a publication date")
    d = anchor - dt.timedelta(days=1)
    return d, d, DatePrecision.DAY


def _read_day_before_yesterday(s: str, anchor: dt.date | None) -> _Span | None:
    """ "Anteayer": two days before the anchor."""
    if not _DAY_BEFORE_YESTERDAY.fullmatch(s):
        return None
    if anchor is None:
        raise TimeSpanError("'anteayer' needs a publication date")
    d = anchor - dt.timedelta(days=2)
    return d, d, DatePrecision.DAY


def _read_tomorrow(s: str, anchor: dt.date | None) -> _Span | None:
    """ "Mañana" (the day after the anchor), "pasado mañana" (two days after)."""
    days = 1 if _TOMORROW.fullmatch(s) else 2 if _DAY_AFTER_TOMORROW.fullmatch(s) else 0
    if not days:
        return None
    if anchor is None:
        raise TimeSpanError("'mañana' needs a publication date")
    d = anchor + dt.timedelta(days=days)
    return d, d, DatePrecision.DAY


def _read_last_week(s: str, anchor: dt.date | None) -> _Span | None:
    if not _LAST_WEEK.fullmatch(s):
        return None
    if anchor is None:
        raise TimeSpanError("'last week' needs a publication date")
    monday = anchor - dt.timedelta(days=anchor.weekday() + 7)
    return monday, monday + dt.timedelta(days=6), DatePrecision.WEEK


def _read_since(s: str, anchor: dt.date | None) -> _Span | None:
    """ "Since August 2014" / "depuis août 2014" / "depuis 2014": from then until the anchor."""
    if not (m := _SINCE_REST.fullmatch(s)):
        return None
    start = _parse(m["rest"], anchor)[0]
    end = anchor if anchor is not None and anchor >= start else None
    return start, end, DatePrecision.RANGE


def _read_day(s: str, anchor: dt.date | None) -> _Span | None:
    """Days: "17 octobre 2017", "le 1er octobre", "October 17, 2017", "17 Oct"."""
    if not (m := _DAY_MONTH.fullmatch(s) or _MONTH_DAY.fullmatch(s)):
        return None
    month = MONTHS[m["month"]]
    day = int(m["day"])
    year = int(m["year"]) if m["year"] else anchored_year(month, day, anchor)
    d = _day(year, month, day)
    return d, d, DatePrecision.DAY


def _read_part_of_month(s: str, anchor: dt.date | None) -> _Span | None:
    """Parts of months: "early October 2017", "début octobre", "mi-octobre 2017", "end of October"."""
    if not (m := _PART_OF_MONTH.fullmatch(s)):
        return None
    month = MONTHS[m["month"]]
    part = PART_WORDS[_normal_part(m["part"])]
    year = int(m["year"]) if m["year"] else anchored_year(month, 1, anchor)
    start, end = part_of_month(part, year, month)
    return start, end, DatePrecision.PART_OF_MONTH


def _read_part_of_year(s: str, anchor: dt.date | None) -> _Span | None:
    """Parts of years: "mid-2016", "early 2016", "fin 2016"."""
    if not (m := _PART_OF_YEAR.fullmatch(s)):
        return None
    return part_of_year(_year_part(m["part"]), int(m["year"]))


def _read_month(s: str, anchor: dt.date | None) -> _Span | None:
    """Months: "October 2017", "octobre 2017", "en octobre", "in October"."""
    if not (m := _IN_MONTH.fullmatch(s)):
        return None
    month = MONTHS[m["month"]]
    year = int(m["year"]) if m["year"] else anchored_year(month, 1, anchor)
    return dt.date(year, month, 1), month_end(year, month), DatePrecision.MONTH


def _read_in_year(s: str, anchor: dt.date | None) -> _Span | None:
    if not (m := _IN_YEAR.fullmatch(s)):
        return None
    year = int(m["year"])
    return dt.date(year, 1, 1), dt.date(year, 12, 31), DatePrecision.YEAR


#: The absolute and simple forms :func:`_parse` reads, in order: the first that reads wins.
_FORMS = (
    _read_interval,
    _read_iso_day,
    _read_iso_month,
    _read_iso_year,
    _read_iso_week,
    _read_quarter,
    _read_half,
    _read_today,
    _read_yesterday,
    _read_day_before_yesterday,
    _read_tomorrow,
    _read_last_week,
    _read_since,
    _read_day,
    _read_part_of_month,
    _read_part_of_year,
    _read_month,
    _read_in_year,
)


def _normal_part(word: str) -> str:
    return re.sub(r"\s+", " ", word).strip()


# ---------------------------------------------------------------- relative expressions (additive)


def _alt(name: str) -> str:
    """The date words ``name`` of the packs (``lang/*/dates.py``), as one regex group."""
    return "(?:" + lang.alternatives("dates", name) + ")"


def _opt(name: str) -> str:
    """An optional word of ``name`` and the space after it ("on " before a weekday)."""
    return "(?:" + _alt(name) + " )?"


def _patterns(name: str, **fill: str) -> tuple[re.Pattern[str], ...]:
    """The packs' regexes ``name``, one pattern each (their groups have the same names)."""
    return tuple(re.compile(p.format(**fill) if fill else p) for p in lang.phrases("dates", name))


_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_WEEKDAY2 = _WEEKDAY.replace("weekday", "weekday2")
_TIME_OF_DAY = (
    r"(?: (?:"
    + lang.alternatives("dates", "TIME_OF_DAY")
    + "|"
    + lang.alternatives("dates", "VALUE_TIME_OF_DAY")
    + r"))?"
)


def _parse_relative(s: str, anchor: dt.date | None) -> _Span | None:
    """Weekdays, weekends, nights, counted days, seasons and "this/last year", read against
    the publication date: the first of :data:`_RELATIVE` that reads the expression.

    "lundi", "on Monday", "dimanche soir": the latest such day on or before the anchor;
    "last Friday", "jeudi dernier": the latest one before it; "next Sunday", "dimanche prochain",
    "d'ici dimanche", "pour mercredi" (a meeting called for Wednesday): the first one after it.
    "over the weekend", "ce week-end": the last Saturday and Sunday; "overnight", "cette nuit",
    "la nuit dernière": the anchor and the day before; "dans la nuit de samedi à dimanche": those
    two days. "early this year", "in May last year", "l'an dernier": years relative to the anchor.
    """
    for read in _RELATIVE:
        if (found := read(s, anchor)) is not None:
            return found
    return None


_ON_WEEKDAY = re.compile(_opt("WEEKDAY_ON") + _WEEKDAY + _TIME_OF_DAY)
_LAST_WEEKDAY = re.compile(
    "(?:"
    + _alt("LAST_WEEKDAY_BEFORE")
    + " )"
    + _WEEKDAY
    + _TIME_OF_DAY
    + "|"
    + _opt("WEEKDAY_ARTICLE")
    + _WEEKDAY2
    + " "
    + _alt("LAST_WEEKDAY_AFTER")
    + _TIME_OF_DAY
)
_NEXT_WEEKDAY = re.compile(
    "(?:"
    + _alt("NEXT_WEEKDAY_BEFORE")
    + " )"
    + _WEEKDAY
    + "|"
    + _opt("WEEKDAY_ARTICLE")
    + _WEEKDAY2
    + " "
    + _alt("NEXT_WEEKDAY_AFTER")
)
_WEEKEND = re.compile(lang.alternatives("dates", "VALUE_WEEKEND"))
_TWO_WEEKDAYS = re.compile(
    _opt("ON_DAY") + _WEEKDAY + " " + _alt("AND") + " " + _opt("SECOND_DAY_ARTICLE") + _WEEKDAY2
)
_NIGHT_OF = re.compile(_alt("NIGHT_OF") + " " + _WEEKDAY + " " + _alt("NIGHT_OF_TO") + " " + _WEEKDAY2)
_OVERNIGHT = re.compile(lang.alternatives("dates", "OVERNIGHT"))
_LAST_24_HOURS = re.compile(
    _alt("HOURS_24_BEFORE") + " (?:24|" + lang.alternatives("dates", "TWENTY_FOUR") + ") " + _alt("HOURS")
)


def _read_weekday(s: str, anchor: dt.date | None) -> _Span | None:
    """ "Lundi", "on Monday", "dimanche soir": the latest such day on or before the anchor."""
    if not (m := _ON_WEEKDAY.fullmatch(s)):
        return None
    d = weekday_before(needs_anchor(anchor, s), WEEKDAYS[m["weekday"]], strictly=False)
    return d, d, DatePrecision.DAY


def _read_last_weekday(s: str, anchor: dt.date | None) -> _Span | None:
    """ "Last Friday", "jeudi dernier": the latest such day before the anchor."""
    if not (m := _LAST_WEEKDAY.fullmatch(s)):
        return None
    d = weekday_before(needs_anchor(anchor, s), WEEKDAYS[m["weekday"] or m["weekday2"]], strictly=True)
    return d, d, DatePrecision.DAY


def _read_next_weekday(s: str, anchor: dt.date | None) -> _Span | None:
    """ "Next Sunday", "dimanche prochain", "d'ici dimanche", "pour mercredi": the first after the anchor."""
    if not (m := _NEXT_WEEKDAY.fullmatch(s)):
        return None
    d = weekday_after(needs_anchor(anchor, s), WEEKDAYS[m["weekday"] or m["weekday2"]])
    return d, d, DatePrecision.DAY


def _read_weekend(s: str, anchor: dt.date | None) -> _Span | None:
    """ "Over the weekend", "ce week-end": the last Saturday and Sunday."""
    if not _WEEKEND.fullmatch(s):
        return None
    saturday = weekday_before(needs_anchor(anchor, s), 5, strictly=False)
    return saturday, saturday + dt.timedelta(days=1), DatePrecision.RANGE


def _read_two_weekdays(s: str, anchor: dt.date | None) -> _Span | None:
    """ "Samedi et dimanche": the two days, the last one on or before the anchor."""
    if not (m := _TWO_WEEKDAYS.fullmatch(s)):
        return None
    last = weekday_before(needs_anchor(anchor, s), WEEKDAYS[m["weekday2"]], strictly=False)
    first = last - dt.timedelta(days=(WEEKDAYS[m["weekday2"]] - WEEKDAYS[m["weekday"]]) % 7)
    return first, last, DatePrecision.RANGE


def _read_night_of(s: str, anchor: dt.date | None) -> _Span | None:
    """ "Dans la nuit de samedi à dimanche": those two days."""
    if not (m := _NIGHT_OF.fullmatch(s)):
        return None
    first = weekday_before(needs_anchor(anchor, s), WEEKDAYS[m["weekday"]], strictly=False)
    return first, first + dt.timedelta(days=1), DatePrecision.RANGE


def _read_overnight(s: str, anchor: dt.date | None) -> _Span | None:
    """ "Overnight", "cette nuit", "in the past 24 hours": the anchor and the day before."""
    if not (_OVERNIGHT.fullmatch(s) or _LAST_24_HOURS.fullmatch(s)):
        return None
    anchor = needs_anchor(anchor, s)
    return anchor - dt.timedelta(days=1), anchor, DatePrecision.RANGE


_WEEK_START = re.compile(
    _opt("START_ARTICLE") + _alt("START_WORDS") + " " + _alt("OF_THE_WEEK") + " " + _alt("WEEK_WORDS")
)
_THIS_OR_NEXT_WEEK = re.compile(
    "(?P<this>" + lang.alternatives("dates", "THIS_WEEK") + ")|" + lang.alternatives("dates", "NEXT_WEEK")
)
_EARLIER_LATER = _patterns("EARLIER_LATER_VALUE")
_EARLIER = lang.words("dates", "EARLIER")
_WEEK_WORDS = lang.words("dates", "WEEK_WORDS")
_LAST_MONTH_NAME = re.compile(
    _alt("LAST_BEFORE")
    + " "
    + _MONTH
    + "|"
    + _opt("LAST_MONTH_IN")
    + _MONTH.replace("month", "month2")
    + " "
    + _alt("LAST_AFTER")
)
_DECADES = tuple(
    re.compile(_opt("DECADE_BEFORE") + "(?:" + p.pattern + ")") for p in _patterns("DECADE_VALUE")
)
_LAST_OR_NEXT_MONTH = re.compile(
    lang.alternatives("dates", "LAST_MONTH") + "|(?P<next>" + lang.alternatives("dates", "NEXT_MONTH") + ")"
)
_MONTH_EDGE = re.compile(
    _opt("MONTH_EDGE_ARTICLE")
    + "(?P<part>"
    + lang.alternatives("dates", "MONTH_EDGE")
    + ") "
    + _alt("OF_THIS_MONTH")
)
_MONTH_EDGE_LATE = lang.words("dates", "MONTH_EDGE_LATE")
_TWO_MONTHS = re.compile(
    _opt("IN")
    + _MONTH.replace("month", "m1")
    + " "
    + _alt("AND")
    + " "
    + _MONTH.replace("month", "m2")
    + r"(?: (?P<year>\d{4}))?"
)
_THIS_YEAR = lang.alternatives("dates", "THIS_YEAR")
_LAST_YEAR = lang.alternatives("dates", "LAST_YEAR")
_RELATIVE_YEAR = re.compile(r"\b(?:" + _THIS_YEAR + "|" + _LAST_YEAR + r")\b")


def _read_week_start(s: str, anchor: dt.date | None) -> _Span | None:
    """ "The start of the week", "le début de la semaine": its Monday."""
    if not _WEEK_START.fullmatch(s):
        return None
    anchor = needs_anchor(anchor, s)
    monday = anchor - dt.timedelta(days=anchor.weekday())
    return monday, monday, DatePrecision.DAY


def _read_this_or_next_week(s: str, anchor: dt.date | None) -> _Span | None:
    """ "This week", "la semaine prochaine": that ISO week."""
    if not (m := _THIS_OR_NEXT_WEEK.fullmatch(s)):
        return None
    anchor = needs_anchor(anchor, s)
    monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=0 if m["this"] else 7)
    return monday, monday + dt.timedelta(days=6), DatePrecision.WEEK


def _read_earlier_later(s: str, anchor: dt.date | None) -> _Span | None:
    """ "Earlier this month": from its first day to the anchor; "later this week": from the
    day after the anchor to the week's (month's) end."""
    if not (m := next((m for p in _EARLIER_LATER if (m := p.fullmatch(s))), None)):
        return None
    anchor = needs_anchor(anchor, s)
    week = m["unit"] in _WEEK_WORDS
    first = anchor - dt.timedelta(days=anchor.weekday()) if week else anchor.replace(day=1)
    last = first + dt.timedelta(days=6) if week else month_end(anchor.year, anchor.month)
    if m["when"] in _EARLIER:
        return first, anchor, DatePrecision.RANGE
    return min(anchor + dt.timedelta(days=1), last), last, DatePrecision.RANGE


def _read_last_month_name(s: str, anchor: dt.date | None) -> _Span | None:
    """ "Last May", "en mai dernier": the latest May before the anchor's month."""
    if not (m := _LAST_MONTH_NAME.fullmatch(s)):
        return None
    anchor = needs_anchor(anchor, s)
    month = MONTHS[m["month"] or m["month2"]]
    year = anchor.year if month < anchor.month else anchor.year - 1
    return dt.date(year, month, 1), month_end(year, month), DatePrecision.MONTH


def _read_decade(s: str, anchor: dt.date | None) -> _Span | None:
    """ "The 1990s", "les années 1990": those ten years."""
    if not (m := next((m for p in _DECADES if (m := p.fullmatch(s))), None)):
        return None
    decade = int(m["decade"])
    return dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31), DatePrecision.RANGE


def _read_last_or_next_month(s: str, anchor: dt.date | None) -> _Span | None:
    """ "Last month", "le mois prochain": that month."""
    if not (m := _LAST_OR_NEXT_MONTH.fullmatch(s)):
        return None
    year, month = months_back(needs_anchor(anchor, s), -1 if m["next"] else 1)
    return dt.date(year, month, 1), month_end(year, month), DatePrecision.MONTH


def _read_month_edge(s: str, anchor: dt.date | None) -> _Span | None:
    """ "La fin du mois", "the beginning of the month": a part of the anchor's month."""
    if not (m := _MONTH_EDGE.fullmatch(s)):
        return None
    anchor = needs_anchor(anchor, s)
    start, end = part_of_month(
        "late" if m["part"] in _MONTH_EDGE_LATE else "early", anchor.year, anchor.month
    )
    return start, end, DatePrecision.PART_OF_MONTH


def _read_two_months(s: str, anchor: dt.date | None) -> _Span | None:
    """ "In April and May": both months."""
    if not (m := _TWO_MONTHS.fullmatch(s)):
        return None
    first_month = _parse(f"{m['m1']} {m['year']}" if m["year"] else m["m1"], anchor)
    last_month = _parse(f"{m['m2']} {m['year']}" if m["year"] else m["m2"], anchor)
    if first_month[0] <= last_month[0]:
        return first_month[0], last_month[1], DatePrecision.RANGE
    return None


def _read_part_of_this_year(s: str, anchor: dt.date | None) -> _Span | None:
    """ "Le début de l'année", "at the end of this year": a part of the anchor's year."""
    if not (m := re.fullmatch(YEAR_PART_OF_THIS_YEAR, s)):
        return None
    return part_of_year(YEAR_PART_WORDS[m["part"]], needs_anchor(anchor, s).year)


def _read_relative_year(s: str, anchor: dt.date | None) -> _Span | None:
    """ "In May last year", "l'an dernier", "cette année": the year written in, then read."""
    if not _RELATIVE_YEAR.search(s):
        return None
    year = needs_anchor(anchor, s).year
    replaced = re.sub(r"\b(?:" + _THIS_YEAR + r")\b", str(year), s)
    replaced = re.sub(r"\b(?:" + _LAST_YEAR + r")\b", str(year - 1), replaced)
    replaced = re.sub(r"\s+", " ", replaced).strip()
    return _parse(replaced, anchor) if replaced != s else None


#: (month, day) each season starts on (northern hemisphere, the equinoxes and solstices
#: rounded to the day): the gold set's "since the autumn" starts on 23 September.
SEASON_STARTS: dict[str, tuple[int, int]] = {
    "spring": (3, 20),
    "summer": (6, 21),
    "autumn": (9, 23),
    "winter": (12, 21),
}
_AMBIGUOUS_SEASONS = lang.words("dates", "AMBIGUOUS_SEASONS")
_SEASON_OF = lang.alternatives("dates", "SEASON_OF")
#: "l'automne", "last summer", "cet hiver", "in the spring of 2015", "l'été 2014"; "fall" and
#: "été" (also "been") only with a word that makes them a season (``AMBIGUOUS_SEASONS``).
SEASON = (
    r"(?:(?:" + lang.alternatives("dates", "SEASON_BEFORE") + r")*"
    r"(?P<season>" + "|".join(w for w in SEASON_WORDS if w not in _AMBIGUOUS_SEASONS) + r")|"
    r"(?:" + lang.alternatives("dates", "AMBIGUOUS_SEASON_BEFORE") + r")"
    r"(?P<season2>"
    + "|".join(w for w in SEASON_WORDS if w in _AMBIGUOUS_SEASONS)
    + r")(?! (?:"
    + _SEASON_OF
    + r")[a-z]))"
    r"(?: (?:"
    + _SEASON_OF
    + r")?(?P<year>1[89]\d\d|20\d\d)| (?P<last>"
    + lang.alternatives("dates", "SEASON_LAST")
    + r"))?"
)
_SEASON = re.compile(SEASON)
_LAST_SEASON = re.compile(lang.alternatives("dates", "LAST_SEASON"))


def _season_start(season: str, year: int) -> dt.date:
    month, day = SEASON_STARTS[season]
    return dt.date(year, month, day)


def _read_season(s: str, anchor: dt.date | None) -> _Span | None:
    """A season: of the year written ("l'été 2014"; "winter 2014" is the one that begins in
    December 2013), else the latest one begun by the anchor; "last autumn" / "l'automne
    dernier" one before that when the anchor is still in it."""
    m = _SEASON.fullmatch(s)
    if not m:
        return None
    season = SEASON_WORDS[m["season"] or m["season2"]]
    order = list(SEASON_STARTS)
    following = order[(order.index(season) + 1) % 4]
    if m["year"]:
        year = int(m["year"]) - (1 if season == "winter" else 0)
    else:
        anchor = needs_anchor(anchor, s)
        year = anchor.year if _season_start(season, anchor.year) <= anchor else anchor.year - 1
        still_in_it = anchor < _season_start(following, year + (1 if season == "winter" else 0))
        if (m["last"] or _LAST_SEASON.match(s)) and still_in_it:
            year -= 1
    start = _season_start(season, year)
    end = _season_start(following, year + (1 if season == "winter" else 0)) - dt.timedelta(days=1)
    return start, end, DatePrecision.RANGE


COUNT = r"(?:\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT = _alt("COUNT_UNITS")
_ABOUT = _alt("COUNT_ABOUT") + "?"
_AGO_BEFORE = lang.alternatives("dates", "AGO_BEFORE")
_AGO_AFTER = lang.alternatives("dates", "AGO_AFTER")
#: "ten days ago", "il y a deux semaines": that day (week, month) counted back from the anchor.
AGO = (
    "(?:"
    + _AGO_BEFORE
    + ") "
    + _ABOUT
    + COUNT
    + r" "
    + _UNIT
    + r"|"
    + _ABOUT
    + COUNT
    + r" "
    + _UNIT
    + " (?:"
    + _AGO_AFTER
    + ")"
)
_COUNTED_AGO = re.compile(
    "(?:(?:"
    + _AGO_BEFORE
    + ") )?"
    + _ABOUT
    + r"(?P<n>"
    + COUNT
    + r") (?P<unit>"
    + _UNIT
    + r")(?: (?:"
    + _AGO_AFTER
    + "))?"
)
_AGO_WORDS = re.compile("(?:" + _AGO_BEFORE + ") .*|.* (?:" + _AGO_AFTER + ")")  # "il y a ...", "... ago"
#: "over the past three days", "ces trois derniers jours", "en cinq jours": from that many days
#: back to the anchor (each pack's forms, their count renamed ``n1``, ``n2``... to make one pattern).
_PAST_COUNT = "|".join(
    form.replace("(?P<n>", f"(?P<n{k}>") for k, form in enumerate(lang.phrases("dates", "PAST_COUNT"), 1)
)
_PAST_COUNTED = re.compile(_PAST_COUNT.format(count=COUNT))
PAST_COUNT = re.sub(r"\(\?P<\w+>", "(?:", _PAST_COUNT.format(count=COUNT))
_WEEK_UNIT = re.compile("|".join(UNIT_STEMS["week"]))
_MONTH_UNIT = re.compile(r"\b(?:" + "|".join(UNIT_STEMS["month"]) + ")")
#: "le début de l'année", "at the end of this year": a part of the anchor's year.
YEAR_PART_OF_THIS_YEAR = (
    r"(?:(?:"
    + lang.alternatives("dates", "THIS_YEAR_PART_BEFORE")
    + r") )?(?P<part>"
    + "|".join(YEAR_PART_WORDS)
    + ") "
    r"(?:" + lang.alternatives("dates", "OF_THIS_YEAR") + ")"
)


def number_of(word: str) -> int:
    """A count written in digits or words ("3", "three", "trois")."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _read_ago(s: str, anchor: dt.date | None) -> _Span | None:
    """ "Ten days ago" is that day, "two weeks ago" that ISO week, "three months ago" that month,
    "two years ago" (decades) that year."""
    if not (m := _COUNTED_AGO.fullmatch(s)) or not _AGO_WORDS.fullmatch(s):
        return None
    anchor = needs_anchor(anchor, s)
    n, unit = number_of(m["n"]), m["unit"]
    if unit.startswith(UNIT_STEMS["day"]):
        d = anchor - dt.timedelta(days=n)
        return d, d, DatePrecision.DAY
    if unit.startswith(UNIT_STEMS["week"]):
        d = anchor - dt.timedelta(days=7 * n)
        monday = d - dt.timedelta(days=d.weekday())
        return monday, monday + dt.timedelta(days=6), DatePrecision.WEEK
    if unit.startswith(UNIT_STEMS["year"] + UNIT_STEMS["decade"]):
        year = anchor.year - n * (10 if unit.startswith(UNIT_STEMS["decade"]) else 1)
        return dt.date(year, 1, 1), dt.date(year, 12, 31), DatePrecision.YEAR
    year, month = months_back(anchor, n)
    return dt.date(year, month, 1), month_end(year, month), DatePrecision.MONTH


def _read_past_count(s: str, anchor: dt.date | None) -> _Span | None:
    """ "The past three days", "ces trois derniers jours": from that many days (weeks, months)
    back to the anchor."""
    if not (m := _PAST_COUNTED.fullmatch(s)):
        return None
    anchor = needs_anchor(anchor, s)
    n = number_of(next(v for k, v in m.groupdict().items() if v is not None and k.startswith("n")))
    if _WEEK_UNIT.search(s):
        return anchor - dt.timedelta(days=7 * n), anchor, DatePrecision.RANGE
    if _MONTH_UNIT.search(s):
        year, month = months_back(anchor, n)
        start = dt.date(year, month, min(anchor.day, calendar.monthrange(year, month)[1]))
        return start, anchor, DatePrecision.RANGE
    return anchor - dt.timedelta(days=n), anchor, DatePrecision.RANGE


#: The relative forms :func:`_parse_relative` reads, in order: the first that reads wins.
_RELATIVE = (
    _read_weekday,
    _read_last_weekday,
    _read_next_weekday,
    _read_weekend,
    _read_two_weekdays,
    _read_night_of,
    _read_overnight,
    _read_ago,
    _read_past_count,
    _read_season,
    _read_week_start,
    _read_this_or_next_week,
    _read_earlier_later,
    _read_last_month_name,
    _read_decade,
    _read_last_or_next_month,
    _read_month_edge,
    _read_two_months,
    _read_part_of_this_year,
    _read_relative_year,
)
