"""Locating events: each event's own text, then the other events of the same file, as context."""

from __future__ import annotations

from geoevents.gazetteer import Gazetteer
from geoevents.gazetteer.entry import GazetteerEntry
from geoevents.gazetteer.index import MemoryIndex
from geoevents.gazetteer.sources import SourceRecord
from geoevents.locate import locate_events
from geoevents.model import Event
from geoevents.time import parse_timespan

_ENTRIES = [
    (
        GazetteerEntry("t:1", "Abu Kamal", "town", 34.452, 40.918, "SY", population=57_000),
        ("Abu Kamal", "Abou Kamal"),
    ),
    (
        GazetteerEntry("t:2", "Deir ez-Zor", "city", 35.336, 40.141, "SY", population=271_000),
        ("Deir ez-Zor",),
    ),
    (GazetteerEntry("t:3", "Omar", "town", 30.0, 31.0, "EG", population=20_000), ("Omar",)),
    (
        GazetteerEntry("t:4", "Al-Omar oil field", "oil_field", 35.152, 40.576, "SY"),
        ("Al-Omar oil field", "Omar"),
    ),
    (GazetteerEntry("t:5", "Syria", "country", 35.0, 38.5, "SY", population=20_000_000), ("Syria", "Syrie")),
    (GazetteerEntry("t:6", "Tripoli", "city", 32.887, 13.187, "LY", population=1_300_000), ("Tripoli",)),
    (GazetteerEntry("t:7", "Tripoli", "city", 34.433, 35.844, "LB", population=229_000), ("Tripoli",)),
]


def _gazetteer() -> Gazetteer:
    return Gazetteer(MemoryIndex.build(SourceRecord(e, names) for e, names in _ENTRIES))


def _event(id_: str, place: str, description: str = "") -> Event:
    return Event(
        id=id_,
        title=f"Event {id_}",
        when=parse_timespan("2017-10-20"),
        description=description,
        place_text=place,
    )


def test_other_events_of_the_file_disambiguate() -> None:
    events = [_event("a", "Abou Kamal"), _event("b", "Deir ez-Zor"), _event("c", "Omar")]
    located = locate_events(events, _gazetteer())
    assert [e.place.gazetteer_id for e in located.events] == ["t:1", "t:2", "t:4"]
    assert "km from other places" in located.events[2].resolution_reason
    assert not located.unresolved


def test_the_event_text_is_context() -> None:
    alone = locate_events([_event("a", "Tripoli")], _gazetteer()).events[0]
    assert alone.place.country == "LY"  # the larger city without context
    lebanese = _event("b", "Tripoli", "Clashes in the northern Lebanese port city.")
    assert locate_events([lebanese], _gazetteer()).events[0].place.country == "LB"


def test_unresolved_events_are_kept() -> None:
    located = locate_events([_event("a", "Nowhere Special")], _gazetteer())
    assert located.events[0].place is None and located.unresolved == located.events
