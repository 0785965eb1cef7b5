"""CSV event files: a header row, one event per row (UTF-8, with or without BOM)."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import InputError

EXTENSIONS = (".csv",)


def read_records(path: Path) -> tuple[list[tuple[int, Mapping[str, Any]]], Mapping[str, Any]]:
    """Rows as ``(row number, mapping)``; row 1 is the header, so data starts at row 2."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames:
                raise InputError(str(path), "empty CSV file: expected a header row")
            rows = []
            for number, row in enumerate(reader, start=2):
                if None in row:
                    extra = row.pop(None)
                    row["__extra__"] = extra
                rows.append((number, row))
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except csv.Error as exc:
        raise InputError(str(path), f"malformed CSV: {exc}") from None
    return rows, {}
