"""JSON event files: a list of event objects, or ``{"source": {...}, "events": [...]}``."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..limits import MAX_INT_DIGITS, Invalid
from .structured import split_document

EXTENSIONS = (".json",)


def _whole_number(text: str) -> int | Invalid:
    """A JSON integer; one too long to be a coordinate or a count marks its row as bad."""
    if len(text) <= MAX_INT_DIGITS:
        return int(text)
    return Invalid(f"a whole number of {len(text):,} digits (at most {MAX_INT_DIGITS})")


def read_records(path: Path) -> tuple[list[tuple[int, Mapping[str, Any]]], Mapping[str, Any]]:
    """Items as ``(item number from 1, mapping)`` and file-level defaults."""
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"), parse_int=_whole_number)
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise InputError(
            str(path), f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except RecursionError:
        raise InputError(str(path), "invalid JSON: nested too deeply") from None
    return split_document(document, str(path))
