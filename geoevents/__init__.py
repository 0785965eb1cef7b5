"""geoevents: offline geospatial event mapper.

Text or tables -> place mentions -> resolved places -> events -> briefing map and GIS exports.

>>> import geoevents
>>> events = geoevents.read("seeds/abou-kamal-2017.yaml")           # doctest: +SKIP
>>> events.to_dataframe().head()                                    # doctest: +SKIP
>>> events.to_geodataframe().to_file("events.gpkg")                  # doctest: +SKIP
>>> events.to_file("events.kml"); events.to_map().save("map.html")  # doctest: +SKIP
>>> geoevents.from_dataframe(df)                                     # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

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
from .time import parse_timespan

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from .collection import EventCollection

__version__ = "0.1.0"

__all__ = [
    "Candidate",
    "DatePrecision",
    "Event",
    "EventCollection",
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
    "geoparse",
    "parse_timespan",
    "read",
    "to_dataframe",
    "to_geodataframe",
]


# pandas-backed names are imported on first use: the gazetteer and the CLI start without pandas.
_LAZY = {
    "EventCollection": ("collection", "EventCollection"),
    "to_dataframe": ("frames", "to_dataframe"),
    "to_geodataframe": ("frames", "to_geodataframe"),
}


def __getattr__(name: str):
    """Import :data:`_LAZY` names on first use."""
    if name in _LAZY:
        import importlib

        module, attribute = _LAZY[name]
        return getattr(importlib.import_module(f".{module}", __name__), attribute)
    raise AttributeError(f"module 'geoevents' has no attribute {name!r}")


def geoparse(text: str, **options):
    """The place mentions of ``text``, resolved in context (see :func:`geoevents.geoparsing.geoparse`).

    Options: ``language``, ``published``, ``near``, ``spans``, ``gazetteer``. Returns
    :class:`~geoevents.geoparsing.PlaceMention` objects in text order.
    """
    from .geoparsing import geoparse as _geoparse

    return _geoparse(text, **options)


def read(
    *paths: str | Path, strict: bool = True, near: tuple[str, ...] = (), fmt: str | None = None
) -> EventCollection:
    """Read event files and resolve their places with the embedded gazetteer.

    Returns an :class:`EventCollection`: a list of events with ``.to_dataframe()``,
    ``.to_geodataframe()``, ``.to_geojson()``, ``.to_file(path)`` and ``.to_map()``.
    With ``strict`` (the default in the API) a bad row raises :class:`RowError`. Published
    data sets (ACLED, UCDP GED, GDELT, Liveuamap) are told from their header; ``fmt``
    (``"acled"``, ``"csv"``...) forces a format.
    """
    from .collection import EventCollection
    from .inputs import load_events

    return EventCollection(load_events(paths, strict=strict, near=near, fmt=fmt).events)


def from_dataframe(frame: pandas.DataFrame) -> EventCollection:
    """Events from a (Geo)DataFrame with the columns of :func:`to_dataframe`.

    A GeoDataFrame in another CRS is reprojected to WGS84; a bad row raises :class:`RowError`.
    """
    from .collection import EventCollection
    from .frames import from_dataframe as _from_dataframe

    return EventCollection(_from_dataframe(frame))
