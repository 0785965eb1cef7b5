"""Gazetteer sources, one module per source.

A source module exposes ``fingerprint() -> str`` (changes when its data changes, so the
cached index is rebuilt; :func:`data_stamp` makes one cheaply) and
``records() -> Iterator[SourceRecord]``. To add a source, add a module here and list it in
:func:`default_sources`. Records whose id already exists (for example a curated overlay
naming ``geonames:170794``) add names to that entry, and replace its geometry when they
carry a line or an area. Import heavy libraries inside ``records()``: opening a built
index imports every source module for its fingerprint.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass

from ..entry import GazetteerEntry


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """An entry and every name it is known by."""

    entry: GazetteerEntry
    names: tuple[str, ...]
    name_only: bool = False  # True: only add names (and any line/area) to an existing entry


def data_stamp(package: str, *relative: str) -> str:
    """A cheap version stamp of files shipped in an installed package: sizes and mtimes.

    Finds the package without importing it (opening a built index stays fast); a new release
    of the package rewrites its files, so the stamp changes and the index is rebuilt.
    """
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return f"{package}-missing"
    folder = next(iter(spec.submodule_search_locations))
    parts = [package]
    for name in relative:
        try:
            info = os.stat(os.path.join(folder, name))
        except OSError:
            parts.append(f"{name}:missing")
            continue
        parts.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
    return "|".join(parts)


def default_sources():
    """The sources of the embedded default gazetteer, in merge order."""
    from . import (
        admin1,
        admin2,
        airports,
        areas,
        countries,
        curated,
        geonames,
        historic_states,
        marine,
        seats,
    )

    return (geonames, countries, areas, admin1, curated, admin2, marine, airports, seats, historic_states)
