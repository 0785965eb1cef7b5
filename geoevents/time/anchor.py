"""Anchor expressions to the publication date, and the calendar arithmetic they need.

A yearless day ("le 3 mars") takes the latest such day not after the anchor, or the nearest one
when it lies just ahead (:func:`nearest_year`); weekdays are the latest on or before it (or the
first after it); "ces derniers jours", "in the coming weeks" are windows before or after it;
"after three days of fighting" runs up to a date (:func:`lasting_span`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..extract import lang
from ..model import DatePrecision, TimeSpan
from .tables import MONTHS, fold_keep_offsets

__all__ = [
    "TimeSpanError",
    "anchored_year",
    "counted_ahead",
    "future_window",
    "lasting_span",
    "month_end",
    "months_back",
    "nearest_year",
    "needs_anchor",
    "recent_window",
    "weekday_after",
    "weekday_before",
]


class TimeSpanError(ValueError):
    """A date expression could not be read."""


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def anchored_year(month: int, day: int | None, anchor: dt.date | None) -> int:
    """The year for a date written without one: the latest not after the anchor."""
    if anchor is None:
        raise TimeSpanError("the expression has no year and there is no publication date to anchor it")
    year = anchor.year
    if (month, day or 1) > (anchor.month, anchor.day):
        year -= 1
    return year


#: The days of a month each part covers: "début octobre" the 1st to the 10th, "mi-octobre" the
#: 11th to the 20th, "fin octobre" the 21st to the month's end (``None``).
PART_OF_MONTH_DAYS: dict[str, tuple[int, int | None]] = {
    "early": (1, 10),
    "mid": (11, 20),
    "late": (21, None),
}


def part_of_month(part: str, year: int, month: int) -> tuple[dt.date, dt.date]:
    """The days of an early, mid or late part of a month."""
    first, last = PART_OF_MONTH_DAYS.get(part, PART_OF_MONTH_DAYS["late"])
    end = month_end(year, month) if last is None else dt.date(year, month, last)
    return dt.date(year, month, first), end


#: Parts of a year, the convention of our news gold set (tests/data/news_gold/README.md):
#: "early 2017" / "début 2017" is the first quarter, "late 2014" the last, "fin 2021" /
#: "the end of 2021" (``end``) November and December, "mid-2016" / "mi-2016" June and July:
#: (first month, last month, precision).
PART_OF_YEAR_MONTHS: dict[str, tuple[int, int, DatePrecision]] = {
    "early": (1, 3, DatePrecision.QUARTER),
    "mid": (6, 7, DatePrecision.RANGE),
    "end": (11, 12, DatePrecision.RANGE),
    "late": (10, 12, DatePrecision.QUARTER),
}


def part_of_year(part: str, year: int) -> tuple[dt.date, dt.date, DatePrecision]:
    """The months of a part of a year (:data:`PART_OF_YEAR_MONTHS`)."""
    first, last, precision = PART_OF_YEAR_MONTHS.get(part, PART_OF_YEAR_MONTHS["late"])
    return dt.date(year, first, 1), month_end(year, last), precision


def needs_anchor(anchor: dt.date | None, what: str) -> dt.date:
    """The anchor, or :class:`TimeSpanError` saying ``what`` needs one."""
    if anchor is None:
        raise TimeSpanError(f"{what!r} needs a publication date")
    return anchor


def weekday_before(anchor: dt.date, weekday: int, *, strictly: bool) -> dt.date:
    """The latest ``weekday`` on or before ``anchor`` (strictly before with ``strictly``)."""
    back = (anchor.weekday() - weekday) % 7
    if back == 0 and strictly:
        back = 7
    return anchor - dt.timedelta(days=back)


def weekday_after(anchor: dt.date, weekday: int) -> dt.date:
    """The first ``weekday`` strictly after ``anchor``."""
    ahead = (weekday - anchor.weekday()) % 7 or 7
    return anchor + dt.timedelta(days=ahead)


def months_back(anchor: dt.date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` before the anchor's month (after it when negative)."""
    year, month = divmod(anchor.year * 12 + anchor.month - 1 - months, 12)
    return year, month + 1


def lasting_span(lasting: tuple[int, str], end: dt.date, text: str | None = None) -> TimeSpan:
    """The span of something that went on ``lasting`` = (n, unit) up to ``end``, both days
    counted: three days of fighting up to Friday are Wednesday to Friday; a month up to 3
    August starts on 3 July."""
    n, unit = lasting
    if unit in ("day", "week"):
        start = end - dt.timedelta(days=(7 * n if unit == "week" else n) - 1)
    else:
        months = n * (12 if unit == "year" else 1)
        year, month = divmod(end.year * 12 + end.month - 1 - months, 12)
        start = dt.date(year, month + 1, min(end.day, calendar.monthrange(year, month + 1)[1]))
    return TimeSpan(start, end, DatePrecision.RANGE, text)


UNIT_STEMS = {
    unit: tuple(stem for language in lang.READ for stem in lang.pack(language, "dates").UNIT_STEMS[unit])
    for unit in ("day", "week", "month", "year", "decade")
}
_WEEKS = lang.phrases("dates", "WEEKS")
RECENT_DAYS = 7  # "ces derniers jours", "for several days": a week back
RECENT_WEEKS_DAYS = 28  # "in recent weeks", "depuis plusieurs semaines": four weeks back
COMING_DAYS = 7  # "in the coming days": a week on
COMING_WEEKS_DAYS = 42  # "in the coming weeks", "within weeks": six weeks on
COMING_MONTHS = 3  # "in the coming months": to the end of the third month on


def recent_window(phrase: str, anchor: dt.date) -> TimeSpan:
    """ "Ces derniers jours": the week before the anchor; "in recent weeks": four weeks."""
    back = (
        RECENT_WEEKS_DAYS if any(w in phrase for w in _WEEKS) else RECENT_DAYS
    )  # "the past week": seven days
    return TimeSpan(anchor - dt.timedelta(days=back), anchor, DatePrecision.RANGE)


def counted_ahead(n: int, unit: str, anchor: dt.date) -> dt.date:
    """The day ``n`` days, weeks or months after the anchor ("within two weeks", "d'ici trois mois")."""
    if unit in ("day", "week"):
        return anchor + dt.timedelta(days=n * (7 if unit == "week" else 1))
    year, month = divmod(anchor.year * 12 + anchor.month - 1 + n * (12 if unit == "year" else 1), 12)
    return dt.date(year, month + 1, min(anchor.day, calendar.monthrange(year, month + 1)[1]))


def future_window(phrase: str, anchor: dt.date) -> TimeSpan:
    """ "In the coming days": a week; "weeks": six weeks; "months": to the end of the third month on."""
    if any(stem in phrase for stem in UNIT_STEMS["day"]):
        return TimeSpan(anchor, anchor + dt.timedelta(days=COMING_DAYS), DatePrecision.RANGE)
    if not any(stem in phrase for stem in UNIT_STEMS["month"]):
        return TimeSpan(anchor, anchor + dt.timedelta(days=COMING_WEEKS_DAYS), DatePrecision.RANGE)
    year, month = divmod(anchor.month - 1 + COMING_MONTHS, 12)
    year += anchor.year
    last = calendar.monthrange(year, month + 1)[1]
    return TimeSpan(anchor, dt.date(year, month + 1, last), DatePrecision.RANGE)


_RELATIVE_YEAR = re.compile(r"(?<![\w])(?:" + lang.alternatives("dates", "RELATIVE_YEAR") + r")(?![\w])")
_YEARLESS = (DatePrecision.DAY, DatePrecision.PART_OF_MONTH, DatePrecision.MONTH)
NEAR_FUTURE_DAYS = 45  # a yearless day this close ahead of publication is ahead, not a year back
_MONTH_WORD = re.compile(
    r"(?<![a-z])(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?" + r"(?![a-z])"
)


def nearest_year(span: TimeSpan, written: str, anchor: dt.date | None) -> tuple[TimeSpan, bool]:
    """Read a yearless day ("February 16", "le 3 mars") as the nearest such day.

    The parser puts a yearless day on or before the anchor; news writes "Nigerians vote on
    February 16" on February 4 for the coming one. Returns the span and whether it lies ahead.
    """
    if anchor is None or span.precision not in _YEARLESS or re.search(r"\d{4}", written):
        return span, False
    if _RELATIVE_YEAR.search(fold_keep_offsets(written)):  # "in April last year": its year is written
        return span, False
    if not _MONTH_WORD.search(fold_keep_offsets(written)):
        return span, False
    try:
        ahead = span.start.replace(year=span.start.year + 1)
        ahead_end = span.end.replace(year=span.end.year + 1) if span.end else None
    except ValueError:  # 29 February
        return span, False
    if anchor < ahead <= anchor + dt.timedelta(days=NEAR_FUTURE_DAYS):
        if span.precision is DatePrecision.MONTH and ahead_end is not None:
            ahead_end = ahead_end.replace(day=calendar.monthrange(ahead_end.year, ahead_end.month)[1])
        return TimeSpan(ahead, ahead_end, span.precision, span.text), True
    return span, False
