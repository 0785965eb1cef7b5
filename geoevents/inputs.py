"""Load events from input files and give them places: the first half of every command.

Row problems and unresolved places are reported through ``report`` (the CLI prints them to
standard error); nothing is dropped silently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import RowError
from .gazetteer import Gazetteer, default_gazetteer
from .io import read_events
from .locate import locate_events
from .model import Event


@dataclass
class LoadedEvents:
    """Events ready for output, with what went wrong on the way."""

    events: list[Event]
    row_errors: list[RowError] = field(default_factory=list)
    unresolved: list[Event] = field(default_factory=list)


def load_events(
    paths: Sequence[str | Path],
    *,
    strict: bool = False,
    near: Iterable[str] = (),
    gazetteer: Gazetteer | None = None,
    report: Callable[[str], None] = lambda message: None,
) -> LoadedEvents:
    """Read every input file and resolve the places of its events (file by file, in context)."""
    result = LoadedEvents(events=[])
    near = tuple(near)
    for path in paths:
        read = read_events(path, strict=strict)
        for error in read.errors:
            report(f"skipped {error}")
        result.row_errors.extend(read.errors)
        if any(e.place is None for e in read.events):
            located = locate_events(read.events, gazetteer or default_gazetteer(), near=near)
            events = located.events
        else:
            events = read.events
        for event in events:
            if event.place is None:
                report(
                    f"{path}: event {event.id!r}: place {event.place_text!r} not resolved "
                    f"({event.resolution_reason}); kept without a location"
                )
                result.unresolved.append(event)
        result.events.extend(events)
    return result
