"""The embedded, offline gazetteer.

>>> from geoevents.gazetteer import default_gazetteer
>>> result = default_gazetteer().resolve("Abou Kamal", near={"SY"})
>>> result.place.name, round(result.place.latitude, 2)        # doctest: +SKIP
('Abu Kamal', 34.45)

``context`` may be a :class:`ResolveContext` or free text about the mention ("Syrian
coast", "small town in north-east Texas"): the places it names become focus countries,
regions and nearby points, and its feature words ("the river, not the country") become
weak preferences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import Candidate, ResolvedPlace
from .demonyms import demonym_place
from .entry import POPULATED, GazetteerEntry
from .index import LayeredIndex, MemoryIndex, NameIndex, load_or_build
from .normalize import normalize
from .resolver import REGION_CLASSES, NameMatch, ResolveContext, Scored, best_of, context_cues, rank
from .sources import default_sources

if TYPE_CHECKING:  # pragma: no cover
    from shapely.geometry.base import BaseGeometry

    from .online import OnlineFallback

__all__ = [
    "Gazetteer",
    "GazetteerEntry",
    "NameMatch",
    "Resolution",
    "ResolveContext",
    "default_gazetteer",
    "demonym_country",
    "demonym_place",
]

RESOLVE_THRESHOLD = 0.8  # raw score a best candidate needs to count as resolved
DEMONYM_SCORE = 0.5  # the score of an answer read from a demonym ("Syrians" -> Syria)
CONTEXT_MIN_POPULATION = 50_000  # places of a context text that count as landmarks
LINE_CLASSES = frozenset({"river"})
_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*")


@dataclass(frozen=True)
class Resolution:
    """The answer for one mention: the best place (if any), its score, why, and the candidates."""

    mention: str
    query: str
    place: ResolvedPlace | None
    score: float | None
    reason: str
    candidates: tuple[Candidate, ...]
    declined: bool = False  # the contextual ranker chose to give no answer (see context.generic_region)
    # how the chosen place's name matches the mention (None: no place, or a place not found by
    # its name: a demonym, the press's abbreviation, the online geocoder)
    match: NameMatch | None = None
    similarity: float | None = None  # for a similar name, how similar (0.88), as the reason shows it

    @property
    def resolved(self) -> bool:
        """True when a place was chosen."""
        return self.place is not None


class Gazetteer:
    """Name look-ups and context-aware resolution over a :class:`NameIndex`.

    ``fallback``: an optional :class:`~geoevents.gazetteer.online.OnlineFallback` asked
    (and cached) only for mentions the offline index cannot resolve.
    """

    def __init__(self, index: NameIndex, *, fallback: OnlineFallback | None = None) -> None:
        self.index = index
        self.fallback = fallback
        self._exact = index.exact

    def __len__(self) -> int:
        return len(self.index)

    def get(self, gazetteer_id: str) -> GazetteerEntry | None:
        """The entry with this id (``geonames:170794``, ``country:SY``, ``curated:...``)."""
        number = self.index.number_of(gazetteer_id)
        return None if number is None else self.index.entry(number, geometry=True)

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Entries with exactly this name (up to case, diacritics, punctuation)."""
        return [self.index.entry(n) for n in self.index.exact(normalize(name))]

    def lookup_ids(self, name: str) -> Sequence[int]:
        """Entry numbers with exactly this name: the cheapest look-up."""
        return self._exact(normalize(name))

    def candidates(
        self, mention: str, context: ResolveContext | str | None = None, limit: int = 5
    ) -> list[Scored]:
        """The best-scored candidates for a mention."""
        return rank(self.index, mention, self._context(context), limit)[1]

    def with_layer(self, records) -> Gazetteer:
        """A gazetteer with these source records on top (they add or override entries)."""
        return Gazetteer(LayeredIndex(self.index, MemoryIndex.build(records)), fallback=self.fallback)

    def with_files(self, paths: Iterable[str | Path]) -> Gazetteer:
        """A gazetteer with user gazetteer files (CSV, GeoJSON, or imported ``.store``) on top."""
        from .userfiles import load_layer

        gazetteer = self
        for path in paths:
            gazetteer = Gazetteer(LayeredIndex(gazetteer.index, load_layer(path)), fallback=self.fallback)
        return gazetteer

    def resolve(
        self,
        mention: str,
        *,
        near: Iterable[str] | None = None,
        context: ResolveContext | str | None = None,
        limit: int = 5,
    ) -> Resolution:
        """Resolve a mention ("Abou Kamal", "Omara fields", "province de Deir ez-Zor").

        ``near``: ISO alpha-2 country codes to focus on (added to ``context.focus``);
        ``context``: a :class:`ResolveContext` or a free text about the mention.
        """
        context = self._context(context)
        if near:
            context = replace(context, focus=context.focus | {c.upper() for c in near})
        query, scored = rank(self.index, mention, context, limit)
        candidates = tuple(s.candidate() for s in scored)
        best = best_of(scored, RESOLVE_THRESHOLD)
        # a demonym beats a place found only by a similar or folded spelling ("Syrians" is not Sarrians)
        exact = best is not None and best.match is NameMatch.EXACT
        if not exact and (demonym := self._demonym(mention)) is not None:
            place, reason = demonym.to_place(), f"a demonym of {demonym.name}"
            return Resolution(mention, query, place, DEMONYM_SCORE, reason, candidates)
        if best is None:
            if self.fallback is not None:
                found = self.fallback.resolve(mention, focus=context.focus)
                if found is not None:
                    return Resolution(mention, query, found, None, "online geocoder (cached)", candidates)
            reason = "no candidate" if not scored else f"best candidate too weak ({scored[0].reason})"
            return Resolution(mention, query, None, None, reason, candidates)
        winner = self.index.entry(best.number, geometry=True) if best.number >= 0 else best.entry
        return Resolution(
            mention,
            query,
            winner.to_place(),
            best.score,
            best.reason,
            candidates,
            match=best.match,
            similarity=best.similarity,
        )

    def _demonym(self, mention: str) -> GazetteerEntry | None:
        """The country or region a demonym names ("Syrians", "Minnesotan"), see :mod:`.demonyms`."""
        target = demonym_place(mention)
        return None if target is None else self.get(target)

    def _context(self, context: ResolveContext | str | None) -> ResolveContext:
        if context is None:
            return ResolveContext()
        if isinstance(context, str):
            return self.read_context(context)
        return context

    def read_context(self, text: str) -> ResolveContext:
        """What a free-text context says: countries, regions and places it names, feature cues."""
        preferred, avoided = context_cues(text)
        words = _WORD.findall(text)
        groups: list[list[GazetteerEntry]] = []
        countries: set[str] = set()
        position = 0
        while position < len(words):
            taken = 0
            if words[position][:1].isupper():
                for size in (4, 3, 2, 1):
                    if position + size > len(words):
                        continue
                    found = self._landmarks(" ".join(words[position : position + size]))
                    if found:
                        groups.append(found)
                        taken = size
                        break
                if not taken and (code := demonym_country(words[position])):
                    countries.add(code)
            position += taken or 1
        nearby: list[tuple[float, float]] = []
        regions: set[tuple[str, str]] = set()
        lines: list[BaseGeometry] = []
        for group in groups:
            countries.update(e.country for e in group if e.feature_class == "country" and e.country)
        for group in groups:
            rivers = [e for e in group if e.feature_class in LINE_CLASSES and e.geometry_wkb is not None]
            lines.extend(e.geometry for e in rivers)
            places = [e for e in group if e.feature_class != "country" and e not in rivers]
            if not places or any(e.feature_class == "country" for e in group):
                continue
            inside = [e for e in places if e.country in countries] or places
            chosen = max(inside, key=lambda e: (e.population, e.feature_class in REGION_CLASSES))
            nearby.append((chosen.latitude, chosen.longitude))
            if chosen.feature_class in REGION_CLASSES and chosen.country and chosen.admin1:
                regions.add((chosen.country, chosen.admin1))
        return ResolveContext(
            nearby=tuple(nearby),
            soft_focus=frozenset(countries),
            regions=frozenset(regions),
            preferred=preferred,
            avoided=avoided,
            lines=tuple(lines),
        )

    def _landmarks(self, words: str) -> list[GazetteerEntry]:
        key = normalize(words)
        if not key:
            return []
        found = []
        for number in self.index.exact(key):
            entry = self.index.entry(number)
            if entry.feature_class in LINE_CLASSES:
                found.append(self.index.entry(number, geometry=True))
            elif (
                entry.feature_class == "country"
                or entry.feature_class in REGION_CLASSES
                or (entry.feature_class in POPULATED and entry.population >= CONTEXT_MIN_POPULATION)
            ):
                found.append(entry)
        return found


_DEMONYM_ENDINGS = (
    "iennes",
    "ienne",
    "iens",
    "ien",
    "ennes",
    "enne",
    "ens",
    "en",
    "ians",
    "ian",
    "aises",
    "aise",
    "ais",
    "ese",
    "ish",
    "ans",
    "an",
    "is",
    "i",
    "",
)


@lru_cache(maxsize=1)
def _country_names() -> tuple[tuple[str, str], ...]:
    from babel import Locale

    names: dict[str, str] = {}
    for code in ("en", "fr"):
        for territory, name in Locale(code).territories.items():
            if len(territory) == 2 and territory.isalpha():
                names.setdefault(normalize(name), territory)
    return tuple(names.items())


@lru_cache(maxsize=4096)
def demonym_country(word: str) -> str | None:
    """The country an adjective like "Syrian", "Iraqi", "Lebanese", "libyenne" points to, if one:
    the demonym tables first (:func:`~geoevents.gazetteer.demonyms.demonym_place`: "Texan" is of
    the United States), then a country name the word begins like."""
    target = demonym_place(word)
    if target is not None and target.startswith(("country:", "iso3166-2:")):
        return target.split(":", 1)[1][:2]
    folded = normalize(word)
    if len(folded) < 4 or " " in folded:
        return None
    for ending in _DEMONYM_ENDINGS:
        if ending and not folded.endswith(ending):
            continue
        stem = folded[: len(folded) - len(ending)] if ending else folded
        if len(stem) < 4:
            continue
        codes = {code for name, code in _country_names() if name.startswith(stem)}
        if len(codes) == 1:
            return codes.pop()
        if codes:
            return None
    return None


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The embedded default gazetteer (built on first use, then memory-mapped from the cache)."""
    return Gazetteer(load_or_build(default_sources()))
