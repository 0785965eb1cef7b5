"""Sentence-level events: a trigger word gives the type; the place, date, status and actors
are read around it (its date is chosen by :mod:`geoevents.time.choose`).

Pure functions over one sentence and what was found in it (mentions, date expressions):

- :func:`find_triggers` finds trigger words of the documented event types (French and English);
- :func:`event_place` picks the event's own place: the place the trigger points to
  ("l'offensive sur Abou Kamal" -> Abou Kamal, "strikes on western Mosul" -> Mosul), not the
  dateline, not a place in a quotation, not a country when a town is named;
- :func:`event_status` reads planned/ongoing/happened from modal and aspect words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..model import EventStatus, EventType
from . import lang
from .toponyms import Mention

__all__ = [
    "Trigger",
    "event_place",
    "event_status",
    "find_actors",
    "find_triggers",
    "is_dateline",
    "is_present_state",
    "quoted",
]


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger word at ``[start, end)`` (document offsets) and the event type it signals.

    ``state`` marks triggers that describe a lasting state whose start is the event
    ("aux mains de l'EI depuis juillet 2014"); told in the present or present perfect ("qui
    contrôle", "have held Hodeidah since late 2014") the state runs to publication
    (:func:`is_present_state`).
    """

    start: int
    end: int
    event_type: EventType
    state: bool = False


# The order of types is their priority within a sentence when two triggers overlap; each
# type's words are in the language packs (lang/*/events.py: TRIGGERS).
TYPE_PRIORITY = (
    EventType.AIRSTRIKE,
    EventType.CASUALTIES,
    EventType.CAPTURE,
    EventType.OFFENSIVE,
    EventType.CLASHES,
    EventType.DISPLACEMENT,
    EventType.STATEMENT,
    EventType.OTHER,
)


def _trigger_words(kind: EventType, languages: tuple[str, ...] = lang.READ) -> str:
    """The trigger alternatives of one event type over the packs of ``languages``."""
    return lang.triggers(kind.value, languages)


SAME_EVENT_CHARS = 25


# A trigger ends at a word boundary, or with its own apostrophe or space ("selon l'", "la chute de ").
_TRIGGER_END = r"(?:(?<=['\s])|(?![\w-]))"


@lru_cache(maxsize=8)
def _trigger_res(languages: tuple[str, ...]) -> tuple[tuple[EventType, re.Pattern[str]], ...]:
    """The trigger patterns of the packs of ``languages``, in priority order."""
    return tuple(
        (kind, re.compile(r"(?<![\w-])(?:" + _trigger_words(kind, languages) + r")" + _TRIGGER_END))
        for kind in TYPE_PRIORITY
    )


_TRIGGER_RES = _trigger_res(lang.READ)
_STATE = re.compile(lang.alternatives("events", "STATE_TRIGGERS"))


_PRESENT_STATE = re.compile(r"(?:" + lang.alternatives("events", "PRESENT_STATE") + r")(?![\w-])")


_IS_NOW = re.compile(
    r"(?<![\w-])(?:"
    + lang.alternatives("events", "COPULAS")
    + r")(?: (?:"
    + lang.alternatives("events", "STATE_ADVERBS")
    + r"))? $"
)
_PERFECT_BEFORE = re.compile(r"(?<![\w-])(?:" + lang.alternatives("events", "PERFECT_STATE") + r") $")


def is_present_state(folded: str, trigger: Trigger) -> bool:
    """A state told in the present ("l'EI, qui contrôle la province depuis août 2014", "the
    insurgents control", "have controlled Sanaa since"): still so at publication, so its
    interval runs up to it, where "aux mains de l'EI depuis juillet 2014" dates the capture."""
    if not trigger.state:
        return False
    if _PRESENT_STATE.match(folded, trigger.start) or _IS_NOW.search(
        folded, max(0, trigger.start - 25), trigger.start
    ):
        return True
    # "the Houthis have controlled Sanaa since late 2014", "have held parts of the city since May 23"
    return bool(
        _PERFECT_BEFORE.search(folded, max(0, trigger.start - 20), trigger.start)
    ) and folded.startswith(("controlled", "held", "occupied"), trigger.start)


NEGATION_REACH = 16  # characters before a trigger where "sans l'", "without the" is looked for
_NEGATED = re.compile(r"(?<![\w-])(?:" + lang.alternatives("events", "NEGATED_BEFORE") + r") ?$")


def find_triggers(folded: str, start: int, end: int, languages: tuple[str, ...] = lang.READ) -> list[Trigger]:
    """Trigger words in ``folded[start:end]``, in text order, those of the packs of ``languages``
    (:func:`geoevents.extract.lang.languages_for` the text's language).

    A type's triggers closer than ``SAME_EVENT_CHARS`` to the previous one of that type are
    taken for the same event ("ont été tués et blessés"); a trigger after a negation ("sans
    l'accord des autorités", "without a fight") is no event.
    """
    found: list[Trigger] = []
    taken: list[tuple[int, int]] = []  # disjoint, sorted: an overlap is found by bisection
    for kind, pattern in _trigger_res(tuple(languages)):
        last_end = -SAME_EVENT_CHARS - 1
        for m in pattern.finditer(folded, start, end):
            s, e = m.start(), m.end()
            at = bisect_left(taken, (s, s))
            if (at > 0 and taken[at - 1][1] > s) or (at < len(taken) and taken[at][0] < e):
                continue
            insort(taken, (s, e))
            if s - last_end <= SAME_EVENT_CHARS or _NEGATED.search(folded, max(start, s - NEGATION_REACH), s):
                continue
            last_end = e
            found.append(Trigger(s, e, kind, bool(_STATE.match(m[0]))))
    return sorted(found, key=lambda t: t.start)


# ---------------------------------------------------------------- place

_POINTING = re.compile(
    r"(?:"
    + lang.alternatives("events", "POINTING")
    + r")\s*(?:"
    + lang.alternatives("events", "ARTICLES")
    + r")?$"
)


@dataclass(frozen=True, slots=True)
class _Marks:
    """Where quotation marks are in one text, so that counting them between two offsets is a
    bisection, not a scan (linear cost)."""

    quotes: dict[str, list[int]]

    def count(self, mark: str, start: int, end: int) -> int:
        positions = self.quotes[mark]
        return bisect_left(positions, end) - bisect_left(positions, start)


_QUOTE_MARKS = '«»\u201c\u201d"'
_QUOTE = re.compile(f"[{_QUOTE_MARKS}]")


@lru_cache(maxsize=4)
def _marks(text: str) -> _Marks:
    quotes: dict[str, list[int]] = {mark: [] for mark in _QUOTE_MARKS}
    for m in _QUOTE.finditer(text):
        quotes[m[0]].append(m.start())
    return _Marks(quotes)


def quoted(text: str, position: int, start: int) -> bool:
    """Whether ``position`` is inside «...» or "..." within ``text[start:position]``."""
    marks = _marks(text)
    return (
        marks.count("«", start, position) > marks.count("»", start, position)
        or marks.count("\u201c", start, position) > marks.count("\u201d", start, position)
        or marks.count('"', start, position) % 2 == 1
    )


@dataclass(frozen=True, slots=True)
class PlaceWeights:
    """How :func:`event_place` scores a sentence's places for a trigger: a place after the
    trigger starts at ``after``, one before it at ``before``, both losing a point per ``reach``
    characters away; the bonus and penalties are added to that."""

    after: float = 1.0  # "l'offensive sur Abou Kamal": the place the trigger points to
    before: float = 0.6  # "à Mossoul, les combats": a place told before the trigger
    reach: float = 120.0  # characters that cost one point of score
    pointed: float = 0.25  # a preposition pointing at it ("sur", "toward") just before it
    country_when_finer: float = 1.5  # a country when the sentence names a town or region
    dateline: float = 2.0  # "BEYROUTH, 24 octobre —": where the report was filed
    quoted: float = 0.8  # inside a quotation the trigger is not in
    launched_from: float = 0.8  # "a tiré des missiles depuis la Méditerranée": the origin of a strike


PLACE_WEIGHTS = PlaceWeights()


def event_place(
    trigger: Trigger, mentions: Sequence[Mention], folded: str, text: str, sentence_start: int
) -> Mention | None:
    """The place of the event signalled by ``trigger`` among the sentence's place mentions."""
    places = [m for m in mentions if m.is_place and m.place is not None]
    if not places:
        return None
    fine = any(m.place.feature_class != "country" for m in places if m.place is not None)
    trigger_quoted = quoted(text, trigger.start, sentence_start)

    w = PLACE_WEIGHTS

    def _in_country(m: Mention) -> bool:
        # "envisage une nouvelle offensive en Syrie": the country is where the trigger says it is
        return trigger.event_type is not EventType.STATEMENT and bool(
            _IN_COUNTRY.fullmatch(folded, trigger.end, m.start)
        )

    def score(m: Mention) -> float:
        if m.start >= trigger.end:
            distance = m.start - trigger.end
            value = w.after - distance / w.reach
            if _POINTING.search(folded[max(sentence_start, m.start - 25) : m.start]):
                value += w.pointed
        else:
            distance = trigger.start - m.end
            value = w.before - distance / w.reach
        if fine and m.place is not None and m.place.feature_class == "country" and not _in_country(m):
            value -= w.country_when_finer
        if is_dateline(text, m):
            value -= w.dateline
        if quoted(text, m.start, sentence_start) and not trigger_quoted:
            value -= w.quoted
        before = folded[max(sentence_start, m.start - 40) : m.start]
        if trigger.event_type in (EventType.AIRSTRIKE, EventType.OFFENSIVE) and _LAUNCHED_FROM.search(before):
            value -= w.launched_from  # "a tiré des missiles depuis la Méditerranée sur ...": the target
        return value

    if trigger.event_type is not EventType.STATEMENT:
        # "a indiqué à Kaboul le porte-parole": where it was said, not where it happened
        places = [
            m for m in places if not _SPOKEN_AT.search(folded[max(sentence_start, m.start - 40) : m.start])
        ]
        if not places:
            return None
    # "à dix kilomètres de la frontière avec le Nigeria", "200 km east of Tripoli": landmarks
    places = [m for m in places if not _REFERENCE.search(folded, max(sentence_start, m.start - 45), m.start)]
    if not places:
        return None
    if trigger.event_type in (EventType.DISPLACEMENT, EventType.CASUALTIES):
        # people flee *from* the event's place: "fled toward Mandalay", "ont fui vers Goma" name
        # refuges; the wounded are "flown to Nairobi" from where they were hurt
        origins = _outside_destinations(places, folded, sentence_start, trigger.event_type)
        if not origins:
            return None
        places = origins
    return max(places, key=score)


def _outside_destinations(
    places: list[Mention], folded: str, sentence_start: int, kind: EventType
) -> list[Mention]:
    """The places that are not where people went: after a destination word ("vers",
    "toward", "flown to"), or listed after one ("fuient vers le Burundi et la Tanzanie")."""
    destination = _DESTINATION if kind is EventType.DISPLACEMENT else _TAKEN_TO
    out: list[Mention] = []
    previous: Mention | None = None  # the last destination
    for m in sorted(places, key=lambda m: m.start):
        if destination.search(folded[max(sentence_start, m.start - 30) : m.start]) or (
            previous is not None and _LISTED.fullmatch(folded, previous.end, m.start)
        ):
            previous = m
        else:
            out.append(m)
            previous = None
    return out


_IN_COUNTRY = re.compile(r" (?:" + lang.alternatives("events", "IN_COUNTRY") + r") ")
_SPOKEN_AT = re.compile(
    r"(?:"
    + lang.alternatives("events", "SPOKEN")
    + r")\s+(?:\w+\s+){0,3}(?:"
    + lang.alternatives("events", "SPOKEN_AT")
    + r")\s+(?:la |le |l')?$"
)


def _words_then_article(
    key: str, *, articles: tuple[str, ...] = (), lead: str = "", gap: str = r"\s+"
) -> re.Pattern[str]:
    """The words of the packs' ``key`` list at the end of a text, then an article or not ("évacués
    vers la ", "flown to the "): what comes right before a place that plays that role."""
    article = "|".join(lang.alternatives("events", name) for name in ("ARTICLES", *articles))
    return re.compile(
        lead + r"(?:" + lang.alternatives("events", key) + r")" + gap + r"(?:" + article + r")?$"
    )


_LAUNCHED_FROM = _words_then_article("LAUNCHED_FROM")
_DESTINATION = _words_then_article("DESTINATION", articles=("DESTINATION_ARTICLES",))
_TAKEN_TO = _words_then_article("TAKEN_TO")
# "vers le Rwanda, la Tanzanie et la RDC": the places of a list share its first one's role
_LISTED = re.compile(
    r"\s*(?:,|(?:,\s*)?(?:"
    + lang.alternatives("words", "AND")
    + r"|"
    + lang.alternatives("events", "OR")
    + r")(?![\w-]))\s*(?:(?:"
    + lang.alternatives("events", "POINTING")
    + r")\s+)?(?:"
    + lang.alternatives("events", "ARTICLES")
    + r")?(?:\w+ )?"
)
_REFERENCE = _words_then_article("REFERENCE", lead=r"(?<!\w)", gap=r"\s*")


def is_dateline(text: str, mention: Mention) -> bool:
    """An upper-case name opening the paragraph ("BEYROUTH, 24 octobre —", "ADEN (Reuters) -")."""
    if not (mention.text.isupper() and len(mention.text) > 2):
        return False
    at = mention.start - 1  # only white space back to the line start (a backward scan: no copy)
    while at >= 0 and text[at] != "\n" and text[at].isspace():
        at -= 1
    return at < 0 or text[at] == "\n"


# ---------------------------------------------------------------- status


@lru_cache(maxsize=16)
def _aspect_words(name: str, languages: tuple[str, ...]) -> re.Pattern[str]:
    """The packs' planned (``PLANNED``) or ongoing (``ONGOING``) words for ``languages``: a French
    future ending ("-era") is no cue in Spanish ("frontera", "cocalera")."""
    return re.compile(r"(?<![\w-])(?:" + lang.alternatives("events", name, languages) + r")(?![\w-])")


@lru_cache(maxsize=8)
def _future_tense(languages: tuple[str, ...]) -> re.Pattern[str]:
    """A future tense shown by its written ending, in the packs of ``languages`` (a Spanish
    "-rá" is no cue on French or English text)."""
    return re.compile(r"(?<![\w])(?:" + lang.alternatives("events", "FUTURE_TENSE", languages) + r")(?![\w])")


def event_status(
    folded_sentence: str,
    trigger: Trigger,
    sentence_start: int,
    future_date: bool,
    past_verb: bool = False,
    sentence: str = "",
    languages: tuple[str, ...] = lang.READ,
) -> EventStatus:
    """Planned (modal or future), ongoing (aspect words) or happened, read around the trigger.

    A statement is planned only when a modal stands right before it ("will announce"); a
    verb told in the past (``past_verb``: "declared a state of emergency and said he would
    rule") is planned only by a modal before it: the one after is another verb's.
    ``sentence``: the sentence as written, where a future tense shows by its accent ("viajará",
    which folds like the past subjunctive "viajara"). ``languages``: the packs whose aspect words
    are read (the document's language)."""
    planned, ongoing = _aspect_words("PLANNED", languages), _aspect_words("ONGOING", languages)
    future_tense = _future_tense(languages)
    first = max(0, trigger.start - sentence_start - 70)
    window = folded_sentence[first : trigger.end - sentence_start + 40]
    planned_window = (
        window[: trigger.end - trigger.start + min(70, trigger.start - sentence_start)]
        if past_verb
        else window
    )
    written = sentence[first : first + len(planned_window)]
    if trigger.event_type is EventType.STATEMENT:
        # what a statement announces may be planned; the statement itself was made
        at = trigger.start - sentence_start
        if planned.search(folded_sentence[max(0, at - 15) : at]):
            return EventStatus.PLANNED
        if future_tense.fullmatch(sentence, at, trigger.end - sentence_start):
            return EventStatus.PLANNED  # "pedirá el viernes": the statement itself is still to come
    elif future_date or planned.search(planned_window) or future_tense.search(written):
        return EventStatus.PLANNED
    if ongoing.search(window):
        return EventStatus.ONGOING
    return EventStatus.HAPPENED


# ---------------------------------------------------------------- actors

_ACRONYM = re.compile(r"\(([A-ZÉ][A-Za-zÉ-]{1,7})\)")
_HEADS = lang.alternatives("events", "ACTOR_HEADS")
_ADJECTIVE = (
    r"(?:[A-ZÀ-Ý][\w'.-]+|[a-zà-ÿ-]+(?:iens?|iennes?|ais|aises?|aines?|ains?|ales?|aux|iques?|ises?|es))"
)
_ACTOR_PHRASE = re.compile(
    r"(?<![\w-])(?:(?:[A-Z][\w.'-]*(?:-led|-backed)?|[A-Z][\w.'-]*) )?(?i:"
    + _HEADS
    + r")(?: "
    + _ADJECTIVE
    + r"){0,2}(?![\w-])"
)
_HEAD_WORD = re.compile(r"(?<![\w-])(?i:" + _HEADS + r")(?![\w-])")  # cheap: no head, no actor phrase
_GROUPS = re.compile(r"(?<![\w-])(?:" + lang.alternatives("events", "GROUPS", neutral=True) + r")(?![\w-])")


@lru_cache(maxsize=1024)
def find_actors(sentence: str, people: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Named actors in a sentence: armed groups, acronyms given in brackets, forces with their
    nationality ("les forces irakiennes", "Iraqi troops", "the Saudi-led coalition"), people and
    states acting ("Kiev a démenti")."""
    found: list[tuple[int, str]] = []
    for m in _GROUPS.finditer(sentence):
        found.append((m.start(), m[0]))
    for m in _ACRONYM.finditer(sentence):
        found.append((m.start(1), m[1]))
    for m in _ACTOR_PHRASE.finditer(sentence) if _HEAD_WORD.search(sentence) else ():
        phrase = re.sub(r"^(?:Les|La|Le|L'|The) ", "", m[0].strip())
        if phrase[:1].isupper() or " " in phrase:
            found.append((m.start(), phrase))
    actors = [text for _, text in sorted(found)] + list(people)
    return tuple(dict.fromkeys(a for a in actors if a))[:5]
