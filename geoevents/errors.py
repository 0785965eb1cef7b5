"""The exception tree. Every error a user can cause is a :class:`GeoeventsError`.

The CLI turns these into a one-line message and exit code 1; anything else is a bug.
"""

from __future__ import annotations

import re

_LINE_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029\x0b\x0c\x1c-\x1e\x85]+\s*")


def one_line(message: str) -> str:
    """``message`` on one line: a parser's multi-line message (or a name holding a line break)
    has its breaks replaced by spaces."""
    return _LINE_BREAKS.sub(" ", message)


class GeoeventsError(Exception):
    """Base class of every error caused by input or environment, not by a bug.

    Its message is always one line (see :func:`one_line`)."""

    def __init__(self, *args: object) -> None:
        if len(args) == 1 and isinstance(args[0], str):
            args = (one_line(args[0]),)
        super().__init__(*args)


class InputError(GeoeventsError):
    """An input file cannot be read as a whole (missing, wrong format, not UTF-8)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = one_line(message)


class RowError(GeoeventsError):
    """One row (or item) of an event file is invalid. Valid rows are kept."""

    def __init__(self, path: str, row: int, field: str | None, message: str) -> None:
        where = f"{path}: row {row}" + (f", field {field!r}" if field else "")
        super().__init__(f"{where}: {message}")
        self.path = path
        self.row = row
        self.field = field
        self.message = one_line(message)


class OutputError(GeoeventsError):
    """An output cannot be written (exists without --force, unknown format, I/O error)."""


class GazetteerError(GeoeventsError):
    """The gazetteer cannot be built or loaded, or a user gazetteer file is invalid."""
