"""Property tests: arbitrary events survive GeoJSON, GeoJSONSeq, CSV and DataFrame round trips.

What the generators leave out is what the formats cannot carry, as documented in
``geoevents.io.fields``: text is read back stripped (so generated text is stripped), actor
names cannot contain ``;`` or ``|`` (the separators), an open span is a ``range``, and
coordinates are kept to 1e-7 degrees.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
from pathlib import Path

import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geoevents.frames import from_dataframe, to_dataframe
from geoevents.io import read_events, write_events
from geoevents.model import (
    Candidate,
    DatePrecision,
    Event,
    EventStatus,
    EventType,
    Evidence,
    GeoPrecision,
    ResolvedPlace,
    Source,
    TimeSpan,
)
from tests.io.conftest import assert_same_events

_characters = st.characters(exclude_categories=("Cs", "Cc"))
text = st.text(_characters, max_size=25).map(str.strip)
word = text.filter(bool)
maybe_word = st.none() | word
country = st.from_regex(r"[A-Z]{2}", fullmatch=True)
actor = (
    st.text(_characters.filter(lambda c: c not in ";|"), min_size=1, max_size=15).map(str.strip).filter(bool)
)
finite = {"allow_nan": False, "allow_infinity": False}
lon = st.floats(-180, 180, **finite)
lat = st.floats(-90, 90, **finite)
dates = st.dates(dt.date(1000, 1, 1), dt.date(2999, 12, 31))
url = st.from_regex(r"https?://[a-z0-9.]{1,20}/[a-zA-Z0-9_\-/?=&%.]{0,20}", fullmatch=True)


@st.composite
def timespans(draw) -> TimeSpan:
    start = draw(dates)
    if draw(st.booleans()):
        return TimeSpan(start, None, DatePrecision.RANGE, draw(maybe_word))
    end = start + dt.timedelta(days=draw(st.integers(0, 400)))
    return TimeSpan(start, end, draw(st.sampled_from(DatePrecision)), draw(maybe_word))


@st.composite
def geometries(draw) -> shapely.Geometry:
    kind = draw(st.sampled_from(["point", "line", "box"]))
    x, y = draw(st.floats(-179, 179, **finite)), draw(st.floats(-89, 89, **finite))
    if kind == "point":
        return shapely.Point(draw(lon), draw(lat))
    dx, dy = draw(st.floats(1e-3, 1, **finite)), draw(st.floats(1e-3, 1, **finite))
    if kind == "line":
        return shapely.LineString([(x, y), (x + dx, y + dy), (x + dx, y)])
    return shapely.box(x, y, x + dx, y + dy, ccw=draw(st.booleans()))


candidates = st.builds(
    Candidate,
    gazetteer_id=word,
    name=word,
    feature_class=word,
    latitude=lat,
    longitude=lon,
    score=st.floats(0, 1, **finite),
    reason=text,
    country=st.none() | country,
)
places = st.builds(
    ResolvedPlace,
    gazetteer_id=word,
    name=word,
    feature_class=word,
    geometry=geometries(),
    geo_precision=st.sampled_from(GeoPrecision),
    country=st.none() | country,
    admin1=maybe_word,
    approximate=st.booleans(),
)
spans = st.none() | st.tuples(st.integers(0, 10_000), st.integers(0, 10_000))
evidence = st.none() | st.builds(
    Evidence, file=st.none() | text, sentence=st.none() | text, trigger_span=spans
)


@st.composite
def events(draw) -> Event:
    place = draw(st.none() | places)
    return Event(
        id=draw(word),
        title=draw(word),
        when=draw(timespans()),
        event_type=draw(st.sampled_from(EventType)),
        status=draw(st.sampled_from(EventStatus)),
        description=draw(text),
        actors=tuple(draw(st.lists(actor, max_size=3))),
        place_text=draw(word) if place is None else draw(maybe_word),
        place_country=draw(st.none() | country),
        place=place,
        resolution_score=draw(st.none() | st.floats(0, 1, **finite)),
        resolution_reason=draw(text),
        candidates=tuple(draw(st.lists(candidates, max_size=2))),
        source=Source(draw(maybe_word), draw(st.none() | url), draw(st.none() | dates)),
        notes=draw(text),
        evidence=draw(evidence),
    )


def unique_ids(items: list[Event]) -> list[Event]:
    return [dataclasses.replace(e, id=f"{i}-{e.id}") for i, e in enumerate(items)]


event_lists = st.lists(events(), min_size=1, max_size=5).map(unique_ids)
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _round_trip(items: list[Event], suffix: str) -> list[Event]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"events{suffix}"
        write_events(items, path)
        result = read_events(path, strict=True)
    return result.events


@SETTINGS
@given(event_lists)
def test_geojson_round_trip(items):
    assert_same_events(_round_trip(items, ".geojson"), items)


@SETTINGS
@given(event_lists)
def test_geojsonseq_round_trip(items):
    assert_same_events(_round_trip(items, ".geojsons"), items)


@SETTINGS
@given(event_lists)
def test_csv_round_trip(items):
    assert_same_events(_round_trip(items, ".csv"), items)


@SETTINGS
@given(event_lists)
def test_dataframe_round_trip(items):
    assert from_dataframe(to_dataframe(items)) == items


@SETTINGS
@given(event_lists)
def test_geopackage_round_trip(items):
    assert_same_events(_round_trip(items, ".gpkg"), items)
