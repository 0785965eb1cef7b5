"""YAML event files: a list of event mappings, or a mapping with ``source`` and ``events``."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import InputError
from .safeyaml import load_yaml
from .structured import split_document

EXTENSIONS = (".yaml", ".yml")


def read_records(path: Path) -> tuple[list[tuple[int, Mapping[str, Any]]], Mapping[str, Any]]:
    """Items as ``(item number from 1, mapping)`` and file-level defaults."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    return split_document(load_yaml(text, str(path)), str(path))
