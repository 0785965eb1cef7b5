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

from ..model import DatePrecision, TimeSpan
from .anchor import (
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
from .tables import MONTHS, WEEKDAYS, fold

__all__ = ["TimeSpanError", "parse_timespan"]

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>\d{4})"
_DAY = r"(?P<day>\d{1,2})(?:er|st|nd|rd|th)?"

_PART_WORDS = {
    "early": "early",
    "debut": "early",
    "beginning of": "early",
    "start of": "early",
    "au debut de": "early",
    "debut de": "early",
    "mid": "mid",
    "mid-": "mid",
    "mi": "mid",
    "mi-": "mid",
    "middle of": "mid",
    "milieu de": "mid",
    "late": "late",
    "fin": "late",
    "end of": "late",
    "fin de": "late",
    "a la fin de": "late",
    # Spanish: "a principios de", "a mediados de", "a finales de" (with or without "a")
    "principios de": "early",
    "a principios de": "early",
    "comienzos de": "early",
    "a comienzos de": "early",
    "inicios de": "early",
    "a inicios de": "early",
    "mediados de": "mid",
    "a mediados de": "mid",
    "finales de": "late",
    "a finales de": "late",
    "fines de": "late",
    "a fines de": "late",
}
_PART = (
    r"(?P<part>"
    + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_PART_WORDS, key=len, reverse=True))
    + r")"
)

_SINCE = r"(?P<since>since|depuis|from|starting|a partir de|des|desde|a partir del)"


_END_WORDS = (
    "fin",
    "fin de",
    "a la fin de",
    "end of",
    "finales de",
    "a finales de",
    "fines de",
    "a fines de",
)


def _year_part(word: str) -> str:
    """The part of a year a word names: "fin"/"end of" is narrower than "late"."""
    word = _normal_part(word)
    return "end" if word in _END_WORDS else _PART_WORDS[word]


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
_HALF = re.compile(r"(?:h([12]) (\d{4})|(first|second) half of (\d{4}))")
_TODAY = re.compile(r"today|aujourd'hui|ce jour|hoy|esta manana|esta madrugada")
# "anoche" is the evening of the day before: a day, as the Spanish gold set reads it
_YESTERDAY = re.compile(r"yesterday|hier|ayer|anoche")
_DAY_BEFORE_YESTERDAY = re.compile(r"anteayer|antier")
_TOMORROW = re.compile(r"manana")
_DAY_AFTER_TOMORROW = re.compile(r"pasado manana")
_LAST_WEEK = re.compile(
    r"last week|la semaine derniere|la semaine passee|la semana pasada|la semana anterior|la pasada semana"
)
_SINCE_REST = re.compile(_SINCE + r" (?:le |the |l'|en |el |la )?(?P<rest>.+)")
_DAY_MONTH = re.compile(
    r"(?:le |on |the |el )?" + _DAY + r" (?:of |de )?" + _MONTH + r"(?:,? (?:de |del )?" + _YEAR + r")?"
)
_MONTH_DAY = re.compile(r"(?:on )?" + _MONTH + r" " + _DAY + r"(?:,? " + _YEAR + r")?")
_PART_OF_MONTH = re.compile(
    _PART
    + r"\s*(?:of |d'|de |du mois d'|du mois de |del mes de )?"
    + _MONTH
    + r"(?: (?:de |del )?"
    + _YEAR
    + r")?"
)
_PART_OF_YEAR = re.compile(_PART + r"\s*(?:of |de |del )?" + _YEAR)
_IN_MONTH = re.compile(
    r"(?:in |en |au mois d'|au mois de |le mois d'|en el mes de |durante el mes de )?"
    + _MONTH
    + r"(?: (?:de |of |del )?"
    + _YEAR
    + r")?"
)
_IN_YEAR = re.compile(r"(?:in |en )" + _YEAR)


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
    if not (m := _HALF.fullmatch(s)):
        return None
    half = int(m[1]) if m[1] else (1 if m[3] == "first" else 2)
    year = int(m[2] or m[4])
    if half == 1:
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
    part = _PART_WORDS[_normal_part(m["part"])]
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

_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_TIME_OF_DAY = (
    r"(?: (?:soir|matin|apres-midi|a l'aube|dans la nuit|morning|evening|night|afternoon"
    r"|por la (?:manana|tarde|noche)|en la madrugada|de madrugada))?"
)


def _parse_relative(s: str, anchor: dt.date | None) -> tuple[dt.date, dt.date | None, DatePrecision] | None:
    """Weekdays, weekends, nights and "this/last year", read against the publication date.

    "lundi", "on Monday", "dimanche soir": the latest such day on or before the anchor;
    "last Friday", "jeudi dernier": the latest one before it; "next Sunday", "dimanche prochain",
    "d'ici dimanche", "pour mercredi" (a meeting called for Wednesday): the first one after it.
    "over the weekend", "ce week-end": the last Saturday and Sunday; "overnight", "cette nuit", "la nuit dernière": the anchor and the day
    before; "dans la nuit de samedi à dimanche": those two days. "early this year",
    "in May last year", "l'an dernier": years relative to the anchor.
    """
    for read in (_parse_days_and_nights, _parse_counted, _parse_season, _parse_periods):
        if (found := read(s, anchor)) is not None:
            return found
    return None


def _parse_days_and_nights(s: str, anchor: dt.date | None) -> _Span | None:
    """Weekdays ("lundi", "last Friday", "dimanche prochain"), weekends, two weekdays, nights."""
    if m := re.fullmatch(r"(?:on |le |ce |el |este )?" + _WEEKDAY + _TIME_OF_DAY, s):
        anchor = needs_anchor(anchor, s)
        d = weekday_before(anchor, WEEKDAYS[m["weekday"]], strictly=False)
        return d, d, DatePrecision.DAY
    if m := re.fullmatch(
        r"(?:last |this past |el pasado |este pasado )"
        + _WEEKDAY
        + _TIME_OF_DAY
        + r"|(?:el )?"
        + _WEEKDAY.replace("weekday", "weekday2")
        + r" (?:dernier|passe|pasado)"
        + _TIME_OF_DAY,
        s,
    ):
        anchor = needs_anchor(anchor, s)
        d = weekday_before(anchor, WEEKDAYS[m["weekday"] or m["weekday2"]], strictly=True)
        return d, d, DatePrecision.DAY
    if m := re.fullmatch(
        r"(?:next |by |d'ici |d'ici a |for |pour |pour le |el proximo |para el |para |hasta el )"
        + _WEEKDAY
        + r"|(?:el )?"
        + _WEEKDAY.replace("weekday", "weekday2")
        + r" (?:prochain|proximo|que viene)",
        s,
    ):
        anchor = needs_anchor(anchor, s)
        d = weekday_after(anchor, WEEKDAYS[m["weekday"] or m["weekday2"]])
        return d, d, DatePrecision.DAY
    if re.fullmatch(
        r"(?:over |on |during )?(?:the |last )?weekend|ce week-?end|le week-?end(?: dernier)?|"
        r"(?:au cours du |pendant le |durant le )week-?end(?: dernier)?|"
        r"(?:el |este )(?:pasado )?fin de semana(?: pasado)?|durante el fin de semana",
        s,
    ):
        anchor = needs_anchor(anchor, s)
        saturday = weekday_before(anchor, 5, strictly=False)
        return saturday, saturday + dt.timedelta(days=1), DatePrecision.RANGE
    if m := re.fullmatch(
        r"(?:on |le |el )?" + _WEEKDAY + r" (?:et|and|y) (?:el )?" + _WEEKDAY.replace("weekday", "weekday2"),
        s,
    ):
        # "samedi et dimanche": the two days, the last one on or before the anchor
        anchor = needs_anchor(anchor, s)
        last = weekday_before(anchor, WEEKDAYS[m["weekday2"]], strictly=False)
        first = last - dt.timedelta(days=(WEEKDAYS[m["weekday2"]] - WEEKDAYS[m["weekday"]]) % 7)
        return first, last, DatePrecision.RANGE
    if m := re.fullmatch(
        r"(?:(?:dans )?la nuit de |(?:en )?la (?:noche|madrugada) del )"
        + _WEEKDAY
        + r" (?:a|au|al) "
        + _WEEKDAY.replace("weekday", "weekday2"),
        s,
    ):
        anchor = needs_anchor(anchor, s)
        first = weekday_before(anchor, WEEKDAYS[m["weekday"]], strictly=False)
        return first, first + dt.timedelta(days=1), DatePrecision.RANGE
    if s in (
        "overnight",
        "last night",
        "cette nuit",
        "la nuit derniere",
        "dans la nuit",
        "during the night",
        "la pasada noche",
        "durante la noche",
    ) or re.fullmatch(
        r"(?:en|in|over|within|au cours des|ces dernieres|(?:in|over) the (?:past|last)|en las ultimas|durante las ultimas)"
        r" (?:24|vingt-quatre|twenty-four|veinticuatro) (?:heures|hours|horas)",
        s,
    ):
        anchor = needs_anchor(anchor, s)
        return anchor - dt.timedelta(days=1), anchor, DatePrecision.RANGE
    return None


def _parse_periods(s: str, anchor: dt.date | None) -> _Span | None:
    """Weeks, months, decades and years relative to the anchor ("this week", "earlier this
    month", "en mai dernier", "the 1990s", "early this year", "in May last year")."""
    if re.fullmatch(
        r"(?:the |le )?(?:start|beginning|debut) (?:of the|of this|de la|de cette) (?:week|semaine)", s
    ):
        anchor = needs_anchor(anchor, s)
        monday = anchor - dt.timedelta(days=anchor.weekday())
        return monday, monday, DatePrecision.DAY
    if m := re.fullmatch(
        r"(?P<this>this week|cette semaine|esta semana)|next week|la semaine prochaine"
        r"|la proxima semana|la semana (?:proxima|que viene)",
        s,
    ):
        anchor = needs_anchor(anchor, s)
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=0 if m["this"] else 7)
        return monday, monday + dt.timedelta(days=6), DatePrecision.WEEK
    if m := re.fullmatch(
        r"(?P<when>earlier|later) (?:this|in the) (?P<unit>month|week)|plus (?P<fr>tot|tard) (?:ce |cette |dans le |dans la )(?P<fr_unit>mois-ci|mois|semaine)",
        s,
    ):
        # "earlier this month": from its first day to the anchor; "later this week": from the
        # day after the anchor to the week's (month's) end
        anchor = needs_anchor(anchor, s)
        week = (m["unit"] or m["fr_unit"]) in ("week", "semaine")
        first = anchor - dt.timedelta(days=anchor.weekday()) if week else anchor.replace(day=1)
        last = first + dt.timedelta(days=6) if week else month_end(anchor.year, anchor.month)
        if (m["when"] or m["fr"]) in ("earlier", "tot"):
            return first, anchor, DatePrecision.RANGE
        return min(anchor + dt.timedelta(days=1), last), last, DatePrecision.RANGE
    if m := re.fullmatch(
        r"last " + _MONTH + r"|(?:en )?" + _MONTH.replace("month", "month2") + r" (?:dernier|pasado)", s
    ):
        # "last May", "en mai dernier": the latest May before the anchor's month
        anchor = needs_anchor(anchor, s)
        month = MONTHS[m["month"] or m["month2"]]
        year = anchor.year if month < anchor.month else anchor.year - 1
        return dt.date(year, month, 1), month_end(year, month), DatePrecision.MONTH
    if m := re.fullmatch(
        r"(?:in |during |since |depuis )?(?:the (?P<decade>1[89]\d0|20\d0)s|les annees (?P<annees>1[89]\d0|20\d0))",
        s,
    ):
        decade = int(m["decade"] or m["annees"])
        return dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31), DatePrecision.RANGE
    if m := re.fullmatch(
        r"last month|le mois dernier|le mois passe|el mes (?:pasado|anterior)|el pasado mes"
        r"|(?P<next>next month|le mois prochain|el proximo mes|el mes (?:proximo|que viene))",
        s,
    ):
        anchor = needs_anchor(anchor, s)
        year, month = months_back(anchor, -1 if m["next"] else 1)
        return dt.date(year, month, 1), month_end(year, month), DatePrecision.MONTH
    if m := re.fullmatch(
        r"(?:a |la |the )?(?P<part>fin|end|debut|beginning|start|finales|fines|principios|comienzos)"
        r" (?:du mois|of the month|of this month|de mes|del mes|de este mes)",
        s,
    ):
        anchor = needs_anchor(anchor, s)
        start, end = part_of_month(
            "late" if m["part"] in ("fin", "end", "finales", "fines") else "early", anchor.year, anchor.month
        )
        return start, end, DatePrecision.PART_OF_MONTH
    if m := re.fullmatch(
        r"(?:in |en )?"
        + _MONTH.replace("month", "m1")
        + r" (?:and|et|y) "
        + _MONTH.replace("month", "m2")
        + r"(?: (?P<year>\d{4}))?",
        s,
    ):
        # "in April and May": both months
        first_month = _parse(f"{m['m1']} {m['year']}" if m["year"] else m["m1"], anchor)
        last_month = _parse(f"{m['m2']} {m['year']}" if m["year"] else m["m2"], anchor)
        if first_month[0] <= last_month[0]:
            return first_month[0], last_month[1], DatePrecision.RANGE
    if m := re.fullmatch(YEAR_PART_OF_THIS_YEAR, s):
        anchor = needs_anchor(anchor, s)
        return part_of_year(_YEAR_PART_WORDS[m["part"]], anchor.year)
    if re.search(
        r"\b(?:this year|cette annee|last year|l'an dernier|l'annee derniere|l'an passe|este ano|ano pasado"
        r"|el pasado ano|el ano anterior)\b",
        s,
    ):
        anchor = needs_anchor(anchor, s)
        year = anchor.year
        replaced = re.sub(r"\b(?:this year|cette annee|este ano)\b", str(year), s)
        replaced = re.sub(
            r"\b(?:last year|l'an dernier|l'annee derniere|l'an passe|(?:el )?ano pasado|el pasado ano|el ano anterior)\b",
            str(year - 1),
            replaced,
        )
        replaced = re.sub(r"\s+", " ", replaced).strip()
        if replaced != s:
            return _parse(replaced, anchor)
    return None


#: (month, day) each season starts on (northern hemisphere, the equinoxes and solstices
#: rounded to the day): the gold set's "since the autumn" starts on 23 September.
SEASON_STARTS: dict[str, tuple[int, int]] = {
    "spring": (3, 20),
    "summer": (6, 21),
    "autumn": (9, 23),
    "winter": (12, 21),
}
SEASON_WORDS: dict[str, str] = {
    "spring": "spring",
    "printemps": "spring",
    "summer": "summer",
    "ete": "summer",
    "autumn": "autumn",
    "fall": "autumn",
    "automne": "autumn",
    "winter": "winter",
    "hiver": "winter",
}
#: "l'automne", "last summer", "cet hiver", "in the spring of 2015", "l'été 2014"; "fall" and
#: "été" (also "been") only with a word that makes them a season.
SEASON = (
    r"(?:(?:in |during |the |this |last |l'|a l'|au |en |cet |ce |le |pendant l'|durant l')*"
    r"(?P<season>spring|summer|autumn|winter|printemps|automne|hiver)|"
    r"(?:(?:in |during )?(?:the |this |last )|(?:a |durant |pendant )?(?:l'|cet ))(?P<season2>fall|ete)(?! (?:of|de) [a-z]| d'[a-z]))"
    r"(?: (?:of |de |d')?(?P<year>1[89]\d\d|20\d\d)| (?P<last>dernier|passe))?"
)


def _season_start(season: str, year: int) -> dt.date:
    month, day = SEASON_STARTS[season]
    return dt.date(year, month, day)


def _parse_season(s: str, anchor: dt.date | None) -> tuple[dt.date, dt.date | None, DatePrecision] | None:
    """A season: of the year written ("l'été 2014"; "winter 2014" is the one that begins in
    December 2013), else the latest one begun by the anchor; "last autumn" / "l'automne
    dernier" one before that when the anchor is still in it."""
    m = re.fullmatch(SEASON, s)
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
        if (m["last"] or re.match(r"(?:since |in )?last ", s)) and still_in_it:
            year -= 1
    start = _season_start(season, year)
    end = _season_start(following, year + (1 if season == "winter" else 0)) - dt.timedelta(days=1)
    return start, end, DatePrecision.RANGE


NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "un": 1,
    "une": 1,
    "two": 2,
    "deux": 2,
    "three": 3,
    "trois": 3,
    "four": 4,
    "quatre": 4,
    "five": 5,
    "cinq": 5,
    "six": 6,
    "seven": 7,
    "sept": 7,
    "eight": 8,
    "huit": 8,
    "nine": 9,
    "neuf": 9,
    "ten": 10,
    "dix": 10,
    "eleven": 11,
    "onze": 11,
    "twelve": 12,
    "douze": 12,
    "fifteen": 15,
    "quinze": 15,
    "uno": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "doce": 12,
    "quince": 15,
}
COUNT = r"(?:\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(?:days?|jours?|weeks?|semaines?|months?|mois|dias?|semanas?|mes|meses)"
_ABOUT = r"(?:just |about |some |nearly |almost |more than |environ |pres de |plus de |a peine |unos |unas |casi |mas de |apenas )?"
#: "ten days ago", "il y a deux semaines": that day (week, month) counted back from the anchor.
AGO = r"(?:il y a|hace) " + _ABOUT + COUNT + r" " + _UNIT + r"|" + _ABOUT + COUNT + r" " + _UNIT + r" ago"
#: "over the past three days", "ces trois derniers jours", "en cinq jours": from that many days
#: back to the anchor.
_PAST_COUNT = (
    r"(?:(?:in|over|during) )?the (?:past|last) (?P<n>{count}) (?:days|weeks|months)|"
    r"(?:au cours (?:des|de ces) |pendant (?:les|ces) |ces |les )(?P<n2>{count})"
    r" (?:derniers jours|dernieres semaines|derniers mois)|"
    r"en (?:l'espace d'|l'espace de |moins d'|moins de |a peine |tout juste )?(?P<n3>{count}) (?:jours|semaines|mois)|"
    r"(?:en |durante )?(?:los|las) (?:ultimos|ultimas) (?P<n4>{count}) (?:dias|semanas|meses)"
)
PAST_COUNT = re.sub(r"\(\?P<\w+>", "(?:", _PAST_COUNT.format(count=COUNT))
_YEAR_PART_WORDS = {
    "debut": "early",
    "beginning": "early",
    "start": "early",
    "milieu": "mid",
    "middle": "mid",
    "fin": "end",
    "end": "end",
}
#: "le début de l'année", "at the end of this year": a part of the anchor's year.
YEAR_PART_OF_THIS_YEAR = (
    r"(?:au |le |a la |la |at the |since the |the )?(?P<part>debut|milieu|fin|beginning|start|middle|end) "
    r"(?:de l'annee|of (?:the|this) year)"
)


def number_of(word: str) -> int:
    """A count written in digits or words ("3", "three", "trois")."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _parse_counted(s: str, anchor: dt.date | None) -> tuple[dt.date, dt.date | None, DatePrecision] | None:
    """Counted spans: "ten days ago" is that day, "two weeks ago" that ISO week, "three months
    ago" that month; "the past three days" runs from three days back to the anchor."""
    if m := re.fullmatch(
        r"(?:il y a |hace )?" + _ABOUT + r"(?P<n>" + COUNT + r") (?P<unit>" + _UNIT + r")(?: ago)?", s
    ):
        if not (s.startswith(("il y a ", "hace ")) or s.endswith(" ago")):
            return None
        anchor = needs_anchor(anchor, s)
        n, unit = number_of(m["n"]), m["unit"]
        if unit.startswith(("day", "jour", "dia")):
            d = anchor - dt.timedelta(days=n)
            return d, d, DatePrecision.DAY
        if unit.startswith(("week", "semaine", "semana")):
            d = anchor - dt.timedelta(days=7 * n)
            monday = d - dt.timedelta(days=d.weekday())
            return monday, monday + dt.timedelta(days=6), DatePrecision.WEEK
        year, month = months_back(anchor, n)
        return dt.date(year, month, 1), month_end(year, month), DatePrecision.MONTH
    if m := re.fullmatch(_PAST_COUNT.format(count=COUNT), s):
        anchor = needs_anchor(anchor, s)
        n = number_of(m["n"] or m["n2"] or m["n3"] or m["n4"])
        if re.search(r"week|semaine|semana", s):
            return anchor - dt.timedelta(days=7 * n), anchor, DatePrecision.RANGE
        if re.search(r"month|mois|\bmes", s):
            year, month = months_back(anchor, n)
            start = dt.date(year, month, min(anchor.day, calendar.monthrange(year, month)[1]))
            return start, anchor, DatePrecision.RANGE
        return anchor - dt.timedelta(days=n), anchor, DatePrecision.RANGE
    return None
