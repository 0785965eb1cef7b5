"""What the readers of published event data sets share: opening tables as downloaded, and the
machine formats of their dates.

Tables come as CSV (``,`` or ``;`` as spreadsheets write it in French locales), as tab-separated
text, and compressed (``.gz``, or a ``.zip`` holding one table, as GDELT publishes them). The
separator is sniffed from the first line. Dates come as ISO dates or datetimes (with ``.000``
fractions or a time zone), ``YYYYMMDD`` (``YYYYMMDDHHMMSS``), epoch seconds, "17 October 2017",
"17-Oct-2017", or with slashes, ``17/10/2017``: day first when the file says so (a day above
12 in the first place of some value, or a ``;``-separated file), month first when a value says
so (``10/17/2017``), else refused as ambiguous.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import gzip
import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import IO

from ..errors import InputError
from ..time.tables import MONTHS

TABLE_EXTENSIONS = (".csv", ".tsv", ".tab", ".gz", ".zip")
MAX_FIELD_CHARS = 1 << 30
_SEPARATORS = ("\t", ";", ",")


def open_text(path: Path) -> IO[str]:
    """The file as UTF-8 text (BOM removed), opened inside a ``.gz`` or a one-table ``.zip``."""
    name = path.name.lower()
    try:
        if name.endswith(".gz"):
            return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8-sig", newline="")
        if name.endswith(".zip"):
            archive = zipfile.ZipFile(path)
            members = [m for m in archive.namelist() if not m.endswith("/") and not m.startswith("__MACOSX")]
            if len(members) != 1:
                raise InputError(str(path), f"expected one table in the zip archive, found {len(members)}")
            return io.TextIOWrapper(archive.open(members[0]), encoding="utf-8-sig", newline="")
        return path.open(encoding="utf-8-sig", newline="")
    except (OSError, zipfile.BadZipFile, gzip.BadGzipFile) as exc:
        raise InputError(str(path), f"cannot open: {exc}") from None


def sniff_separator(line: str) -> str:
    """The separator of a table from its first line: tab, then ``;``, then ``,``.

    A separator is taken when it splits the line outside quotes into more cells than the others.
    """
    best, cells = ",", 1
    for separator in _SEPARATORS:
        count = len(next(csv.reader([line], delimiter=separator)))
        if count > cells:
            best, cells = separator, count
    return best


def read_rows(path: Path) -> tuple[str, Iterator[list[str]]]:
    """The separator and an iterator over the rows (lists of cells), first line included.

    Raises :class:`InputError` for text that is not UTF-8 or not CSV, naming the line.
    """
    handle = open_text(path)
    try:
        first = handle.readline()
    except UnicodeDecodeError as exc:
        handle.close()
        raise InputError(str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    separator = sniff_separator(first.rstrip("\r\n"))
    return separator, _rows(path, handle, first, separator)


def _rows(path: Path, handle: IO[str], first: str, separator: str) -> Iterator[list[str]]:
    previous_limit = csv.field_size_limit(MAX_FIELD_CHARS)
    lines = _chain(first, handle)
    reader = (
        csv.reader(lines, delimiter=separator, quoting=csv.QUOTE_NONE)  # GDELT: quotes are text
        if separator == "\t"
        else csv.reader(lines, delimiter=separator, quoting=csv.QUOTE_MINIMAL)
    )
    try:
        yield from reader
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except csv.Error as exc:
        raise InputError(str(path), f"malformed table at line {reader.line_num}: {exc}") from None
    finally:
        csv.field_size_limit(previous_limit)
        handle.close()


def _chain(first: str, rest: Iterable[str]) -> Iterator[str]:
    yield first
    yield from rest


# --- dates -------------------------------------------------------------------------------------


class DayOrder(StrEnum):
    """How ``a/b/yyyy`` dates of one column are read."""

    DAY_FIRST = "day_first"
    MONTH_FIRST = "month_first"
    UNKNOWN = "unknown"


class DateError(ValueError):
    """A date value could not be read (the message says what was expected)."""


_SLASHED = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?"
)
_WORDS_DMY = re.compile(r"(\d{1,2})(?:st|nd|rd|th|er)?[ -]([A-Za-zéû]+)\.?[ ,-]+(\d{4})")
_WORDS_MDY = re.compile(r"([A-Za-zéû]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})")
_EXPECTED = "expected e.g. 2017-10-17, 2017-10-17 00:00:00.000, 20171017, 17 October 2017 or epoch seconds"


def day_order(values: Iterable[str], separator: str = ",") -> DayOrder:
    """Whether the slashed dates among ``values`` are day first or month first.

    A value whose first number is above 12 says day first, one whose second is says month first;
    with neither, a ``;``-separated file (a European spreadsheet) is day first.
    """
    day_first = month_first = False
    for value in values:
        match = _SLASHED.fullmatch(value.strip())
        if match:
            day_first |= int(match.group(1)) > 12
            month_first |= int(match.group(2)) > 12
    if day_first and not month_first:
        return DayOrder.DAY_FIRST
    if month_first and not day_first:
        return DayOrder.MONTH_FIRST
    if not day_first and separator == ";":
        return DayOrder.DAY_FIRST
    return DayOrder.UNKNOWN


def epoch_date(seconds: float) -> dt.date:
    """The UTC day of a Unix time (milliseconds above 10^11 are taken as such)."""
    if abs(seconds) > 1e11:
        seconds /= 1000
    try:
        return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date()
    except (OverflowError, OSError, ValueError):
        raise DateError(f"epoch time {seconds!r} is out of range") from None


def parse_date(value: object, order: DayOrder = DayOrder.UNKNOWN) -> dt.date:
    """A calendar day from a machine-written date (see the module docstring for the formats).

    Datetimes give their own day (the time zone as written: ``2017-10-17T23:30:00-05:00`` is
    17 October); epoch seconds the UTC day.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return epoch_date(float(value))
    text = str(value).strip()
    try:
        return _parse_text(text, order)
    except ValueError as exc:  # a day that does not exist (2017-02-30)
        if isinstance(exc, DateError):
            raise
        raise DateError(f"{text!r} is not a calendar day: {exc}") from None


def _parse_text(text: str, order: DayOrder) -> dt.date:
    match = _ISO.fullmatch(text)
    if match:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if text.isdigit():
        if len(text) in (8, 14):
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        if 9 <= len(text) <= 13:
            return epoch_date(int(text))
    match = _SLASHED.fullmatch(text)
    if match:
        return _slashed(text, int(match.group(1)), int(match.group(2)), int(match.group(3)), order)
    match = _WORDS_DMY.fullmatch(text)
    if match and _month(match.group(2)):
        return dt.date(int(match.group(3)), _month(match.group(2)), int(match.group(1)))
    match = _WORDS_MDY.fullmatch(text)
    if match and _month(match.group(1)):
        return dt.date(int(match.group(3)), _month(match.group(1)), int(match.group(2)))
    raise DateError(f"cannot read date {text!r}: {_EXPECTED}")


def _month(word: str) -> int:
    folded = word.lower().replace("é", "e").replace("û", "u")
    return MONTHS.get(folded, 0)


def _slashed(text: str, first: int, second: int, year: int, order: DayOrder) -> dt.date:
    if order is DayOrder.UNKNOWN:
        if first > 12:
            order = DayOrder.DAY_FIRST
        elif second > 12:
            order = DayOrder.MONTH_FIRST
        elif first == second:
            return dt.date(year, first, first)
        else:
            raise DateError(
                f"ambiguous date {text!r}: day or month first? The file's other dates do not say; "
                "write ISO dates (2017-10-17)"
            )
    if order is DayOrder.DAY_FIRST:
        return dt.date(year, second, first)
    return dt.date(year, first, second)


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def iso_day_or_text(text: str) -> dt.date | str:
    """Text written as ``YYYY-MM-DD`` as a date (every export writes dates so), else the text."""
    if _ISO_DAY.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return text
    return text


def month_span(day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last days of the month of ``day``."""
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def number(text: str) -> int | float | str | None:
    """A numeric cell as a number (``"12"`` -> 12, ``"-2.5"`` -> -2.5); blank -> ``None``;
    anything else stays text (nothing is lost)."""
    text = text.strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        pass
    try:
        value = float(text.replace(",", ".")) if text.count(",") == 1 and "." not in text else float(text)
    except ValueError:
        return text
    return value if value == value and value not in (float("inf"), float("-inf")) else text


def cells_as_record(header: Sequence[str], cells: Sequence[str]) -> dict[str, str]:
    """A row as ``{column: cell}``; missing trailing cells are blank."""
    return {name: cells[i] if i < len(cells) else "" for i, name in enumerate(header)}
