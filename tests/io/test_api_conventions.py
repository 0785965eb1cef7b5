"""The conventions Python GIS users expect: ``__geo_interface__``, a short repr, and
``from_dataframe(geopandas.read_file(<our own export>))``."""

from __future__ import annotations

import dataclasses

import geopandas
import pytest
import shapely

from geoevents import from_dataframe
from geoevents.collection import EventCollection
from geoevents.io import read_events, write_events
from tests.io.test_sources import ACLED_COLUMNS, acled_row, write_csv


@pytest.fixture
def acled_events(tmp_path) -> EventCollection:
    rows = [
        acled_row(event_id_cnty="SYR1"),
        acled_row(
            event_id_cnty="SYR2",
            event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike",
            latitude="35.0",
            longitude="40.0",
            time_precision="3",
        ),
    ]
    return EventCollection(
        read_events(write_csv(tmp_path / "a.csv", ACLED_COLUMNS, rows), strict=True).events
    )


def test_geodataframe_from_features(acled_events):
    frame = geopandas.GeoDataFrame.from_features(acled_events, crs="EPSG:4326")
    assert list(frame["id"]) == ["SYR1", "SYR2"]
    assert list(frame["event_type"]) == ["clashes", "airstrike"]
    assert (
        list(frame["fatalities"]) == [12, 12]
        and list(frame["src_event_type"])[1] == "Explosions/Remote violence"
    )
    assert frame.geometry.iloc[1].equals(shapely.Point(40.0, 35.0))
    single = geopandas.GeoDataFrame.from_features([acled_events[0]])
    assert single["title"].iloc[0] == acled_events[0].title


def test_repr_is_short_whatever_the_size(acled_events):
    many = EventCollection([dataclasses.replace(acled_events[0], id=str(n)) for n in range(100_000)])
    text = repr(many)
    assert len(text) < 200
    assert text.startswith("<EventCollection: 100,000 events, 100,000 located, 2017-10-17..2017-10-17")
    page = many._repr_html_()
    assert len(page) < 3000 and "and 99,995 more" in page
    assert "clashes" in repr(acled_events) and "airstrike" in repr(acled_events)


def test_repr_html_escapes_titles(acled_events):
    event = dataclasses.replace(acled_events[0], title="<script>alert(1)</script>")
    page = EventCollection([event])._repr_html_()
    assert "<script>" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize("ext", ["geojson", "gpkg", "geojsonl"])
def test_from_dataframe_reads_our_exports_through_geopandas(tmp_path, acled_events, ext):
    path = write_events(acled_events, tmp_path / f"out.{ext}")
    frame = geopandas.read_file(path, layer="events") if ext == "gpkg" else geopandas.read_file(path)
    back = from_dataframe(frame)
    assert [e.id for e in back] == ["SYR1", "SYR2"]
    assert [e.when for e in back] == [e.when for e in acled_events]
    assert [e.event_type for e in back] == [e.event_type for e in acled_events]
    assert [e.place.geo_precision for e in back] == [e.place.geo_precision for e in acled_events]
    assert [e.place.approximate for e in back] == [e.place.approximate for e in acled_events]
    assert back[0].attributes["event_type"] == "Battles"
    assert int(back[0].attributes["fatalities"]) == 12


def test_from_dataframe_reads_our_csv_through_geopandas(tmp_path, acled_events):
    frame = geopandas.read_file(write_events(acled_events, tmp_path / "out.csv"))
    back = from_dataframe(frame)
    assert [e.when for e in back] == [e.when for e in acled_events]
    assert [e.place.approximate for e in back] == [False, False]
