"""geoevents: offline geospatial event mapper.

Text or tables -> place mentions -> resolved places -> events -> briefing map and GIS exports.

>>> import geoevents
>>> events = geoevents.read("seeds/abou-kamal-2017.yaml")           # doctest: +SKIP
>>> geoevents.to_dataframe(events).head()                           # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

from .errors import GazetteerError, GeoeventsError, InputError, OutputError, RowError
from .model import (
    Candidate,
    DatePrecision,
    Event,
    EventStatus,
    EventType,
    Evidence,
    GeoPrecision,
    ResolvedPlace,
    Source,
    TimeSpan,
)
from .timespans import parse_timespan

__version__ = "0.1.0"

__all__ = [
    "Candidate",
    "DatePrecision",
    "Event",
    "EventStatus",
    "EventType",
    "Evidence",
    "GazetteerError",
    "GeoPrecision",
    "GeoeventsError",
    "InputError",
    "OutputError",
    "ResolvedPlace",
    "RowError",
    "Source",
    "TimeSpan",
    "from_dataframe",
    "parse_timespan",
    "read",
    "to_dataframe",
]


def __getattr__(name: str):
    """``to_dataframe``/``from_dataframe`` import pandas on first use (a fast start for the CLI)."""
    if name in ("to_dataframe", "from_dataframe"):
        from . import frames

        return getattr(frames, name)
    raise AttributeError(f"module 'geoevents' has no attribute {name!r}")


def read(*paths: str | Path, strict: bool = True, near: tuple[str, ...] = ()) -> list[Event]:
    """Read event files and resolve their places with the embedded gazetteer.

    With ``strict`` (the default in the API) a bad row raises :class:`RowError`.
    """
    from .inputs import load_events

    return load_events(paths, strict=strict, near=near).events
