"""Newline-delimited GeoJSON for large sets: one RFC 7946 feature per line.

``.geojsons`` follows RFC 8142 (each feature is preceded by the record separator ``0x1E``);
``.geojsonl`` / ``.ndjson`` is plain newline-delimited JSON. GDAL's GeoJSONSeq driver, ``jq
--seq`` and most streaming tools read both; the reader here accepts both too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import orjson

from ..errors import InputError
from ..model import Event
from .geojson import feature_chunks, feature_record

EXTENSIONS = (".geojsonl", ".geojsons", ".ndjson")
BINARY = True
RS = b"\x1e"


def write(events: Sequence[Event], handle: IO[bytes], *, rfc8142: bool = False) -> None:
    """Write one feature per line; with ``rfc8142`` each line starts with the RS character."""
    for block in feature_chunks(events, prefix=RS if rfc8142 else b""):
        handle.write(block)


def options_for(extension: str) -> dict[str, Any]:
    """Writer options implied by the format's extension: RFC 8142 framing for ``.geojsons``."""
    return {"rfc8142": extension == ".geojsons"}


def read_records(path: Path) -> tuple[list[tuple[int, Mapping[str, Any]]], Mapping[str, Any]]:
    """Features as records numbered by line (blank lines are skipped)."""
    records: list[tuple[int, Any]] = []
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            text = line.removeprefix(b"\xef\xbb\xbf" if number == 1 else b"").strip(b"\x1e \t\r\n")
            if not text:
                continue
            try:
                item = orjson.loads(text)
            except orjson.JSONDecodeError as exc:
                raise InputError(str(path), f"line {number}: invalid JSON: {exc.msg}") from None
            if isinstance(item, Mapping) and item.get("type") != "Feature":
                raise InputError(str(path), f"line {number}: expected a GeoJSON Feature")
            records.append((number, feature_record(item)))
    return records, {}
