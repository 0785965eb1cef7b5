"""Our own event files take the machine formats of dates too: ISO datetimes, '.000' fractions,
YYYYMMDD, epoch seconds, "17-Oct-2017", and 17/10/2017 day first when the file says so
(a day above 12 in first place, or a ';'-separated spreadsheet)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from geoevents.errors import InputError
from geoevents.io import read_events
from geoevents.io.tables import DateError, DayOrder, day_order, parse_date

DAY = dt.date(2017, 10, 17)


@pytest.mark.parametrize(
    "text",
    [
        "2017-10-17",
        "2017-10-17T08:30:00Z",
        "2017-10-17T23:30:00-05:00",  # the day as written, not shifted to UTC
        "2017-10-17 00:00:00.000",
        "20171017",
        "20171017234500",
        "1508198400",  # 2017-10-17 00:00 UTC
        "1508198400000",  # milliseconds
        "17 October 2017",
        "17-Oct-2017",
        "October 17, 2017",
        "17/10/2017",
        "17.10.2017",
    ],
)
def test_parse_date_formats(text):
    assert parse_date(text) == DAY


def test_epoch_numbers_and_refusals():
    assert parse_date(1508198400) == DAY
    with pytest.raises(DateError, match="ambiguous"):
        parse_date("03/10/2017")
    assert parse_date("03/10/2017", DayOrder.DAY_FIRST) == dt.date(2017, 10, 3)
    assert parse_date("03/10/2017", DayOrder.MONTH_FIRST) == dt.date(2017, 3, 10)
    with pytest.raises(DateError):
        parse_date("2017-02-30")
    with pytest.raises(DateError):
        parse_date("someday")


def test_day_order_from_the_file():
    assert day_order(["03/10/2017", "17/10/2017"]) is DayOrder.DAY_FIRST
    assert day_order(["03/10/2017", "10/17/2017"]) is DayOrder.MONTH_FIRST
    assert day_order(["03/10/2017"]) is DayOrder.UNKNOWN
    assert day_order(["03/10/2017"], ";") is DayOrder.DAY_FIRST


def test_our_csv_with_machine_dates(tmp_path):
    path = tmp_path / "e.csv"
    path.write_text(
        "title,date,start,end,latitude,longitude\n"
        "a,2017-10-17T08:30:00Z,,,34.6,40.8\n"
        "b,,2013-01-03 00:00:00.000,2013-01-05 00:00:00.000,34.6,40.8\n"
        "c,20171017,,,34.6,40.8\n"
        "d,1508198400,,,34.6,40.8\n",
        encoding="utf-8",
    )
    a, b, c, d = read_events(path, strict=True).events
    assert a.when.start == a.when.end == DAY
    assert (b.when.start, b.when.end) == (dt.date(2013, 1, 3), dt.date(2013, 1, 5))
    assert c.when.start == DAY and d.when.start == DAY


def test_french_spreadsheet_of_our_own_fields(tmp_path):
    path = tmp_path / "fr.csv"
    path.write_text(
        "title;date;latitude;longitude\nprise;03/10/2017;34,6;40,8\nfrappe;17/10/2017;34,6;40,8\n", "utf-8"
    )
    first, second = read_events(path, strict=True).events
    assert first.when.start == dt.date(2017, 10, 3) and second.when.start == DAY


def test_ambiguous_dates_in_our_csv_are_refused(tmp_path):
    path = tmp_path / "us.csv"
    path.write_text("title,date,latitude,longitude\na,03/10/2017,34.6,40.8\n", "utf-8")
    with pytest.raises(InputError, match="ambiguous date"):
        read_events(path)


def test_json_numbers_as_dates(tmp_path):
    path = tmp_path / "e.json"
    path.write_text(json.dumps([{"title": "a", "date": 20171017, "lat": 34.6, "lon": 40.8}]), "utf-8")
    assert read_events(path, strict=True).events[0].when.start == DAY
