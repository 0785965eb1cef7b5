"""The briefing map of a big ACLED table without one :class:`~geoevents.model.Event` per row.

The table is read and its fields computed as :mod:`geoevents.io.columnar` computes them for
the exports (once per distinct combination of the columns a field depends on, spread to the
rows by index); the rows are put in the page's order (start, end, id) by Arrow, and the
fields handed to :func:`~geoevents.render.briefing.compress_columns` as plain lists. The page
is the one :func:`~geoevents.render.briefing.render_briefing` writes for the same events, byte
for byte (``tests/test_briefing_columnar.py``). A table the fast path does not take (see
:func:`geoevents.io.columnar.export_acled`) gives ``None``: the caller reads it event by event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..io import acled
from ..io.columnar import (
    CHUNK,
    Unsupported,
    _arrow,
    _cells,
    _converted,
    _coordinates,
    _derived,
    _json_text,
    _place,
    _string_bytes,
    _text_column,
    _titles,
    _when,
    check_ids,
    read_acled_table,
)
from ..model import EventStatus, EventType, GeoPrecision
from .briefing import (
    _EXACT_POINT_PRECISIONS,
    MAIN_EVENT_MAX_DAYS,
    POINT,
    POINT_DECIMALS,
    UNCERTAINTY_RADIUS_M,
    JsonText,
    PageSummary,
    _attribute_json,
    script_json,
)

LANGUAGE_SAMPLE = 2000  # rows whose title and description tell the page's language (as the map command)


@dataclass
class TablePage:
    """A table's fields for the page, its summary, and the text its language is told from."""

    rows: TableRows
    summary: PageSummary
    sample_text: str


class ArrowJsonList(JsonText):
    """A column of text as a JSON list, escaped in Arrow (:func:`geoevents.io.columnar._json_text`)
    and made script-safe as :func:`~geoevents.render.briefing.script_json` makes it; with
    ``plain``, ``{"c": value}`` when every row has the same value (:func:`plain_column`)."""

    def __init__(self, strings, *, plain: bool = False) -> None:
        self.strings = strings
        self.plain = plain

    def json_pieces(self) -> Iterator[bytes]:
        """The list's JSON, a slice of rows at a time."""
        pa = _arrow()
        pc = pa.compute
        if self.plain and pc.count_distinct(self.strings).as_py() == 1:
            yield script_json({"c": self.strings[0].as_py()}).encode("utf-8")
            return
        fragments = _json_text(pa, self.strings)
        for raw, code in _SCRIPT_ESCAPES:
            if pc.any(pc.match_substring(fragments, raw)).as_py():
                fragments = pc.replace_substring(fragments, raw, code)
        yield b"["
        for offset in range(0, len(fragments), CHUNK):
            part = fragments.slice(offset, CHUNK)
            joined = bytes(_string_bytes(pc.binary_join_element_wise(part, ",", "")))
            yield joined[:-1] if offset + CHUNK >= len(fragments) else joined
        yield b"]"


_SCRIPT_ESCAPES = (
    ("&", "\\u0026"),
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


class Precomputed(JsonText):
    """A column already compressed (a few distinct values, or a constant)."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def json_pieces(self) -> Iterator[bytes]:
        """The value's JSON."""
        yield script_json(self.value).encode("utf-8")


def _first_use(values: list[Any], index: np.ndarray, key) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For the rows ``[values[i] for i in index]``: each row's key number, the key numbers in
    order of first use, and the row where each is first used."""
    numbers: dict[Any, int] = {}
    ids = np.array([numbers.setdefault(key(v), len(numbers)) for v in values], dtype=np.int64)
    rows = ids[index]
    unique, first = np.unique(rows, return_index=True)
    by_use = np.argsort(first, kind="stable")
    return rows, unique[by_use], first[by_use]


def compressed(values: list[Any], index: np.ndarray, how: str) -> Any:
    """What :func:`dictionary_column` (``how="dictionary"``), :func:`plain_column` (``"plain"``)
    or :func:`_compact_column` (``"compact"``) gives for ``[values[i] for i in index]``, computed
    on the index (the distinct values are few, the rows many)."""
    key = (lambda v: (type(v).__name__, v)) if how != "dictionary" else (lambda v: v)
    rows, used, first = _first_use(values, index, key)
    count = len(used)
    if how != "dictionary" and count == 1:
        return {"c": values[int(index[0])]}
    if how == "plain" or (count > 1 and 2 * count > len(rows)):
        return [values[i] for i in index.tolist()]
    if count == 1:
        return {"v": [values[int(index[0])]], "i": 0}
    rank = np.empty(int(rows.max()) + 1, dtype=np.int64)
    rank[used] = np.arange(count)
    return {"v": [values[int(index[f])] for f in first.tolist()], "i": rank[rows].tolist()}


class AttributeBlock(JsonText):
    """The pass-through attributes' JSON (``{"names": ..., "values": ...}``), one column at a time."""

    def __init__(self, pa, table, order) -> None:
        self.pa, self.table, self.order = pa, table, order
        self.names = [n for n in table.column_names if n not in acled.CONSUMED]

    def json_pieces(self) -> Iterator[bytes]:
        """Names, then each column compressed as :func:`_compact_column` compresses it."""
        yield ('{"names":' + script_json(self.names) + ',"values":[').encode("utf-8")
        for number, name in enumerate(self.names):
            distinct, index = _converted(self.pa, name, _cells(self.pa, self.table, name))
            values = [_attribute_json(v) for v in distinct]
            column = compressed(values, index.take(self.order).to_numpy(), "compact")
            yield (("," if number else "") + script_json(column)).encode("utf-8")
        yield b"]}"


def acled_page(source: Path) -> TablePage | None:
    """The briefing fields of an ACLED CSV, or ``None`` when it needs the event-by-event path."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:  # pragma: no cover - depends on the installed extras
        return None
    if source.suffix.lower() != ".csv" or not source.is_file():
        return None
    table = read_acled_table(source)
    if table is None or table.num_rows == 0:
        return None
    try:
        return _page(table)
    except Unsupported:
        return None


def _spread(values: list[Any], index, order) -> list[Any]:
    """``values[index[row]]`` for each row in ``order``."""
    return [values[i] for i in index.take(order).to_pylist()]


def _span(starts: np.ndarray, ends: np.ndarray) -> tuple[dt.date, dt.date]:
    epoch = dt.date(1970, 1, 1)
    main = (ends - starts) <= MAIN_EVENT_MAX_DAYS
    if main.any():
        starts, ends = starts[main], ends[main]
    return epoch + dt.timedelta(int(starts.min())), epoch + dt.timedelta(int(ends.max()))


def _radius(precision: str, approximate: bool) -> int:
    level = GeoPrecision(precision)
    return UNCERTAINTY_RADIUS_M[level] if approximate or level not in _EXACT_POINT_PRECISIONS else 0


def _rounded(values: np.ndarray) -> list[float]:
    out = []
    for value in values.tolist():
        value = round(value, POINT_DECIMALS)
        out.append(0 if value == 0 else value)
    return out


class TableRows:
    """The page's fields of an ACLED table in page order (:class:`RowColumns`' names), each list
    made when it is asked for, so that only one is in memory at a time."""

    def __init__(self, pa, table, order, derived: dict[str, Any], first: int) -> None:
        self.pa, self.table, self.order, self.rows = pa, table, order, table.num_rows
        self._derived, self._first = derived, first
        self._positions = order.to_numpy()

    def _dictionary(self, name: str) -> Precomputed:
        values = self._derived.pop(name)
        if hasattr(values, "combine_chunks"):
            values = values.combine_chunks()
        encoded = self.pa.compute.dictionary_encode(values)
        index = encoded.indices.take(self.order).to_numpy()
        return Precomputed(compressed(encoded.dictionary.to_pylist(), index, "dictionary"))

    def _days(self, name: str) -> list[int]:
        days = self.pa.compute.cast(self._derived[name].take(self.order), self.pa.int32())
        return (days.to_numpy(zero_copy_only=False) - self._first).tolist()

    def __getattr__(self, name: str) -> Any:
        constants = {
            "status": EventStatus.HAPPENED.value,
            "open": 0,
            "score": 1.0,
            "notes": "",
            "url": "",
            "url_tail": "",
            "published": "",
            "kind": POINT,
            "label_lon": 0,
            "label_lat": 0,
            "shape": -1,
        }
        if name in constants:
            if name in ("status", "url", "published"):  # dictionary columns (dictionary_column)
                return Precomputed({"v": [constants[name]], "i": 0})
            return Precomputed({"c": constants[name]})
        if name in ("id", "title", "description"):
            return ArrowJsonList(self._derived.pop(name).take(self.order), plain=name == "description")
        if name in ("start", "end"):
            return self._days(name)
        if name in ("geo_precision", "approximate", "radius"):
            return _place_fields(self.pa, self.table, self.order)[name]
        if name in ("lon", "lat"):
            return _rounded(self._derived.pop(name)[self._positions])
        if name == "actors":
            return _actors(self.pa, self.table, self.order)
        if name == "attribute_values":
            return AttributeBlock(self.pa, self.table, self.order)
        if name == "shapes":
            return []
        if name in self._derived:
            return self._dictionary(name)
        raise AttributeError(name)


def _page(table) -> TablePage:
    pa = _arrow()
    pc = pa.compute
    check_ids(pa, table)
    lon, lat = _coordinates(pa, table)
    ids = _text_column(pa, "id", table.column("event_id_cnty"), blank_as=None).values
    location = _text_column(pa, "place_text", table.column("location"), blank_as=None).values
    if location.null_count:
        raise Unsupported("blank locations")
    titles = _titles(pa, table).values
    notes = _text_column(pa, "description", table.column("notes"), blank_as="").values
    sources = _text_column(pa, "source_name", table.column("source"), blank_as="").values
    kind, *_ = _derived(
        pa, table, ("event_type", "sub_event_type"), lambda r: (acled.event_type(r).value,), [("type", "str")]
    )
    start, end, _, _, precision, date_text, _ = _derived(
        pa,
        table,
        ("event_date", "time_precision"),
        _when,
        [
            ("start", "date"),
            ("end", "date"),
            ("start_time", "datetime"),
            ("end_time", "datetime"),
            ("precision", "str"),
            ("text", "str"),
            ("ucdp", "int"),
        ],
    )
    order = pc.sort_indices(
        pa.table({"start": start.values, "end": end.values, "id": ids}),
        sort_keys=[("start", "ascending"), ("end", "ascending"), ("id", "ascending")],
    )
    starts = pc.cast(start.values, pa.int32()).to_numpy(zero_copy_only=False)
    ends = pc.cast(end.values, pa.int32()).to_numpy(zero_copy_only=False)
    epoch = dt.date(1970, 1, 1)
    first, last = int(starts.min()), int(ends.max())
    sample = zip(titles[:LANGUAGE_SAMPLE].to_pylist(), notes[:LANGUAGE_SAMPLE].to_pylist(), strict=True)
    summary = PageSummary(
        count=table.num_rows,
        period=(epoch + dt.timedelta(first), epoch + dt.timedelta(last)),
        main_span=_span(starts, ends),
        sources=sorted(s for s in pc.unique(sources).to_pylist() if s),
        types={EventType(t) for t in pc.unique(kind.values).to_pylist()},
    )
    derived = {
        "id": ids,
        "title": titles,
        "description": notes,
        "source": sources,
        "place_text": location,
        "place_name": location,
        "type": kind.values,
        "start": start.values,
        "end": end.values,
        "precision": precision.values,
        "date_text": date_text.values,
        "lon": lon,
        "lat": lat,
    }
    # the columns the fields were made from are let go (the attributes and actors need the rest)
    rest = table.drop_columns([n for n in table.column_names if n in acled.CONSUMED])
    rows = TableRows(pa, rest, order, derived, first)
    return TablePage(rows, summary, "\n".join(f"{t}. {d}" for t, d in sample))


def _place_fields(pa, table, order) -> dict[str, Precomputed]:
    """``geo_precision``, ``approximate`` (0/1) and the uncertainty ``radius`` of each row."""
    from ..io.columnar import _distinct

    combos, index = _distinct(pa, [table.column("geo_precision")])
    places = [_place({"geo_precision": c[0]}) for c in combos]
    rows = index.take(order).to_numpy()
    return {
        "geo_precision": Precomputed(compressed([p[0] for p in places], rows, "dictionary")),
        "approximate": Precomputed(compressed([int(p[1]) for p in places], rows, "plain")),
        "radius": Precomputed(compressed([_radius(p[0], p[1]) for p in places], rows, "plain")),
    }


def _actors(pa, table, order) -> list[tuple[str, ...]]:
    """:func:`acled.actors` of each row, computed once per distinct combination of the four cells."""
    from ..io.columnar import _distinct

    names = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")
    combos, index = _distinct(pa, [table.column(n) for n in names])
    distinct = [acled.actors(dict(zip(names, c, strict=True))) for c in combos]
    return _spread(distinct, index, order)
