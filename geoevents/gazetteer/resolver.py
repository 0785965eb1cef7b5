"""Rank gazetteer candidates for a mention, using what the context says.

Pure functions over a :class:`NameIndex`: :func:`split_cues` reads feature-type words off a
mention ("gisements pétroliers d'Omara" -> ``Omara`` + oil/gas field), :func:`find_candidates`
finds entries by exact, folded and fuzzy name, :func:`score_candidates` ranks them with the
context (focus countries and regions, other places of the same text, feature type,
importance). :func:`context_cues` reads the feature types a free-text context asks for or
rules out ("the river, not the country").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import NamedTuple

from rapidfuzz import fuzz, process
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points

from ..model import Candidate
from .entry import POPULATED, GazetteerEntry
from .index import NameIndex
from .normalize import fold, normalize, skeleton

FUZZY_KEYS = 40  # most similar folded names considered per fuzzy look-up
# A region (or a curated area) counts as much as a town of this many people: without context it
# wins over a same-name village ("Kashmir" is also an alternate name of Cashmere, Washington;
# "Borno" of Borna, Saxony; "Sinaloa" of Sinaloa de Leyva) but not over a same-name town that
# large. admin1.LINK_MIN_POPULATION draws the same line between a region's namesake capital and
# a namesake village.
REGION_AS_POPULATION = 20_000
FULL_NAME_TIE = 0.01  # breaks ties only: what a mention's full name matches vs. its name without cue words
FIELD_CLASSES = frozenset({"oil_field", "gas_field"})
REGION_CLASSES = frozenset({"governorate", "province", "admin1", "region", "district"})
WATER_CLASSES = frozenset({"dam", "barrage", "reservoir", "lake"})
RIVER_CLASSES = frozenset({"river"})
COUNTRY_CLASSES = frozenset({"country"})
SUPRANATIONAL_CLASSES = frozenset({"continent", "union"})
CROSSING_CLASSES = frozenset({"border_crossing"})

_OF = r"(?:de la |de l |de los |de las |del |de |d |du |des |of (?:the )?)?"
# (pattern on the normalized mention, feature classes it asks for). Order matters: longest first.
_CUES: tuple[tuple[str, frozenset[str]], ...] = (
    (
        rf"(?:gisements?|champs?) (?:petroliers?|petrolifere|de petrole|d huile|gaziers?|de gaz) {_OF}",
        FIELD_CLASSES,
    ),
    (rf"(?:gisements?|champs?) {_OF}", FIELD_CLASSES),
    (
        rf"(?:el |los )?(?:yacimientos?|campos?) (?:petroliferos?|petroleros?|de petroleo|gasiferos?|de gas) {_OF}",
        FIELD_CLASSES,
    ),
    (rf"(?:el |los )?yacimientos? {_OF}", FIELD_CLASSES),
    (rf"(?:oil|gas|oil and gas) ?fields? {_OF}", FIELD_CLASSES),
    (r" (?:oil|gas|oil and gas) ?(?:fields?|plant)$", FIELD_CLASSES),
    (r" (?:fields?|oilfields?|gasfields?)$", FIELD_CLASSES),
    (
        rf"(?:province|gouvernorat|governorate|region|muhafazat|wilaya|oblast|etat|state|bande|district) {_OF}",
        REGION_CLASSES,
    ),
    (
        rf"(?:el |la )?(?:departamento|provincia|estado) {_OF}",
        REGION_CLASSES,
    ),
    (r" (?:province|governorate|region|oblast|muhafazah|state|strip|district)$", REGION_CLASSES),
    (rf"(?:rive|berge) (?:est |ouest |gauche |droite |nord |sud )?{_OF}", RIVER_CLASSES),
    # "the eastern bank of the Dnipro", "across the Dnipro", "the bridge over the Dnipro": the English
    # article before a bare name after these words is a river's ("across Dnipro" would be the city)
    (
        r"(?:(?:east|west|north|south)(?:ern)? |left |right |opposite |far )?banks? of (?:the )?",
        RIVER_CLASSES,
    ),
    (r"(?:across|over|crossing|crossed|cross|along) the ", RIVER_CLASSES),
    (rf"(?:le |la |l )?(?:fleuve|riviere|river|nahr|oued|wadi) {_OF}", RIVER_CLASSES),
    (r" river$", RIVER_CLASSES),
    (rf"(?:el )?rio {_OF}", RIVER_CLASSES),
    (rf"(?:le |la |l )?(?:grand )?(?:barrage|dam|sadd) {_OF}", WATER_CLASSES),
    (rf"(?:la |el )?(?:represa|presa|embalse) {_OF}", WATER_CLASSES),
    (r" dam$", WATER_CLASSES),
    (rf"(?:le |la |l )?(?:lac|lake) {_OF}", frozenset({"lake", "reservoir"})),
    (rf"(?:el |la )?(?:lago|laguna) {_OF}", frozenset({"lake", "reservoir"})),
    (
        rf"(?:poste frontiere|passage frontalier|border crossing|crossing|point de passage|"
        rf"(?:el )?(?:paso|cruce|puesto) fronterizo) {_OF}",
        CROSSING_CLASSES,
    ),
    (r" (?:border )?crossing$", CROSSING_CLASSES),
    (rf"(?:la )?(?:ville|city|town|village|localite) {_OF}", POPULATED),
    (rf"(?:la |el )?(?:ciudad|pueblo|localidad|poblado|municipio|corregimiento|aldea) {_OF}", POPULATED),
)
_LEADING_ARTICLE = re.compile(r"^(?:le|la|les|l|the) ")
_COMPILED = tuple((re.compile(rf"^{p}" if not p.startswith(" ") else p), c) for p, c in _CUES)
_ANY_CUE = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _COMPILED))  # most names have none

# Feature words a free-text context may use about the mention (weak cues).
_CONTEXT_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    (r"rivers?|fleuves?|rivieres?|river bank|left bank|right bank|rive", RIVER_CLASSES),
    (r"country|pays|republic|republique|kingdom|royaume", COUNTRY_CLASSES),
    (r"city|town|ville|village|capital|capitale|port", POPULATED),
    (r"province|governorate|gouvernorat|region|oblast|state|etat", REGION_CLASSES),
    (r"oil ?fields?|gas ?fields?|gisements?|champs? petroliers?", FIELD_CLASSES),
    (r"dams?|barrages?", WATER_CLASSES),
    (r"border crossing|border post|poste frontiere|crossing", CROSSING_CLASSES),
)
_NEGATION = r"(?:not|nor|pas|ni) (?:the |its |a |an |le |la |les |l |un |une |son |sa )?(?:\w+ ){0,2}?"


@dataclass(frozen=True)
class ResolveContext:
    """What is known around a mention.

    ``focus``: ISO alpha-2 codes the text is about (``--near SY``: a bonus inside, a
    penalty outside); ``soft_focus``: countries the text names (a bonus only);
    ``regions``: ``(country, admin1 code)`` of regions the text names; ``nearby``:
    (lat, lon) of other places of the same text; ``feature_classes``: the kinds of feature
    the mention asks for; ``preferred``/``avoided``: kinds the context text suggests or
    rules out.
    """

    focus: frozenset[str] = frozenset()
    nearby: tuple[tuple[float, float], ...] = ()
    feature_classes: frozenset[str] = frozenset()
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    soft_focus: frozenset[str] = frozenset()
    regions: frozenset[tuple[str, str]] = frozenset()
    preferred: frozenset[str] = frozenset()
    avoided: frozenset[str] = frozenset()
    lines: tuple[BaseGeometry, ...] = ()  # rivers (or areas) the text names

    def merged(self, other: ResolveContext) -> ResolveContext:
        """Both contexts together (``other``'s feature classes win when it has some)."""
        return ResolveContext(
            focus=self.focus | other.focus,
            nearby=self.nearby + other.nearby,
            feature_classes=other.feature_classes or self.feature_classes,
            bbox=other.bbox or self.bbox,
            soft_focus=self.soft_focus | other.soft_focus,
            regions=self.regions | other.regions,
            preferred=self.preferred | other.preferred,
            avoided=self.avoided | other.avoided,
            lines=self.lines + other.lines,
        )


@dataclass(frozen=True)
class Scored:
    """A candidate entry with its score and the reasons for it."""

    entry: GazetteerEntry
    raw: float
    reasons: tuple[str, ...] = field(default=())
    number: int = -1
    match: NameMatch | None = None  # how its name matches the mention (None: a demonym, a convention)
    similarity: float | None = None  # for a similar name, how similar (0.88), as its reason shows it
    demonym: bool = False  # the place a demonym of the mention points to ("Syrians": Syria)

    @property
    def score(self) -> float:
        """Confidence in [0, 1]."""
        return round(max(0.0, min(1.0, self.raw / 1.6)), 3)

    @property
    def reason(self) -> str:
        """The reasons as one short sentence."""
        return "; ".join(self.reasons)

    def candidate(self, score: float | None = None) -> Candidate:
        """This candidate as the model's :class:`Candidate`, with ``score`` (default: :attr:`score`)."""
        entry = self.entry
        return Candidate(
            gazetteer_id=entry.id,
            name=entry.name,
            feature_class=entry.feature_class,
            latitude=round(entry.latitude, 6),
            longitude=round(entry.longitude, 6),
            score=self.score if score is None else score,
            reason=self.reason,
            country=entry.country,
            match=self.match,
            similarity=self.similarity,
        )


def split_cues(mention: str) -> tuple[str, frozenset[str]]:
    """The core name of a mention and the feature classes its words ask for."""
    text = normalize(mention)
    if (bare := _LEADING_ARTICLE.sub("", text, count=1)) != text and _ANY_CUE.match(bare):
        text = bare  # "la province de Deir ez-Zor": the cue after its article
    elif not _ANY_CUE.search(text):
        return text, frozenset()
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


def context_cues(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Feature classes a context text suggests and the ones it rules out ("not the river")."""
    words = normalize(text)
    preferred: set[str] = set()
    avoided: set[str] = set()
    for pattern, classes in _CONTEXT_WORDS:
        negated = re.compile(rf"\b{_NEGATION}(?:{pattern})\b")
        plain = re.compile(rf"\b(?:{pattern})\b")
        if negated.search(words):
            avoided |= classes
            words_left = negated.sub(" ", words)
            if plain.search(words_left):
                preferred |= classes
        elif plain.search(words):
            preferred |= classes
    return frozenset(preferred - avoided), frozenset(avoided)


class NameMatch(StrEnum):
    """How a candidate's name matches the mention; :func:`find_candidates` gives it with each
    candidate, and writes its value first in the candidate's reason (the similar name with its
    similarity: "similar name (88%)"). Decisions read the enum, never the reason text."""

    EXACT = "exact name"
    FOLDED = "same name after transliteration folding"
    SIMILAR = "similar name"


class NameHit(NamedTuple):
    """One entry :func:`find_candidates` finds for a name."""

    number: int  # the entry's number in the index
    quality: float  # how well the name matches, in [0, 1]
    match: NameMatch
    similarity: float | None  # for a similar name: the similarity, to the percent ``how`` shows
    how: str  # the match as the reason text writes it ("exact name", "similar name (88%)")


# A place found only by a similar spelling is an answer when the spellings are this similar, or
# when it is a country or a first-level region whose name starts like the mention ("Syrian",
# "Palestinian", "Abkhaz", "Austro-"): "Fire Island" is not Friesland (84%), "West Wing" not
# Dazhou (71%), "Anfield" not Enfield Town.
SIMILAR_MIN = 0.85
STEM_LETTERS = 5
_STEMMED = frozenset({"country", "admin1", "governorate", "province"})


def similar_enough(mention: str, entry_name: str, feature_class: str, similarity: float | None) -> bool:
    """Whether a place found by a similar name (``similarity``: how similar, ``None`` for a
    place not found by a similar name) answers ``mention``."""
    if similarity is None or similarity >= SIMILAR_MIN:
        return True
    stem = fold(entry_name)[:STEM_LETTERS]
    return feature_class in _STEMMED and len(stem) == STEM_LETTERS and fold(mention).startswith(stem)


def _similar_hit(number: int, ratio: float) -> NameHit:
    """The hit of an entry found by a similar name (``ratio``: rapidfuzz's 0-100 similarity); its
    similarity is the percent its reason writes (what a decision on it compares)."""
    share = ratio / 100
    return NameHit(
        number,
        0.85 * ratio / 100,
        NameMatch.SIMILAR,
        round(share * 100) / 100,
        f"{NameMatch.SIMILAR.value} ({share:.0%})",
    )


def find_candidates(index: NameIndex, name: str, limit: int = 60) -> list[NameHit]:
    """Entries whose names match ``name`` (how, and how well), best first."""
    found: dict[int, NameHit] = {}

    def offer(hit: NameHit) -> None:
        if hit.number not in found or found[hit.number].quality < hit.quality:
            found[hit.number] = hit

    for number in index.exact(normalize(name)):
        offer(NameHit(number, 1.0, NameMatch.EXACT, None, NameMatch.EXACT.value))
    fkey = fold(name)
    for number in index.folded(fkey):
        offer(NameHit(number, 0.92, NameMatch.FOLDED, None, NameMatch.FOLDED.value))
    if len(fkey) >= 3 and not found:
        # similar spellings only for a name the gazetteer does not know as written: fuzzy
        # candidates beside exact ones changed no answer of the gold sets and cost a third of
        # the time of reading news
        keys = index.fuzzy(skeleton(name))
        if keys:
            for folded_name, similarity, _ in process.extract(
                fkey, keys, scorer=fuzz.ratio, score_cutoff=70, limit=FUZZY_KEYS
            ):
                if folded_name == fkey:
                    continue
                for number in index.folded(folded_name):
                    offer(_similar_hit(number, similarity))
    ranked = sorted(found.values(), key=lambda hit: (-hit.quality, hit.number))
    return ranked[:limit]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def _a(feature_class: str) -> str:
    """ "an oil field", "a river": the feature class with its article, for reasons."""
    words = feature_class.replace("_", " ")
    return f"{'an' if words[:1] in 'aeiou' else 'a'} {words}"


_REGION_PRIOR = math.log10(REGION_AS_POPULATION + 1) / 28  # 0.154, the prior of such a town


def importance(entry: GazetteerEntry, explain: bool = True) -> tuple[float, str | None]:
    """A prior for an entry: countries first, then large places, named features, regions."""
    if entry.feature_class == "country":
        return 0.3, "a country"
    if entry.feature_class in SUPRANATIONAL_CLASSES:  # as much as a country: "Africa" is not Mahdia
        return 0.3, _a(entry.feature_class)
    if entry.feature_class in POPULATED:
        if entry.population <= 0:
            return 0.05, None
        return min(
            0.25, math.log10(entry.population + 1) / 28
        ), f"population {entry.population:,}" if explain else None
    if entry.feature_class in REGION_CLASSES:
        return _REGION_PRIOR, _a(entry.feature_class)
    return 0.15, _a(entry.feature_class)


def _line_distance_km(line: BaseGeometry, entry: GazetteerEntry) -> float:
    """Approximate kilometres from an entry's point to a line or area (degrees scaled at its latitude)."""
    point = Point(entry.longitude, entry.latitude)
    if line.covers(point):
        return 0.0
    nearest = nearest_points(line, point)[0]
    return haversine_km(entry.latitude, entry.longitude, nearest.y, nearest.x)


FOCUS_BONUS = 0.45  # a candidate in the focus countries
FOCUS_PENALTY = 0.25  # one outside them


def focus_part(entry: GazetteerEntry, focus: frozenset[str]) -> float:
    """What the focus countries add to a candidate's score (nothing without a focus)."""
    if not focus:
        return 0.0
    return FOCUS_BONUS if entry.in_countries(focus) else -FOCUS_PENALTY


def _asked_class(entry: GazetteerEntry, context: ResolveContext, explain: bool) -> tuple[float, str | None]:
    """The feature class the text's cue words ask for ("the province of ...")."""
    if not context.feature_classes:
        return 0.0, None
    if entry.feature_class in context.feature_classes:
        return 0.6, f"the text asks for {_a(entry.feature_class)}" if explain else None
    return -0.3, None


def _preferred_class(
    entry: GazetteerEntry, context: ResolveContext, explain: bool
) -> tuple[float, str | None]:
    if entry.feature_class in context.preferred:
        return 0.25, f"the context speaks of {_a(entry.feature_class)}" if explain else None
    return 0.0, None


def _avoided_class(entry: GazetteerEntry, context: ResolveContext, explain: bool) -> tuple[float, str | None]:
    return (-0.35 if entry.feature_class in context.avoided else 0.0), None


def _in_focus(entry: GazetteerEntry, context: ResolveContext, explain: bool) -> tuple[float, str | None]:
    if not context.focus:
        return 0.0, None
    named = explain and entry.in_countries(context.focus)
    return focus_part(entry, context.focus), f"in {'/'.join(sorted(context.focus))}" if named else None


def _in_soft_focus(entry: GazetteerEntry, context: ResolveContext, explain: bool) -> tuple[float, str | None]:
    soft = context.soft_focus - context.focus
    if not (soft and entry.in_countries(soft)):
        return 0.0, None
    if not explain:
        return 0.3, None
    return (
        0.3,
        f"in {'/'.join(sorted(soft & ({entry.country} | set(entry.other_countries))))}, named in the text",
    )


def _in_named_region(
    entry: GazetteerEntry, context: ResolveContext, explain: bool
) -> tuple[float, str | None]:
    if context.regions and entry.admin1 and (entry.country, entry.admin1) in context.regions:
        return 0.3, "in a region named in the text" if explain else None
    return 0.0, None


def _in_box(entry: GazetteerEntry, context: ResolveContext, explain: bool) -> tuple[float, str | None]:
    if context.bbox is None:
        return 0.0, None
    west, south, east, north = context.bbox
    if west <= entry.longitude <= east and south <= entry.latitude <= north:
        return 0.3, "inside the focus box" if explain else None
    return 0.0, None


def _near_lines(entry: GazetteerEntry, context: ResolveContext, explain: bool) -> tuple[float, str | None]:
    if not context.lines:
        return 0.0, None
    distance = min(_line_distance_km(line, entry) for line in context.lines)
    why = f"{distance:.0f} km from a river or area named in the text" if explain and distance < 50 else None
    return 0.3 * math.exp(-distance / 50), why


def _near_places(entry: GazetteerEntry, context: ResolveContext, explain: bool) -> tuple[float, str | None]:
    if not context.nearby:
        return 0.0, None
    distance = min(haversine_km(entry.latitude, entry.longitude, lat, lon) for lat, lon in context.nearby)
    closeness = math.exp(-distance / 300)
    why = f"{distance:.0f} km from other places in the text" if explain and closeness > 0.3 else None
    return 0.4 * closeness, why


# The parts of the context's score, added in this order: each gives its share and, when asked to
# explain, the reason it gives.
_CONTEXT_PARTS = (
    _asked_class,
    _preferred_class,
    _avoided_class,
    _in_focus,
    _in_soft_focus,
    _in_named_region,
    _in_box,
    _near_lines,
    _near_places,
)


def _context_score(
    entry: GazetteerEntry, context: ResolveContext, explain: bool = True
) -> tuple[float, list[str]]:
    """The context's part of an entry's score, and (``explain``) the reasons for it."""
    raw = 0.0
    reasons: list[str] = []
    for part in _CONTEXT_PARTS:
        share, reason = part(entry, context, explain)
        raw += share
        if reason:
            reasons.append(reason)
    return raw, reasons


def score_candidates(
    index: NameIndex,
    matches: Iterable[NameHit],
    context: ResolveContext,
    keep: int | None = None,
) -> list[Scored]:
    """Score every candidate with the context; best first (ties: larger population, then id).

    ``keep``: return only the best ``keep`` (their reasons are written out, not the others').
    """
    scored: list[tuple[float, GazetteerEntry, NameHit]] = []
    for hit in matches:
        entry = index.entry(hit.number)
        bonus, _ = importance(entry, explain=False)
        extra, _ = _context_score(entry, context, explain=False)
        scored.append((hit.quality + bonus + extra, entry, hit))
    scored.sort(key=lambda s: (-s[0], -s[1].population, s[1].id))
    out: list[Scored] = []
    for raw, entry, hit in scored[:keep] if keep is not None else scored:
        _, why = importance(entry)
        _, reasons = _context_score(entry, context)
        how = (hit.how, *([why] if why else []), *reasons)
        out.append(Scored(entry, raw, how, hit.number, hit.match, hit.similarity))
    return out


def rank(index: NameIndex, mention: str, context: ResolveContext, limit: int = 5) -> tuple[str, list[Scored]]:
    """The core name of ``mention`` and its best candidates."""
    core, classes = split_cues(mention)
    if classes and not context.feature_classes:
        context = replace(context, feature_classes=classes)
    matches = find_candidates(index, core)
    if core != normalize(mention):
        # The cue words may be part of the name itself ("Gaza Strip", "Kirkuk Field"), after
        # an article ("le barrage de Kajaki" is named "barrage de Kajaki").
        whole = find_candidates(index, mention)
        if not whole and (bare := _LEADING_ARTICLE.sub("", normalize(mention))) != normalize(mention):
            whole = find_candidates(index, bare)
        if whole and (not matches or whole[0].quality >= 1.0):
            # a name written in full wins a tie with a name found only without its cue words:
            # "Kurdistan Province" is Iran's province, "Kurdistan" alone also Iraq's region
            whole = [
                hit._replace(quality=hit.quality + FULL_NAME_TIE) if hit.quality >= 1.0 else hit
                for hit in whole
            ]
            matches = _union(matches, whole)
    return core, score_candidates(index, matches, context, keep=limit)


def _union(first: list[NameHit], second: list[NameHit]) -> list[NameHit]:
    best: dict[int, NameHit] = {}
    for hit in [*first, *second]:
        if hit.number not in best or best[hit.number].quality < hit.quality:
            best[hit.number] = hit
    return list(best.values())


def best_of(scored: Sequence[Scored], threshold: float) -> Scored | None:
    """The best candidate if its raw score reaches ``threshold``."""
    if scored and scored[0].raw >= threshold:
        return scored[0]
    return None
