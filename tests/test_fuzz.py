"""Fuzzing every reader and the CLI with hypothesis: malformed files written by the tests.

Each case writes one file (a table, a document, an article, a GeoNames dump, a GeoPackage
edited cell by cell) and reads it. What must hold for every case:

- the reader returns events and bad rows, or raises one :class:`GeoeventsError`: no other
  exception (no traceback), no signal, no hang;
- every message is one line that names the file, and a bad row names its row;
- whatever was read can be written again (GeoJSON, KML, CSV) without an error.

``make test`` runs a quick profile (:data:`QUICK` cases per reader); ``make fuzz`` runs
``GEOEVENTS_FUZZ=10000`` cases per reader (and ``GEOEVENTS_FUZZ_CLI`` command lines, 200 by
default under ``make fuzz``). The figures measured are in the README ("Guarantees").
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geoevents.errors import GeoeventsError, RowError
from geoevents.extract import extract_file
from geoevents.gazetteer.geonames_dump import import_dumps
from geoevents.gazetteer.store import GazetteerStore
from geoevents.io import csvfile, geojson, kml, read_events, write_events
from geoevents.io.records import KNOWN_FIELDS

QUICK = 25
CASES = int(os.environ.get("GEOEVENTS_FUZZ", QUICK))
CLI_CASES = int(os.environ.get("GEOEVENTS_FUZZ_CLI", 3 if CASES == QUICK else 200))
FUZZ = settings(
    max_examples=CASES,
    deadline=None,
    database=None,
    derandomize=CASES == QUICK,  # the quick profile is the same every run
    suppress_health_check=list(HealthCheck),
)
WORK = Path(tempfile.mkdtemp(prefix="geoevents-fuzz-"))

# ---------------------------------------------------------------- values

ANY_CHAR = st.characters(codec=None, exclude_categories=())  # lone surrogates included
TEXT = st.text(ANY_CHAR, max_size=24)
NESTED_WKT = "GEOMETRYCOLLECTION (" * 40 + "POINT (1 2)" + ")" * 40
SPECIAL = [
    "",
    " ",
    "nan",
    "NaN",
    "inf",
    "-inf",
    "-999",
    "999",
    "1e400",
    "1" + "0" * 5000,
    "0x10",
    "9999-W52",
    "9999-12-31",
    "0000",
    "0001-01-01",
    "2017-02-30",
    "2017-10-17",
    "2017-W42",
    "early October 2017",
    "since August 2014",
    "99999999 days ago",
    "in 10000 years",
    "2017-10-01/..",
    "POINT (40.9 34.4)",
    "POINT (nan 1)",
    "POINT (1e400 0)",
    "POINT (200 100)",
    "POINT EMPTY",
    "LINESTRING (0 0, 1 1)",
    "CIRCULARSTRING (0 0, 1 1, 2 0)",
    "CURVEPOLYGON (CIRCULARSTRING (0 0, 1 1, 2 0, 0 0))",
    NESTED_WKT,
    "POLYGON ((0 0, 1 0, 0 1))",
    "MULTIPOINT (",
    "GEOMETRYCOLLECTION (POINT (1 2)",
    '{"type": "Point", "coordinates": [1, 2]}',
    '{"type": "Point", "coordinates": "x"}',
    "{",
    "javascript:alert(1)",
    "http://example.org/a",
    "https://",
    "{{7*7}}",
    "${1+1}",
    '=HYPERLINK("x")',
    "\x00",
    "\x00" * 40,
    "\ud800",
    "a\udfffb",
    "\u202e",
    "\n",
    "\r\n",
    ";",
    "a;b|c",
    "[]",
    "SY",
    "sy",
    "capture",
    "airstrike",
    "planned",
    "town",
    "site",
    "Raqqa",
    "Abou Kamal",
]
SCALAR = st.one_of(
    st.sampled_from(SPECIAL),
    TEXT,
    st.integers(),
    st.integers(min_value=-(10**400), max_value=10**400),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
)
COORDINATES = st.lists(st.floats(allow_nan=True, allow_infinity=True) | st.integers(-1000, 1000), max_size=3)


def _geometry_dict() -> st.SearchStrategy:
    kinds = st.sampled_from(
        ["Point", "LineString", "Polygon", "MultiPoint", "GeometryCollection", "Curve", 7, None]
    )
    leaf = st.fixed_dictionaries(
        {"type": kinds, "coordinates": st.recursive(COORDINATES, st.lists, max_leaves=6)}
    )
    return st.recursive(
        leaf,
        lambda inner: st.fixed_dictionaries(
            {"type": st.just("GeometryCollection"), "geometries": st.lists(inner, max_size=3)}
        ),
        max_leaves=4,
    )


GEOMETRY = _geometry_dict()


def _nested(depth: int) -> list:
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


VALUE = st.one_of(
    SCALAR,
    GEOMETRY,
    st.recursive(
        SCALAR,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
        max_leaves=8,
    ),
    st.integers(60, 400).map(lambda depth: _nested(depth)),
)
FIELDS = [*sorted(KNOWN_FIELDS), "WKT", "x", "Title", "LAT", "src_extra"]
BASE = {"title": "Fine", "date": "2017-10-17", "latitude": 34.4, "longitude": 40.9}
RECORD = st.one_of(
    st.dictionaries(st.sampled_from(FIELDS) | TEXT, VALUE, max_size=8),
    st.dictionaries(st.sampled_from(FIELDS), VALUE, max_size=4).map(lambda extra: {**BASE, **extra}),
)
RECORDS = st.lists(RECORD, max_size=5)


def _mutated(data: bytes, rng: random.Random) -> bytes:
    """A valid document broken: bytes flipped, cut, repeated or removed."""
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not data:
            break
        at = rng.randrange(len(data))
        choice = rng.random()
        if choice < 0.4:
            data[at] = rng.randrange(256)
        elif choice < 0.6:
            del data[at:]
        elif choice < 0.8:
            data[at:at] = data[at : at + rng.randint(1, 40)] * rng.randint(1, 5)
        else:
            del data[at : at + rng.randint(1, 10)]
    return bytes(data)


MUTATION = st.one_of(st.none(), st.integers(0, 2**32))

# ---------------------------------------------------------------- what must hold


def _one_line(message: str, path: Path) -> None:
    assert "\n" not in message and "Traceback" not in message, message
    assert str(path) in message, message


def _writable(events) -> None:
    """What was read can be written again."""
    geojson.write(events, io.BytesIO())
    kml.write(events, io.StringIO())
    csvfile.write(events, io.StringIO())


def _check_read(path: Path, fmt: str | None = None) -> None:
    try:
        result = read_events(path, fmt=fmt)
    except GeoeventsError as error:
        _one_line(str(error), path)
        return
    for error in result.errors:
        assert isinstance(error, RowError)
        _one_line(str(error), path)
        assert f"row {error.row}" in str(error)
    _writable(result.events)


def _write(name: str, data: bytes | str, mutation: int | None = None) -> Path:
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if mutation is not None:
        raw = _mutated(raw, random.Random(mutation))
    path = WORK / name
    path.write_bytes(raw)
    return path


def _json_safe(value):
    return json.loads(json.dumps(value, default=str, allow_nan=True))


# ---------------------------------------------------------------- the readers


@FUZZ
@given(RECORDS, MUTATION, st.booleans())
def test_fuzz_json(records, mutation, wrapped):
    document = (
        {"source": {"name": "Agency", "url": "javascript:x"}, "events": records} if wrapped else records
    )
    _check_read(_write("events.json", json.dumps(document, default=str), mutation))


@FUZZ
@given(RECORDS, MUTATION, st.sampled_from(["", "&a ", "*a ", "!!binary ", "!!python/object "]))
def test_fuzz_yaml(records, mutation, decoration):
    import yaml

    try:
        text = yaml.safe_dump(_json_safe(records), allow_unicode=False)
    except RecursionError:  # PyYAML's writer cannot nest that deep: write the nesting by hand
        text = "- title: x\n  notes: " + "[" * 5000 + "]" * 5000 + "\n"
    if decoration:
        text = text.replace(": ", f": {decoration}", 1)
    _check_read(_write("events.yaml", text, mutation))


def _csv_text(records, delimiter=",") -> str:
    header = list(dict.fromkeys(str(k) for record in records for k in record)) or ["title"]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    for record in records:
        writer.writerow(
            [
                json.dumps(record[k], default=str)
                if isinstance(record.get(k), dict | list)
                else record.get(k, "")
                for k in header
            ]
        )
    return out.getvalue()


@FUZZ
@given(RECORDS, MUTATION)
def test_fuzz_csv(records, mutation):
    _check_read(_write("events.csv", _csv_text(records), mutation))


def _feature(record, properties_kind: int):
    geometry = record.get("geometry")
    properties = {k: v for k, v in record.items() if k != "geometry"}
    if properties_kind == 1:
        properties = list(properties.values())
    elif properties_kind == 2:
        properties = str(properties)
    return {
        "type": "Feature",
        "geometry": geometry if isinstance(geometry, dict) else None,
        "properties": properties,
    }


@FUZZ
@given(RECORDS, MUTATION, st.lists(st.integers(0, 6), min_size=5, max_size=5))
def test_fuzz_geojson(records, mutation, kinds):
    features = [_feature(r, k) for r, k in zip(records, kinds, strict=False)]
    document = {"type": "FeatureCollection", "features": features}
    _check_read(_write("events.geojson", json.dumps(document, default=str), mutation))


@FUZZ
@given(RECORDS, MUTATION, st.lists(st.integers(0, 6), min_size=5, max_size=5), st.booleans())
def test_fuzz_geojsonseq(records, mutation, kinds, rfc8142):
    lines = [json.dumps(_feature(r, k), default=str) for r, k in zip(records, kinds, strict=False)]
    prefix = "\x1e" if rfc8142 else ""
    _check_read(
        _write(
            "events.geojsons" if rfc8142 else "events.geojsonl",
            "".join(prefix + line + "\n" for line in lines),
            mutation,
        )
    )


@pytest.fixture(scope="module")
def base_gpkg(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("gpkg") / "events.json"
    source.write_text(json.dumps([BASE, {**BASE, "title": "Other", "id": "b"}]), encoding="utf-8")
    path = write_events(read_events(source).events, source.with_suffix(".gpkg"))
    with sqlite3.connect(path) as db:
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            db.execute(f'DROP TRIGGER "{name}"')
    return path


SQL_VALUE = st.one_of(
    st.text(ANY_CHAR, max_size=20).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.binary(max_size=20),
    st.text(max_size=20),
    st.sampled_from([s for s in SPECIAL if "\ud800" not in s and "\udfff" not in s]),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.none(),
)
GPKG_COLUMNS = [
    "title",
    "start",
    "end",
    "event_type",
    "status",
    "source_url",
    "geom",
    "candidates",
    "evidence",
    "resolution_score",
]


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(GPKG_COLUMNS), st.integers(1, 2), SQL_VALUE), max_size=4), MUTATION)
def test_fuzz_geopackage(base_gpkg, edits, mutation):
    path = WORK / "events.gpkg"
    shutil.copy(base_gpkg, path)
    with sqlite3.connect(path) as db:
        columns = {row[1] for row in db.execute("PRAGMA table_info(events)")}
        for column, fid, value in edits:
            if column in columns:
                db.execute(f'UPDATE events SET "{column}" = ? WHERE fid = ?', (value, fid))
    if mutation is not None:
        path.write_bytes(_mutated(path.read_bytes(), random.Random(mutation)))
    _check_read(path)


ARTICLE_PIECES = [
    "Syrian forces captured Abu Kamal on 9 November 2017, the army said. ",
    "Les forces irakiennes ont repris Mossoul le 10 juillet 2017. ",
    "on 9999-W52 ",
    "le 31 décembre 9999 ",
    "in 99999999 days ",
    "since the start of the fighting ",
    '<meta content="" ',
    '<meta property="og:url" content="javascript:x">',
    "<article>",
    "</article>",
    "<script>",
    "<!--",
    "[a](",
    "![x](y)",
    "\x00",
    "...",
    "; ",
    "«",
    "»",
    '"',
    "—",
    "\n\n",
    "---\npublished: 2017-02-30\n---\n",
    "---\nurl: javascript:alert(1)\n---\n",
    "ADEN (Reuters) - ",
    "\ud800",
]
ARTICLE = st.lists(st.one_of(st.sampled_from(ARTICLE_PIECES), TEXT), max_size=30).map("".join)


@FUZZ
@given(ARTICLE, st.sampled_from([".txt", ".md", ".html"]), MUTATION)
def test_fuzz_articles(gazetteer, text, kind, mutation):
    path = _write(f"article{kind}", text, mutation)
    try:
        extraction = extract_file(path, gazetteer=gazetteer)
    except GeoeventsError as error:
        _one_line(str(error), path)
        return
    for problem in extraction.problems:
        assert "\n" not in problem
    _writable(extraction.events)


GEONAMES_FIELD = st.one_of(
    st.sampled_from(
        [
            "",
            "0",
            "-1",
            "34.45",
            "40.91",
            "P",
            "PPL",
            "SY",
            "nan",
            "1e400",
            "99999999999999999999",
            "2020-01-01",
        ]
    ),
    TEXT,
)


@FUZZ
@given(st.lists(st.lists(GEONAMES_FIELD, min_size=0, max_size=22), max_size=5), st.booleans(), MUTATION)
def test_fuzz_gazetteer_import(rows, zipped, mutation):
    good = [
        "1",
        "Abu Kamal",
        "Abu Kamal",
        "Albu Kamal",
        "34.45",
        "40.91",
        "P",
        "PPL",
        "SY",
        "",
        "07",
        "",
        "",
        "",
        "57572",
        "",
        "176",
        "Asia/Damascus",
        "2020-01-01",
    ]
    text = "\n".join("\t".join(row) for row in [good, *rows]) + "\n"
    raw = text.encode("utf-8", "surrogatepass")
    if mutation is not None:
        raw = _mutated(raw, random.Random(mutation))
    if zipped:
        path = WORK / "SY.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("SY.txt", raw)
    else:
        path = WORK / "SY.txt"
        path.write_bytes(raw)
    output = WORK / "out.store"
    output.unlink(missing_ok=True)
    try:
        import_dumps([path], output)
    except GeoeventsError as error:
        assert "\n" not in str(error) and "Traceback" not in str(error)
        return
    store = GazetteerStore(output)
    for number in range(len(store)):
        store.entry(number, geometry=True)


def _source_table(columns: list[str], rows: list[list], delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([str(v) for v in row][: len(columns)] + [""] * (len(columns) - len(row)))
    return out.getvalue()


SOURCE_COLUMNS = {
    "acled": [
        "event_id_cnty",
        "event_date",
        "year",
        "time_precision",
        "event_type",
        "sub_event_type",
        "actor1",
        "country",
        "iso",
        "admin1",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "notes",
        "fatalities",
        "timestamp",
    ],
    "ucdp": [
        "id",
        "relid",
        "year",
        "type_of_violence",
        "side_a",
        "side_b",
        "where_coordinates",
        "where_prec",
        "latitude",
        "longitude",
        "country",
        "date_prec",
        "date_start",
        "date_end",
        "best",
        "source_article",
    ],
    "gdelt": [
        "GLOBALEVENTID",
        "SQLDATE",
        "EventCode",
        "EventRootCode",
        "Actor1Name",
        "ActionGeo_Type",
        "ActionGeo_FullName",
        "ActionGeo_CountryCode",
        "ActionGeo_Lat",
        "ActionGeo_Long",
        "GoldsteinScale",
        "AvgTone",
        "SOURCEURL",
    ],
    "liveuamap": ["id", "name", "lat", "lng", "time", "source", "link", "cat_id", "location"],
}


@FUZZ
@given(
    st.sampled_from(sorted(SOURCE_COLUMNS)),
    st.lists(st.lists(SCALAR, max_size=18), max_size=4),
    MUTATION,
    st.booleans(),
)
def test_fuzz_data_sets(name, rows, mutation, forced):
    columns = SOURCE_COLUMNS[name]
    delimiter = "\t" if name == "gdelt" else ","
    path = _write(
        "dataset.tsv" if name == "gdelt" else "dataset.csv", _source_table(columns, rows, delimiter), mutation
    )
    _check_read(path, fmt=name if forced else None)


# ---------------------------------------------------------------- the command line


@settings(
    max_examples=CLI_CASES,
    deadline=None,
    database=None,
    derandomize=CASES == QUICK,
    suppress_health_check=list(HealthCheck),
)
@given(RECORDS, st.sampled_from(["export", "map"]), st.sampled_from([".json", ".yaml", ".csv", ".geojson"]))
def test_fuzz_cli(gazetteer, records, command, suffix):
    if suffix == ".csv":
        source = _write("cli.csv", _csv_text(records))
    elif suffix == ".geojson":
        source = _write(
            "cli.geojson",
            json.dumps(
                {"type": "FeatureCollection", "features": [_feature(r, 0) for r in records]}, default=str
            ),
        )
    elif suffix == ".yaml":
        import yaml

        try:
            source = _write("cli.yaml", yaml.safe_dump(_json_safe(records)))
        except RecursionError:
            source = _write("cli.yaml", "[" * 5000 + "]" * 5000)
    else:
        source = _write("cli.json", json.dumps(records, default=str))
    output = WORK / ("cli.html" if command == "map" else "cli.geojson.out.geojson")
    done = subprocess.run(
        [sys.executable, "-m", "geoevents", command, str(source), "-o", str(output), "--force"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode in (0, 1, 2), (done.returncode, done.stderr[-2000:])
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    for line in done.stderr.splitlines():
        assert line.startswith(("geoevents:", "usage:")) or not line.strip(), line
