"""KML export: valid against the OGC KML 2.2 schema, time primitives for Google Earth's
slider, one style per event type; read back by fastkml and by GDAL (LIBKML and KML drivers)."""

from __future__ import annotations

import datetime as dt
import pathlib
import re

import fastkml
import pytest
from fastkml import kml
from fastkml.times import TimeSpan, TimeStamp
from lxml import etree

from geoevents.io import write_events
from geoevents.io.kml import TYPE_COLORS, kml_color
from geoevents.model import EventType
from tests.io.conftest import ogrinfo, sample_events

SCHEMA = pathlib.Path(fastkml.__file__).parent / "schema" / "ogckml22.xsd"


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


@pytest.fixture
def written(tmp_path, events):
    path = tmp_path / "events.kml"
    write_events(events, path)
    return path


def test_valid_against_the_kml_22_schema(written, schema):
    document = etree.parse(str(written))
    assert schema.validate(document), schema.error_log


def test_the_schema_check_can_fail(written, schema):
    text = written.read_text(encoding="utf-8")
    # styleUrl before the time primitive breaks the element order KML requires
    broken = re.sub(r"(<TimeSpan>.*?</TimeSpan>)(<styleUrl>[^<]*</styleUrl>)", r"\2\1", text, count=1)
    assert broken != text
    assert not schema.validate(etree.fromstring(broken.encode("utf-8")))


def _data(placemark) -> dict[str, str]:
    (schema_data,) = placemark.extended_data.elements
    assert schema_data.schema_url == "#geoevents"
    return {item.name: item.value for item in schema_data.data}


def _placemarks(path):
    document = kml.KML.parse(str(path), strict=True).features[0]
    return document, {_data(p)["id"]: p for p in document.features}


def test_time_primitives_play_in_the_time_slider(written):
    _, placemarks = _placemarks(written)
    day = placemarks["omar-fields"]
    assert isinstance(day.times, TimeStamp)
    assert day.times.timestamp.dt == dt.date(2017, 10, 22)
    span = placemarks["abu-kamal-offensive"]
    assert isinstance(span.times, TimeSpan)
    assert (span.times.begin.dt, span.times.end.dt) == (dt.date(2017, 10, 21), dt.date(2017, 10, 31))
    open_span = placemarks["euphrates-front"]
    assert isinstance(open_span.times, TimeSpan)
    assert open_span.times.begin.dt == dt.date(2014, 8, 1) and open_span.times.end is None
    assert all(p.times is not None for p in placemarks.values())


def test_one_style_per_event_type(written):
    document, placemarks = _placemarks(written)
    styles = {style.id: style for style in document.styles}
    assert set(styles) == {f"type-{kind.value}" for kind in EventType}
    (schema,) = document.schemata
    assert {f.name: f.type_.value for f in schema.fields}["resolution_score"] == "double"
    airstrike = styles["type-airstrike"].styles
    icon = next(s for s in airstrike if type(s).__name__ == "IconStyle")
    assert icon.color == kml_color(TYPE_COLORS[EventType.AIRSTRIKE]) == "ff0000cc"
    for placemark in placemarks.values():
        event_type = _data(placemark)["event_type"]
        assert placemark.style_url.url == f"#type-{event_type}"


def test_geometries_and_attributes_read_back(written, events):
    _, placemarks = _placemarks(written)
    assert list(placemarks) == [e.id for e in events]
    point = placemarks["abu-kamal-offensive"]
    assert (point.geometry.x, point.geometry.y) == (40.9171235, 34.4507123)
    assert placemarks["unresolved-village"].geometry is None
    assert type(placemarks["omar-fields"].geometry).__name__ == "Polygon"
    assert type(placemarks["two-areas"].geometry).__name__ == "MultiPolygon"
    assert (
        placemarks["casualties-day"].name == "Casualties reported in Mayadin, <b>not</b> HTML & not CDATA ]]>"
    )
    data = _data(point)
    assert data["place_text"] == "Abou Kamal" and data["gazetteer_id"] == "geonames:170017"
    assert data["source_url"] == "https://fr.sputniknews.africa/x"


@pytest.mark.parametrize("driver", ["LIBKML", "KML"])
def test_gdal_reads_every_placemark_without_warning(written, driver):
    skip = ["--config", "GDAL_SKIP", "LIBKML"] if driver == "KML" else []
    result = ogrinfo(*skip, "-ro", "-al", str(written))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Warning" not in output and "ERROR" not in output
    assert f"using driver `{driver}'" in result.stdout
    # GDAL's older KML driver skips placemarks without a geometry (the unresolved event)
    expected = 7 if driver == "LIBKML" else 6
    assert len(re.findall(r"^OGRFeature\(", result.stdout, flags=re.MULTILINE)) == expected
    if driver == "LIBKML":
        assert "begin (DateTime) = 2017/10/21" in result.stdout
        assert "timestamp (DateTime) = 2017/10/22" in result.stdout
        assert "Style = @type-capture" in result.stdout
        assert "geo_precision (String) = area" in result.stdout
        # typed by the Schema
        assert "resolution_score (Real) = 0.93" in result.stdout
        assert "ucdp_date_prec (Integer) = 3" in result.stdout
        assert "geo_approximate (Integer) = 1" in result.stdout


def test_deterministic(tmp_path):
    first, second = tmp_path / "a.kml", tmp_path / "b.kml"
    write_events(sample_events(), first)
    write_events(sample_events(), second)
    assert first.read_bytes() == second.read_bytes()


def test_control_characters_do_not_break_the_xml(tmp_path, events, schema):
    import dataclasses

    odd = [dataclasses.replace(events[0], title="bell\x07 and form feed\x0c", notes="nul\x00")]
    path = tmp_path / "odd.kml"
    write_events(odd, path)
    assert schema.validate(etree.parse(str(path)))
