"""Rank gazetteer candidates for a mention, using what the context says.

Pure functions over an index: :func:`split_cues` reads feature-type words off a mention
("gisements pétroliers d'Omara" -> ``Omara`` + oil/gas field), :func:`find_candidates` finds
entries by exact, folded and fuzzy name, :func:`score_candidates` ranks them with the
context (focus countries, other places of the same text, feature type, importance).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .entry import POPULATED, GazetteerEntry
from .index import GazetteerIndex
from .normalize import fold, normalize, skeleton

FIELD_CLASSES = frozenset({"oil_field", "gas_field"})
REGION_CLASSES = frozenset({"governorate", "province", "admin1", "region", "district"})
WATER_CLASSES = frozenset({"dam", "barrage", "reservoir", "lake"})

# (pattern on the normalized mention, feature classes it asks for). Order matters: longest first.
_CUES: tuple[tuple[str, frozenset[str]], ...] = (
    (r"(?:gisements?|champs?) (?:petroliers?|de petrole|d huile) (?:d |de |du |des )?", FIELD_CLASSES),
    (r"(?:gisements?|champs?) (?:gaziers?|de gaz) (?:d |de |du |des )?", FIELD_CLASSES),
    (r"(?:oil|gas|oil and gas) ?fields? (?:of )?", FIELD_CLASSES),
    (r" (?:oil|gas|oil and gas) ?fields?$", FIELD_CLASSES),
    (r" (?:fields?|oilfields?|gasfields?)$", FIELD_CLASSES),
    (
        r"(?:province|gouvernorat|governorate|region|muhafazat|wilaya|oblast) (?:de |d |of |du )?",
        REGION_CLASSES,
    ),
    (r" (?:province|governorate|region|oblast|muhafazah)$", REGION_CLASSES),
    (r"(?:le |la |l )?(?:fleuve|riviere|river|nahr|oued|wadi) (?:de |d |du |of )?", frozenset({"river"})),
    (r" river$", frozenset({"river"})),
    (r"(?:le |la |l )?(?:barrage|dam|sadd) (?:de |d |du |of )?", WATER_CLASSES),
    (r" dam$", WATER_CLASSES),
    (r"(?:le |la |l )?(?:lac|lake|lake of) (?:de |d |du )?", frozenset({"lake", "reservoir"})),
    (
        r"(?:poste frontiere|border crossing|crossing|point de passage) (?:de |d |du |of |at )?",
        frozenset({"border_crossing"}),
    ),
    (r" (?:border )?crossing$", frozenset({"border_crossing"})),
    (r"(?:la )?(?:ville|city|town|village|localite) (?:de |d |du |of )?", POPULATED),
)
_COMPILED = tuple((re.compile(rf"^{p}" if not p.startswith(" ") else p), c) for p, c in _CUES)


@dataclass(frozen=True)
class ResolveContext:
    """What is known around a mention.

    ``focus``: ISO alpha-2 codes the text is about (``--near SY``); ``nearby``: (lat, lon) of
    other places of the same text; ``feature_classes``: the kinds of feature asked for.
    """

    focus: frozenset[str] = frozenset()
    nearby: tuple[tuple[float, float], ...] = ()
    feature_classes: frozenset[str] = frozenset()
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north


@dataclass(frozen=True)
class Scored:
    """A candidate entry with its score and the reasons for it."""

    entry: GazetteerEntry
    raw: float
    reasons: tuple[str, ...] = field(default=())

    @property
    def score(self) -> float:
        """Confidence in [0, 1]."""
        return round(max(0.0, min(1.0, self.raw / 1.6)), 3)

    @property
    def reason(self) -> str:
        """The reasons as one short sentence."""
        return "; ".join(self.reasons)


def split_cues(mention: str) -> tuple[str, frozenset[str]]:
    """The core name of a mention and the feature classes its words ask for."""
    text = normalize(mention)
    classes: set[str] = set()
    changed = True
    while changed:
        changed = False
        for pattern, wanted in _COMPILED:
            stripped = pattern.sub(" ", text, count=1).strip()
            if stripped != text and stripped:
                text, changed = stripped, True
                classes |= wanted
                break
    return text, frozenset(classes)


def find_candidates(index: GazetteerIndex, name: str, limit: int = 50) -> list[tuple[int, float, str]]:
    """Entries whose names match ``name``: ``(entry number, match quality, how)``, best first."""
    found: dict[int, tuple[float, str]] = {}

    def offer(number: int, quality: float, how: str) -> None:
        if number not in found or found[number][0] < quality:
            found[number] = (quality, how)

    key = normalize(name)
    for number in index.exact.get(key, ()):
        offer(number, 1.0, "exact name")
    fkey = fold(name)
    for number in index.folded.get(fkey, ()):
        offer(number, 0.92, "same name after transliteration folding")
    skel = skeleton(name)
    if len(fkey) >= 3:
        for folded_name, number in index.fuzzy.get(skel, ()):
            similarity = fuzz.ratio(fkey, folded_name) / 100
            if similarity >= 0.7:
                offer(number, 0.85 * similarity, f"similar name ({similarity:.0%})")
    ranked = sorted(found.items(), key=lambda item: (-item[1][0], item[0]))
    return [(number, quality, how) for number, (quality, how) in ranked[:limit]]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def _importance(entry: GazetteerEntry) -> tuple[float, str | None]:
    if entry.feature_class == "country":
        return 0.3, "a country"
    if entry.feature_class in POPULATED:
        if entry.population <= 0:
            return 0.05, None
        return min(0.25, math.log10(entry.population + 1) / 28), f"population {entry.population:,}"
    if entry.feature_class in REGION_CLASSES:
        return 0.2, f"a {entry.feature_class}"
    return 0.15, f"a {entry.feature_class.replace('_', ' ')}"


def score_candidates(
    index: GazetteerIndex,
    matches: Iterable[tuple[int, float, str]],
    context: ResolveContext,
) -> list[Scored]:
    """Score every candidate with the context; best first (ties: larger population, then id)."""
    scored: list[Scored] = []
    for number, quality, how in matches:
        entry = index.entries[number]
        raw = quality
        reasons = [how]
        bonus, why = _importance(entry)
        raw += bonus
        if why:
            reasons.append(why)
        if context.feature_classes:
            if entry.feature_class in context.feature_classes:
                raw += 0.6
                reasons.append(f"the text asks for a {entry.feature_class.replace('_', ' ')}")
            else:
                raw -= 0.3
        if context.focus:
            if entry.in_countries(context.focus):
                raw += 0.45
                reasons.append(f"in {'/'.join(sorted(context.focus))}")
            else:
                raw -= 0.25
        if context.bbox is not None:
            west, south, east, north = context.bbox
            if west <= entry.longitude <= east and south <= entry.latitude <= north:
                raw += 0.3
                reasons.append("inside the focus box")
        if context.nearby:
            distance = min(
                haversine_km(entry.latitude, entry.longitude, lat, lon) for lat, lon in context.nearby
            )
            closeness = math.exp(-distance / 300)
            raw += 0.4 * closeness
            if closeness > 0.3:
                reasons.append(f"{distance:.0f} km from other places in the text")
        scored.append(Scored(entry, raw, tuple(reasons)))
    scored.sort(key=lambda s: (-s.raw, -s.entry.population, s.entry.id))
    return scored


def rank(
    index: GazetteerIndex, mention: str, context: ResolveContext, limit: int = 5
) -> tuple[str, list[Scored]]:
    """The core name of ``mention`` and its best candidates."""
    core, classes = split_cues(mention)
    if classes and not context.feature_classes:
        context = ResolveContext(context.focus, context.nearby, classes, context.bbox)
    matches = find_candidates(index, core)
    if not matches and core != normalize(mention):
        matches = find_candidates(index, mention)
    return core, score_candidates(index, matches, context)[:limit]


def best_of(scored: Sequence[Scored], threshold: float) -> Scored | None:
    """The best candidate if its raw score reaches ``threshold``."""
    if scored and scored[0].raw >= threshold:
        return scored[0]
    return None
