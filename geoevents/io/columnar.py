"""A columnar fast path for big ACLED tables: CSV to GeoJSON or GeoParquet without building one
:class:`~geoevents.model.Event` per row.

The table is read by Arrow's multithreaded CSV reader, every column as text. Each output field
is then computed the way :mod:`geoevents.io.acled` computes it, but once per *distinct*
combination of the columns it depends on (a date and its ``time_precision`` give ``start``,
``end``, ``date_precision``...; an event type and sub-event type give our type), and spread to
the rows by index; text copied from a column (ids, notes, places) stays in Arrow and is
JSON-escaped there. GeoJSON features are assembled by Arrow's element-wise string join, chunk by
chunk; GeoParquet gets the typed columns. The output holds the same features and properties as
the event-by-event writers (``tests/io/test_columnar.py`` compares them).

Anything the fast path does not handle the same way (a bad coordinate or date, a blank id, a
control character in a text) makes :func:`export_acled` return ``None``: the caller then takes
the ordinary path, which reads and reports row by row.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import numpy as np
import orjson
import shapely

from ..errors import RowError
from ..model import AttributeValue, EventStatus, GeoPrecision
from . import acled
from .fields import FIELDS, FieldType, _value_type, export_name
from .geojson import PRECISION, _round
from .sources import SOURCE_GAZETTEER_ID, RowContext
from .tables import DayOrder, iso_day_or_text, sniff_separator

CHUNK = 65_536
_UNIT = "\x1f"  # joins the columns of a combined key (refused in the data)
_CONTROL = r"[\x00-\x08\x0b\x0c\x0e-\x1f]"


class Unsupported(Exception):
    """The table needs the ordinary, row-by-row path."""


@dataclass
class OutputColumn:
    """One output field: its export name, type, and values as an Arrow array (typed) and as
    JSON fragments (an Arrow string array, ``null`` text where there is no value)."""

    name: str
    kind: FieldType
    values: Any  # pyarrow.Array
    json: Any  # pyarrow.StringArray


def _arrow():
    import pyarrow
    import pyarrow.compute
    import pyarrow.csv

    return pyarrow


def _arrow_type(pa, kind: FieldType):
    return {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
        "datetime": pa.timestamp("ms", tz="UTC"),
    }[kind]


def _dumps(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return '"' + value.strftime("%Y-%m-%dT%H:%M:%SZ") + '"'
    return orjson.dumps(value).decode("utf-8")


def _from_distinct(pa, name: str, kind: FieldType, distinct: list[Any], index) -> OutputColumn:
    """A column from its distinct values and each row's index into them."""
    typed = pa.array(distinct, type=_arrow_type(pa, kind))
    fragments = pa.array([_dumps(v) for v in distinct], type=pa.string())
    return OutputColumn(name, kind, typed.take(index), fragments.take(index))


def _constant(pa, name: str, kind: FieldType, value: Any, rows: int) -> OutputColumn:
    return _from_distinct(pa, name, kind, [value], pa.array(np.zeros(rows, dtype=np.int32)))


def _json_text(pa, strings):
    """Arrow strings as JSON string literals, escaped as orjson escapes them (nulls stay null)."""
    pc = pa.compute
    if pc.any(pc.match_substring_regex(strings, _CONTROL)).as_py():
        raise Unsupported("control characters")
    escaped = strings
    for raw, code in (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t")):
        if pc.any(pc.match_substring(escaped, raw)).as_py():  # most columns need none of these
            escaped = pc.replace_substring(escaped, raw, code)
    return pc.binary_join_element_wise('"', escaped, '"', "")


def _text_column(pa, name: str, strings, *, blank_as: str | None) -> OutputColumn:
    """A column copied from text (stripped); blank cells become ``blank_as``."""
    pc = pa.compute
    trimmed = pc.utf8_trim_whitespace(strings)
    blank = pc.equal(pc.utf8_length(trimmed), 0)
    values = pc.if_else(blank, pa.scalar(blank_as, pa.string()), trimmed)
    return OutputColumn(name, "str", values, pc.fill_null(_json_text(pa, values), "null"))


def _distinct(pa, columns: Sequence[Any]) -> tuple[list[tuple[str, ...]], Any]:
    """The distinct combinations of some text columns and each row's index into them."""
    pc = pa.compute
    if len(columns) == 1:
        key = columns[0]
    else:
        for column in columns:
            if pc.any(pc.match_substring(column, _UNIT)).as_py():
                raise Unsupported("unit separator in the data")
        key = pc.binary_join_element_wise(*columns, _UNIT)
    encoded = (
        pc.dictionary_encode(key).combine_chunks() if hasattr(key, "chunks") else pc.dictionary_encode(key)
    )
    combos = [
        tuple(str(v).split(_UNIT)) if len(columns) > 1 else (str(v),) for v in encoded.dictionary.to_pylist()
    ]
    return combos, encoded.indices


def _derived(
    pa, table, names: Sequence[str], compute: Callable[[dict[str, str]], tuple[Any, ...]], outputs
) -> list[OutputColumn]:
    """Output columns computed from ``names`` once per distinct combination of their values.

    ``compute`` takes a row mapping and returns one value per output ``(name, kind)``.
    """
    combos, index = _distinct(pa, [table.column(n) for n in names])
    results = [compute(dict(zip(names, combo, strict=True))) for combo in combos]
    return [
        _from_distinct(pa, name, kind, [r[i] for r in results], index)
        for i, (name, kind) in enumerate(outputs)
    ]


def _when(row: dict[str, str]) -> tuple[Any, ...]:
    try:
        span = acled.timespan(row, RowContext("", 0, DayOrder.UNKNOWN))
    except RowError as exc:
        raise Unsupported(str(exc)) from None
    end = span.end
    return (
        span.start,
        end,
        dt.datetime.combine(span.start, dt.time(0), dt.UTC),
        dt.datetime.combine(end, dt.time(23, 59, 59), dt.UTC) if end else None,
        span.precision.value,
        span.text,
        span.precision.ucdp_date_prec,
    )


def _place(row: dict[str, str]) -> tuple[Any, ...]:
    raw = row["geo_precision"].strip()
    try:
        code = int(float(raw)) if raw else 1
    except ValueError:
        raise Unsupported(f"geo_precision {raw!r}") from None
    precision = acled.GEO_PRECISION.get(code, GeoPrecision.PROVINCE)
    approximate = precision not in (GeoPrecision.SITE, GeoPrecision.TOWN)
    return (
        precision.value,
        approximate,
        precision.ucdp_where_prec,
        f"ACLED coordinates (geo_precision {code})",
    )


def _coordinates(pa, table) -> tuple[np.ndarray, np.ndarray]:
    pc = pa.compute
    out = []
    for name, low, high in (("longitude", -180, 180), ("latitude", -90, 90)):
        text = pc.replace_substring(pc.utf8_trim_whitespace(table.column(name)), ",", ".")
        try:
            values = pc.cast(text, pa.float64()).to_numpy(zero_copy_only=False)
        except pa.ArrowInvalid:
            raise Unsupported(f"{name} not a number") from None
        if np.isnan(values).any() or (values < low).any() or (values > high).any():
            raise Unsupported(f"{name} out of range")
        out.append(values)
    return out[0], out[1]


_WHOLE_NUMBER = r"^-?[0-9]{1,18}$"


def _cells(pa, table, name: str):
    """A column's cells, stripped, blank as null."""
    pc = pa.compute
    cells = pc.utf8_trim_whitespace(table.column(name).combine_chunks())
    return pc.if_else(pc.equal(cells, ""), pa.scalar(None, pa.string()), cells)


def _whole_numbers(pa, cells) -> bool:
    return pa.compute.all(
        pa.compute.fill_null(pa.compute.match_substring_regex(cells, _WHOLE_NUMBER), True)
    ).as_py()


def _converted(pa, name: str, cells) -> tuple[list[AttributeValue], Any]:
    """The distinct values of a pass-through column as :mod:`.acled` types them, and the index."""
    convert = acled.TYPED.get(name, iso_day_or_text)
    combos, index = _distinct(pa, [pa.compute.fill_null(cells, "")])
    return [convert(c[0]) if c[0] else None for c in combos], index


def attribute_kind(pa, table, name: str) -> FieldType:
    """The type the event-by-event writers give a pass-through column (over the whole table)."""
    cells = _cells(pa, table, name)
    if cells.null_count == len(cells):
        return "str"
    if name in acled.TYPED and _whole_numbers(pa, cells):
        return "int"
    return _value_type(_converted(pa, name, cells)[0])


def _attribute(pa, table, name: str, kind: FieldType) -> OutputColumn:
    """A pass-through column typed ``kind``; its JSON holds each value as the event has it."""
    pc = pa.compute
    cells = _cells(pa, table, name)
    if kind == "int" and name in acled.TYPED and _whole_numbers(pa, cells):
        numbers = pc.cast(cells, pa.int64())  # what int(text) gives, for every cell
        return OutputColumn(
            export_name(name), "int", numbers, pc.fill_null(pc.cast(numbers, pa.string()), "null")
        )
    distinct, index = _converted(pa, name, cells)
    typed: list[Any] = [None if v is None else str(v) for v in distinct] if kind == "str" else list(distinct)
    if kind == "float":
        typed = [None if v is None else float(v) for v in typed]  # numbers a float column holds
    try:
        values = pa.array(typed, type=_arrow_type(pa, kind))
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        raise Unsupported(f"column {name} changes type") from None
    fragments = pa.array([_dumps(v) for v in distinct], type=pa.string())
    return OutputColumn(export_name(name), kind, values.take(index), fragments.take(index))


def _trimmed(pa, table, name: str):
    return pa.compute.utf8_trim_whitespace(table.column(name).combine_chunks())


def _titles(pa, table) -> OutputColumn:
    """:func:`acled.title` in Arrow: "Battles: A vs B, Hajin" (blank parts left out)."""
    pc = pa.compute
    kind = _trimmed(pa, table, "event_type")
    kind = pc.if_else(pc.equal(kind, ""), "Event", kind)
    first, second = _trimmed(pa, table, "actor1"), _trimmed(pa, table, "actor2")
    has_first, has_second = pc.not_equal(first, ""), pc.not_equal(second, "")
    both = pc.binary_join_element_wise(first, " vs ", second, "")
    sides = pc.if_else(pc.and_(has_first, has_second), both, pc.if_else(has_first, first, second))
    what = pc.if_else(pc.not_equal(sides, ""), pc.binary_join_element_wise(kind, ": ", sides, ""), kind)
    where = _trimmed(pa, table, "location")
    title = pc.if_else(pc.not_equal(where, ""), pc.binary_join_element_wise(what, ", ", where, ""), what)
    return OutputColumn("title", "str", title, _json_text(pa, title))


def _actors(pa, table) -> OutputColumn:
    """:func:`acled.actors` in Arrow for rows whose four actor cells are distinct single names;
    the other rows (``;``-separated associated actors, repeated names) in Python, once per
    distinct combination."""
    pc = pa.compute
    names = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")
    parts = [_trimmed(pa, table, n) for n in names]
    joined = _join_present(pa, parts, "; ")
    complex_rows = pc.or_(pc.match_substring(parts[1], ";"), pc.match_substring(parts[3], ";"))
    for i in range(4):
        for j in range(i + 1, 4):
            same = pc.and_(pc.not_equal(parts[i], ""), pc.equal(parts[i], parts[j]))
            complex_rows = pc.or_(complex_rows, same)
    if pc.any(complex_rows).as_py():
        chosen = table.filter(complex_rows)
        combos, index = _distinct(pa, [chosen.column(n).combine_chunks() for n in names])
        distinct = ["; ".join(acled.actors(dict(zip(names, c, strict=True)))) for c in combos]
        values = pa.array(distinct, type=pa.string()).take(index)
        positions = np.flatnonzero(complex_rows.to_numpy(zero_copy_only=False))
        joined = _replace_rows(pa, joined, positions, values)
    return OutputColumn("actors", "str", joined, _json_text(pa, joined))


def _join_present(pa, parts, separator: str):
    """Element-wise join that leaves blank parts out (as ``"; ".join(non-blank)``)."""
    pc = pa.compute
    out = parts[0]
    for part in parts[1:]:
        both = pc.and_(pc.not_equal(out, ""), pc.not_equal(part, ""))
        out = pc.if_else(
            both,
            pc.binary_join_element_wise(out, separator, part, ""),
            pc.if_else(pc.equal(out, ""), part, out),
        )
    return out


def _replace_rows(pa, values, positions: np.ndarray, replacements):
    """``values`` with the rows at ``positions`` replaced by ``replacements`` (in order)."""
    index = np.arange(len(values), dtype=np.int64)
    index[positions] = len(values) + np.arange(len(positions))
    return pa.concat_arrays([values, replacements]).take(pa.array(index))


def acled_columns(table, kinds: dict[str, FieldType] | None = None) -> list[OutputColumn]:
    """Every output column of an ACLED table (or a slice of one, with the attribute ``kinds``
    of the whole table), in the order the writers put them."""
    pa = _arrow()
    rows = table.num_rows
    passed = [n for n in table.column_names if n not in acled.CONSUMED]
    if kinds is None:
        check_ids(pa, table)
        kinds = {n: attribute_kind(pa, table, n) for n in passed}
    ids = _text_column(pa, "id", table.column("event_id_cnty"), blank_as=None)
    location = _text_column(pa, "place_text", table.column("location"), blank_as=None)
    if location.values.null_count:
        raise Unsupported("blank locations")
    by_name: dict[str, OutputColumn] = {"id": ids, "place_text": location}
    by_name["place_name"] = OutputColumn("place_name", "str", location.values, location.json)
    by_name["description"] = _text_column(pa, "description", table.column("notes"), blank_as="")
    admin1 = _text_column(pa, "admin1", table.column("admin1"), blank_as=None)
    by_name["admin1"] = admin1
    by_name["source_name"] = _text_column(pa, "source_name", table.column("source"), blank_as=None)
    lon, lat = _coordinates(pa, table)
    for name, values in (("latitude", lat), ("longitude", lon)):
        rounded = np.round(values, PRECISION) + 0.0
        fragments = pa.array([orjson.dumps(v).decode("ascii") for v in rounded.tolist()], type=pa.string())
        by_name[name] = OutputColumn(name, "float", pa.array(rounded), fragments)
    by_name["title"] = _titles(pa, table)
    by_name["actors"] = _actors(pa, table)
    derived = [
        (("event_type", "sub_event_type"), lambda r: (acled.event_type(r).value,), [("event_type", "str")]),
        (
            ("event_date", "time_precision"),
            _when,
            [
                ("start", "date"),
                ("end", "date"),
                ("start_time", "datetime"),
                ("end_time", "datetime"),
                ("date_precision", "str"),
                ("date_text", "str"),
                ("ucdp_date_prec", "int"),
            ],
        ),
        (
            ("geo_precision",),
            _place,
            [
                ("geo_precision", "str"),
                ("geo_approximate", "bool"),
                ("ucdp_where_prec", "int"),
                ("resolution_reason", "str"),
            ],
        ),
    ]
    for names, compute, outputs in derived:
        for column in _derived(pa, table, names, compute, outputs):
            by_name[column.name] = column
    constants = {
        "status": EventStatus.HAPPENED.value,
        "place_country": None,
        "gazetteer_id": SOURCE_GAZETTEER_ID,
        "feature_class": "point",
        "resolved_country": None,
        "resolution_score": 1.0,
        "candidates": None,
        "source_url": None,
        "source_published": None,
        "notes": "",
        "evidence": None,
    }
    field_kinds = {f.name: f.type for f in FIELDS}
    for name, value in constants.items():
        by_name[name] = _constant(pa, name, field_kinds[name], value, rows)
    columns = [by_name[f.name] for f in FIELDS]
    return columns + [_attribute(pa, table, n, kinds[n]) for n in passed]


def check_ids(pa, table) -> None:
    """Every row has an id and no two the same (else the ordinary path reports them)."""
    ids = pa.compute.utf8_trim_whitespace(table.column("event_id_cnty").combine_chunks())
    if pa.compute.any(pa.compute.equal(ids, "")).as_py():
        raise Unsupported("blank ids")
    if len(pa.compute.unique(ids)) != len(ids):
        raise Unsupported("duplicate ids")


def read_acled_table(path: Path):
    """The CSV as an Arrow table of text columns, or ``None`` when it is no ACLED CSV."""
    pa = _arrow()
    with path.open(encoding="utf-8-sig", newline="") as handle:
        first = handle.readline()
    separator = sniff_separator(first.rstrip("\r\n"))
    names = [n.strip() for n in next(csv.reader([first], delimiter=separator))]
    if not acled.FORMAT.matches(names) or len(set(names)) != len(names):
        return None
    if separator == ";":
        return None  # day-first dates and decimal commas: the ordinary path reads them
    with path.open("rb") as raw:
        if raw.read(3) == b"\xef\xbb\xbf":
            return None  # a BOM: leave it to the ordinary reader
    options = pa.csv.ReadOptions(use_threads=True, block_size=1 << 22, column_names=names, skip_rows=1)
    convert = pa.csv.ConvertOptions(
        column_types={n: pa.string() for n in names},
        strings_can_be_null=False,
        quoted_strings_can_be_null=False,
    )
    for newlines in (False, True):  # cells holding new lines need the slower, careful parser
        parse = pa.csv.ParseOptions(delimiter=separator, newlines_in_values=newlines)
        try:
            table = pa.csv.read_csv(
                str(path), read_options=options, parse_options=parse, convert_options=convert
            )
        except (pa.ArrowInvalid, OSError):
            continue
        return table.combine_chunks()
    return None


def _string_bytes(strings) -> memoryview:
    """The bytes of an Arrow string array without nulls, all values one after the other."""
    if hasattr(strings, "num_chunks"):  # a ChunkedArray: one chunk is taken as it is, not copied
        strings = strings.chunk(0) if strings.num_chunks == 1 else strings.combine_chunks()
    offsets = np.frombuffer(
        strings.buffers()[1], dtype=np.int32, count=len(strings) + 1, offset=strings.offset * 4
    )
    return memoryview(strings.buffers()[2])[int(offsets[0]) : int(offsets[-1])]


def _slices(table, kinds: dict[str, FieldType]):
    """``(offset, output columns)`` for each slice of :data:`CHUNK` rows."""
    for offset in range(0, table.num_rows, CHUNK):
        yield offset, acled_columns(table.slice(offset, CHUNK), kinds)


def write_geojson(table, kinds, lon: np.ndarray, lat: np.ndarray, handle: IO[bytes]) -> None:
    """The FeatureCollection as :func:`geoevents.io.geojson.write` lays it out, slice by slice."""
    pa = _arrow()
    pc = pa.compute
    head: dict[str, Any] = {"type": "FeatureCollection"}
    if len(lon):
        head["bbox"] = _round([float(lon.min()), float(lat.min()), float(lon.max()), float(lat.max())])
    handle.write(orjson.dumps(head)[:-1] + b',"features":[\n')
    xs = np.round(lon, PRECISION) + 0.0
    ys = np.round(lat, PRECISION) + 0.0
    for offset, columns in _slices(table, kinds):
        count = len(columns[0].json)
        coords = [
            orjson.dumps([x, y]).decode("ascii")
            for x, y in zip(
                xs[offset : offset + count].tolist(), ys[offset : offset + count].tolist(), strict=True
            )
        ]
        prefix = pa.array(["", *[",\n"] * (count - 1)]) if offset == 0 else ",\n"
        parts: list[Any] = [prefix, '{"type":"Feature","geometry":{"type":"Point","coordinates":']
        parts += [pa.array(coords, type=pa.string()), '},"properties":{']
        for number, column in enumerate(columns):
            parts += [("," if number else "") + json.dumps(column.name) + ":", column.json]
        parts.append("}}\n")  # each feature "\n"-ended, the next one ",\n"-led, as the GeoJSON writer does
        handle.write(_string_bytes(pc.binary_join_element_wise(*parts, "")))
    handle.write(b"\n]}\n" if len(lon) else b"]}\n")


def write_geoparquet(table, kinds, lon: np.ndarray, lat: np.ndarray, path: Path) -> None:
    """The typed columns and WKB points as GeoParquet (one row group per slice), with the
    schema and metadata :mod:`geoevents.io.parquet` gives them."""
    pa = _arrow()
    import pyarrow.parquet as pq

    from .parquet import GEOMETRY

    metadata = {b"geo": json.dumps(_points_metadata(lon, lat), separators=(",", ":")).encode()}
    writer = None
    try:
        for offset, columns in _slices(table, kinds):
            count = len(columns[0].json)
            points = shapely.points(lon[offset : offset + count], lat[offset : offset + count])
            fields = [pa.field(c.name, _parquet_type(pa, c)) for c in columns] + [
                pa.field(GEOMETRY, pa.binary())
            ]
            schema = pa.schema(fields, metadata=metadata)
            arrays = [c.values.cast(_parquet_type(pa, c)) for c in columns]
            arrays.append(pa.array(shapely.to_wkb(points).tolist(), type=pa.binary()))
            if writer is None:
                writer = pq.ParquetWriter(str(path), schema, compression="zstd")
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
    finally:
        if writer is not None:
            writer.close()


def _points_metadata(lon: np.ndarray, lat: np.ndarray) -> dict[str, Any]:
    from .parquet import _GEOPARQUET_VERSION, GEOMETRY

    column: dict[str, Any] = {"encoding": "WKB", "geometry_types": ["Point"] if len(lon) else []}
    if len(lon):
        column["bbox"] = _round([float(lon.min()), float(lat.min()), float(lon.max()), float(lat.max())])
    return {"version": _GEOPARQUET_VERSION, "primary_column": GEOMETRY, "columns": {GEOMETRY: column}}


def _parquet_type(pa, column: OutputColumn):
    # the event-by-event writer stores our integer fields as int32, attributes as int64
    if column.kind == "int" and column.name in _FIELD_NAMES:
        return pa.int32()
    return _arrow_type(pa, column.kind)


_FIELD_NAMES = frozenset(f.name for f in FIELDS)


def export_acled(source: Path, target: Path) -> int | None:
    """Export an ACLED CSV to GeoJSON (``.geojson``) or GeoParquet (``.parquet``) at ``target``
    (a temporary path the caller moves into place); the number of events, or ``None`` when the
    table needs the ordinary path (nothing is written then)."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:  # pragma: no cover - depends on the installed extras
        return None
    table = read_acled_table(source)
    if table is None or table.num_rows == 0:
        return None
    pa = _arrow()
    try:
        lon, lat = _coordinates(pa, table)
        check_ids(pa, table)
        kinds = {n: attribute_kind(pa, table, n) for n in table.column_names if n not in acled.CONSUMED}
        if target.suffix.lower() in (".parquet", ".geoparquet"):
            write_geoparquet(table, kinds, lon, lat, target)
        else:
            with target.open("wb") as handle:
                write_geojson(table, kinds, lon, lat, handle)
    except Unsupported:
        return None  # the partial file is the caller's temporary one: it is removed
    return table.num_rows
