"""Toponym recognition: gazetteer-driven spotting of place names in French and English text.

1. :func:`tokenize` cuts the (boilerplate-free) text into words with offsets, splitting
   elisions ("d'Abou" -> "Abou") and possessives ("Yemen's" -> "Yemen").
2. :func:`spot` takes runs of capitalised words (with name connectors: "Deir ez-Zor",
   "Tal Afar") and, left to right, the longest n-gram that :func:`known_name` finds in the
   gazetteer, or that it finds with the feature word written next to it ("barrage de Kajaki",
   "the Sahel region"); a country abbreviation ("RDC", "UAE") counts only written in capitals.
   Stoplists drop common words ("Chat", "Hier"); person names ("le colonel Ryan
   Dillon", "Marc Lyon"), organisations ("État islamique au Sahel"), named things ("le bateau
   Tombouctou"), comparisons ("le destin de Dresde") and actors ("dirigée par les
   États-Unis", "Kiev a démenti") are kept as mentions but flagged, so they never become
   event places: :func:`geoevents.extract.classify.classify` decides what a name is.
3. :func:`resolve_mentions` resolves every distinct name in the context of the others (focus
   countries, nearby confident places), the way :mod:`geoevents.locate` does for tables: a
   country name shared by two countries ("Congo") and a tie between far-apart towns follow the
   other places; "El Paso, Texas" is resolved as a pair; a river is placed at its point
   nearest the places the text names.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache, partial
from itertools import pairwise

from shapely.geometry import Point
from shapely.ops import nearest_points

from ..gazetteer import Gazetteer, NameMatch, Resolution, ResolveContext, demonym_country, demonym_place
from ..gazetteer.context import Name, key_of, rerank
from ..gazetteer.context import clear_caches as clear_ranked
from ..gazetteer.entry import POPULATED
from ..gazetteer.normalize import fold, normalize
from ..gazetteer.resolver import REGION_CLASSES, haversine_km, similar_enough
from ..gazetteer.sources.admin1 import press_abbreviations
from ..gazetteer.sources.countries import abbreviations
from ..gazetteer.store import forget_decoded
from ..model import Candidate, ResolvedPlace
from ..time.tables import fold_keep_offsets
from . import lang, lexicon
from .classify import ARTICLE_PREFIX as _ARTICLE_PREFIX
from .classify import MentionKind
from .classify import classify as _classify
from .sentences import Sentence

__all__ = [
    "Mention",
    "MentionKind",
    "Token",
    "clear_caches",
    "known_name",
    "resolve_mentions",
    "spot",
    "tokenize",
]

MAX_NGRAM = 5


# ---------------------------------------------------------------- the one gazetteer look-up


# The only place where extraction looks into the gazetteer's index: keep it that way. The
# index is being reworked (maps of names today, look-up methods on the ``gazetteer`` branch):
# these helpers read either layout.


def _numbers(table, key: str):
    """Entry numbers under ``key`` in an index table (a mapping, or a look-up method)."""
    return table(key) if callable(table) else table.get(key, ())


def _entry(index, number: int):
    entry = getattr(index, "entry", None)
    return entry(number) if callable(entry) else index.entries[number]


@lru_cache(maxsize=100_000)
def known_name(gazetteer: Gazetteer, name: str) -> bool:
    """Whether ``name`` is a name (or transliteration-folded name) of any gazetteer entry."""
    index = gazetteer.index
    key = normalize(name)
    return bool(key) and bool(_numbers(index.exact, key) or _numbers(index.folded, fold(name)))


@lru_cache(maxsize=100_000)
def country_codes(gazetteer: Gazetteer, name: str) -> frozenset[str]:
    """The ISO codes of the countries called exactly ``name`` ("Syrie" -> SY), else empty."""
    index = gazetteer.index
    return frozenset(
        entry.country
        for entry in (_entry(index, n) for n in _numbers(index.exact, normalize(name)))
        if entry.feature_class == "country" and entry.country
    )


# ---------------------------------------------------------------- tokens

_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*[^\W_])?|\d+")
_ELISION = re.compile(r"^(?:l|d|qu|n|s|j|m|t|c|jusqu|lorsqu|puisqu|presqu)['’](?=\w)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$|(?<=s)['’]$")
CONNECTORS = frozenset(
    "de du des d' la le les el al ez es ed ad ar as az ash an at bin ibn abu abou ben of the sur en y i di da dos do"
    " del della van von".split()
)


@dataclass(
    slots=True
)  # not frozen: made for every word, and frozen dataclasses are four times slower to make
class Token:
    """A word at ``[start, end)``: ``cap`` when it can be part of a name; ``possessive`` for "Yemen's";
    ``key`` is the word folded (:func:`~geoevents.time.tables.fold_keep_offsets`)."""

    start: int
    end: int
    text: str
    cap: bool
    possessive: bool = False
    key: str = ""  # the word folded (lower case, no accents)


def _is_cap(word: str) -> bool:
    if word[:1].isupper():
        return True
    if "-" not in word[:5]:
        return False
    m = _ARTICLE_PREFIX.match(word)
    return m is not None and word[m.end() : m.end() + 1].isupper()


def tokenize(text: str, start: int, end: int, folded: str | None = None) -> list[Token]:
    """Words of ``text[start:end]`` with document offsets (``folded``: the whole text folded)."""
    if folded is None:
        folded = fold_keep_offsets(text)
    tokens: list[Token] = []
    for m in _WORD.finditer(text, start, end):
        s, e, word = m.start(), m.end(), m[0]
        possessive = False
        if "'" in word or "’" in word:
            if el := _ELISION.match(word):
                tokens.append(Token(s, s + el.end(), word[: el.end()], False, key=folded[s : s + el.end()]))
                s += el.end()
                word = word[el.end() :]
            if pos := _POSSESSIVE.search(word):
                possessive = True
                e -= len(pos[0])
                word = word[: len(word) - len(pos[0])]
        if word:
            tokens.append(Token(s, e, word, _is_cap(word), possessive, folded[s:e]))
    return tokens


# ---------------------------------------------------------------- mentions


class SpotNote(Enum):
    """Why spotting read a name the gazetteer knows as something else than a place (the value
    is the mention's ``reason``, as the outputs write it)."""

    STREET = "the name of a street"  # "rue de Lyon", "Mosul Street"
    FRAGMENT = "part of a longer name"  # "Glacier Ridge", "Chiquita Raquel Henry"


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name as written at ``[start, end)``.

    ``kind`` (:class:`MentionKind`) is ``PLACE`` for a location, or why it is not one: a person,
    an organisation, a thing, a comparison, an actor. ``query`` is what is
    sent to the gazetteer (the name with a feature cue: "barrage de Mossoul").
    """

    start: int
    end: int
    text: str
    sentence: int
    kind: MentionKind = MentionKind.PLACE
    query: str = ""
    place: ResolvedPlace | None = None
    score: float | None = None
    reason: str = ""
    # why spotting took a name the gazetteer knows for something else than a place (its
    # ``reason`` then says so in words): the rules decide on this, not on the text
    note: SpotNote | None = None
    # written just after another name and a comma ("El Paso, Texas"): maybe the region or
    # country that the name before lies in
    apposition: bool = False
    candidates: tuple[Candidate, ...] = ()  # the gazetteer's best candidates, best first

    @property
    def is_place(self) -> bool:
        """A location (resolved or not)."""
        return self.kind == MentionKind.PLACE


# Feature words that, next to a name, tell the resolver what kind of feature it is (the
# words are in the language packs: FEATURE_BEFORE, FEATURE_AFTER).
_CUE_BEFORE = re.compile(r"(?:" + lang.alternatives("words", "FEATURE_BEFORE") + r")$")
_CUE_AFTER = re.compile(r"^\s+(?:" + lang.alternatives("words", "FEATURE_AFTER") + r")\b")
# Last words of a cue before a name, and first words of one after it: only next to these is a
# name that is not known alone tried with its cue ("barrage de Kajaki", "the Sahel region").
_CUE_END_WORDS = lang.words("words", "FEATURE_END_WORDS")
_CUE_START_WORDS = lang.words("words", "FEATURE_START_WORDS")


def _query(folded: str, text: str, start: int, end: int, name: str) -> str:
    """The name with the feature word written next to it ("barrage de Mossoul", "Dnipro River")."""
    if m := _CUE_BEFORE.search(folded[max(0, start - 40) : start]):
        return text[start - len(m[0]) : end]
    if m := _CUE_AFTER.match(folded[end : end + 30]):
        return text[start : end + m.end()]
    return name


_APPOSITION = re.compile(
    r", ?(?:(?:en|au|aux|in) )?"
)  # "El Paso, Texas", "Grenade, en Espagne", "Goma, in Congo"


def _longest_name(
    tokens: Sequence[Token],
    i: int,
    text: str,
    folded: str,
    lookup: Callable[[str], bool],
    abbreviated: frozenset[str],
) -> int | None:
    """Where the longest gazetteer name starting at ``tokens[i]`` ends (a token index), if any:
    common words, function words and common phrases are not names; a country abbreviation
    counts only as written, in capitals."""
    for n in range(_run_length(tokens, i, text), 0, -1):
        j = i + n
        if not tokens[j - 1].cap and not (n > 1 and tokens[j - 1].key in TRAILING_ADJECTIVES):
            continue
        name = text[tokens[i].start : tokens[j - 1].end]
        if n == 1 and name.upper() in abbreviated:
            # "RDC", "UAE": only as written, in capitals, and not inside a capitals headline
            if name not in abbreviated or _in_capitals(tokens, i, text):
                continue
        elif n == 1 and (_common(name) or (i == 0 and _lowercase_elsewhere(folded, text, name))):
            continue
        if n > 1 and tokens[i].key in lexicon.FUNCTION_WORDS:
            continue
        if n > 1 and _abbreviated(tokens[i], text) and tokens[j - 1].possessive:
            continue  # "St. Mary's", "St. Michael's": a church's or a school's patron
        if n > 1 and fold_keep_offsets(name) in lexicon.COMMON_PHRASES:
            return None  # "White House": neither the phrase nor its first word
        if lookup(name):
            return j
    return None


def spot(
    gazetteer: Gazetteer,
    text: str,
    sentences: Sequence[Sentence],
    folded: str | None = None,
    entities: Sequence[tuple[int, int, str]] = (),
) -> list[Mention]:
    """Every gazetteer name written with capitals in ``text``, classified (see :class:`Mention`).

    ``entities`` (from :mod:`geoevents.extract.nlp`, optional): a name inside a ``PER`` entity
    is a person; a ``LOC``/``GPE`` entity the gazetteer knows is a place even where the
    capitalisation rules missed it.
    """
    folded = folded if folded is not None else fold_keep_offsets(text)
    mentions: list[Mention] = []
    people: set[str] = set()
    fragments: set[str] = set()  # names seen as part of a longer name (_inside_longer_name)
    lookup = partial(known_name, gazetteer)
    abbreviated = abbreviations()
    for number, sentence in enumerate(sentences):
        tokens = _split_compounds(tokenize(text, sentence.start, sentence.end, folded), lookup)
        headline = _title_case(tokens)
        i = 0
        while i < len(tokens):
            if not tokens[i].cap:
                i += 1
                continue
            if _two_word_demonym(tokens, i, text):  # "Sri Lankan" before "Sri"
                i = _demonym(tokens, i, text, number, mentions)
                continue
            found = _longest_name(tokens, i, text, folded, lookup, abbreviated)
            found = None if _only_a_demonym(gazetteer, tokens, i, found, text) else found
            if found is None:
                found = _with_cue(tokens, i, text, folded, lookup)
            if found is None:
                _note_person(tokens, i, people)
                i = _demonym(tokens, i, text, number, mentions)
                continue
            start, end = tokens[i].start, tokens[found - 1].end
            name = text[start:end]
            before_text = folded[sentence.start : start]
            kind = _classify(
                tokens, i, found, folded, before_text, people, bool(country_codes(gazetteer, name))
            )
            note: SpotNote | None = None
            if kind == MentionKind.PLACE and _street_name(tokens, found, folded):
                kind, note = MentionKind.THING, SpotNote.STREET
            if kind == MentionKind.PLACE and not headline and not _prominent(gazetteer, name):
                previous = mentions[-1] if mentions and mentions[-1].sentence == number else None
                kind = _inside_longer_name(tokens, i, found, text, folded, lookup, previous)
                if kind != MentionKind.PLACE:
                    note = SpotNote.FRAGMENT
                    fragments.add(fold_keep_offsets(name))
                    if (
                        previous is not None
                        and previous.is_place
                        and previous.end == tokens[i - 1].end
                        and not _prominent(gazetteer, previous.text)
                    ):
                        # "Glacier Ridge", "Cora Kelly": the name before is a part too
                        mentions[-1] = replace(
                            previous, kind=kind, reason=SpotNote.FRAGMENT.value, note=SpotNote.FRAGMENT
                        )
                        fragments.add(fold_keep_offsets(previous.text))
            if kind == MentionKind.PERSON and note is None:
                people.add(fold_keep_offsets(name))
            if (
                kind == MentionKind.PLACE
                and mentions
                and mentions[-1].sentence == number
                and mentions[-1].kind == MentionKind.COMPARISON
            ):
                # "the fate of Mosul and Raqqa": the second name is part of the comparison too
                if re.fullmatch(r"\s*(?:,|and|et|or|ou)\s*", folded[mentions[-1].end : start]):
                    kind = MentionKind.COMPARISON
            apposition = bool(
                mentions
                and mentions[-1].sentence == number
                and _APPOSITION.fullmatch(text[mentions[-1].end : start])
            )
            mentions.append(
                Mention(
                    start,
                    end,
                    name,
                    number,
                    kind,
                    _query(folded, text, start, end, name),
                    reason=note.value if note is not None else "",
                    note=note,
                    apposition=apposition,
                )
            )
            i = found
    mentions = _with_dotted_abbreviations(gazetteer, text, sentences, mentions)
    if entities:
        mentions = _with_entities(gazetteer, text, sentences, mentions, entities, people)
    # a surname seen as a person is a person everywhere in the text ("le colonel Dillon")
    mentions = [
        replace(m, kind=MentionKind.PERSON)
        if m.kind == MentionKind.PLACE
        and fold_keep_offsets(m.text) in people
        and not _introduced_as_place(folded, m.start)
        else m
        for m in mentions
    ]
    return _fragments_agree(mentions, folded, fragments) if fragments else mentions


PROMINENT_POPULATION = 100_000  # a town this big is a place even inside a longer name
# countries and first-level regions are places even inside a longer name (not counties:
# "Henry", "Stevens" are surnames more often than Henry County or Stevens County)
PROMINENT_CLASSES = frozenset({"country", "union", "admin1", "governorate", "province"})
_PLACE_EVIDENCE = re.compile(
    r"(?:\b(?:in|near|outside|across|a|au|en|dans)|(?:town|city|village|county|state|ville) (?:of|de|d'))\s*$"
)


def _street_name(tokens: Sequence[Token], j: int, folded: str) -> bool:
    """A name followed by a street word ("Cooper Street", "Dublin Road", "Washington Avenue"):
    the street is named after the place or the person, it is not there."""
    after = tokens[j] if j < len(tokens) else None
    return (
        after is not None
        and after.cap
        and after.key in lexicon.STREET_HEADS
        and folded[tokens[j - 1].end : after.start] == " "
    )


def _prominent(gazetteer: Gazetteer, name: str) -> bool:
    """A country, a first-level region or a big town: a place even inside a longer name
    ("Metropolitan Atlanta", "Movement for Salvation of Georgia")."""
    return any(
        e.feature_class in PROMINENT_CLASSES
        or (e.feature_class in POPULATED and e.population >= PROMINENT_POPULATION)
        for e in gazetteer.lookup(name)
    )


def _fragments_agree(mentions: list[Mention], folded: str, fragments: set[str]) -> list[Mention]:
    """One reading per name and text for names seen as part of a longer one ("Chiquita Raquel
    Henry ... Henry's arrest"): a person or an organisation everywhere, unless the text also
    writes the name where only a place stands ("in Dublin"): then a place everywhere."""
    placed = {
        fold_keep_offsets(m.text)
        for m, following in zip(mentions, [*mentions[1:], None], strict=True)
        if m.kind == MentionKind.PLACE
        and (
            _PLACE_EVIDENCE.search(folded[max(0, m.start - 25) : m.start])
            or (m.text.isupper() and len(m.text) > 3)  # a dateline: "CROMWELL —"
            or (following is not None and following.apposition and following.start - m.end <= 4)
        )
    }
    out = []
    for m in mentions:
        key = fold_keep_offsets(m.text)
        if key in fragments and key in placed and m.note is SpotNote.FRAGMENT:
            m = replace(m, kind=MentionKind.PLACE, reason="", note=None)
        elif key in fragments and key not in placed and m.kind == MentionKind.PLACE:
            m = replace(m, kind=MentionKind.PERSON, reason=SpotNote.FRAGMENT.value, note=SpotNote.FRAGMENT)
        out.append(m)
    return out


def _demonym(tokens: Sequence[Token], i: int, text: str, sentence: int, mentions: list[Mention]) -> int:
    """Note a demonym at ``tokens[i]`` ("Syrian", "Sri Lankan", "Minnesotans") as a mention of
    kind ``DEMONYM`` (never an event's place; :func:`geoevents.geoparse` answers it with its
    country or region); returns the index of the token after it."""
    for n in (2, 1):
        j = i + n
        if j > len(tokens) or not all(t.cap for t in tokens[i:j]):
            continue
        if n == 2 and text[tokens[i].end : tokens[i + 1].start] != " ":
            continue
        name = text[tokens[i].start : tokens[j - 1].end]
        if demonym_place(name) is not None:
            mentions.append(
                Mention(tokens[i].start, tokens[j - 1].end, name, sentence, MentionKind.DEMONYM, name)
            )
            return j
    return i + 1


def _only_a_demonym(
    gazetteer: Gazetteer, tokens: Sequence[Token], i: int, found: int | None, text: str
) -> bool:
    """The name found at ``tokens[i]`` is one word, a demonym ("Kenyan", "Philippine") that is not
    also a country's name ("Congo"): not a town one of whose names folds like it (Shenyang)."""
    if found != i + 1:
        return False
    word = text[tokens[i].start : tokens[i].end]
    return demonym_place(word) is not None and not country_codes(gazetteer, word)


def _two_word_demonym(tokens: Sequence[Token], i: int, text: str) -> bool:
    return (
        i + 1 < len(tokens)
        and tokens[i + 1].cap
        and text[tokens[i].end : tokens[i + 1].start] == " "
        and demonym_place(text[tokens[i].start : tokens[i + 1].end]) is not None
    )


HYPHEN_PART_MIN = 4  # letters of a part of a hyphenated compound looked up alone


def _split_compounds(tokens: list[Token], lookup: Callable[[str], bool]) -> list[Token]:
    """Hyphenated compounds of names cut into their parts ("Russia-Turkey ties",
    "DFL-Minneapolis"): a capitalised compound the gazetteer does not know as a whole is cut
    when one of its parts is a known name that is not a common word ("Deir ez-Zor",
    "Saint-Denis", "Al-Qaim" stay whole: the gazetteer knows them)."""
    out: list[Token] = []
    for token in tokens:
        if not token.cap or "-" not in token.text or _ARTICLE_PREFIX.match(token.text) or lookup(token.text):
            out.append(token)
            continue
        parts = list(_HYPHEN_PART.finditer(token.text))
        if not any(
            p[0][:1].isupper() and len(p[0]) >= HYPHEN_PART_MIN and not _common(p[0]) and lookup(p[0])
            for p in parts
        ):
            out.append(token)
            continue
        for k, p in enumerate(parts):
            start, end = token.start + p.start(), token.start + p.end()
            last = k == len(parts) - 1
            out.append(
                Token(
                    start,
                    end,
                    p[0],
                    p[0][:1].isupper(),
                    token.possessive and last,
                    token.key[p.start() : p.end()],
                )
            )
    return out


_HYPHEN_PART = re.compile(r"[^-]+")
TITLE_CASE_WORDS = 3  # long words (4+ letters) a line needs to be taken for a headline


def _title_case(tokens: Sequence[Token]) -> bool:
    """A headline in Title Case or capitals ("Grand Jury Indicts Man In December Slaying"): every
    word of four letters or more capitalised, where a capital says nothing of a name."""
    long_words = [t for t in tokens if len(t.text) > 3 and t.text.isalpha()]
    return len(long_words) >= TITLE_CASE_WORDS and all(t.cap for t in long_words)


def _inside_longer_name(
    tokens: Sequence[Token],
    i: int,
    j: int,
    text: str,
    folded: str,
    lookup: Callable[[str], bool],
    previous: Mention | None = None,
) -> MentionKind:
    """A name written just after another capitalised word that is not a place is part of a
    longer name: a person's ("Chiquita Raquel Henry", "Mimi Carter"), or an organisation's or
    facility's ("Shopping Center", "Task Force"); else a place. Words that leave a place a place
    before it: function words, titles (their own rule), "Metro", "Greater", compass words,
    demonyms ("Iraqi Kurdistan"), and the first word of a sentence."""
    first, last = tokens[i], tokens[j - 1]
    if folded[last.end : last.end + 3] == " & " or folded[max(0, first.start - 3) : first.start] == " & ":
        return MentionKind.ORGANISATION  # "Stevens & Wilkinson", "Johnson & Johnson"
    # a name of several words is a place the gazetteer knows whole, but for a saint's after a
    # first name ("Raynola St. Clair")
    saint = _abbreviated(first, text)
    if i < (1 if saint else 2) or (j - i > 1 and not saint):
        return MentionKind.PLACE
    before = tokens[i - 1]
    if not before.cap or folded[before.end : first.start] != " ":
        return MentionKind.PLACE
    if previous is not None and previous.end == before.end:
        if previous.kind in (MentionKind.PERSON, MentionKind.ORGANISATION):
            return previous.kind  # "Jason Terrell Jones": the rest of a person's name
        if not previous.is_place:
            return MentionKind.PLACE
        if " " in previous.text:
            return MentionKind.PLACE
        return _fragment_kind(tokens, j, folded)
    key = before.key
    if (
        key in lexicon.FUNCTION_WORDS
        or key in lexicon.PLACE_MODIFIERS
        or (key in lexicon.COMMON_WORDS and key not in lexicon.NAME_HEADS)
        or before.text.isupper()
        or before.key in _lowercase_words(folded, text)
        or lookup(before.text)
        or demonym_country(before.text)
    ):
        return MentionKind.PLACE
    return _fragment_kind(tokens, j, folded)


def _fragment_kind(tokens: Sequence[Token], j: int, folded: str) -> MentionKind:
    """The last word of a run of capitalised words is a person's surname; a word inside the
    run is part of an organisation's or a facility's name."""
    after = tokens[j] if j < len(tokens) else None
    if after is not None and after.cap and folded[tokens[j - 1].end : after.start] == " ":
        return MentionKind.ORGANISATION
    return MentionKind.PERSON


_PLACE_INTRO = re.compile(
    r"(?:(?:town|city|village|district|province|region|ville|village|localite|commune|province|region) (?:of|de|d')"
    r"|\b(?:in|at|near|from|to|a|au|en|dans|pres de|pres d'|vers))\s*$"
)


# "U.S.", "U.K.", "Ga.", "W.Va.", "Okla.", "B.C.": capitals, a few small letters, periods
_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z][a-z]{0,4}\.){1,3}")
_AFTER_TOWN = re.compile(r", ?")


def _with_dotted_abbreviations(
    gazetteer: Gazetteer, text: str, sentences: Sequence[Sentence], mentions: list[Mention]
) -> list[Mention]:
    """The mentions with a first-level region's abbreviation the press writes with periods after
    a town and a comma ("Albany, Ga.", "Charleston, W.Va."): that town's region. (A country's,
    "U.S.", is not read here: in news it is mostly an actor or a modifier, "U.S. troops", and as
    a focus country it would draw the text's other names to the United States.)"""
    starts = [s.start for s in sentences]
    found: list[Mention] = []
    for m in _DOTTED.finditer(text):
        start, end, name = m.start(), m.end(), m[0]
        if any(start < other.end and other.start < end for other in mentions):
            continue
        number = max(0, bisect.bisect_right(starts, start) - 1)
        previous = max((o for o in mentions if o.end <= start), key=lambda o: o.end, default=None)
        if (
            previous is not None
            and previous.is_place
            and previous.sentence == number
            and _AFTER_TOWN.fullmatch(text[previous.end : start])
            and any(e.feature_class in REGION_CLASSES for e in _named(gazetteer, name))
        ):
            found.append(Mention(start, end, name, number, MentionKind.PLACE, name, apposition=True))
    return sorted([*mentions, *found], key=lambda o: o.start) if found else mentions


def _introduced_as_place(folded: str, start: int) -> bool:
    """ "the town of Suárez", "à Suárez": a place even when a person has the same name."""
    return bool(_PLACE_INTRO.search(folded[max(0, start - 25) : start]))


def _with_entities(
    gazetteer: Gazetteer,
    text: str,
    sentences: Sequence[Sentence],
    mentions: list[Mention],
    entities: Sequence[tuple[int, int, str]],
    people: set[str],
) -> list[Mention]:
    out: list[Mention] = []
    folded = fold_keep_offsets(text)
    persons = [(s, e) for s, e, label in entities if label == "PER"]
    for mention in mentions:
        inside = any(
            s <= mention.start and mention.end <= e and e - s > mention.end - mention.start
            for s, e in persons
        )
        if mention.kind == MentionKind.PLACE and inside:
            people.add(fold_keep_offsets(mention.text))
            mention = replace(mention, kind=MentionKind.PERSON, reason="a person's name (spaCy)")
        out.append(mention)
    for start, end, label in entities:
        if label not in ("LOC", "GPE") or any(m.start < end and start < m.end for m in out):
            continue
        name = re.sub(r"^(?:l'|d'|le |la |les )", "", text[start:end], flags=re.IGNORECASE)
        start = end - len(name)
        if not name[:1].isupper() or _common(name) or not known_name(gazetteer, name):
            continue
        number = next((n for n, s in enumerate(sentences) if s.start <= start < s.end), None)
        if number is None:
            continue
        tokens = tokenize(text, sentences[number].start, sentences[number].end, folded)
        first = next((k for k, t in enumerate(tokens) if t.start == start), None)
        last = next((k for k, t in enumerate(tokens) if t.end == end), None)
        if first is None or last is None:
            continue
        kind = _classify(
            tokens,
            first,
            last + 1,
            folded,
            folded[sentences[number].start : start],
            people,
            bool(country_codes(gazetteer, name)),
        )
        out.append(Mention(start, end, name, number, kind, name, reason="a location (spaCy)"))
    return sorted(out, key=lambda m: m.start)


_LEADING_ARTICLE = re.compile(r"^(?:le |la |les |l'|l’|the )", re.IGNORECASE)


def _with_cue(tokens: Sequence[Token], i: int, text: str, folded: str, lookup) -> int | None:
    """The end of a name known only with the feature word next to it ("barrage de Kajaki",
    "the Sahel region"), or ``None``. Tried only next to a cue word: cheap for other words."""
    before = tokens[i - 1].key if i > 0 else ""
    for n in range(_run_length(tokens, i, text), 0, -1):
        j = i + n
        if not tokens[j - 1].cap:
            continue
        after = tokens[j].key if j < len(tokens) else ""
        if before not in _CUE_END_WORDS and after not in _CUE_START_WORDS:
            continue
        start, end = tokens[i].start, tokens[j - 1].end
        name = text[start:end]
        query = _query(folded, text, start, end, name)
        if query != name and (lookup(query) or lookup(_LEADING_ARTICLE.sub("", query))):
            return j
    return None


def _in_capitals(tokens: Sequence[Token], i: int, text: str) -> bool:
    """Whether token ``i`` stands in a run of capitalised words ("CAR BOMB KILLS FIVE")."""
    for k in (i - 1, i + 1):
        if 0 <= k < len(tokens):
            a, b = (tokens[k], tokens[i]) if k < i else (tokens[i], tokens[k])
            word = tokens[k].text
            if text[a.end : b.start] == " " and len(word) > 1 and word.isalpha() and word.isupper():
                return True
    return False


def _note_person(tokens: Sequence[Token], i: int, people: set[str]) -> None:
    """Remember "Firstname Surname" surnames that are not places themselves."""
    if i + 1 < len(tokens) and tokens[i + 1].cap and tokens[i].key in lexicon.FIRST_NAMES:
        people.add(tokens[i + 1].key)


def _abbreviated(token: Token, text: str) -> bool:
    """ "St.", "Ft.", "Mt." with their period: the start of a name of several words."""
    return token.key in lexicon.NAME_ABBREVIATIONS and text[token.end : token.end + 1] == "."


def _run_length(tokens: Sequence[Token], i: int, text: str) -> int:
    """How many tokens from ``i`` can form one name: capitalised words and connectors
    ("Deir ez-Zor", "Tal Afar", "plaine de Ninive") with only a space or hyphen between (or a
    period and a space after "St", "Ft", "Mt": "St. Louis"), at most ``MAX_NGRAM``. A name must
    also end on a capitalised word (checked by the caller)."""
    k = i + 1
    while k < len(tokens) and k - i < MAX_NGRAM:
        token, previous = tokens[k], tokens[k - 1]
        between = text[previous.end : token.start]
        if between not in (" ", "-", "") and not (
            between == ". " and previous.key in lexicon.NAME_ABBREVIATIONS
        ):
            break
        if previous.possessive:
            break
        if not token.cap and token.key not in CONNECTORS:
            if token.key in TRAILING_ADJECTIVES:
                k += 1  # "Sahara occidental": a name may end on a compass adjective
            break
        k += 1
    return k - i


# Lower-case adjectives that end a name ("Sahara occidental", "Java oriental", "Afrique centrale").
TRAILING_ADJECTIVES = frozenset(
    "occidental occidentale oriental orientale central centrale septentrional septentrionale meridional meridionale".split()
)


def _lowercase_elsewhere(folded: str, text: str, word: str) -> bool:
    """A sentence-initial word written in lower case elsewhere in the text is a common word ("Convoy")."""
    key = fold_keep_offsets(word)
    if _WORD_RUN.fullmatch(key):  # a whole run of word characters: looked up, not searched for
        return key in _lowercase_words(folded, text)
    for m in re.finditer(r"(?<![\w-])" + re.escape(key) + r"(?![\w-])", folded):
        if text[m.start()].islower():
            return True
    return False


_WORD_RUN = re.compile(r"[\w-]+")


@lru_cache(maxsize=2)
def _lowercase_words(folded: str, text: str) -> frozenset[str]:
    """The runs of word characters (and hyphens) of ``folded`` written with a lower-case first
    letter in ``text``: one pass per text, instead of one search of the text per word."""
    return frozenset(m[0] for m in _WORD_RUN.finditer(folded) if text[m.start()].islower())


def _common(word: str) -> bool:
    key = fold_keep_offsets(word)
    return key in lexicon.COMMON_WORDS or len(key) < 3 or (word.isupper() and len(word) <= 3)


# ---------------------------------------------------------------- resolution

CONFIDENT = 0.6
PREFER_SAME_NAME = 0.4  # the least score of a same-name candidate preferred to a similar name
MAX_ANCHORS = 4  # nearby places used as context (the first ones of the text)
FAR_KM = 1500.0  # a small place this far from everything else in the text is a false friend


def resolve_mentions(
    gazetteer: Gazetteer, mentions: Sequence[Mention], *, near: Iterable[str] = (), given: bool = False
) -> list[Mention]:
    """Resolve the places among ``mentions`` in each other's context.

    Focus countries: ``near`` and the countries the text names. A first pass resolves every
    distinct name with the focus; a second again with the confident places of the other names
    nearby. A single-word name that resolves only to a small place far from all the others is
    taken for a common word and dropped (kind ``"unknown"``), unless the mentions are ``given``
    (spans a user chose): then every name is answered unless it matches only the similar name
    of a town ("Russian" is not Racine; "Georgian" is Georgia). The names with the same
    spelling up to case ("MANSFIELD", "Mansfield") are one name; the contextual ranker
    (:mod:`geoevents.gazetteer.context`) makes the last choice.
    """
    near = frozenset(code.upper() for code in near)
    queries = list(dict.fromkeys(m.query for m in mentions if m.is_place))
    # countries the text names as places; failing those, as actors ("Sudan's army" says where
    # the story is, unless a country is named as a place: "led by the United States" does not)
    focus = _named_countries(gazetteer, queries, near)
    if focus == near:
        actors = {m.text for m in mentions if m.kind in (MentionKind.ACTOR, MentionKind.ORGANISATION)}
        focus = near.union(*(country_codes(gazetteer, name) for name in actors))
    pressed = {q: answer for q in queries if (answer := _press_answer(gazetteer, q)) is not None}
    first = {q: pressed.get(q) or _first_pass(gazetteer, q, focus) for q in queries}
    anchors = {
        q: (round(r.place.latitude, 1), round(r.place.longitude, 1))
        for q, r in first.items()
        if r.place is not None
        and (r.score or 0) >= CONFIDENT
        and r.place.feature_class != "country"
        and (not focus or r.place.country in focus)
    }
    anchor_countries = {q: place.country for q in anchors if (place := first[q].place) is not None}
    # a river's part is placed near the towns and sites the text names, not near a region's
    # label point ("crossing the Blue Nile" after "Wad Madani, capital of Gezira state")
    site_anchors = {
        q: p
        for q, p in anchors.items()
        if (place := first[q].place) is not None and place.feature_class not in REGION_CLASSES
    }
    # every other place the first pass found, for texts with no confident one
    found_points = {
        q: (r.place.latitude, r.place.longitude)
        for q, r in first.items()
        if r.place is not None and r.place.feature_class != "country"
    }
    final = {}
    for q in queries:
        # other names only: "MANSFIELD" (a dateline) must not vouch for "Mansfield"
        others = [point for other, point in anchors.items() if key_of(other) != key_of(q)]
        if q in pressed or _settled(first[q], focus, others):
            final[q] = first[q]
            continue
        nearby = tuple(dict.fromkeys(others))[:MAX_ANCHORS]
        final[q] = gazetteer.resolve(q, context=ResolveContext(focus=focus, nearby=nearby))
    # places named in full elsewhere in the text: "Madani" after "Wad Madani"
    # (a name of several words is trusted even when only similar: "Wad Madani" for Wad Medani)
    alone = dict(final)
    _contained_pairs(gazetteer, mentions, final)
    paired = _same_name_follows_pair(final, {q for q, r in final.items() if r is not alone[q]}) | set(pressed)
    # a town inside the region written next to it ("Alexandria, La.") is kept as the pair says
    final = {**rerank(gazetteer, _names(mentions), final, focus, fill=given), **{q: final[q] for q in paired}}
    exact_ids = {
        r.place.gazetteer_id
        for q, r in final.items()
        if r.place is not None and (" " in q.strip() or r.match is not NameMatch.SIMILAR)
    }
    # what the text's other places are, for the false-friend test: the first pass's anchors and
    # the confident places of the final ranking ("Tripoli" read as Tripoli, Iowa, at first in a
    # text that names the United States, is Libya's once ranked: Sirte is near it)
    settled = _confident_points(final, focus)
    vouching = {**(anchors or found_points), **settled}
    out: list[Mention] = []
    starts = _starts_by_query(mentions)
    for mention in mentions:
        if not mention.is_place:
            out.append(mention)
            continue
        result = final[mention.query]
        if result.place is None and mention.query != mention.text and not result.declined:
            result = _first_pass(gazetteer, mention.text, focus)
        if result.place is None:
            out.append(
                replace(mention, kind=MentionKind.UNKNOWN, reason=result.reason, candidates=result.candidates)
            )
            continue
        if result.match is NameMatch.SIMILAR and result.place.gazetteer_id not in exact_ids:
            result = _prefer_same_name(gazetteer, result)  # keeps a place
        place = result.place
        assert place is not None
        if (
            result.match is NameMatch.SIMILAR
            and " " not in mention.text.strip()
            and (place.gazetteer_id not in exact_ids or place.feature_class == "country")
            and not (given and place.feature_class not in POPULATED)
        ):
            out.append(
                replace(mention, kind=MentionKind.UNKNOWN, reason=f"only a similar name ({place.name})")
            )
            continue
        if result.match is NameMatch.SIMILAR and not similar_enough(
            mention.text, place.name, place.feature_class, result.similarity
        ):
            out.append(
                replace(mention, kind=MentionKind.UNKNOWN, reason=f"only a similar name ({place.name})")
            )
            continue
        around = frozenset(c for q, c in anchor_countries.items() if key_of(q) != key_of(mention.query) and c)
        if (
            not given
            and mention.query not in paired
            and _false_friend(gazetteer, mention, place, vouching, focus, around)
        ):
            out.append(
                replace(
                    mention,
                    kind=MentionKind.UNKNOWN,
                    reason=f"far from the text's other places ({place.name})",
                )
            )
            continue
        out.append(_answered(mention, result, site_anchors or anchors, starts))
    return out


def _confident_points(final: dict[str, Resolution], focus: frozenset[str]) -> dict[str, tuple[float, float]]:
    """The points of the confidently resolved places that are not countries, by query: in the
    focus, or in a country where the text names two such places ("Tripoli", "Benghazi")."""
    confident = {
        q: r.place
        for q, r in final.items()
        if r.place is not None and (r.score or 0) >= CONFIDENT and r.place.feature_class != "country"
    }
    names_in: dict[str, set[str]] = {}
    for q, place in confident.items():
        names_in.setdefault(place.country or "", set()).add(key_of(q))
    return {
        q: (place.latitude, place.longitude)
        for q, place in confident.items()
        if place.country in focus or (place.country and len(names_in[place.country]) >= 2)
    }


def _starts_by_query(mentions: Sequence[Mention]) -> dict[str, list[int]]:
    """Where each name is written (sorted offsets), to find its nearest mention by bisection."""
    starts: dict[str, list[int]] = {}
    for m in mentions:
        starts.setdefault(m.query, []).append(m.start)
    for offsets in starts.values():
        offsets.sort()
    return starts


def _nearest(offsets: list[int], position: int) -> int:
    at = bisect.bisect_left(offsets, position)
    return min(abs(offsets[i] - position) for i in (at - 1, at) if 0 <= i < len(offsets))


def _answered(
    mention: Mention,
    result: Resolution,
    anchors: dict[str, tuple[float, float]],
    starts: dict[str, list[int]],
) -> Mention:
    """The mention with its place (a river placed at its part near the text's other places)."""
    place = result.place
    if place is not None and place.feature_class in LINES:
        place = _part_near(
            place,
            [
                (*point, _nearest(starts[q], mention.start))
                for q, point in anchors.items()
                if key_of(q) != key_of(mention.query)
            ],
        )
    return replace(
        mention, place=place, score=result.score, reason=result.reason, candidates=result.candidates
    )


def _names(mentions: Sequence[Mention]) -> list[Name]:
    """The place mentions as the contextual ranker's names (pairs and the dateline marked)."""
    places = [m for m in mentions if m.is_place]
    names: list[Name] = []
    for number, mention in enumerate(places):
        follows = number - 1 if mention.apposition and number > 0 else None
        dateline = number == 0 and mention.sentence == 0 and mention.text.isupper() and len(mention.text) > 2
        names.append(Name(mention.query, follows, dateline))
    return names


def _same_name_follows_pair(final: dict[str, Resolution], paired: set[str]) -> set[str]:
    """A name resolved as one of a pair ("MANSFIELD, Ohio") gives its answer to the other
    spellings of the same name in the text ("Mansfield"); returns every query so resolved."""
    by_key = {key_of(q): final[q] for q in paired if final[q].place is not None}
    followers = {q for q in final if q not in paired and key_of(q) in by_key}
    for q in followers:
        pair = by_key[key_of(q)]
        final[q] = replace(
            final[q],
            place=pair.place,
            score=pair.score,
            reason=pair.reason,
            match=pair.match,
            similarity=pair.similarity,
        )
    return paired | followers


def _named_countries(gazetteer: Gazetteer, queries: Sequence[str], near: frozenset[str]) -> frozenset[str]:
    """The focus countries: ``near`` and the countries the text names.

    A name shared by several countries ("Congo") counts for the one the text's other places
    point to: a country named without ambiguity ("RDC", "Goma"'s country), else the countries
    where the other names resolve with confidence. Failing any clue, for all of them.
    """
    named = {q: country_codes(gazetteer, q) for q in queries}
    sure = near.union(*(codes for codes in named.values() if len(codes) == 1))
    focus = set(sure)
    for codes in named.values():
        if len(codes) < 2:
            continue
        chosen: set[str] | frozenset[str] = codes & sure
        if not chosen:
            votes: dict[str, int] = {}
            for other in queries:
                if named[other]:
                    continue
                result = _first_pass(gazetteer, other, frozenset(sure))
                if (
                    result.place is not None
                    and (result.score or 0) >= CONFIDENT
                    and result.place.country in codes
                ):
                    votes[result.place.country] = votes.get(result.place.country, 0) + 1
            if votes:
                most = max(votes.values())
                chosen = {code for code, count in votes.items() if count == most}
        focus |= chosen or codes
    return frozenset(focus)


def _contained_pairs(
    gazetteer: Gazetteer, mentions: Sequence[Mention], final: dict[str, Resolution]
) -> set[str]:
    """ "El Paso, Texas", "Goma, Nord-Kivu": a place followed by the region or country it lies in.

    When the two answers disagree (El Paso in Mexico, Texas a Mexican village), the names are
    resolved together: the most populous place of the first name inside a region or country of
    the second (same country, and the same GeoNames admin1 code for a region). Returns the
    queries resolved as the first of a pair (Goma).
    """
    paired: set[str] = set()
    for first, second in pairwise(mentions):
        if not (second.apposition and first.is_place and second.is_place) or first.query == second.query:
            continue
        if first.text != first.query or second.text != second.query:
            continue
        a, b = final.get(first.query), final.get(second.query)
        if (
            a is None
            or b is None
            or (a.place is not None and b.place is not None and _inside(a.place, b.place))
            or _area_as_written(a, first.query)
        ):
            continue
        containers = [
            e
            for e in _named(gazetteer, second.query)
            if e.feature_class == "country" or e.feature_class in REGION_CLASSES
        ]
        if not containers:
            continue
        pairs = [
            (inner, outer)
            for inner in _pair_towns(gazetteer, first.query)
            for outer in containers
            if _inside(inner, outer)
        ]
        if not pairs:
            continue
        inner, outer = max(pairs, key=lambda pair: (pair[0].population, pair[1].feature_class == "country"))
        why = f"exact name; in {outer.name}, named next to it"
        final[first.query] = replace(
            a,
            place=_place(gazetteer, inner),
            score=max(a.score or 0, CONFIDENT),
            reason=why,
            match=NameMatch.EXACT,
            similarity=None,
        )
        paired.add(first.query)
        paired.discard(second.query)
        final[second.query] = replace(
            b,
            place=_place(gazetteer, outer),
            score=max(b.score or 0, CONFIDENT),
            reason=f"exact name; contains {inner.name}",
            match=NameMatch.EXACT,
            similarity=None,
        )
    return paired


def _area_as_written(result: Resolution, query: str) -> bool:
    """Whether a name was answered with a country or first-level region of that very name: then
    "Illinois, Missouri" is a list of states, not a town of Missouri once called Illinois."""
    place = result.place
    return (
        place is not None
        and (place.feature_class == "country" or place.feature_class in REGION_CLASSES - {"district"})
        and normalize(place.name) == normalize(query)
    )


def _pair_towns(gazetteer: Gazetteer, query: str) -> list:
    """The towns a name may be as the first of a pair ("Albany" of "Albany, Ga.").

    A town that bears the name only as an alternate one (Watervliet, New York, once called
    Washington) is one only when no town bears it as its main name with at least as many people:
    "Washington, New York" in a list of cities is not Watervliet.
    """
    towns = [e for e in gazetteer.lookup(query) if e.feature_class in POPULATED]
    written = {normalize(query), fold(query)}
    main = [e for e in towns if normalize(e.name) in written or fold(e.name) in written]
    largest = max((e.population for e in main), default=-1)
    return [e for e in towns if e in main or e.population > largest]


@lru_cache(maxsize=1)
def _press() -> dict[str, str]:
    return press_abbreviations()


def _press_entry(gazetteer: Gazetteer, query: str):
    """The region a press abbreviation written with its period names ("La.", "Ky.", "B.C."), if any."""
    found = _press().get(query.strip())
    return gazetteer.get(found) if found else None


@lru_cache(maxsize=4096)
def _press_answer(gazetteer: Gazetteer, query: str) -> Resolution | None:
    entry = _press_entry(gazetteer, query)
    if entry is None:
        return None
    return Resolution(query, query, entry.to_place(), 1.0, f"the press's abbreviation of {entry.name}", ())


def _named(gazetteer: Gazetteer, query: str) -> list:
    """The entries called ``query``, and the region it abbreviates ("La." is Louisiana)."""
    entry = _press_entry(gazetteer, query)
    return [*gazetteer.lookup(query), *([entry] if entry is not None else [])]


def _inside(inner, outer) -> bool:
    """Whether a place (entry or resolved place) lies in a country or region (by codes)."""
    if inner.country is None or inner.country != outer.country:
        return False
    if outer.feature_class == "country":
        return True
    return outer.feature_class in REGION_CLASSES and inner.admin1 is not None and inner.admin1 == outer.admin1


def _place(gazetteer: Gazetteer, entry) -> ResolvedPlace:
    full = gazetteer.get(entry.id)
    return (full or entry).to_place()


LINES = frozenset({"river"})
NEAR_LINE_KM = 300.0  # a line's part is placed only when another place of the text is this close
ON_LINE_KM = 25.0  # places this close to a line stand on it (towns on a river)


def _part_near(place: ResolvedPlace, others: Sequence[tuple[float, float, int]]) -> ResolvedPlace:
    """A river is where the text's other places are ("the eastern bank of the Dnipro" in a story
    about Kherson is the Dnipro at Kherson): its point nearest to the place named closest in the
    text among those standing on it, else to the place closest to it.

    ``others``: (lat, lon, distance in characters from the mention) of the text's other places.
    """
    if (
        place.feature_class not in LINES
        or not others
        or place.geometry.geom_type not in ("LineString", "MultiLineString")
    ):
        return place
    found = []
    for lat, lon, apart in others:
        on_line = nearest_points(place.geometry, Point(lon, lat))[0]
        found.append((haversine_km(lat, lon, on_line.y, on_line.x), apart, on_line))
    standing = [f for f in found if f[0] <= ON_LINE_KM]
    distance, _, point = min(standing, key=lambda f: f[1]) if standing else min(found, key=lambda f: f[0])
    if distance > NEAR_LINE_KM:
        return place
    return replace(place, point=(round(point.x, 5), round(point.y, 5)))


@lru_cache(maxsize=50_000)
def _first_pass(gazetteer: Gazetteer, query: str, focus: frozenset[str]) -> Resolution:
    """A name resolved with the focus countries only: the same in every article of a batch."""
    return gazetteer.resolve(query, context=ResolveContext(focus=focus), limit=2)


def clear_caches() -> None:
    """Forget first-pass resolutions and the stores' decoded entries (after the gazetteer
    changed; :func:`geoevents.extract.pipeline.clear_caches` forgets every text cache)."""
    _first_pass.cache_clear()
    _press_answer.cache_clear()
    clear_ranked()
    known_name.cache_clear()
    country_codes.cache_clear()
    forget_decoded()


_SAME_NAME = (NameMatch.EXACT, NameMatch.FOLDED)  # the very name written, as spelt or folded


def _prefer_same_name(gazetteer: Gazetteer, result: Resolution) -> Resolution:
    """A candidate with the very name written beats a better-placed one with a similar name."""
    for candidate in result.candidates:
        if candidate.match in _SAME_NAME and candidate.score >= PREFER_SAME_NAME:
            entry = gazetteer.get(candidate.gazetteer_id)
            if entry is not None:
                return replace(
                    result,
                    place=entry.to_place(),
                    score=candidate.score,
                    reason=candidate.reason,
                    match=candidate.match,
                    similarity=candidate.similarity,
                )
    return result


TIE = 0.02  # first-pass candidates this close in score are a tie the nearby places break
TIE_KM = 50.0


def _settled(result: Resolution, focus: frozenset[str], others: Sequence[tuple[float, float]] = ()) -> bool:
    """A first-pass answer kept as it is: a place in the focus countries, or no candidate at all.

    Nearby places are asked only where the focus did not settle the name (unresolved, or
    resolved outside the countries the text names), or where two towns far apart tie
    ("Sloviansk" is also an old name of Nikopol) and the text has other places to ask, or
    where the answer lies far from all of them (no focus: "Baga" near Lake Chad and Borno
    is not the Spanish Bagà).
    Measured on the news gold set, asking them for every name changed no answer for the
    better and cost a third of the time.
    """
    if not result.candidates:
        return True
    if result.place is None or (focus and result.place.country not in focus):
        return False
    if not focus and others:
        place = result.place
        if min(haversine_km(place.latitude, place.longitude, lat, lon) for lat, lon in others) > FAR_KM:
            return False
    if len(result.candidates) > 1 and others:
        best, second = result.candidates[0], result.candidates[1]
        if (
            best.feature_class in POPULATED
            and second.feature_class in POPULATED
            and best.score - second.score <= TIE
            and haversine_km(best.latitude, best.longitude, second.latitude, second.longitude) > TIE_KM
        ):
            return False
    return True


def _false_friend(
    gazetteer: Gazetteer,
    mention: Mention,
    place: ResolvedPlace,
    anchors: dict[str, tuple[float, float]],
    focus: frozenset[str],
    around: frozenset[str] = frozenset(),
) -> bool:
    """A single-word name resolved only to a small place far from all the text's other places.

    ``around``: the countries of the text's other confident places. A feature shared by several
    countries (a sea, a river, a lake) that reaches the focus or one of them is no false friend,
    however far its point lies ("la Méditerranée" in a story about Deir ez-Zor).
    """
    if " " in mention.text.strip() or place.feature_class in ("country", "admin1", "governorate", "province"):
        return False
    if place.country in focus:
        return False
    entry = gazetteer.get(place.gazetteer_id)
    if entry is not None and (
        entry.population >= 500_000 or (entry.other_countries and entry.in_countries(focus | around))
    ):
        return False
    others = [point for q, point in anchors.items() if key_of(q) != key_of(mention.query)]
    if not others:
        return False
    closest = min(haversine_km(place.latitude, place.longitude, lat, lon) for lat, lon in others)
    return closest > FAR_KM
