"""Limits on input, checked before a parser, GEOS or zipfile sees it.

Every limit is a named constant here, so that the README's "Guarantees" section and the code
say the same thing. Each check returns or raises a message a user can act on; none of them
costs more than one linear pass over its input.
"""

from __future__ import annotations

import contextlib
import math
import signal
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

MAX_DEPTH = 64
"""Nesting of lists and mappings in one JSON/YAML/GeoJSON record (a geometry included)."""
MAX_NODES = 1_000_000
"""Values (scalars, lists, mappings) in one record, aliases expanded."""
MAX_INT_DIGITS = 300
"""Digits of a whole number in an event file (a float holds at most about 309)."""
MAX_WKT_DEPTH = 32
"""Nesting of parentheses in a WKT geometry (a MULTIPOLYGON needs 3)."""
MAX_YAML_ALIAS_NODES = 100_000
"""Values that YAML aliases (``*name``) may add to a file beyond those written in it."""
MAX_ARCHIVE_BYTES = 8 << 30
"""Uncompressed size of a zip member (GeoNames' allCountries.txt is about 1.6 GB)."""
MAX_ARCHIVE_RATIO = 40
"""Uncompressed over compressed size of a zip member (GeoNames' tables compress about 4:1)."""
MAX_SENTENCE_CHARS = 2_000
"""Length of a sentence in ``extract``: a longer one is cut at clause marks (the gold set's
longest is 334 characters), so that the work per sentence is bounded and the whole is linear."""
ARTICLE_SECONDS = 30.0
ARTICLE_MS_PER_KB = 20.0
"""CPU budget of one article in ``extract``: ``ARTICLE_SECONDS`` plus ``ARTICLE_MS_PER_KB`` per
KB (extraction takes 1-8 ms per KB, pathological text included; the base leaves room for
loading spaCy's model on first use); an article over it is reported and skipped, so one file
can never stall a batch."""


@dataclass(frozen=True, slots=True)
class Invalid:
    """A field value a reader could not decode (BLOB text, a curved geometry ...).

    Readers put it in place of the value; the row is then reported as bad, naming the field.
    """

    message: str


def int64_or_text(value: Any) -> Any:
    """A whole number past 64 bits as its text (no GeoJSON writer or GeoPackage column holds it
    as a number); any other value unchanged."""
    if isinstance(value, int) and not isinstance(value, bool) and not -(1 << 63) <= value < 1 << 63:
        return str(value)
    return value


def lone_surrogate(text: str) -> int | None:
    """The index of the first lone surrogate in ``text`` (not valid Unicode), else ``None``."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        return error.start
    return None


def value_problem(value: Any) -> str | None:
    """What makes one field value unusable, or ``None``: nesting, size, invalid text, huge numbers.

    The walk is iterative and stops after :data:`MAX_NODES` values, so a YAML alias bomb or a
    deeply nested list costs no more than that.
    """
    stack: list[tuple[Any, int]] = [(value, 1)]
    seen = 0
    while stack:
        item, depth = stack.pop()
        seen += 1
        if seen > MAX_NODES:
            return f"more than {MAX_NODES:,} values"
        if problem := _scalar_problem(item):
            return problem
        if isinstance(item, Mapping | list | tuple):
            if depth > MAX_DEPTH:
                return f"nested deeper than {MAX_DEPTH} levels"
            children: Iterable[Any] = item.items() if isinstance(item, Mapping) else item
            for child in children:
                if isinstance(item, Mapping):
                    stack.append((child[0], depth + 1))
                    stack.append((child[1], depth + 1))
                else:
                    stack.append((child, depth + 1))
    return None


def _scalar_problem(item: Any) -> str | None:
    if isinstance(item, Invalid):
        return item.message
    if isinstance(item, str):
        where = lone_surrogate(item)
        if where is not None:
            return f"text holds a lone surrogate (U+{ord(item[where]):04X}) at character {where + 1}: not valid Unicode"
    elif isinstance(item, bool):
        return None
    elif isinstance(item, int) and item.bit_length() > MAX_INT_DIGITS * 3.33:
        return f"a whole number of more than {MAX_INT_DIGITS} digits"
    return None


def record_problem(record: Mapping[Any, Any]) -> tuple[str | None, str] | None:
    """The first bad field of a record as ``(field name, message)``, else ``None``."""
    for key, value in record.items():
        name = key if isinstance(key, str) else None
        if isinstance(key, str) and (where := lone_surrogate(key)) is not None:
            return None, f"a field name holds a lone surrogate at character {where + 1}: not valid Unicode"
        if problem := value_problem(value):
            return (name.encode("utf-8", "backslashreplace").decode() if name else None), problem
    return None


def wkt_problem(text: str) -> str | None:
    """Why a WKT text must not reach GEOS (nesting that would overflow its stack), else ``None``."""
    if text.count("(") <= MAX_WKT_DEPTH:
        return None
    data = np.frombuffer(text.encode("utf-8", "replace"), dtype=np.uint8)
    steps = (data == ord("(")).astype(np.int32) - (data == ord(")")).astype(np.int32)
    if int(np.cumsum(steps).max()) > MAX_WKT_DEPTH:
        return f"geometry nested deeper than {MAX_WKT_DEPTH} levels"
    return None


def coordinates_problem(bounds: tuple[float, float, float, float]) -> str | None:
    """Why a geometry's bounds are not WGS84 longitude/latitude (NaN, infinite, out of range)."""
    if not all(math.isfinite(v) for v in bounds):
        return "coordinates are not finite numbers (NaN or infinity)"
    minx, miny, maxx, maxy = bounds
    if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
        return "coordinates out of range: expected longitude in [-180, 180], latitude in [-90, 90] (WGS84)"
    return None


def archive_member_problem(file_size: int, compress_size: int) -> str | None:
    """Why a zip member must not be extracted (too big, or compressed like a zip bomb)."""
    if file_size > MAX_ARCHIVE_BYTES:
        return f"member of {file_size:,} bytes uncompressed, over the limit of {MAX_ARCHIVE_BYTES:,}"
    if file_size > (1 << 20) and file_size > MAX_ARCHIVE_RATIO * max(compress_size, 1):
        return (
            f"member compressed {file_size / max(compress_size, 1):,.0f}:1, over the limit of "
            f"{MAX_ARCHIVE_RATIO}:1 (a zip bomb?)"
        )
    return None


def yaml_events_problem(events: Iterable[Any]) -> str | None:
    """Check a YAML event stream (``yaml.parse``) before anything is built from it.

    Returns why the document must not be built: nesting deeper than :data:`MAX_DEPTH`, or
    aliases that would add more than :data:`MAX_YAML_ALIAS_NODES` values (an alias bomb).
    """
    import yaml

    sizes: dict[str, int] = {}
    stack: list[tuple[str | None, int]] = []
    written = expanded = 0
    for event in events:
        if isinstance(event, yaml.AliasEvent):
            size = sizes.get(event.anchor or "", 1)
            expanded += size
            if stack:
                stack[-1] = (stack[-1][0], stack[-1][1] + size)
            if expanded > MAX_YAML_ALIAS_NODES:
                return f"aliases expand to more than {MAX_YAML_ALIAS_NODES:,} values (an alias bomb?)"
        elif isinstance(event, yaml.ScalarEvent):
            written += 1
            if event.anchor:
                sizes[event.anchor] = 1
            if stack:
                stack[-1] = (stack[-1][0], stack[-1][1] + 1)
        elif isinstance(event, yaml.CollectionStartEvent):
            written += 1
            stack.append((event.anchor, 1))
            if len(stack) > MAX_DEPTH:
                return f"nested deeper than {MAX_DEPTH} levels"
        elif isinstance(event, yaml.CollectionEndEvent) and stack:
            anchor, size = stack.pop()
            if anchor:
                sizes[anchor] = size
            if stack:
                stack[-1] = (stack[-1][0], stack[-1][1] + size)
    return None


class BudgetExceeded(Exception):
    """Raised inside a :func:`cpu_budget` block whose CPU time ran out."""


def article_budget(size: int) -> float:
    """CPU seconds allowed to extract an article of ``size`` bytes."""
    return ARTICLE_SECONDS + ARTICLE_MS_PER_KB * size / 1024 / 1000


@contextlib.contextmanager
def cpu_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`BudgetExceeded` in the block once it has used ``seconds`` of CPU time.

    A process-wide CPU timer (``SIGPROF``): enforced in the main thread of a process (the CLI,
    each worker of a local pool); elsewhere (threads, Dask workers) the block runs unbounded.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise BudgetExceeded

    previous = signal.signal(signal.SIGPROF, expired)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
