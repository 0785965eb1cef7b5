"""Give every event a place: resolve ``place_text`` with the gazetteer, in context.

Two passes over a set of events that belong together (one file, one article): the first
resolves each mention with its focus countries and what the event's own title and
description say (places, countries, "oil field" ...); the second resolves again with the
confident places of the *other* events as context, so that "Omar" next to Deir ez-Zor and
Abu Kamal is the Syrian oil field. The contextual ranker of :mod:`geoevents.gazetteer.context`
(the one names in texts go through) makes the last choice with every row's name as context.
Events that stay unresolved are kept and reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .gazetteer import Gazetteer, Resolution, ResolveContext
from .gazetteer.context import Name, key_of, rerank
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
        (event.place_text or "", event.place.latitude, event.place.longitude)
        for event in first
        if event.place is not None and (event.resolution_score or 0) >= CONFIDENT
    ]
    second: dict[int, Resolution] = {}
    for index, original in enumerate(events):
        if _needs_place(original):
            # other mentions only: a place repeated in several events must not vouch for itself
            nearby = tuple(
                (lat, lon) for text, lat, lon in anchors if key_of(text) != key_of(original.place_text or "")
            )
            context = texts[index].merged(ResolveContext(focus=_focus(original, near), nearby=nearby))
            second[index] = _resolution(original, gazetteer, context)
    ranked = _ranked(gazetteer, events, second, near)
    located = [
        _with(events[index], ranked.get(index, second[index])) if index in second else event
        for index, event in enumerate(first)
    ]
    return LocateResult(located, [e for e in located if e.place is None])


def _ranked(
    gazetteer: Gazetteer, events: Sequence[Event], second: dict[int, Resolution], near: frozenset[str]
) -> dict[int, Resolution]:
    """The contextual ranker's answers (the one text mentions get) for the rows it may change.

    A row that names its country keeps its own answer, and so do rows whose same place text was
    resolved differently by their own descriptions.
    """
    by_text: dict[str, list[int]] = {}
    for index in second:
        if not events[index].place_country:
            by_text.setdefault(events[index].place_text or "", []).append(index)
    answers: dict[str, Resolution] = {}
    for text, rows in by_text.items():
        ids = {place.gazetteer_id if (place := second[i].place) else None for i in rows}
        if len(ids) == 1:
            answers[text] = second[rows[0]]
    names = [Name(events[i].place_text or "") for i in second]
    ranked = rerank(gazetteer, names, answers, near)
    return {
        i: ranked[text]
        for i in second
        if (text := events[i].place_text or "") in answers and events[i].place_text
    }


def _own_context(event: Event, gazetteer: Gazetteer) -> ResolveContext:
    """What the event's title and description say around its place."""
    if not _needs_place(event):
        return ResolveContext()
    text = " ".join(part for part in (event.title, event.description) if part)
    return gazetteer.read_context(text) if text else ResolveContext()


def _resolution(event: Event, gazetteer: Gazetteer, context: ResolveContext) -> Resolution:
    assert event.place_text is not None
    return gazetteer.resolve(event.place_text, context=context)


def _with(event: Event, result: Resolution) -> Event:
    return event.with_place(
        result.place, score=result.score, reason=result.reason, candidates=result.candidates
    )


def _resolve(event: Event, gazetteer: Gazetteer, context: ResolveContext) -> Event:
    return _with(event, _resolution(event, gazetteer, context))
