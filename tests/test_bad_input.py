"""Hostile and unlucky input: each bad row is one line naming the file, row and field; the
other rows are kept; nothing crashes, nothing runs away (aliases, nesting, zip bombs)."""

from __future__ import annotations

import json
import sqlite3
import time
import zipfile

import pytest

from geoevents.errors import GazetteerError, InputError
from geoevents.gazetteer.geonames_dump import import_dumps
from geoevents.io import read_events, write_events
from tests.helpers import run_cli

GOOD = {"title": "Fine", "date": "2017-10-17", "latitude": 34.4, "longitude": 40.9}
POINT = {"title": "Bad", "date": "2017-10-17", "latitude": 1, "longitude": 2}


def _json_file(tmp_path, bad_item: str):
    path = tmp_path / "events.json"
    path.write_text(f"[{json.dumps(GOOD)}, {bad_item}]", encoding="utf-8")
    return path


def _with(**fields) -> str:
    return json.dumps({**POINT, **fields})


def _nested_collection(depth: int) -> dict:
    geometry: dict = {"type": "Point", "coordinates": [1, 2]}
    for _ in range(depth):
        geometry = {"type": "GeometryCollection", "geometries": [geometry]}
    return geometry


# (bad item as JSON text, field named in the message, words of the message)
BAD_ITEMS = {
    "lone surrogate in a title": (
        '{"title": "a\\ud800b", "date": "2017-10-17", "latitude": 1, "longitude": 2}',
        "title",
        "surrogate",
    ),
    "number over 4,300 digits": (_with()[:-1] + ', "notes": 1' + "0" * 5000 + "}", "notes", "digits"),
    "number too big for a float": (
        _with(latitude=None)[:-1].replace("null", "1e400") + "}",
        "latitude",
        "out of range",
    ),
    "NaN latitude": (_with()[:-1].replace('"latitude": 1', '"latitude": NaN') + "}", "latitude", ""),
    "999 degrees": (
        _with(geometry={"type": "Point", "coordinates": [-999, 999]}),
        "geometry",
        "out of range",
    ),
    "NaN in a geometry": (_with(geometry="POINT (nan 1)"), "geometry", "not finite"),
    "nested geometry": (_with(geometry=_nested_collection(200)), "geometry", "nested deeper"),
    "ISO week past 9999": (_with(date="9999-W52"), "date", "out of range"),
    "year 0": (_with(date="0000"), "date", "out of range"),
    "curved WKT": (_with(geometry="CIRCULARSTRING (0 0, 1 1, 2 0)"), "geometry", "curved"),
}


@pytest.mark.parametrize("kind", sorted(BAD_ITEMS))
def test_a_bad_row_is_one_line_naming_row_and_field_and_the_good_row_is_kept(tmp_path, kind):
    text, field, words = BAD_ITEMS[kind]
    path = _json_file(tmp_path, text)
    result = read_events(path)
    assert [e.title for e in result.events] == ["Fine"]
    (error,) = result.errors
    message = str(error)
    assert message.startswith(f"{path}: row 2, field ") and "\n" not in message
    assert field in message and words in message


def test_geojson_properties_that_are_not_an_object(tmp_path):
    features = [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [40.9, 34.4]}, "properties": GOOD},
        {"type": "Feature", "geometry": None, "properties": [1, 2]},
        {"type": "Feature", "geometry": None, "properties": "text"},
    ]
    path = tmp_path / "events.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    seq = tmp_path / "events.geojsonl"
    seq.write_text("\n".join(json.dumps(f) for f in features) + "\n", encoding="utf-8")
    for source in (path, seq):
        result = read_events(source)
        assert len(result.events) == 1
        assert [e.field for e in result.errors] == ["properties", "properties"]


def test_a_deeply_nested_wkt_collection_never_reaches_geos(tmp_path):
    nested = "GEOMETRYCOLLECTION (" * 100_000 + "POINT (1 2)" + ")" * 100_000
    path = tmp_path / "events.csv"
    path.write_text(
        f'title,date,WKT\nFine,2017-10-17,POINT (40.9 34.4)\nBad,2017-10-17,"{nested}"\n', encoding="utf-8"
    )
    result = read_events(path)  # used to be a segmentation fault
    assert len(result.events) == 1
    assert result.errors[0].field == "geometry" and "nested deeper" in str(result.errors[0])


def test_yaml_impossible_date_and_huge_number_are_bad_rows(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_text(
        "- {title: Fine, date: 2017-10-17, latitude: 1, longitude: 2}\n"
        "- {title: Bad, date: 2017-02-30, latitude: 1, longitude: 2}\n"
        f"- {{title: Big, date: 2017-10-17, latitude: 1{'0' * 5000}, longitude: 2}}\n",
        encoding="utf-8",
    )
    result = read_events(path)
    assert len(result.events) == 1
    assert [(e.row, e.field) for e in result.errors] == [(2, "date"), (3, "latitude")]


def test_a_yaml_alias_bomb_is_refused_before_it_is_built(tmp_path):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    lines.append("events: [{title: x, date: 2017-10-17, latitude: 1, longitude: 2, notes: *i}]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(InputError, match="alias bomb"):
        read_events(path)
    assert time.perf_counter() - started < 2


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_deep_nesting_is_one_line_not_a_recursion_error(tmp_path, suffix):
    path = tmp_path / f"deep{suffix}"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(InputError, match="nest"):
        read_events(path)


def test_a_yaml_anchor_shared_by_many_events_is_fine(tmp_path):
    items = "".join(
        f"- {{title: E{i}, date: 2017-10-17, latitude: 1, longitude: 2, source: *src}}\n" for i in range(500)
    )
    path = tmp_path / "events.yaml"
    path.write_text(
        "- {title: E, date: 2017-10-17, latitude: 1, longitude: 2, source: &src Reuters}\n" + items
    )
    assert len(read_events(path).events) == 501


def test_geopackage_text_that_is_not_utf8(tmp_path):
    from geoevents.io import read_events as read

    source = tmp_path / "events.json"
    source.write_text(json.dumps([GOOD, {**GOOD, "title": "Other"}]), encoding="utf-8")
    gpkg = write_events(read(source).events, tmp_path / "events.gpkg")
    with sqlite3.connect(gpkg) as db:
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            db.execute(f'DROP TRIGGER "{name}"')
        db.execute("UPDATE events SET title = x'ff00fe41' WHERE fid = 2")
    result = read_events(gpkg)
    assert [e.title for e in result.events] == ["Fine"]
    assert result.errors[0].row == 2 and result.errors[0].field == "title"


def test_gazetteer_import_refuses_a_zip_bomb(tmp_path):
    bomb = tmp_path / "SY.zip"
    line = b"1\tX\tX\t\t34.4\t40.9\tP\tPPL\tSY\t\t\t\t\t\t100\t\t\t\t2020-01-01\n" * 1000
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive, archive.open("SY.txt", "w") as member:
        for _ in range(2000):
            member.write(line)
    with pytest.raises(GazetteerError, match="zip bomb"):
        import_dumps([bomb], tmp_path / "out.store")
    assert not (tmp_path / "out.store").exists()


def test_the_cli_reports_bad_rows_in_one_line_each_and_exits_1(tmp_path):
    path = _json_file(tmp_path, BAD_ITEMS["lone surrogate in a title"][0])
    result = run_cli("export", str(path), "-o", str(tmp_path / "out.geojson"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{path}: row 2, field 'title'" in result.stderr
    assert len(json.loads((tmp_path / "out.geojson").read_text())["features"]) == 1


def test_a_whole_number_past_64_bits_in_a_pass_through_column_is_kept_as_text(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("title,date,latitude,longitude,count\nFine,2017-10-17,34.4,40.9,-9223372036854775809\n")
    (event,) = read_events(path).events
    assert event.attributes["count"] == "-9223372036854775809"
    exported = write_events([event], tmp_path / "out.geojson")
    assert json.loads(exported.read_text())["features"][0]["properties"]["count"] == "-9223372036854775809"


def test_a_geopackage_date_that_does_not_exist_is_one_line(tmp_path):
    source = tmp_path / "events.json"
    source.write_text(json.dumps([GOOD, {**GOOD, "title": "Other"}]), encoding="utf-8")
    gpkg = write_events(read_events(source).events, tmp_path / "events.gpkg")
    with sqlite3.connect(gpkg) as db:
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            db.execute(f'DROP TRIGGER "{name}"')
        db.execute("UPDATE events SET start = '0/2/30' WHERE fid = 1")
    with pytest.raises(InputError, match="a date or time out of range"):
        read_events(gpkg)


def test_a_data_set_column_past_64_bits_is_kept_as_text(tmp_path):
    path = tmp_path / "acled.csv"
    path.write_text(
        "event_id_cnty,event_date,event_type,latitude,longitude,fatalities,extra\n"
        "SYR1,2017-10-17,Battles,34.4,40.9,0,-9223372036854775809\n"
    )
    (event,) = read_events(path).events
    write_events([event], tmp_path / "out.geojson")
    assert "-9223372036854775809" in (tmp_path / "out.geojson").read_text()


def test_a_yaml_parser_message_is_folded_on_one_line(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_bytes(b"- title: a\x17b\n")
    with pytest.raises(InputError) as caught:
        read_events(path)
    assert "\n" not in str(caught.value) and "control characters are not allowed" in str(caught.value)


def test_a_geonames_line_with_an_impossible_population_is_skipped(tmp_path):
    good = "1\tAbu Kamal\tAbu Kamal\t\t34.45\t40.91\tP\tPPL\tSY\t\t07\t\t\t\t57572\t\t176\tAsia/Damascus\t2020-01-01"
    bad = "2\tX\tX\t\t0\t0\tP\tPPL\tSY\t\t\t\t\t\t99999999999999999999\t\t\t\t2020-01-01"
    far = "3\tY\tY\t\t999\tnan\tP\tPPL\tSY\t\t\t\t\t\t1\t\t\t\t2020-01-01"
    dump = tmp_path / "SY.txt"
    dump.write_text("\n".join([good, bad, far]) + "\n", encoding="utf-8")
    import_dumps([dump], tmp_path / "out.store")
    from geoevents.gazetteer.store import GazetteerStore

    store = GazetteerStore(tmp_path / "out.store")
    assert [store.entry(n).id for n in range(len(store))] == ["geonames:1"]
