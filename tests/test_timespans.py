"""Date expressions to time spans with their precision."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geoevents.model import DatePrecision, TimeSpan
from geoevents.time import TimeSpanError, parse_timespan

ANCHOR = dt.date(2017, 10, 25)
D = dt.date


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("2017-10-17", D(2017, 10, 17), D(2017, 10, 17), DatePrecision.DAY),
        ("2017-10", D(2017, 10, 1), D(2017, 10, 31), DatePrecision.MONTH),
        ("2016-02", D(2016, 2, 1), D(2016, 2, 29), DatePrecision.MONTH),
        ("2017", D(2017, 1, 1), D(2017, 12, 31), DatePrecision.YEAR),
        ("2017-W42", D(2017, 10, 16), D(2017, 10, 22), DatePrecision.WEEK),
        ("2017-Q4", D(2017, 10, 1), D(2017, 12, 31), DatePrecision.QUARTER),
        ("Q1 2018", D(2018, 1, 1), D(2018, 3, 31), DatePrecision.QUARTER),
        ("2017-10-01/2017-10-20", D(2017, 10, 1), D(2017, 10, 20), DatePrecision.RANGE),
        ("17 octobre 2017", D(2017, 10, 17), D(2017, 10, 17), DatePrecision.DAY),
        ("1er août 2014", D(2014, 8, 1), D(2014, 8, 1), DatePrecision.DAY),
        ("October 17, 2017", D(2017, 10, 17), D(2017, 10, 17), DatePrecision.DAY),
        ("October 17", D(2017, 10, 17), D(2017, 10, 17), DatePrecision.DAY),
        ("octobre 2017", D(2017, 10, 1), D(2017, 10, 31), DatePrecision.MONTH),
        ("en août 2014", D(2014, 8, 1), D(2014, 8, 31), DatePrecision.MONTH),
        ("early October 2017", D(2017, 10, 1), D(2017, 10, 10), DatePrecision.PART_OF_MONTH),
        ("début octobre 2017", D(2017, 10, 1), D(2017, 10, 10), DatePrecision.PART_OF_MONTH),
        ("début octobre", D(2017, 10, 1), D(2017, 10, 10), DatePrecision.PART_OF_MONTH),
        ("mi-octobre 2017", D(2017, 10, 11), D(2017, 10, 20), DatePrecision.PART_OF_MONTH),
        ("late October 2017", D(2017, 10, 21), D(2017, 10, 31), DatePrecision.PART_OF_MONTH),
        ("fin novembre", D(2016, 11, 21), D(2016, 11, 30), DatePrecision.PART_OF_MONTH),
        ("mid-2016", D(2016, 6, 1), D(2016, 7, 31), DatePrecision.RANGE),
        ("early 2017", D(2017, 1, 1), D(2017, 3, 31), DatePrecision.QUARTER),
        ("début 2015", D(2015, 1, 1), D(2015, 3, 31), DatePrecision.QUARTER),
        ("late 2014", D(2014, 10, 1), D(2014, 12, 31), DatePrecision.QUARTER),
        ("fin 2021", D(2021, 11, 1), D(2021, 12, 31), DatePrecision.RANGE),
        ("end of 2021", D(2021, 11, 1), D(2021, 12, 31), DatePrecision.RANGE),
        ("la semaine prochaine", D(2017, 10, 30), D(2017, 11, 5), DatePrecision.WEEK),
        ("le début de l'année", D(2017, 1, 1), D(2017, 3, 31), DatePrecision.QUARTER),
        ("ten days ago", D(2017, 10, 15), D(2017, 10, 15), DatePrecision.DAY),
        ("il y a deux semaines", D(2017, 10, 9), D(2017, 10, 15), DatePrecision.WEEK),
        ("three months ago", D(2017, 7, 1), D(2017, 7, 31), DatePrecision.MONTH),
        ("ces trois derniers jours", D(2017, 10, 22), ANCHOR, DatePrecision.RANGE),
        ("over the past two weeks", D(2017, 10, 11), ANCHOR, DatePrecision.RANGE),
        ("over the past 24 hours", D(2017, 10, 24), ANCHOR, DatePrecision.RANGE),
        ("this week", D(2017, 10, 23), D(2017, 10, 29), DatePrecision.WEEK),
        ("cette semaine", D(2017, 10, 23), D(2017, 10, 29), DatePrecision.WEEK),
        ("since August 2014", D(2014, 8, 1), ANCHOR, DatePrecision.RANGE),
        ("depuis août 2014", D(2014, 8, 1), ANCHOR, DatePrecision.RANGE),
        ("hier", D(2017, 10, 24), D(2017, 10, 24), DatePrecision.DAY),
        ("last week", D(2017, 10, 16), D(2017, 10, 22), DatePrecision.WEEK),
    ],
)
def test_expressions_become_intervals_with_their_precision(text, start, end, precision):
    span = parse_timespan(text, ANCHOR)
    assert (span.start, span.end, span.precision) == (start, end, precision)
    assert span.text == text


def test_open_span_without_anchor_has_no_end():
    span = parse_timespan("since August 2014")
    assert span.start == D(2014, 8, 1) and span.end is None and span.is_open


@pytest.mark.parametrize(
    "text", ["", "sometime", "2017-13", "2017-02-30", "31 février 2017", "2017-10-20/2017-10-01"]
)
def test_unreadable_expressions_say_what_was_expected(text):
    with pytest.raises(TimeSpanError) as excinfo:
        parse_timespan(text, ANCHOR)
    assert str(excinfo.value)


def test_expression_without_year_needs_an_anchor():
    with pytest.raises(TimeSpanError, match="publication date"):
        parse_timespan("début octobre")


def test_time_span_rejects_end_before_start():
    with pytest.raises(ValueError, match="before"):
        TimeSpan(D(2017, 10, 2), D(2017, 10, 1), DatePrecision.RANGE)


def test_precision_codes_follow_ucdp_and_acled():
    assert DatePrecision.DAY.ucdp_date_prec == 1
    assert DatePrecision.MONTH.ucdp_date_prec == 4
    assert DatePrecision.YEAR.ucdp_date_prec == 5
    assert DatePrecision.WEEK.acled_time_precision == 2
    assert DatePrecision.MONTH.acled_time_precision == 3


@given(st.dates(min_value=D(1, 1, 1), max_value=D(9999, 12, 31)))
def test_iso_days_round_trip(day):
    span = parse_timespan(day.isoformat())
    assert span.start == span.end == day
    assert span.precision is DatePrecision.DAY


@given(st.integers(min_value=1000, max_value=9998), st.integers(min_value=1, max_value=12))
def test_months_cover_exactly_their_days(year, month):
    span = parse_timespan(f"{year:04d}-{month:02d}")
    assert span.start == D(year, month, 1)
    assert (span.end + dt.timedelta(days=1)).day == 1
    assert span.end.month == month


@given(
    st.sampled_from(["early", "mid", "late", "début", "mi-", "fin"]),
    st.sampled_from(["October", "octobre", "OCTOBER", "Octobre", "oct."]),
    st.integers(min_value=1900, max_value=2100),
)
def test_parts_of_month_stay_inside_the_month_whatever_the_case(part, month, year):
    span = parse_timespan(f"{part} {month} {year}")
    assert span.precision is DatePrecision.PART_OF_MONTH
    assert span.start.month == span.end.month == 10 and span.start.year == year
    assert span.start <= span.end


@given(st.text(max_size=30))
def test_parser_never_fails_with_anything_but_a_time_span_error(text):
    try:
        span = parse_timespan(text, ANCHOR)
    except TimeSpanError:
        return
    assert span.end is None or span.start <= span.end
