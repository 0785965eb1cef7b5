"""Shared layout of JSON and YAML event documents."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import InputError

_FEED_KEYS = ("venues", "data")
_DEFAULT_KEYS = ("source", "source_name", "source_url", "url", "published", "source_published")


def split_document(document: Any, path: str) -> tuple[list[tuple[int, Mapping[str, Any]]], Mapping[str, Any]]:
    """Accept ``[event, ...]`` or ``{"events": [...], "source": {...}}``, or the list of a
    published feed: ``{"venues": [...]}`` (Liveuamap), ``{"data": [...]}`` (the ACLED API).

    A file-level ``source`` mapping (``name``, ``url``, ``published``) applies to every
    event that does not give its own.
    """
    defaults: dict[str, Any] = {}
    if isinstance(document, Mapping) and "events" not in document:
        for key in _FEED_KEYS:  # a Liveuamap feed ("venues"), an ACLED API response ("data")
            if isinstance(document.get(key), list):
                return [(number, item) for number, item in enumerate(document[key], start=1)], {}
    if isinstance(document, Mapping):
        if "events" not in document:
            raise InputError(
                path, "expected a list of events or a mapping with an 'events' (or 'venues', 'data') list"
            )
        source = document.get("source")
        if isinstance(source, Mapping):
            for key, value in source.items():
                defaults[f"source_{key}" if key in ("name", "url", "published") else key] = value
        elif source is not None:
            defaults["source_name"] = source
        for key in _DEFAULT_KEYS[1:]:
            if key in document:
                defaults[key] = document[key]
        items = document["events"]
    else:
        items = document
    if not isinstance(items, list):
        raise InputError(path, "expected a list of events")
    return [(number, item) for number, item in enumerate(items, start=1)], defaults
