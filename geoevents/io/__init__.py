"""Readers and writers, one module per format family.

To add an input format, add a module with ``EXTENSIONS`` and ``read_records(path)`` and list
it in ``READERS``; to add an output format, add a module with ``EXTENSIONS`` and either
``write(events, handle)`` (a text handle, or bytes with ``BINARY = True``) or
``write_path(events, path)`` (for writers that need a file name, e.g. through GDAL), and list it
in ``WRITERS``. An optional ``options_for(extension)`` gives writer options implied by the
extension (e.g. RFC 8142 framing for ``.geojsons``).
Every writer writes to a temporary file that is moved into place only when it succeeds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from ..errors import InputError, OutputError, RowError
from ..limits import record_problem
from ..model import Event
from . import (
    acled,
    columnar,
    csvfile,
    gdelt,
    geojson,
    geojsonseq,
    gpkg,
    jsonfile,
    kml,
    kmz,
    liveuamap,
    parquet,
    ucdp,
    yamlfile,
)
from .atomic import atomic_output, atomic_path
from .fields import ALIASES, normalise_name
from .records import event_from_record
from .sources import RowContext, SourceFormat, detect, header_problem
from .tables import DayOrder, day_order

READERS: tuple[ModuleType, ...] = (csvfile, jsonfile, yamlfile, geojson, geojsonseq, gpkg, parquet)
WRITERS: tuple[ModuleType, ...] = (geojson, geojsonseq, kml, kmz, gpkg, csvfile, parquet)
# Published data sets, recognised in CSV/JSON files by their header (GDELT also by its layout).
SOURCE_FORMATS: dict[str, SourceFormat] = {
    module.FORMAT.name: module.FORMAT for module in (acled, ucdp, gdelt, liveuamap)
}


@dataclass
class ReadResult:
    """Events read from one file and the rows that could not be read."""

    events: list[Event] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def format_key(path: Path, fmt: str | None) -> str:
    """The extension that names the format: ``fmt`` if given (``"kml"`` -> ``".kml"``), else the path's."""
    return f".{fmt.lower().lstrip('.')}" if fmt else path.suffix.lower()


def _module_for(path: Path, modules: Sequence[ModuleType], fmt: str | None, what: str) -> ModuleType:
    key = format_key(path, fmt)
    for module in modules:
        if key in module.EXTENSIONS:
            return module
    if what == "output" and key in (".shp", ".shapefile"):
        raise OutputError(f"{path}: {SHAPEFILE_REFUSAL}")
    known = ", ".join(ext for module in modules for ext in module.EXTENSIONS)
    error = InputError if what == "input" else OutputError
    message = f"unknown {what} format {key or '(no extension)'!r}: expected one of {known}"
    if error is InputError:
        raise InputError(str(path), message)
    raise OutputError(f"{path}: {message}")


SHAPEFILE_REFUSAL = (
    "no Shapefile export: a Shapefile holds one geometry type, cuts field names to 10 characters "
    "(date_precision, resolution_reason, the sources' own columns) and text to 254 bytes, so events "
    "would be lost or changed without a word; write .gpkg (QGIS, ArcGIS and GDAL read it) and, if a "
    "Shapefile is required, convert one geometry type at a time (GDAL warns of each cut): ogr2ogr -sql "
    "\"SELECT * FROM events WHERE ST_GeometryType(geom) = 'POINT'\" -lco ENCODING=UTF-8 points.shp events.gpkg"
)


def source_format(name: str) -> SourceFormat:
    """The published data set called ``name`` (``acled``, ``ucdp``, ``gdelt``, ``liveuamap``)."""
    try:
        return SOURCE_FORMATS[name.lower()]
    except KeyError:
        known = ", ".join(SOURCE_FORMATS)
        raise InputError(name, f"unknown data set format: expected one of {known}") from None


def read_events(path: str | Path, *, strict: bool = False, fmt: str | None = None) -> ReadResult:
    """Read an event file: ours (CSV, JSON, YAML, GeoJSON, GeoJSONSeq, GeoPackage) or a
    published data set (ACLED, UCDP GED, GDELT, Liveuamap), told from its header or layout.

    ``fmt`` forces a file format (``"csv"``) or a data set (``"acled"``). Bad rows become
    :class:`RowError` entries in the result and valid rows are kept; with ``strict`` the first
    bad row is raised. When no row at all can be read, :class:`InputError` says in one line
    which columns were found and what was expected.
    """
    path = Path(path)
    forced = source_format(fmt) if fmt and fmt.lower() in SOURCE_FORMATS else None
    module = _module_for(path, READERS, None if forced else fmt, "input")
    if not path.is_file():
        raise InputError(str(path), "no such file")
    records, defaults = module.read_records(path)
    defaults = dict(defaults)
    separator = defaults.pop("__separator__", ",")
    columns = _columns(records)
    source = forced or detect(SOURCE_FORMATS.values(), columns, str(path))
    if source is not None:
        if not source.matches(columns) and source.missing(columns):
            raise InputError(str(path), header_problem(source, columns))
        order = day_order((str(r.get(c, "")) for _, r in records for c in source.date_columns), separator)
        result = _read_source(path, records, source, order, strict)
    else:
        result = _read_ours(path, module, records, defaults, strict, _day_order_of_ours(records, separator))
    if records and not result.events and result.errors:
        raise InputError(str(path), nothing_read(source, columns, result.errors))
    return result


_DATE_FIELDS = frozenset({"date", "start", "end", "source_published"})


def _day_order_of_ours(records: Sequence[tuple[int, Any]], separator: str) -> DayOrder:
    """How the slashed dates of one of our event files read (day or month first), from all of them."""
    columns = [
        c for c in _columns(records) if ALIASES.get(normalise_name(c), normalise_name(c)) in _DATE_FIELDS
    ]
    if not columns:
        return DayOrder.UNKNOWN
    values = (str(r.get(c, "")) for _, r in records if isinstance(r, Mapping) for c in columns)
    return day_order(values, separator)


def _columns(records: Sequence[tuple[int, Any]]) -> list[str]:
    for _, record in records[:1]:
        if isinstance(record, Mapping):
            return [str(k) for k in record if k != "__extra__"]
    return []


def nothing_read(source: SourceFormat | None, columns: Sequence[str], errors: Sequence[RowError]) -> str:
    """One line for a file none of whose rows could be read."""
    first = errors[0]
    where = f"row {first.row}" + (f", field {first.field!r}" if first.field else "")
    found = ", ".join(columns[:12]) + (", ..." if len(columns) > 12 else "") if columns else "(none)"
    if source is not None:
        return (
            f"this looks like an {source.label} file but none of its {len(errors)} rows could be read "
            f"(first: {where}: {first.message}); found columns {found}; expected {', '.join(source.required)}"
        )
    return (
        f"no event could be read from its {len(errors)} rows (first: {where}: {first.message}); found "
        f"columns {found}; expected title, date (or start) and a place (place/location) or latitude and "
        "longitude, or a data set: ACLED, UCDP GED, GDELT, Liveuamap (see README, 'Event files')"
    )


def _collect(
    name: str, records: Sequence[tuple[int, Any]], build: Callable[[int, Any], Event], strict: bool
) -> ReadResult:
    """The events ``build`` makes of each numbered record; a bad row (or a repeated id) is an
    error of its own and the others are kept (``strict``: the first error is raised)."""
    result = ReadResult()
    seen: set[str] = set()
    for number, record in records:
        try:
            event = build(number, record)
            if event.id in seen:
                raise RowError(name, number, "id", f"duplicate id {event.id!r}")
            seen.add(event.id)
            result.events.append(event)
        except RowError as error:
            if strict:
                raise
            result.errors.append(error)
    return result


def _read_source(
    path: Path, records: Sequence[tuple[int, Any]], source: SourceFormat, order: DayOrder, strict: bool
) -> ReadResult:
    name = str(path)

    def build(number: int, record: Any) -> Event:
        if "__extra__" in record:
            raise RowError(name, number, None, "more values than header columns")
        _check(record, name, number)
        return _guarded(name, number, source.build, record, RowContext(name, number, order))

    return _collect(name, records, build, strict)


def _read_ours(
    path: Path,
    module: ModuleType,
    records: Sequence[tuple[int, Any]],
    defaults: Mapping[str, Any],
    strict: bool,
    order: DayOrder = DayOrder.UNKNOWN,
) -> ReadResult:
    text_values = getattr(module, "TEXT_VALUES", False)
    name = str(path)

    def build(number: int, record: Any) -> Event:
        if not isinstance(record, Mapping):
            raise RowError(name, number, None, f"expected a mapping of fields, got {type(record).__name__}")
        if "__extra__" in record:
            raise RowError(name, number, None, "more values than header columns")
        _check(record, name, number)
        return _guarded(
            name,
            number,
            event_from_record,
            record,
            path=name,
            row=number,
            default_id=f"{path.stem}-{number}",
            defaults=defaults,
            text_values=text_values,
            order=order,
        )

    return _collect(name, records, build, strict)


class _SlowPath(Exception):
    """The columnar path declined the table."""


def export_columnar(source: str | Path, path: str | Path, *, force: bool = False) -> int | None:
    """Export a big ACLED CSV to GeoJSON or GeoParquet without building events one by one
    (:mod:`geoevents.io.columnar`): the number of events written, or ``None`` (nothing written)
    when the table or the output format needs :func:`read_events` and :func:`write_events`."""
    source, path = Path(source), Path(path)
    if source.suffix.lower() != ".csv" or path.suffix.lower() not in (".geojson", ".parquet", ".geoparquet"):
        return None
    if not source.is_file():
        return None
    try:
        with atomic_path(path, force=force) as tmp:
            count = columnar.export_acled(source, tmp)
            if count is None:
                raise _SlowPath
    except _SlowPath:
        return None
    return count


def _check(record: Mapping[str, Any], path: str, number: int) -> None:
    """Refuse a record holding a value over the limits (nesting, size, invalid text, huge numbers)."""
    if problem := record_problem(record):
        raise RowError(path, number, *problem)


def _guarded(where: str, number: int, build: Callable[..., Event], /, *args: Any, **kwargs: Any) -> Event:
    """``build(*args, **kwargs)``: a value no check foresaw is still one bad row, not a crash."""
    try:
        return build(*args, **kwargs)
    except RowError:
        raise
    except (ValueError, TypeError, OverflowError, RecursionError, UnicodeError, NotImplementedError) as exc:
        raise RowError(where, number, None, f"cannot read this row: {exc}") from None


def writer_for(path: str | Path, fmt: str | None = None) -> ModuleType:
    """The writer module for an output path (by extension) or an explicit format name."""
    return _module_for(Path(path), WRITERS, fmt, "output")


def write_events(
    events: Sequence[Event], path: str | Path, *, fmt: str | None = None, force: bool = False, **options: Any
) -> Path:
    """Write events to ``path`` atomically in the format of its extension (or ``fmt``).

    Nothing is left at ``path`` if the writer fails; an existing file is replaced only with
    ``force``. Returns ``path``.
    """
    path = Path(path)
    module = writer_for(path, fmt)
    defaults: dict[str, Any] = getattr(module, "options_for", lambda _: {})(format_key(path, fmt))
    options = {**defaults, **options}
    if hasattr(module, "write_path"):
        with atomic_path(path, force=force) as tmp:
            try:
                module.write_path(events, tmp, **options)
            except OutputError as exc:  # name the file the user asked for, not the temporary one
                raise OutputError(f"{path}: {exc}") from None
        return path
    with atomic_output(path, force=force, binary=getattr(module, "BINARY", False)) as handle:
        module.write(events, handle, **options)
    return path
