"""Readers and writers, one module per format family.

To add an input format, add a module with ``EXTENSIONS`` and ``read_records(path)`` and list
it in ``READERS``; to add an output format, add a module with ``EXTENSIONS`` and
``write(events, handle)`` and list it in ``WRITERS``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from ..errors import InputError, OutputError, RowError
from ..model import Event
from . import csvfile, geojson, jsonfile, yamlfile
from .atomic import atomic_output
from .records import event_from_record

READERS: tuple[ModuleType, ...] = (csvfile, jsonfile, yamlfile, geojson)
WRITERS: tuple[ModuleType, ...] = (geojson,)


@dataclass
class ReadResult:
    """Events read from one file and the rows that could not be read."""

    events: list[Event] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def _module_for(path: Path, modules: Sequence[ModuleType], fmt: str | None, what: str) -> ModuleType:
    key = f".{fmt.lower().lstrip('.')}" if fmt else path.suffix.lower()
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
    """Read an event file (CSV, JSON, YAML or GeoJSON).

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
            event = event_from_record(
                record, path=str(path), row=number, default_id=f"{path.stem}-{number}", defaults=defaults
            )
            if event.id in seen:
                raise RowError(str(path), number, "id", f"duplicate id {event.id!r}")
            seen.add(event.id)
            result.events.append(event)
        except RowError as error:
            if strict:
                raise
            result.errors.append(error)
    return result


def writer_for(path: str | Path, fmt: str | None = None) -> ModuleType:
    """The writer module for an output path (by extension) or an explicit format name."""
    return _module_for(Path(path), WRITERS, fmt, "output")


def write_events(
    events: Sequence[Event], path: str | Path, *, fmt: str | None = None, force: bool = False, **options: Any
) -> Path:
    """Write events to ``path`` atomically in the format of its extension (or ``fmt``)."""
    path = Path(path)
    module = writer_for(path, fmt)
    with atomic_output(path, force=force, binary=getattr(module, "BINARY", False)) as handle:
        module.write(events, handle, **options)
    return path
