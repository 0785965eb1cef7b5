"""CSV, JSON and YAML event files: good rows read, bad rows named, never silently lost."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from geoevents.errors import InputError, RowError
from geoevents.io import read_events
from geoevents.model import DatePrecision, EventStatus, EventType, GeoPrecision

CSV = """id,title,date,place,country,latitude,longitude,type,status,actors,source,url,published
a,Strike near Raqqa,2017-10-17,Raqqa,SY,,,airstrike,happened,Coalition; SDF,Wire,https://example.org/a,2017-10-18
b,Checkpoint attack,early October 2017,,,35.95,39.01,clashes,,,Wire,,2017-10-18
c,No date,,Mosul,IQ,,,capture,,,,,
d,Bad type,2017-10-17,Mosul,IQ,,,parade,,,,,
e,Bad latitude,2017-10-17,,,123,40,other,,,,,
f,Bad URL,2017-10-17,Mosul,,,,,,,,javascript:alert(1),
"""


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_keeps_valid_rows_and_names_each_bad_row(tmp_path):
    path = write(tmp_path, "events.csv", CSV)
    result = read_events(path)
    assert [e.id for e in result.events] == ["a", "b"]
    a, b = result.events
    assert a.event_type is EventType.AIRSTRIKE and a.status is EventStatus.HAPPENED
    assert a.actors == ("Coalition", "SDF")
    assert a.place_text == "Raqqa" and a.place_country == "SY" and a.place is None
    assert a.source.url == "https://example.org/a" and a.source.published == dt.date(2017, 10, 18)
    assert b.place is not None and b.place.geo_precision is GeoPrecision.SITE
    assert (round(b.place.latitude, 2), round(b.place.longitude, 2)) == (35.95, 39.01)
    assert (b.when.start, b.when.end, b.when.precision) == (
        dt.date(2017, 10, 1),
        dt.date(2017, 10, 10),
        DatePrecision.PART_OF_MONTH,
    )
    messages = [str(e) for e in result.errors]
    assert [(e.row, e.field) for e in result.errors] == [
        (4, "date"),
        (5, "event_type"),
        (6, "latitude"),
        (7, "url"),
    ]
    assert all(m.startswith(f"{path}: row ") for m in messages)
    assert "parade" in messages[1] and "offensive" in messages[1]  # says what was expected
    assert "out of range" in messages[2]


def test_strict_makes_the_first_bad_row_fatal(tmp_path):
    path = write(tmp_path, "events.csv", CSV)
    with pytest.raises(RowError) as excinfo:
        read_events(path, strict=True)
    assert excinfo.value.row == 4 and excinfo.value.field == "date"


def test_json_list_and_document_with_source(tmp_path):
    document = {
        "source": {"name": "Wire", "url": "https://example.org", "published": "2017-10-25"},
        "events": [
            {
                "title": "Offensive planned",
                "date": "late October",
                "place": "Abou Kamal",
                "status": "planned",
            },
            {"title": "Line", "date": "2017", "geometry": "LINESTRING (40 35, 41 34)"},
            "not an event",
        ],
    }
    path = write(tmp_path, "events.json", json.dumps(document))
    result = read_events(path)
    first, line = result.events
    assert first.id == "events-1" and first.status is EventStatus.PLANNED
    assert first.when.start == dt.date(2017, 10, 21)  # anchored to the file-level publication date
    assert first.source.name == "Wire"
    assert line.place.geo_precision is GeoPrecision.LINE
    assert [(e.row, e.field) for e in result.errors] == [(3, None)]


def test_yaml_items_and_geojson_geometry(tmp_path):
    text = """
- title: Area event
  date: 2017-10
  geometry: {type: Polygon, coordinates: [[[40, 35], [41, 35], [41, 36], [40, 35]]]}
- title: Missing place
  date: 2017-10
"""
    result = read_events(write(tmp_path, "events.yaml", text))
    assert result.events[0].place.geo_precision is GeoPrecision.AREA
    assert result.errors[0].field == "place" and result.errors[0].row == 2


def test_duplicate_ids_are_rejected(tmp_path):
    path = write(tmp_path, "e.csv", "id,title,date,place\nx,A,2017,Mosul\nx,B,2017,Mosul\n")
    result = read_events(path)
    assert len(result.events) == 1 and result.errors[0].field == "id"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.json", b"{not json", "invalid JSON at line 1"),
        ("bad.yaml", b"- a: [1, 2\n", "invalid YAML"),
        ("latin1.csv", "title,date,place\nÉvénement,2017,Alep\n".encode("latin-1"), "not UTF-8"),
        ("events.txt", b"hello", "unknown input format"),
        ("object.json", b'{"x": 1}', "expected a list of events"),
    ],
)
def test_unreadable_files_raise_one_clear_input_error(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as excinfo:
        read_events(path)
    assert str(path) in str(excinfo.value) and message in str(excinfo.value)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_events(tmp_path / "missing.csv")


def test_csv_with_byte_order_mark(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes("\ufefftitle,date,place\nA,2017-10-01,Raqqa\n".encode())
    assert read_events(path).events[0].title == "A"
