"""Reading news: French and English articles into dated, located events.

>>> from geoevents.extract import extract_file
>>> extraction = extract_file("article.md")            # doctest: +SKIP
>>> [(e.event_type, e.place_text, e.when.label()) for e in extraction.events]  # doctest: +SKIP

Modules, one per stage: :mod:`.document` (loading, boilerplate, metadata), :mod:`.language`,
:mod:`.sentences`, :mod:`.toponyms`, :mod:`.dates`, :mod:`.events`, :mod:`.pipeline` and
:mod:`.batch` (many files, on all cores or a Dask cluster).
"""

from __future__ import annotations

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
