"""A tiny gazetteer for extraction unit tests (fast, and independent of the real index)."""

from __future__ import annotations

from geoevents.gazetteer import Gazetteer
from geoevents.gazetteer import index as index_module
from geoevents.gazetteer.entry import GazetteerEntry
from geoevents.gazetteer.sources import SourceRecord

# the in-memory index class: ``GazetteerIndex`` today, ``MemoryIndex`` after the index rework
_INDEX = getattr(index_module, "MemoryIndex", None) or index_module.GazetteerIndex


def _city(gid: str, name: str, lat: float, lon: float, cc: str, pop: int, *names: str) -> SourceRecord:
    entry = GazetteerEntry(f"test:{gid}", name, "city", lat, lon, country=cc, population=pop)
    return SourceRecord(entry, (name, *names))


RECORDS = (
    _city("abukamal", "Abu Kamal", 34.45, 40.92, "SY", 50000, "Abou Kamal", "Albu Kamal"),
    _city("raqqa", "Raqqa", 35.95, 39.01, "SY", 200000, "Rakka"),
    _city("mayadin", "Al Mayadin", 35.02, 40.45, "SY", 40000, "Mayadine"),
    _city("hajin", "Hajin", 34.69, 40.83, "SY", 37000, "Hajine"),
    _city("baghdad", "Baghdad", 33.34, 44.40, "IQ", 5000000, "Bagdad"),
    _city("mosul", "Mosul", 36.34, 43.13, "IQ", 1700000, "Mossoul"),
    _city("dillon", "Dillon", 45.22, -112.64, "US", 4000),
    _city("paris", "Paris", 48.85, 2.35, "FR", 2100000),
    _city("dresden", "Dresden", 51.05, 13.74, "DE", 540000, "Dresde"),
    _city("chat", "Chat", 30.0, 50.0, "IR", 1200),
    _city("tombouctou", "Timbuktu", 16.77, -3.01, "ML", 35000, "Tombouctou"),
    _city("kyiv", "Kyiv", 50.45, 30.52, "UA", 2900000, "Kiev"),
    SourceRecord(
        GazetteerEntry("country:SY", "Syria", "country", 35.0, 38.5, country="SY"), ("Syria", "Syrie")
    ),
    SourceRecord(GazetteerEntry("country:IQ", "Iraq", "country", 33.0, 44.0, country="IQ"), ("Iraq", "Irak")),
    SourceRecord(
        GazetteerEntry("country:US", "United States", "country", 39.8, -98.6, country="US"),
        ("United States", "États-Unis"),
    ),
)


def small_gazetteer() -> Gazetteer:
    """A gazetteer of a dozen places, some of them false friends (Dillon, Chat, Paris)."""
    return Gazetteer(_INDEX.build(RECORDS))
