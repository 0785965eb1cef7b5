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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from ..errors import InputError, OutputError, RowError
from ..limits import record_problem
from ..model import Event
from . import csvfile, geojson, geojsonseq, gpkg, jsonfile, kml, yamlfile
from .atomic import atomic_output, atomic_path
from .records import event_from_record

READERS: tuple[ModuleType, ...] = (csvfile, jsonfile, yamlfile, geojson, geojsonseq, gpkg)
WRITERS: tuple[ModuleType, ...] = (geojson, geojsonseq, kml, gpkg, csvfile)


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
    known = ", ".join(ext for module in modules for ext in module.EXTENSIONS)
    error = InputError if what == "input" else OutputError
    message = f"unknown {what} format {key or '(no extension)'!r}: expected one of {known}"
    if error is InputError:
        raise InputError(str(path), message)
    raise OutputError(f"{path}: {message}")


def read_events(path: str | Path, *, strict: bool = False, fmt: str | None = None) -> ReadResult:
    """Read an event file (CSV, JSON, YAML, GeoJSON, newline-delimited GeoJSON or GeoPackage).

    Bad rows become :class:`RowError` entries in the result and valid rows are kept; with
    ``strict`` the first bad row is raised.
    """
    path = Path(path)
    module = _module_for(path, READERS, fmt, "input")
    if not path.is_file():
        raise InputError(str(path), "no such file")
    records, defaults = module.read_records(path)
    result = ReadResult()
    seen: set[str] = set()
    for number, record in records:
        try:
            if not isinstance(record, Mapping):
                raise RowError(
                    str(path), number, None, f"expected a mapping of fields, got {type(record).__name__}"
                )
            if "__extra__" in record:
                raise RowError(str(path), number, None, "more values than header columns")
            if problem := record_problem(record):
                raise RowError(str(path), number, *problem)
            event = _event(record, path, number, defaults)
            if event.id in seen:
                raise RowError(str(path), number, "id", f"duplicate id {event.id!r}")
            seen.add(event.id)
            result.events.append(event)
        except RowError as error:
            if strict:
                raise
            result.errors.append(error)
    return result


def _event(record: Mapping[str, Any], path: Path, number: int, defaults: Mapping[str, Any]) -> Event:
    """One record as an event; a value no check foresaw is still one bad row, not a crash."""
    try:
        return event_from_record(
            record, path=str(path), row=number, default_id=f"{path.stem}-{number}", defaults=defaults
        )
    except RowError:
        raise
    except (ValueError, TypeError, OverflowError, RecursionError, UnicodeError, NotImplementedError) as exc:
        raise RowError(str(path), number, None, f"cannot read this row: {exc}") from None


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
    options = {**getattr(module, "options_for", lambda _: {})(format_key(path, fmt)), **options}
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
