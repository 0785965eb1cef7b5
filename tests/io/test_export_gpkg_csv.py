"""GeoPackage (events + places layers) and CSV-with-WKT exports, read back by GDAL and pyogrio."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import re

import numpy as np
import pyogrio
import pytest
import shapely
from hypothesis import given
from hypothesis import strategies as st

from geoevents.io import read_events, write_events
from geoevents.io.csvfile import COLUMNS
from geoevents.io.fields import FIELD_NAMES, FIELD_TYPES
from tests.io.conftest import assert_same_events, ogrinfo, same_geometry, sample_events

OGR_TYPES = {
    "str": "String",
    "int": "Integer",
    "float": "Real",
    "bool": "Integer(Boolean)",
    "date": "Date",
    "datetime": "DateTime",
}


@pytest.fixture
def gpkg(tmp_path, events):
    path = tmp_path / "events.gpkg"
    write_events(events, path)
    return path


def test_gpkg_has_an_events_and_a_places_layer(gpkg):
    layers = pyogrio.list_layers(gpkg)
    assert [name for name, _ in layers] == ["events", "places", "layer_styles"]  # QGIS's default style
    assert pyogrio.read_info(gpkg, layer="events")["crs"] == "EPSG:4326"
    assert pyogrio.read_info(gpkg, layer="events")["features"] == 7
    assert pyogrio.read_info(gpkg, layer="places")["features"] == 6


def test_gpkg_fields_are_typed_for_gdal(gpkg):
    result = ogrinfo("-ro", "-so", str(gpkg), "events")
    output = result.stdout + result.stderr
    assert result.returncode == 0 and "Warning" not in output and "ERROR" not in output
    fields = dict(re.findall(r"^(\w+): ([\w()]+) \(", result.stdout, flags=re.MULTILINE))
    assert {name: fields[name] for name in FIELD_NAMES} == {n: OGR_TYPES[t] for n, t in FIELD_TYPES.items()}
    assert "Feature Count: 7" in result.stdout


def test_gpkg_events_read_back_with_every_field(gpkg, events):
    frame = pyogrio.read_dataframe(gpkg, layer="events")
    assert list(frame.columns) == [*FIELD_NAMES, "geometry"]
    assert list(frame["id"]) == [e.id for e in events]
    assert frame["ucdp_date_prec"].tolist() == [e.when.precision.ucdp_date_prec for e in events]
    assert frame["resolution_score"].tolist() == [e.resolution_score for e in events]
    first = frame.iloc[0]
    assert first["start"] == np.datetime64("2017-10-21") or str(first["start"])[:10] == "2017-10-21"
    assert bool(first["geo_approximate"]) is False and bool(frame.iloc[1]["geo_approximate"]) is True
    assert frame["end"].isna().tolist() == [e.when.end is None for e in events]
    assert frame.geometry.isna().tolist() == [e.place is None for e in events]
    for geometry, event in zip(frame.geometry, events, strict=True):
        if event.place is not None:
            assert same_geometry(geometry, event.place.geometry)
    omar = frame.geometry.iloc[1]
    assert omar.exterior.is_ccw and not omar.interiors[0].is_ccw


def test_gpkg_is_read_back_into_the_same_events(gpkg, events):
    assert_same_events(read_events(gpkg, strict=True).events, events)


def test_a_file_that_is_no_geopackage_is_a_clear_input_error(tmp_path):
    from geoevents.errors import InputError

    path = tmp_path / "broken.gpkg"
    path.write_text("not a database", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.gpkg"):
        read_events(path)


def test_gpkg_places_summarise_events(tmp_path, events):
    twice = [*events, events[0].__class__(**{**_fields(events[0]), "id": "again", "when": events[6].when})]
    path = tmp_path / "places.gpkg"
    write_events(twice, path)
    places = pyogrio.read_dataframe(path, layer="places")
    abu = places[places["gazetteer_id"] == "geonames:170017"].iloc[0]
    assert abu["event_count"] == 2
    assert str(abu["first_start"])[:10] == "2017-10-14" and str(abu["last_end"])[:10] == "2017-10-31"
    front = places[places["gazetteer_id"] == "natural-earth:euphrates"].iloc[0]
    assert front["last_end"] is None or str(front["last_end"]) in ("NaT", "None")
    assert places["event_count"].sum() == 7


def _fields(event):
    import dataclasses

    return {f.name: getattr(event, f.name) for f in dataclasses.fields(event)}


def test_gpkg_is_deterministic(tmp_path):
    # the same name in two folders: the QGIS project inside names its own file
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "events.gpkg", tmp_path / "b" / "events.gpkg"
    write_events(sample_events(), first)
    write_events(sample_events(), second)
    assert first.read_bytes() == second.read_bytes()


def test_gpkg_with_no_events(tmp_path):
    path = tmp_path / "empty.gpkg"
    write_events([], path)
    assert [name for name, _ in pyogrio.list_layers(path)] == ["events", "places", "layer_styles"]
    assert pyogrio.read_info(path, layer="events")["features"] == 0


@pytest.fixture
def csv_path(tmp_path, events):
    path = tmp_path / "events.csv"
    write_events(events, path)
    return path


def test_csv_has_wkt_first_and_every_field(csv_path, events):
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == COLUMNS
    assert rows[0][:3] == ["WKT", "latitude", "longitude"]
    assert len(rows) == len(events) + 1
    assert rows[1][0] == "POINT (40.9171235 34.4507123)"
    assert rows[1][1:3] == ["34.4507123", "40.9171235"]
    assert rows[5][:3] == ["", "", ""]  # unresolved
    assert shapely.from_wkt(rows[2][0]).exterior.is_ccw
    assert csv_path.read_bytes().count(b"\r\n") >= len(events) + 1  # RFC 4180 line ends


def test_gdal_reads_the_csv_geometry(csv_path):
    result = ogrinfo(
        "-ro", "-al", "-oo", "AUTODETECT_TYPE=YES", "-oo", "GEOM_POSSIBLE_NAMES=WKT", str(csv_path)
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0 and "Warning" not in output and "ERROR" not in output
    assert len(re.findall(r"^OGRFeature\(", result.stdout, flags=re.MULTILINE)) == 7
    assert "POINT (40.9171235 34.4507123)" in result.stdout
    assert "MULTIPOLYGON" in result.stdout
    assert re.search(r"start \(Date\) = 2017/10/21", result.stdout)


def test_csv_round_trip_and_determinism(tmp_path, csv_path, events):
    assert_same_events(read_events(csv_path, strict=True).events, events)
    again = tmp_path / "again.csv"
    write_events(sample_events(), again)
    assert again.read_bytes() == csv_path.read_bytes()


def test_csv_is_utf8_without_bom(csv_path):
    data = csv_path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert "إدلب".encode() in data


def test_dates_stay_dates(csv_path):
    event = read_events(csv_path, strict=True).events[0]
    assert event.when.start == dt.date(2017, 10, 21) and event.source.published == dt.date(2017, 10, 25)


def test_csv_cells_do_not_run_as_spreadsheet_formulas(tmp_path, events):
    """A title such as '=HYPERLINK(...)' must not become a live formula in Excel or LibreOffice."""
    hostile = [
        dataclasses.replace(events[0], title='=HYPERLINK("http://evil.example","click")', description="-1+2")
    ]
    path = tmp_path / "hostile.csv"
    write_events(hostile, path)
    with path.open(encoding="utf-8", newline="") as handle:
        row = dict(zip(COLUMNS, list(csv.reader(handle))[1], strict=True))
    assert row["title"].startswith("'=") and row["description"] == "'-1+2"
    back = read_events(path, strict=True).events[0]
    assert (back.title, back.description) == (hostile[0].title, hostile[0].description)


@given(st.text(max_size=12))
def test_defusing_a_cell_is_undone_on_reading(text):
    from geoevents.io.csvfile import defuse, restore

    assert restore(defuse(text)) == text
    assert not defuse(text).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_a_country_sized_polygon_reads_back_from_csv(tmp_path, events):
    """A country's WKT runs past the csv module's 131,072-character default field limit."""
    import csv as csv_module

    ring = [(20 + 10 * np.cos(a), 30 + 10 * np.sin(a)) for a in np.linspace(0, 2 * np.pi, 6000)[:-1]]
    big = dataclasses.replace(
        events[0], id="big", place=dataclasses.replace(events[0].place, geometry=shapely.Polygon(ring))
    )
    path = tmp_path / "big.csv"
    write_events([big], path)
    assert len(path.read_text(encoding="utf-8")) > 131_072
    limit = csv_module.field_size_limit()
    (back,) = read_events(path, strict=True).events
    assert same_geometry(back.place.geometry, big.place.geometry)
    assert csv_module.field_size_limit() == limit  # the module-wide limit is restored
