"""Reading news: French and English articles into dated, located events.

>>> from geoevents.extract import extract_file
>>> extraction = extract_file("article.md")            # doctest: +SKIP
>>> [(e.event_type, e.place_text, e.when.label()) for e in extraction.events]  # doctest: +SKIP

Modules, one per stage: :mod:`.document` (loading, boilerplate, metadata), :mod:`.language`,
:mod:`.sentences`, :mod:`.toponyms` (spotting and resolving names; :mod:`.classify` tells
what a name is), :mod:`.events` (dates: :mod:`geoevents.time`), :mod:`.pipeline` and
:mod:`.batch` (many files, on all cores or a Dask cluster). Each language's words are in its
pack, :mod:`.lang` (``lang/fr/``, ``lang/en/``).

The names below are imported on first use, so that :mod:`.lang` (which
:mod:`geoevents.time` reads month names from) loads without the whole pipeline.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .document import TEXT_EXTENSIONS, Document, Metadata, load_document
    from .pipeline import Extraction, extract_document, extract_file

__all__ = [
    "TEXT_EXTENSIONS",
    "Document",
    "Extraction",
    "Metadata",
    "extract_document",
    "extract_file",
    "load_document",
]

_HOMES = {
    "TEXT_EXTENSIONS": ".document",
    "Document": ".document",
    "Metadata": ".document",
    "load_document": ".document",
    "Extraction": ".pipeline",
    "extract_document": ".pipeline",
    "extract_file": ".pipeline",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        value = getattr(importlib.import_module(_HOMES[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
