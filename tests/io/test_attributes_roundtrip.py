"""Pass-through attributes (a source's own columns) survive every export and read back.

Also: a source column named like one of our fields (ACLED's ``event_type``) is written as
``src_event_type`` and read back under its own name; GDAL sees the attributes as typed fields.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pyogrio
import pytest
from shapely.geometry import Point

from geoevents.frames import from_dataframe, to_dataframe
from geoevents.io import read_events, write_events
from geoevents.model import DatePrecision, Event, GeoPrecision, ResolvedPlace, TimeSpan

READABLE = ("geojson", "geojsonl", "geojsons", "csv", "gpkg")


def _event(number: int, attributes: dict) -> Event:
    day = dt.date(2017, 10, number)
    return Event(
        id=f"SYR{number}",
        title=f"Battles: A vs B, Hajin {number}",
        when=TimeSpan(day, day, DatePrecision.DAY),
        place=ResolvedPlace("input:geometry", "Hajin", "point", Point(40.83, 34.69), GeoPrecision.TOWN),
        resolution_score=1.0,
        resolution_reason="geometry given in the input",
        attributes=attributes,
    )


def events() -> list[Event]:
    return [
        _event(
            1,
            {
                "fatalities": 12,
                "event_type": "Battles",  # collides with our field
                "country": "Syria",  # collides with an input alias
                "sub_event_type": "Armed clash",
                "admin2": "Abu Kamal",
                "latitude_src_note": "rounded",
                "best": 2.5,
                "iso": "007",  # text that looks like a number keeps its zeros
                "civilian_targeting": True,
                "timestamp_day": dt.date(2017, 10, 20),
            },
        ),
        _event(2, {"fatalities": 0, "event_type": "Riots", "sub_event_type": None, "best": 1.0}),
    ]


def _present(event: Event) -> dict:
    return {k: v for k, v in event.attributes.items() if v is not None}


@pytest.mark.parametrize("ext", READABLE)
def test_attributes_round_trip(tmp_path, ext):
    path = write_events(events(), tmp_path / f"out.{ext}")
    read = read_events(path, strict=True)
    assert [_present(e) for e in read.events] == [_present(e) for e in events()]
    assert [e.event_type for e in read.events] == [e.event_type for e in events()]


@pytest.mark.parametrize("ext", (*READABLE, "kml"))
def test_gdal_reads_the_attributes_as_typed_fields(tmp_path, ext):
    path = write_events(events(), tmp_path / f"out.{ext}")
    frame = pyogrio.read_dataframe(path, layer="events" if ext == "gpkg" else None)
    first = frame.iloc[0]
    assert first["src_event_type"] == "Battles"
    assert first["src_country"] == "Syria"
    assert int(first["fatalities"]) == 12
    assert float(first["best"]) == 2.5
    assert str(first["iso"]) == "007"
    assert frame.iloc[1]["src_event_type"] == "Riots"
    if ext in ("gpkg", "kml"):  # typed formats: integers are integers
        assert frame["fatalities"].dtype.kind in "iu"


def test_dataframes_keep_the_attributes():
    frame = to_dataframe(events())
    assert list(frame["fatalities"]) == [12, 0]
    assert "src_event_type" in frame.columns
    assert [_present(e) for e in from_dataframe(frame)] == [_present(e) for e in events()]


def test_a_column_named_src_of_ours_reads_back_under_our_name(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("title,date,latitude,longitude,src_event_type,notes\nA,2017-10-01,34.6,40.8,Battles,n\n")
    event = read_events(path, strict=True).events[0]
    assert event.attributes == {"event_type": "Battles"}
    assert event.notes == "n"


def test_events_with_attributes_stay_hashable():
    event = events()[0]
    assert hash(event) == hash(dataclasses.replace(event, attributes={}))
