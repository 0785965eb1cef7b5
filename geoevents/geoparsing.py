"""Geoparsing: the place names of a text, each resolved in the context of the others.

>>> import geoevents
>>> for m in geoevents.geoparse("Flooding hit Albany, Ga., and Macon on Monday."):  # doctest: +SKIP
...     print(m.text, m.place.name if m.place else None, m.latitude, m.longitude)

:func:`geoparse` finds the names itself (the same recogniser as ``geoevents extract``), or,
given ``spans``, resolves exactly those spans (for users who bring their own recogniser), in the
context of the whole text either way.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from .extract import lexicon
from .extract.language import LANGUAGES, detect_language
from .extract.sentences import split_sentences
from .extract.toponyms import (
    Mention,
    MentionKind,
    SpotNote,
    Token,
    _common,
    _press_answer,
    _query,
    resolve_mentions,
    spot,
    tokenize,
)
from .gazetteer import Gazetteer, default_gazetteer, demonym_place
from .gazetteer.resolver import NameMatch
from .model import Candidate, ResolvedPlace
from .time.tables import fold_keep_offsets

__all__ = ["PlaceMention", "geoparse", "geoparsing_gazetteer"]

CONTEXT_FROM_TEXT = True
# Recognising names: demonyms ("Syrian", "Minnesotans") are place mentions, answered with their
# country or region (GeoWebNews and LGL count them as toponyms; event places never use them).
DEMONYMS_AS_PLACES = True
# Recognising names: a state or town acting ("Moscow said", "Russia's envoy": metonymy, which the
# event reader keeps apart) is a mention of that place, as the public corpora count it.
ACTORS_AS_PLACES = True
# Recognising names: streets ("Darby Street") are place mentions with no place (the gazetteer has
# no streets), as the public corpora count them.
STREETS_AS_PLACES = True
STREET_REASON = "the name of a street (the gazetteer has no streets)"
_WORD_BEFORE = re.compile(r"(\w+) $")
# Recognising names: initials with periods that are a place's ("U.S.", "U.K.", "D.C."), answered
# alone (the recogniser leaves them out of the context).
DOTTED_AS_PLACES = True
_DOTTED_NAME = re.compile(r"(?<![\w.])(?:(?:[A-Z]\.){2,3}|[A-Z][a-z]{0,4}\.(?: ?[A-Z][a-z]{0,3}\.)?)(?!\w)")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_NAME_AFTER = re.compile(r" [A-Z]")
AREA_CONTEXT = frozenset(
    {"country", "admin1", "governorate", "province"}
)  # given spans: the names recognised elsewhere in the text are context

# Continents ("Africa", "Asia", "South America") are places here, as the public corpora count them
# (GeoVirus, GeoWebNews); the news reader's events never sit on a continent, so they are not in the
# default gazetteer (see geoevents.gazetteer.sources.areas).
CONTINENTS_AS_PLACES = True


@lru_cache(maxsize=1)
def geoparsing_gazetteer() -> Gazetteer:
    """The gazetteer :func:`geoparse` uses by default: the embedded one, with the continents."""
    from .gazetteer.sources.areas import continent_records

    base = default_gazetteer()
    return base.with_layer(continent_records()) if CONTINENTS_AS_PLACES else base


# Given spans that are no place themselves but an organisation, facility or event named after one
# ("Colorado State University", "Tipperary County Council", "the British Embassy", "West Surrey"):
# answered with the place they contain (see _embedded_name; the words are in the language packs).
EMBEDDED_PLACES = True
# The recogniser's organisations named after a place: one whose first name is a country, a
# first-level region or a town at least this big is a mention of that place (end to end).
ORGANISATION_PLACE_POPULATION = 100_000
ORGANISATION_CHARS = 80  # how far after the place an organisation's head word may be
# the mention spans the place's name ("Ohio" of "Ohio State University", as LGL marks it), not the
# organisation's whole name (as GeoWebNews does): overlap F1 is the same, exact F1 a little better
EMBEDDED_WHOLE_SPAN = False
# How an embedded name ranks against another of as many words: a country (or a demonym) over a
# first-level region over anything else, then the larger population ("Robinson College
# Cambridge": Cambridge, not a village called Robinson).
_AREA_CLASSES = frozenset(
    {"country", "continent", "union", "admin1", "province", "governorate", "region", "district"}
)
_EMBEDDED_CLASS_RANK = {"country": 3, "continent": 3, "admin1": 2, "province": 2, "governorate": 2}

# "Albany, Ga.", "Goma, in Congo": a name written after another and a comma
_APPOSITION = re.compile(r", ?(?:(?:en|au|aux|in) )?")


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place name at ``text[start:end]`` and what it resolved to.

    ``place`` is ``None`` when no gazetteer entry was good enough; ``latitude``/``longitude``
    are then ``None`` too, else the representative point used in every export (the point of
    a town, the label point of a country or region, the part of a river the text speaks of).
    """

    start: int
    end: int
    text: str
    place: ResolvedPlace | None
    score: float | None
    reason: str
    candidates: tuple[Candidate, ...] = ()

    @property
    def latitude(self) -> float | None:
        """Latitude of the representative point, or ``None`` when unresolved."""
        return None if self.place is None else self.place.latitude

    @property
    def longitude(self) -> float | None:
        """Longitude of the representative point, or ``None`` when unresolved."""
        return None if self.place is None else self.place.longitude

    def to_dict(self) -> dict:
        """A JSON-friendly dict."""
        place = self.place
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "gazetteer_id": place.gazetteer_id if place else None,
            "name": place.name if place else None,
            "feature_class": place.feature_class if place else None,
            "country": place.country if place else None,
            "latitude": None if self.latitude is None else round(self.latitude, 6),
            "longitude": None if self.longitude is None else round(self.longitude, 6),
            "score": self.score,
            "reason": self.reason,
            "candidates": [c.to_dict() for c in self.candidates],
        }


def geoparse(
    text: str,
    *,
    language: str | None = None,
    published: dt.date | None = None,
    near: Iterable[str] = (),
    spans: Sequence[tuple[int, int]] | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[PlaceMention]:
    """The place mentions of ``text`` in text order, resolved in each other's context.

    ``language``: ``"fr"``, ``"en"`` or ``"es"`` (detected when ``None``; the recogniser reads all
    three languages, the value is checked and kept for what follows); ``published``: the article's
    date (checked; resolution does not depend on it today); ``near``: ISO alpha-2 countries to
    focus on; ``spans``: ``[(start, end), ...]`` character offsets to resolve instead of
    recognising names, one mention per span in the same order; ``gazetteer``: defaults to the
    embedded one with the continents (:func:`geoparsing_gazetteer`). Raises :class:`ValueError` for a span outside the text or an unknown language.

    A span named after a place ("Colorado State University", "West Surrey") that is no place's
    name itself is answered with the place it contains, its ``reason`` saying so ("inside
    'Colorado State University': ..."). Recognised, the mentions include demonyms, "U.S." and the
    press's abbreviations, prominent states acting ("Moscow said"), the place an organisation
    starts with ("Ohio" of "Ohio State University") and streets (``place`` ``None``).
    """
    language = _checked_language(text, language)
    if published is not None and not isinstance(published, dt.date):
        raise ValueError(f"published must be a date, got {published!r}")
    gazetteer = gazetteer or geoparsing_gazetteer()
    sentences = split_sentences(text)
    folded = fold_keep_offsets(text)
    if spans is None:
        spotted = spot(gazetteer, text, sentences, folded)
        named_after: dict[int, str] = {}
        if EMBEDDED_PLACES:
            spotted, named_after = _organisations_named_after_places(gazetteer, text, folded, spotted)
        if ACTORS_AS_PLACES:
            spotted = [_actor_as_place(gazetteer, m) for m in spotted]
        mentions = resolve_mentions(gazetteer, spotted, near=near)
        found = [_public(m, named_after.get(m.start)) for m in mentions if m.is_place]
        if DEMONYMS_AS_PLACES:
            found = sorted(found + _demonyms(gazetteer, mentions), key=lambda m: m.start)
        if DOTTED_AS_PLACES:
            found = sorted(found + _dotted(gazetteer, text, mentions), key=lambda m: m.start)
        if STREETS_AS_PLACES:
            found = sorted(found + _streets(text, folded, mentions), key=lambda m: m.start)
        return found
    given = _span_mentions(text, folded, [s.start for s in sentences], _checked_spans(text, spans))
    given, inside = (
        _with_embedded_places(gazetteer, text, folded, given) if EMBEDDED_PLACES else (given, set())
    )
    if not CONTEXT_FROM_TEXT:
        resolved = resolve_mentions(gazetteer, given, near=near, given=True)
        return [_public(m, m.text if i in inside else None) for i, m in enumerate(resolved)]
    # the names the recogniser finds outside the spans are context ("MANSFIELD — ... Ohio")
    others = [
        m
        for m in spot(gazetteer, text, sentences, folded)
        if m.is_place
        and not any(m.start < g.end and g.start < m.end for g in given)
        and _area_name(gazetteer, m.query)
    ]
    order = sorted(range(len(given) + len(others)), key=lambda i: (given + others)[i].start)
    everything = [(given + others)[i] for i in order]
    resolved = resolve_mentions(gazetteer, everything, near=near, given=True)
    back = {i: resolved[position] for position, i in enumerate(order)}
    return [_public(back[i], back[i].text if i in inside else None) for i in range(len(given))]


def _streets(text: str, folded: str, mentions: Sequence[Mention]) -> list[PlaceMention]:
    """The streets the recogniser sets aside ("Darby Street", "West Tyler Street", "Grand Ave."):
    mentions of a place the gazetteer does not have (``place`` is ``None``)."""
    out = []
    for m in mentions:
        if m.kind is not MentionKind.THING or m.note is not SpotNote.STREET:
            continue
        head = tokenize(text, m.end, min(len(text), m.end + 30), folded)[:1]
        if not head:
            continue
        end = head[0].end + (text[head[0].end : head[0].end + 1] == ".")
        start = m.start
        before = _WORD_BEFORE.search(folded, 0, start)
        if before is not None and before[1] in lexicon.EMBEDDING_PARTS and text[before.start(1)].isupper():
            start = before.start(1)
        out.append(PlaceMention(start, end, text[start:end], None, None, STREET_REASON))
    return out


def _dotted(gazetteer: Gazetteer, text: str, mentions: Sequence[Mention]) -> list[PlaceMention]:
    """The abbreviations with periods of the text that the recogniser leaves: initials that are
    exactly a place's name ("U.S.", "U.K.", "D.C.") and the press's abbreviations of regions ("S.C.",
    "Ky.", "W. Va."; not before a capitalised name: "Col. Smith"), each answered alone (as the
    corpora count them, "U.S. troops" too; they are not context: "U.S." in most news would draw the
    other names to the United States)."""
    out = []
    for m in _DOTTED_NAME.finditer(text):
        if any(m.start() < other.end and other.start < m.end() for other in mentions):
            continue
        result = _dotted_answer(gazetteer, m[0], bool(_NAME_AFTER.match(text, m.end())))
        if result is not None and result.place is not None:
            out.append(
                PlaceMention(
                    m.start(), m.end(), m[0], result.place, result.score, result.reason, result.candidates
                )
            )
    return out


def _dotted_answer(gazetteer: Gazetteer, written: str, before_name: bool):
    """The place an abbreviation with periods names, if any (see :func:`_dotted`)."""
    initials = bool(_INITIALS.fullmatch(written))
    if before_name and not initials:
        return None  # "Col. Smith", "Del. Jones": a title
    press = _press_answer(gazetteer, written.replace(" ", ""))
    if press is not None or not initials:
        return press
    result = gazetteer.resolve(written)
    return result if result.match is NameMatch.EXACT else None  # "U.N." is not Un, a town


def _demonyms(gazetteer: Gazetteer, mentions: Sequence[Mention]) -> list[PlaceMention]:
    """The demonyms of the text answered with their country or region ("the Syrian army" ->
    Syria), as GeoWebNews and LGL count them."""
    out = []
    for m in mentions:
        if m.kind is not MentionKind.DEMONYM:
            continue
        result = gazetteer.resolve(m.query)
        if result.place is not None:
            out.append(
                PlaceMention(
                    m.start, m.end, m.text, result.place, result.score, result.reason, result.candidates
                )
            )
    return out


def _area_name(gazetteer: Gazetteer, name: str) -> bool:
    """Whether ``name`` is a country's or a first-level region's (the context a span may lack)."""
    return any(e.feature_class in AREA_CONTEXT for e in gazetteer.lookup(name))


def _checked_language(text: str, language: str | None) -> str:
    if language is None:
        return detect_language(text)
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, got {language!r}")
    return language


def _checked_spans(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    checked = []
    for number, span in enumerate(spans):
        start, end = (int(v) for v in span)
        if not 0 <= start < end <= len(text):
            raise ValueError(f"span {number} ({start}, {end}) is not inside the text (length {len(text)})")
        checked.append((start, end))
    return checked


def _span_mentions(text: str, folded: str, starts: list[int], spans: list[tuple[int, int]]) -> list[Mention]:
    """One place mention per span, with the feature word written next to it as its query."""
    mentions: list[Mention] = []
    previous: tuple[int, int] | None = None
    for start, end in spans:
        name = text[start:end]
        sentence = max(0, bisect.bisect_right(starts, start) - 1)
        apposition = (
            previous is not None
            and previous[1] <= start
            and previous[0] == sentence
            and bool(_APPOSITION.fullmatch(text[previous[1] : start]))
        )
        query = _query(folded, text, start, end, name)
        mentions.append(Mention(start, end, name, sentence, MentionKind.PLACE, query, apposition=apposition))
        previous = (sentence, end)
    return mentions


def _with_embedded_places(
    gazetteer: Gazetteer, text: str, folded: str, given: list[Mention]
) -> tuple[list[Mention], set[int]]:
    """The spans, each that is no place's name (no candidate, or only a similar name) but contains
    one at a sensible place asking for that place instead ("Colorado State University" ->
    Colorado); and which ones do."""
    out: list[Mention] = []
    inside: set[int] = set()
    for number, mention in enumerate(given):
        name = None if _known(gazetteer, mention.query) else _embedded_name(gazetteer, text, folded, mention)
        if name is None or _resolves_itself(gazetteer, mention.query):
            out.append(mention)
            continue
        out.append(replace(mention, query=name))
        inside.add(number)
    return out, inside


def _known(gazetteer: Gazetteer, name: str) -> bool:
    """Whether ``name`` is a gazetteer name (up to case and accents) or a demonym."""
    return bool(gazetteer.lookup_ids(name)) or demonym_place(name) is not None


class Embedding(enum.Enum):
    """How a span holds the place it is named after."""

    ORGANISATION = "organisation"  # "Colorado State University", "the British Embassy"
    FACILITY = "facility"  # a site, a feature or an event: "Glenrock Lagoon", "Dubai World Cup"
    PART = "part"  # "West Surrey", "East of England"


def _organisations_named_after_places(
    gazetteer: Gazetteer, text: str, folded: str, mentions: list[Mention]
) -> tuple[list[Mention], dict[int, str]]:
    """The recogniser's mentions, each organisation that starts with a prominent place's name
    ("Ohio State University", "Dublin City Council", "Pakistan Army"; not a news medium's:
    "Washington Post") made a mention of that place; and the organisations' names (up to their
    last head word) by where those mentions start."""
    out: list[Mention] = []
    starts: dict[int, str] = {}
    for mention in mentions:
        if out and mention.start < out[-1].end:
            continue  # inside the organisation's name before
        end = _organisation_end(text, folded, mention) if mention.kind is MentionKind.ORGANISATION else None
        if end is None or not _prominent_place(gazetteer, mention.query):
            out.append(mention)
            continue
        if EMBEDDED_WHOLE_SPAN:
            mention = replace(mention, end=end, text=text[mention.start : end])
        out.append(replace(mention, kind=MentionKind.PLACE))
        starts[mention.start] = text[mention.start : end]
    return out, starts


def _actor_as_place(gazetteer: Gazetteer, mention: Mention) -> Mention:
    """A state or town the recogniser reads as an actor ("Moscow said", "Russia's envoy") as a
    mention of that place, when it is a prominent place or a name of several words ("Anderson
    County"): a surname that is also a village's name ("Underwood said") stays out."""
    if mention.kind is not MentionKind.ACTOR:
        return mention
    if " " in mention.query.strip() or _prominent_place(gazetteer, mention.query):
        return replace(mention, kind=MentionKind.PLACE)
    return mention


def _organisation_end(text: str, folded: str, mention: Mention) -> int | None:
    """Where the organisation's name that ``mention`` starts ends: at its last head word
    (``EMBEDDING_*``) across capitalised words and links written one space apart, else at the
    last of those words; ``None`` for a news medium's name ("Washington Post")."""
    end, last = mention.end, mention.end
    tokens = tokenize(text, mention.end, min(len(text), mention.end + ORGANISATION_CHARS), folded)
    if tokens and tokens[0].key in lexicon.MEDIA_WORDS:
        return None
    for token in tokens:
        if text[end : token.start] != " " or not (token.cap or token.key in lexicon.ORGANISATION_LINKS):
            break
        end = token.end
        if token.key in lexicon.EMBEDDING_HEADS:
            last = token.end
    return last if last > mention.end else end


def _prominent_place(gazetteer: Gazetteer, name: str) -> bool:
    """A country, a first-level region or a large town of this name (a name a reader takes for the
    place even inside an organisation's name: "Ohio", not "Stevens")."""
    if fold_keep_offsets(name) in lexicon.EMBEDDING_PARTS:
        return False  # "Northeast Club House"
    prominence = _prominence(gazetteer, name, " " not in name, demonyms=False)
    return prominence is not None and (prominence[0] > 0 or prominence[1] >= ORGANISATION_PLACE_POPULATION)


def _resolves_itself(gazetteer: Gazetteer, name: str) -> bool:
    """Whether ``name`` resolves alone to a place of its own name (not only a similar one)."""
    result = gazetteer.resolve(name)
    return result.place is not None and result.match is not NameMatch.SIMILAR


def _embedded_name(gazetteer: Gazetteer, text: str, folded: str, mention: Mention) -> str | None:
    """The place name inside a span that is an organisation, facility or event named after it
    ("Colorado State University", "University of Alberta", "Liverpool FC", "British Embassy") or
    a part of it ("West Surrey", "East of England"), if one: the longest gazetteer name (or, in an
    organisation's name, demonym) whose words around it are heads of such names (``EMBEDDING_*``
    in the language packs), links ("of the") or capitalised words; the most prominent of names as
    long."""
    tokens = tokenize(text, mention.start, mention.end, folded)
    best: tuple[tuple[int, int, int], str] | None = None
    for i in range(len(tokens)):
        for j in range(len(tokens), i, -1):
            embedding = _embedding(tokens, i, j) if j - i < len(tokens) else None
            if embedding is None:
                continue
            name = text[tokens[i].start : tokens[j - 1].end]
            prominence = _prominence(gazetteer, name, j - i == 1, embedding is Embedding.ORGANISATION)
            if embedding is Embedding.PART and not _area_or_large(gazetteer, name):
                continue  # "West Wing" is not a part of Wing, a village
            if prominence is not None and (best is None or (j - i, *prominence) > best[0]):
                best = ((j - i, *prominence), name)
    return None if best is None else best[1]


def _embedding(tokens: Sequence[Token], i: int, j: int) -> Embedding | None:
    """How ``tokens[i:j]`` may be the place that the name ``tokens`` holds, if it may: it starts
    and ends with a capitalised word (not a possessive), holds no head word (but county, city...)
    and is not a feature word alone; the words outside it are capitalised or links with a head
    among them, or they are parts before it."""
    inner, outer = tokens[i:j], [*tokens[:i], *tokens[j:]]
    if not (inner[0].cap and inner[-1].cap):
        return None
    if any(t.key in lexicon.EMBEDDING_HEADS and t.key not in lexicon.EMBEDDING_NAME_WORDS for t in inner):
        return None
    if (len(inner) == 1 and inner[0].key in lexicon.EMBEDDING_NOT_PLACES) or (inner[-1].possessive and outer):
        return None  # "North Island"; "St. Peter's Basilica", "St. Mary's Hospital": a patron's name
    if not all(t.cap or t.key in lexicon.EMBEDDING_LINKS for t in outer):
        return None
    if any(t.key in lexicon.EMBEDDING_ORGANISATIONS for t in outer):
        return Embedding.ORGANISATION
    if any(t.key in lexicon.EMBEDDING_HEADS for t in outer):
        return Embedding.FACILITY
    before = tokens[:i]
    parts_only = all(t.key in lexicon.EMBEDDING_PARTS or t.key in lexicon.EMBEDDING_LINKS for t in before)
    if j == len(tokens) and parts_only and any(t.key in lexicon.EMBEDDING_PARTS for t in before):
        return Embedding.PART
    return None


def _area_or_large(gazetteer: Gazetteer, name: str) -> bool:
    """Whether a place called ``name`` is an area (a country, a region, a county) or a large town:
    a place that has parts ("West Surrey", "North Dallas")."""
    return any(
        e.feature_class in _AREA_CLASSES or (e.population or 0) >= ORGANISATION_PLACE_POPULATION
        for e in gazetteer.lookup(name)
    )


def _prominence(gazetteer: Gazetteer, name: str, single: bool, demonyms: bool) -> tuple[int, int] | None:
    """How prominent the place called ``name`` is (its class's rank, its population), or ``None``
    when ``name`` is no gazetteer name (nor, with ``demonyms``, a demonym); a single common word
    counts only as a country's or a region's abbreviation ("US Federal Reserve")."""
    if demonym_place(name) is not None:
        return (_EMBEDDED_CLASS_RANK["country"], 0) if demonyms else None
    entries = gazetteer.lookup(name)
    if not entries:
        return None
    rank = max((_EMBEDDED_CLASS_RANK.get(e.feature_class, 0), e.population or 0) for e in entries)
    if single and _common(name) and not (name.isupper() and rank[0] > 0):
        return None
    return rank


def _public(mention: Mention, inside: str | None = None) -> PlaceMention:
    """The public mention; ``inside``: the name of the organisation or facility it was read in."""
    reason = f"inside '{inside}': {mention.reason}" if inside else mention.reason
    return PlaceMention(
        mention.start,
        mention.end,
        mention.text,
        mention.place,
        mention.score if mention.place is not None else None,
        reason,
        mention.candidates,
    )
