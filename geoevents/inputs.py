"""Load events from input files and give them places: the first half of every command.

Event tables (CSV, JSON, YAML, GeoJSON) are read and their places resolved; news articles
(``.txt``, ``.md``, ``.html``) go through :mod:`geoevents.extract`, which finds and locates
their events. A folder stands for the files in it.

Row problems and unresolved places are reported through ``report`` (the CLI prints them to
standard error); nothing is dropped silently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, RowError
from .extract import TEXT_EXTENSIONS, Metadata, extract_file
from .gazetteer import Gazetteer, default_gazetteer
from .io import READERS, read_events
from .limits import BudgetExceeded, article_budget, cpu_budget
from .locate import locate_events
from .model import Event

DETAIL = 3  # problems named in a file's summary line


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
    metadata: Metadata | None = None,
    fmt: str | None = None,
    detail: int | None = DETAIL,
) -> LoadedEvents:
    """Read every input file and resolve the places of its events (file by file, in context).

    ``metadata`` (publication date, source, language) fills in what articles do not say
    about themselves; tables ignore it. ``fmt`` forces the format of the tables (a file
    format such as ``csv`` or a data set such as ``acled``). Bad rows and unresolved places
    are reported as one summary line per file naming the first ``detail`` of them (``None``:
    one line each).
    """
    result = LoadedEvents(events=[])
    near = tuple(near)
    for path in expand_inputs(paths):
        if Path(path).suffix.lower() in TEXT_EXTENSIONS:
            extraction = _extract(path, gazetteer, metadata, near)
            for problem in extraction.problems:
                report(problem)
            for event in extraction.events:
                if event.place is None:
                    report(
                        f"{path}: event {event.id!r} ({event.event_type}): no place found in "
                        f"{event.evidence.sentence if event.evidence else ''!r}; kept without a location"
                    )
                    result.unresolved.append(event)
            result.events.extend(extraction.events)
            continue
        read = read_events(path, strict=strict, fmt=fmt)
        for line in summary_lines(path, "skipped", "bad row(s)", [str(e) for e in read.errors], detail):
            report(line)
        result.row_errors.extend(read.errors)
        if any(e.place is None and e.place_text for e in read.events):
            located = locate_events(read.events, gazetteer or default_gazetteer(), near=near)
            events = located.events
        else:
            events = read.events
        unlocated = [e for e in events if e.place is None]
        problems = [
            f"{path}: event {e.id!r}: "
            + (
                f"place {e.place_text!r} not resolved ({e.resolution_reason})"
                if e.place_text
                else e.resolution_reason
            )
            + "; kept without a location"
            for e in unlocated
        ]
        for line in summary_lines(path, "kept", "event(s) without a location", problems, detail):
            report(line)
        result.unresolved.extend(unlocated)
        result.events.extend(events)
    return result


def summary_lines(path: Path, verb: str, what: str, problems: Sequence[str], detail: int | None) -> list[str]:
    """The problems of one file as lines to report: each one (``detail`` None, or no more
    problems than ``detail``), else one line with the first ``detail`` and a count."""
    if detail is None or len(problems) <= max(detail, 1):
        return [f"{verb} {p}" if verb == "skipped" else p for p in problems]
    prefix = f"{path}: "
    shown = "; ".join(p.removeprefix(prefix) for p in problems[:detail])
    rest = len(problems) - detail
    return [f"{path}: {verb} {len(problems)} {what}: {shown}; and {rest} more (-v lists them all)"]


def _extract(path: Path, gazetteer: Gazetteer | None, metadata: Metadata | None, near: tuple[str, ...]):
    """One article's events, within its CPU budget (:func:`geoevents.limits.article_budget`)."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    budget = article_budget(size)
    gazetteer = gazetteer or default_gazetteer()  # built or opened outside the article's budget
    try:
        with cpu_budget(budget):
            return extract_file(path, gazetteer=gazetteer, metadata=metadata, near=near)
    except BudgetExceeded:
        raise InputError(str(path), f"over its budget of {budget:.0f} s of CPU time") from None


def expand_inputs(paths: Sequence[str | Path]) -> list[Path]:
    """The input files: files as given, folders replaced by the readable files in them (sorted)."""
    known = set(TEXT_EXTENSIONS) | {ext for module in READERS for ext in module.EXTENSIONS}
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            inside = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in known and not p.name.startswith(".")
            )
            if not inside:
                raise InputError(str(path), "folder holds no event files or articles")
            files.extend(inside)
        else:
            files.append(path)
    return files
