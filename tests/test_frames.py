"""Events to and from pandas DataFrames."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from shapely.geometry import LineString, Point

from geoevents import from_dataframe, to_dataframe
from geoevents.model import (
    Candidate,
    DatePrecision,
    Event,
    EventStatus,
    EventType,
    GeoPrecision,
    ResolvedPlace,
    Source,
    TimeSpan,
)


def sample_events() -> list[Event]:
    river = ResolvedPlace(
        "curated:sy-iq:river:euphrates",
        "Euphrates",
        "river",
        LineString([(38, 36), (40, 35)]),
        GeoPrecision.LINE,
    )
    town = ResolvedPlace(
        "geonames:174448", "Abu Kamal", "town", Point(40.91854, 34.45226), GeoPrecision.TOWN, "SY"
    )
    return [
        Event(
            id="a",
            title="Offensive planned",
            when=TimeSpan(
                dt.date(2017, 10, 21), dt.date(2017, 10, 31), DatePrecision.PART_OF_MONTH, "late October"
            ),
            event_type=EventType.OFFENSIVE,
            status=EventStatus.PLANNED,
            actors=("Coalition", "SDF"),
            place_text="Abou Kamal",
            place_country="SY",
            place=town,
            resolution_score=0.93,
            resolution_reason="exact name",
            candidates=(
                Candidate("geonames:174448", "Abu Kamal", "town", 34.45226, 40.91854, 0.93, "exact", "SY"),
            ),
            source=Source("Wire", "https://example.org/x", dt.date(2017, 10, 25)),
            notes="n",
        ),
        Event(
            id="b",
            title="Campaign",
            when=TimeSpan(dt.date(2014, 8, 1), None, DatePrecision.RANGE, "since August 2014"),
            place_text="Euphrate",
            place=river,
        ),
        Event(
            id="c",
            title="Unresolved",
            when=TimeSpan(dt.date(2017, 1, 1), dt.date(2017, 12, 31), DatePrecision.YEAR),
        ),
    ]


def test_dataframe_has_one_row_per_event_and_shapely_geometries():
    frame = to_dataframe(sample_events())
    assert isinstance(frame, pd.DataFrame) and len(frame) == 3
    assert frame.loc[0, "latitude"] == 34.45226
    assert frame.loc[1, "geometry"].geom_type == "LineString"
    assert frame.loc[2, "geometry"] is None
    assert frame.loc[0, "actors"] == ["Coalition", "SDF"]


def test_dataframe_round_trip_gives_the_same_events():
    events = sample_events()
    assert from_dataframe(to_dataframe(events)) == events
