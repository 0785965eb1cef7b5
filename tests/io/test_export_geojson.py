"""GeoJSON (RFC 7946) and GeoJSONSeq exports, checked by GDAL, pyogrio and our own reader."""

from __future__ import annotations

import json
import re

import pyogrio
import pytest
import shapely
from shapely.geometry import shape

from geoevents.io import read_events, write_events
from geoevents.io.fields import FIELD_NAMES, FIELD_TYPES
from tests.io.conftest import assert_same_events, ogrinfo, sample_events

EXPECTED_OGR_TYPES = {
    "str": "String",
    "int": "Integer",
    "float": "Real",
    "bool": "Integer(Boolean)",
    "date": "Date",
    "datetime": "DateTime",
}


@pytest.fixture
def written(tmp_path, events):
    path = tmp_path / "events.geojson"
    write_events(events, path)
    return path


def _coordinates(value):
    if isinstance(value, float | int):
        yield value
    else:
        for item in value:
            yield from _coordinates(item)


def test_rfc7946_collection_has_bbox_and_no_crs(written, events):
    document = json.loads(written.read_text(encoding="utf-8"))
    assert document["type"] == "FeatureCollection"
    assert "crs" not in document
    assert document["bbox"] == [-0.5, -12.5, 40.9171235, 36.0]
    assert len(document["features"]) == len(events)


def test_coordinates_are_lon_lat_rounded_to_seven_decimals(written):
    document = json.loads(written.read_text(encoding="utf-8"))
    first = document["features"][0]["geometry"]
    assert first == {"type": "Point", "coordinates": [40.9171235, 34.4507123]}  # lon, lat
    west_south = next(f for f in document["features"] if f["properties"]["id"] == "west-south")
    assert west_south["geometry"]["coordinates"] == [0.0, -12.5]  # -1e-8 rounds to 0, never -0.0
    assert "-0.0," not in written.read_text(encoding="utf-8")
    for feature in document["features"]:
        if feature["geometry"] is not None:
            for number in _coordinates(feature["geometry"]["coordinates"]):
                assert round(number, 7) == number
    digits = re.findall(r"\d+\.(\d+)", written.read_text(encoding="utf-8").split('"properties"')[0])
    assert all(len(d) <= 7 for d in digits)


def test_polygons_follow_the_right_hand_rule(written):
    document = json.loads(written.read_text(encoding="utf-8"))
    polygons = []
    for feature in document["features"]:
        geometry = feature["geometry"]
        if geometry and geometry["type"] == "Polygon":
            polygons.append(geometry["coordinates"])
        elif geometry and geometry["type"] == "MultiPolygon":
            polygons.extend(geometry["coordinates"])
    assert len(polygons) == 3
    for rings in polygons:
        assert shapely.LinearRing(rings[0]).is_ccw  # exterior counter-clockwise
        for hole in rings[1:]:
            assert not shapely.LinearRing(hole).is_ccw  # holes clockwise
    holed = next(rings for rings in polygons if len(rings) == 2)
    assert len(holed) == 2


def test_one_feature_per_event_with_flat_typed_properties(written, events):
    document = json.loads(written.read_text(encoding="utf-8"))
    python_types = {"str": str, "int": int, "float": float, "bool": bool, "date": str, "datetime": str}
    for feature, event in zip(document["features"], events, strict=True):
        properties = feature["properties"]
        assert list(properties) == list(FIELD_NAMES)
        for name, value in properties.items():
            assert value is None or isinstance(value, python_types[FIELD_TYPES[name]]), name
            assert not isinstance(value, dict | list), name  # flat
        assert properties["id"] == event.id
        assert properties["start"] == event.when.start.isoformat()
    first = document["features"][0]["properties"]
    assert first["end"] == "2017-10-31"
    assert first["date_precision"] == "part_of_month"
    assert first["event_type"] == "offensive" and first["status"] == "planned"
    assert first["actors"] == "US-led coalition; Syrian Democratic Forces"
    assert first["place_text"] == "Abou Kamal" and first["place_name"] == "Abu Kamal"
    assert first["gazetteer_id"] == "geonames:170017" and first["geo_precision"] == "town"
    assert first["resolution_score"] == 0.93
    assert first["source_name"] == "Sputnik Afrique"
    assert first["source_url"] == "https://fr.sputniknews.africa/x"


def test_unresolved_event_has_null_geometry(written):
    document = json.loads(written.read_text(encoding="utf-8"))
    unresolved = next(f for f in document["features"] if f["properties"]["id"] == "unresolved-village")
    assert unresolved["geometry"] is None
    assert unresolved["properties"]["place_text"] == "Tell Nowhere"
    assert unresolved["properties"]["gazetteer_id"] is None


def _ogr_fields(output: str) -> dict[str, str]:
    return dict(re.findall(r"^(\w+): ([\w()]+) \(", output, flags=re.MULTILINE))


@pytest.mark.parametrize("suffix", [".geojson", ".geojsonl", ".geojsons"])
def test_gdal_reads_it_without_warning_with_typed_fields(tmp_path, events, suffix):
    path = tmp_path / f"events{suffix}"
    write_events(events, path)
    result = ogrinfo("-ro", "-al", "-so", str(path))
    assert result.returncode == 0, result.stderr
    assert "Warning" not in result.stderr + result.stdout
    assert "ERROR" not in result.stderr + result.stdout
    assert re.search(r"^Feature Count: 7$", result.stdout, flags=re.MULTILINE)
    assert "GeoJSONSeq" in result.stdout if suffix != ".geojson" else "`GeoJSON'" in result.stdout
    fields = _ogr_fields(result.stdout)
    assert {name: fields[name] for name in FIELD_NAMES} == {
        name: EXPECTED_OGR_TYPES[kind] for name, kind in FIELD_TYPES.items()
    }


def test_gdal_sees_the_null_geometry_and_the_shapes(written):
    result = ogrinfo("-ro", "-al", "-geom=SUMMARY", str(written))
    assert result.returncode == 0 and "Warning" not in result.stderr
    shapes = re.findall(r"^  (POINT|LINESTRING|POLYGON|MULTIPOLYGON)\b", result.stdout, flags=re.MULTILINE)
    assert shapes == ["POINT", "POLYGON", "LINESTRING", "MULTIPOLYGON", "POINT", "POINT"]


@pytest.mark.parametrize("suffix", [".geojson", ".geojsonl", ".geojsons"])
def test_pyogrio_reads_every_field(tmp_path, events, suffix):
    path = tmp_path / f"events{suffix}"
    write_events(events, path)
    frame = pyogrio.read_dataframe(path)
    assert len(frame) == len(events)
    assert list(frame.columns) == [*FIELD_NAMES, "geometry"]
    assert str(frame["start"].dtype).startswith("datetime64")
    assert frame["ucdp_date_prec"].tolist() == [e.when.precision.ucdp_date_prec for e in events]
    assert list(frame["id"]) == [e.id for e in events]
    assert frame.crs.to_epsg() == 4326
    assert frame.geometry.isna().sum() == 1
    assert frame.geometry.iloc[0].equals_exact(
        shape({"type": "Point", "coordinates": [40.9171235, 34.4507123]}), 0
    )


@pytest.mark.parametrize("suffix", [".geojson", ".geojsonl", ".geojsons"])
def test_round_trip_gives_the_same_events(tmp_path, events, suffix):
    path = tmp_path / f"events{suffix}"
    write_events(events, path)
    result = read_events(path, strict=True)
    assert result.errors == []
    assert_same_events(result.events, events)


@pytest.mark.parametrize("suffix", [".geojson", ".geojsonl", ".geojsons"])
def test_output_is_deterministic(tmp_path, suffix):
    first, second = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
    write_events(sample_events(), first)
    write_events(sample_events(), second)
    assert first.read_bytes() == second.read_bytes()


def test_geojsonseq_framing(tmp_path, events):
    plain, rfc8142 = tmp_path / "e.geojsonl", tmp_path / "e.geojsons"
    write_events(events, plain)
    write_events(events, rfc8142)
    plain_lines = plain.read_bytes().split(b"\n")[:-1]
    rs_lines = rfc8142.read_bytes().split(b"\n")[:-1]
    assert len(plain_lines) == len(rs_lines) == len(events)
    assert all(line.startswith(b"\x1e") for line in rs_lines)
    assert [b"\x1e" + line for line in plain_lines] == rs_lines
    assert all(json.loads(line)["type"] == "Feature" for line in plain_lines)


def test_format_option_overrides_extension(tmp_path, events):
    path = tmp_path / "events.txt"
    write_events(events, path, fmt="geojsons")
    assert path.read_bytes().startswith(b"\x1e{")


def test_empty_collection_is_valid(tmp_path):
    path = tmp_path / "empty.geojson"
    write_events([], path)
    assert json.loads(path.read_text(encoding="utf-8")) == {"type": "FeatureCollection", "features": []}
    result = ogrinfo("-ro", "-al", "-so", str(path))
    assert result.returncode == 0 and "Feature Count: 0" in result.stdout


def test_reader_errors_name_the_file_and_line(tmp_path):
    from geoevents.errors import InputError

    bad = tmp_path / "bad.geojsonl"
    bad.write_text('{"type": "Feature", "geometry": null, "properties": {}}\n{oops\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.geojsonl: line 2: invalid JSON"):
        read_events(bad)
    # every row bad: the whole file is refused, in one line naming the first bad row
    with pytest.raises(InputError, match=r"rows\.geojsonl: no event could be read .*row 1, field 'date'"):
        read_events(
            _write(
                tmp_path / "rows.geojsonl", '{"type":"Feature","geometry":null,"properties":{"title":"t"}}\n'
            )
        )


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_streaming_writer_matches_the_reference_mapping(written, events):
    """The fast path (vectorised points, orjson) writes what the plain mapping describes."""
    from geoevents.io.geojson import to_geojson_dict

    assert json.loads(written.read_text(encoding="utf-8")) == to_geojson_dict(events)


def test_large_chunked_output_is_valid_json(tmp_path, events, monkeypatch):
    from geoevents.io import geojson

    monkeypatch.setattr(geojson, "CHUNK", 3)  # several chunks, the last one partial
    path = tmp_path / "chunked.geojson"
    write_events(events * 2, path, force=True)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert [f["properties"]["id"] for f in document["features"]] == [e.id for e in events * 2]
