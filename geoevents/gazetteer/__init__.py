"""The embedded, offline gazetteer.

>>> from geoevents.gazetteer import default_gazetteer
>>> result = default_gazetteer().resolve("Abou Kamal", near={"SY"})
>>> result.place.name, round(result.place.latitude, 2)        # doctest: +SKIP
('Abu Kamal', 34.45)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..model import Candidate, ResolvedPlace
from .entry import GazetteerEntry
from .index import GazetteerIndex, load_or_build
from .resolver import ResolveContext, Scored, best_of, rank
from .sources import default_sources

__all__ = [
    "Gazetteer",
    "GazetteerEntry",
    "Resolution",
    "ResolveContext",
    "default_gazetteer",
]

RESOLVE_THRESHOLD = 0.8  # raw score a best candidate needs to count as resolved


@dataclass(frozen=True)
class Resolution:
    """The answer for one mention: the best place (if any), its score, why, and the candidates."""

    mention: str
    query: str
    place: ResolvedPlace | None
    score: float | None
    reason: str
    candidates: tuple[Candidate, ...]

    @property
    def resolved(self) -> bool:
        """True when a place was chosen."""
        return self.place is not None


def _candidate(scored: Scored) -> Candidate:
    entry = scored.entry
    return Candidate(
        gazetteer_id=entry.id,
        name=entry.name,
        feature_class=entry.feature_class,
        latitude=round(entry.latitude, 6),
        longitude=round(entry.longitude, 6),
        score=scored.score,
        reason=scored.reason,
        country=entry.country,
    )


class Gazetteer:
    """Name look-ups and context-aware resolution over a :class:`GazetteerIndex`."""

    def __init__(self, index: GazetteerIndex) -> None:
        self.index = index

    def __len__(self) -> int:
        return len(self.index.entries)

    def get(self, gazetteer_id: str) -> GazetteerEntry | None:
        """The entry with this id (``geonames:170794``, ``country:SY``, ``curated:...``)."""
        number = self.index.by_id.get(gazetteer_id)
        return None if number is None else self.index.entries[number]

    def candidates(self, mention: str, context: ResolveContext | None = None, limit: int = 5) -> list[Scored]:
        """The best-scored candidates for a mention."""
        return rank(self.index, mention, context or ResolveContext(), limit)[1]

    def resolve(
        self,
        mention: str,
        *,
        near: Iterable[str] | None = None,
        context: ResolveContext | None = None,
        limit: int = 5,
    ) -> Resolution:
        """Resolve a mention ("Abou Kamal", "Omara fields", "province de Deir ez-Zor").

        ``near``: ISO alpha-2 country codes to focus on (added to ``context.focus``).
        """
        context = context or ResolveContext()
        if near:
            context = ResolveContext(
                context.focus | {c.upper() for c in near},
                context.nearby,
                context.feature_classes,
                context.bbox,
            )
        query, scored = rank(self.index, mention, context, limit)
        candidates = tuple(_candidate(s) for s in scored)
        best = best_of(scored, RESOLVE_THRESHOLD)
        if best is None:
            reason = "no candidate" if not scored else f"best candidate too weak ({scored[0].reason})"
            return Resolution(mention, query, None, None, reason, candidates)
        return Resolution(mention, query, best.entry.to_place(), best.score, best.reason, candidates)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The embedded default gazetteer (built on first use, then loaded from the cache)."""
    return Gazetteer(load_or_build(default_sources()))
