"""Liveuamap-like map feeds: JSON with a ``venues`` list.

Liveuamap publishes no schema; its public map feeds carry, per venue, ``name`` (the headline),
``lat``, ``lng``, ``time`` (epoch seconds), ``source`` (the report's URL), ``link`` (the
venue's page), ``cat_id`` (the map icon's category) and ``location`` (the place as written).
The headline is the title, the venue's point its place (a town: the feed gives no precision),
the first http(s) link among ``source`` and ``link`` its source. Every other key (``cat_id``,
``link``, ``picture``...) is kept as an attribute. The feed tells no type: it is read from the
headline's first trigger word with the article reader's lexicon ("airstrikes on ..." ->
airstrike, "captured" -> capture, "fled" -> displacement), else ``other``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..model import DatePrecision, Event, EventType, GeoPrecision, Source, TimeSpan
from .sources import RowContext, SourceFormat, day, pass_through, point_place, text

CONSUMED = frozenset({"id", "name", "lat", "lng", "location"})


def headline_type(headline: str) -> EventType:
    """The type of the headline's first trigger word (``other`` without one)."""
    from ..extract.events import find_triggers
    from ..time.tables import fold_keep_offsets

    folded = fold_keep_offsets(headline)
    triggers = find_triggers(folded, 0, len(folded))
    return triggers[0].event_type if triggers else EventType.OTHER


def event_from_row(row: Mapping[str, Any], ctx: RowContext) -> Event:
    """One venue as an event."""
    headline = text(row, "name")
    if not headline:
        raise ctx.fail("name", "missing: every venue needs its headline")
    date = day(row, "time", ctx)
    place = point_place(row, ctx, ("lat", "lng"), name=text(row, "location"), precision=GeoPrecision.TOWN)
    links = [text(row, k) for k in ("source", "link")]
    url = next((u for u in links if u.lower().startswith(("http://", "https://"))), None)
    event = Event(
        id=text(row, "id") or f"liveuamap-{ctx.row}",
        title=headline,
        when=TimeSpan(date, date, DatePrecision.DAY),
        event_type=headline_type(headline),
        place_text=text(row, "location") or None,
        source=Source(name="Liveuamap", url=url),
        attributes=pass_through(row, CONSUMED, {}),
    )
    return event.with_place(place, score=1.0, reason="Liveuamap venue coordinates")


FORMAT = SourceFormat(
    name="liveuamap",
    label="Liveuamap",
    required=("name", "lat", "lng", "time"),
    markers=frozenset({"lat", "lng", "time", "cat_id", "link", "venue_id", "picture", "source"}),
    build=event_from_row,
    codebook="venues with name, lat, lng, time, source, link, cat_id, location",
)
