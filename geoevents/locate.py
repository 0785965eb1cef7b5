"""Give every event a place: resolve ``place_text`` with the gazetteer, in context.

Two passes over a set of events that belong together (one file, one article): the first
resolves each mention with its focus countries and what the event's own title and
description say (places, countries, "oil field" ...); the second resolves again with the
confident places of the *other* events as context, so that "Omar" next to Deir ez-Zor and
Abu Kamal is the Syrian oil field. Events that stay unresolved are kept and reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .gazetteer import Gazetteer, ResolveContext
from .model import Event

CONFIDENT = 0.6  # score above which a place serves as context for the others


@dataclass
class LocateResult:
    """Events with places, and the ones that could not be located."""

    events: list[Event]
    unresolved: list[Event] = field(default_factory=list)


def _needs_place(event: Event) -> bool:
    return event.place is None and bool(event.place_text)


def _focus(event: Event, near: frozenset[str]) -> frozenset[str]:
    return near | ({event.place_country} if event.place_country else set())


def locate_events(events: Sequence[Event], gazetteer: Gazetteer, *, near: Iterable[str] = ()) -> LocateResult:
    """Resolve the place of every event that has a name but no geometry."""
    near = frozenset(code.upper() for code in near)
    texts = [_own_context(event, gazetteer) for event in events]
    first = [
        _resolve(event, gazetteer, text.merged(ResolveContext(focus=_focus(event, near))))
        if _needs_place(event)
        else event
        for event, text in zip(events, texts, strict=True)
    ]
    anchors = [
        (event.place_text, event.place.latitude, event.place.longitude)
        for event in first
        if event.place is not None and (event.resolution_score or 0) >= CONFIDENT
    ]
    located: list[Event] = []
    for index, (original, event) in enumerate(zip(events, first, strict=True)):
        if _needs_place(original):
            # other mentions only: a place repeated in several events must not vouch for itself
            nearby = tuple((lat, lon) for text, lat, lon in anchors if text != original.place_text)
            context = texts[index].merged(ResolveContext(focus=_focus(original, near), nearby=nearby))
            event = _resolve(original, gazetteer, context)
        located.append(event)
    return LocateResult(located, [e for e in located if e.place is None])


def _own_context(event: Event, gazetteer: Gazetteer) -> ResolveContext:
    """What the event's title and description say around its place."""
    if not _needs_place(event):
        return ResolveContext()
    text = " ".join(part for part in (event.title, event.description) if part)
    return gazetteer.read_context(text) if text else ResolveContext()


def _resolve(event: Event, gazetteer: Gazetteer, context: ResolveContext) -> Event:
    assert event.place_text is not None
    result = gazetteer.resolve(event.place_text, context=context)
    return event.with_place(
        result.place, score=result.score, reason=result.reason, candidates=result.candidates
    )
