"""GeoParquet 1.1 out and in: typed columns, WKB geometries, the ``geo`` metadata, read back by
geopandas and by us into the same events (pass-through attributes included)."""

from __future__ import annotations

import json

import geopandas
import pyarrow.parquet as pq
import pytest

from geoevents import from_dataframe
from geoevents.io import read_events, write_events
from tests.io.conftest import assert_same_events, sample_events
from tests.io.test_sources import ACLED_COLUMNS, acled_row, write_csv


def _present(event):
    return {k: v for k, v in event.attributes.items() if v is not None}


def test_geoparquet_metadata_and_types(tmp_path):
    path = write_events(sample_events(), tmp_path / "e.parquet")
    schema = pq.read_schema(path)
    geo = json.loads(schema.metadata[b"geo"])
    assert geo["version"] == "1.1.0" and geo["primary_column"] == "geometry"
    column = geo["columns"]["geometry"]
    assert column["encoding"] == "WKB" and "Point" in column["geometry_types"] and len(column["bbox"]) == 4
    assert str(schema.field("start").type) == "date32[day]"
    assert str(schema.field("start_time").type) == "timestamp[ms, tz=UTC]"
    assert str(schema.field("resolution_score").type) == "double"


def test_geoparquet_reads_back_into_the_same_events(tmp_path):
    events = sample_events()
    back = read_events(write_events(events, tmp_path / "e.parquet"), strict=True).events
    assert_same_events(back, events)


def test_geopandas_reads_it(tmp_path):
    events = sample_events()
    frame = geopandas.read_parquet(write_events(events, tmp_path / "e.geoparquet"))
    assert frame.crs.to_string() == "OGC:CRS84"  # what GeoParquet means when it names no CRS
    assert list(frame["id"]) == [e.id for e in events]
    assert [e.when for e in from_dataframe(frame)] == [e.when for e in events]


@pytest.mark.parametrize("ext", ["parquet"])
def test_acled_attributes_round_trip(tmp_path, ext):
    rows = [acled_row(event_id_cnty="SYR1"), acled_row(event_id_cnty="SYR2", fatalities="0")]
    source = read_events(write_csv(tmp_path / "a.csv", ACLED_COLUMNS, rows), strict=True).events
    back = read_events(write_events(source, tmp_path / f"out.{ext}"), strict=True).events
    assert [_present(e) for e in back] == [_present(e) for e in source]
    assert str(pq.read_schema(tmp_path / f"out.{ext}").field("fatalities").type) == "int64"
