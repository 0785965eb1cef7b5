"""Classification of a name spotted in the text: a place, or why it is not one.

:func:`classify` reads the words around a name that :func:`~geoevents.extract.toponyms.spot`
found in the gazetteer and answers a :class:`MentionKind`: a person ("le colonel Ryan
Dillon", "Marc Lyon"), an organisation ("État islamique au Sahel", "Sinaloa Cartel"), a named
thing ("le bateau Tombouctou", "les accords d'Arusha"), a comparison ("le destin de Dresde"),
an actor ("dirigée par les États-Unis", "Kiev a démenti", "talks with Moscow"), else a place.
Its rules are small functions tried in order (:data:`_NAME_RULES`); their words are in the
language packs (:mod:`geoevents.extract.lexicon`, ``lang/*/words.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING

from . import lang, lexicon

if TYPE_CHECKING:
    from .toponyms import Token

__all__ = ["ARTICLE_PREFIX", "MentionKind", "classify", "text_gap"]

# An Arabic article joined to a name by a hyphen ("al-Abadi", "ez-Zor").
ARTICLE_PREFIX = re.compile(
    r"^(?:al|el|an|as|ad|ar|ash|az|ez|es|ed|en|at|ath|adh|ul|il)-(?=\w)", re.IGNORECASE
)


class MentionKind(StrEnum):
    """What a name written in the text is: a place, or why it is not one."""

    PLACE = "place"
    PERSON = "person"
    ORGANISATION = "organisation"
    THING = "thing"  # a vessel, a hotel, a treaty
    COMPARISON = "comparison"  # "le destin de Dresde"
    ACTOR = "actor"  # a state acting: "Kiev a démenti"
    UNKNOWN = "unknown"  # a place name the gazetteer could not answer well enough
    DEMONYM = "demonym"  # "Syrian", "Minnesotans": a people's or a place's adjective


# "la coopération militaire avec Paris", "talks with Moscow": a state one deals with is an actor.
# Words before a name that make it part of an organisation's name ("el Cártel de Sinaloa").
_ORG_LEAD = re.compile(r"(?:^|\s)(?:" + lang.alternatives("words", "ORG_LEAD") + r")$")
_RELATION_WITH = re.compile(
    r"(?:^|\s)(?:" + lang.alternatives("words", "RELATION_NOUNS") + r")"
    r"(?: (?:"
    + lang.alternatives("words", "RELATION_ADJECTIVES")
    + r"))? (?:"
    + lang.alternatives("words", "RELATION_WITH")
    + r")$"
)
# "the fate of Hajin is ...": a fate named first in its sentence is the topic, not a comparison.
_FATE_PHRASES = frozenset(
    p for p in lexicon.COMPARISON_BEFORE if any(w in p for w in ("sort", "destin", "fate"))
)


def _previous_words(folded: str, position: int, count: int = 4) -> str:
    return " ".join(folded[max(0, position - 60) : position].split()[-count:])


class _Name:
    """The name ``tokens[i:j]`` of a sentence and what :func:`classify`'s rules read around it."""

    __slots__ = (
        "after",
        "after2",
        "before",
        "before2",
        "first",
        "folded",
        "i",
        "is_country",
        "j",
        "key",
        "last",
        "people",
        "prev",
        "sentence_start",
        "tokens",
    )

    def __init__(
        self,
        tokens: Sequence[Token],
        i: int,
        j: int,
        folded: str,
        sentence_start_folded: str,
        people: set[str],
        is_country: bool,
    ) -> None:
        self.tokens, self.i, self.j, self.folded = tokens, i, j, folded
        self.sentence_start, self.people, self.is_country = sentence_start_folded, people, is_country
        self.first, self.last = tokens[i], tokens[j - 1]
        self.before = tokens[i - 1] if i > 0 else None
        self.before2 = tokens[i - 2] if i > 1 else None
        self.after = tokens[j] if j < len(tokens) else None
        self.after2 = tokens[j + 1] if j + 1 < len(tokens) else None
        self.key = folded[self.first.start : self.last.end]
        self.prev = _previous_words(folded, self.first.start, 4)

    def token(self, k: int) -> Token | None:
        return self.tokens[k] if k < len(self.tokens) else None


def _w(name: str) -> str:
    """The words ``name`` of the languages read, as one regex group (lang/*/words.py)."""
    return "(?:" + lang.alternatives("words", name) + ")"


_ORG_PREFIX = re.compile(_w("ORG_PREFIX") + "(?: " + _w("ORG_PREFIX_LINKS") + ")?$")
_TEXT_NAME = re.compile(_w("TEXT_NAMES") + " " + _w("TEXT_OF") + "$")
_COMPARED_TO = re.compile(r"(?:^|\s)" + _w("COMPARED_TO") + "$")
_APPEALED_TO = re.compile(r"(?:^|\s)" + _w("APPEALS") + r"(?: \w+)?$")
_PLACE_PREPOSITION = re.compile(r"(?:^|\s)" + _w("PLACE_PREPOSITIONS") + "$")
_RELATIVE_CLAUSE = re.compile(r",\s+" + _w("RELATIVES") + r"\s+([\w']+)(?:\s+([\w']+))?")
_WHOSE = re.compile(r",\s+" + _w("WHOSE") + r"\b")
_AND_ALLIES = re.compile(r"\s+" + _w("AND") + " " + _w("THEIR") + " " + _w("ALLIES") + r"\b")
_AND_WORDS = lang.words("words", "AND")
_ARTICLE_WORDS = lang.words("words", "ARTICLES")


def _person(n: _Name) -> MentionKind | None:
    """A title or a first name just before, or a surname already seen."""
    before, folded = n.before, n.folded
    if before is not None and (
        before.key in lexicon.TITLES
        or (before.cap and before.key in lexicon.FIRST_NAMES)
        or (before.cap and len(before.text) == 1 and folded[before.end : before.end + 1] == ".")
    ):
        return MentionKind.PERSON
    if before is not None and before.cap and n.before2 is not None and n.before2.key in lexicon.TITLES:
        return MentionKind.PERSON
    if (
        before is not None
        and before.cap
        and ARTICLE_PREFIX.match(n.first.text)
        and text_gap(folded, before.end, n.first.start)
        and before.key not in lexicon.FUNCTION_WORDS
    ):
        return MentionKind.PERSON  # "Haider al-Abadi", "Abu Bakr al-Baghdadi": an Arabic surname after a name
    if n.key in n.people:
        return MentionKind.PERSON
    one_word = n.j - n.i == 1
    after = n.after
    if (
        one_word
        and n.key in lexicon.TITLES
        and after is not None
        and after.cap
        and text_gap(folded, n.last.end, after.start)
    ):
        return (
            MentionKind.PERSON
        )  # "King Gyanendra", "Sheikh Hasina": the title of a name, not King (North Carolina)
    if after is not None and after.cap and n.first.key in lexicon.FIRST_NAMES and one_word:
        return MentionKind.PERSON
    if _first_name_and_surname(n):
        return MentionKind.PERSON  # "Pedro Sánchez", a town's name too, is the prime minister
    return None


def _first_name_and_surname(n: _Name) -> bool:
    """Two words written as one name, a first name and a capitalised word that heads no place's
    name ("Pedro Sánchez"; not "Henry County", "Victoria Falls", "San Pedro", "Ben Guerdane")."""
    if n.j - n.i != 2 or n.first.key not in lexicon.FIRST_NAMES or n.first.key in lexicon.PLACE_NAME_STARTS:
        return False
    last = n.last
    return (
        last.cap
        and text_gap(n.folded, n.first.end, last.start)
        and last.key not in lexicon.COMMON_WORDS
        and last.key not in lexicon.FIRST_NAMES
        and last.key not in lexicon.PLACE_NAME_ENDS
    )


def _organisation(n: _Name) -> MentionKind | None:
    """Organisations and named things: "Red Sea Newswire", "Sinaloa Cartel", "le bateau Tombouctou"."""
    tokens, j, folded = n.tokens, n.j, n.folded
    k = j
    while (
        k < len(tokens)
        and k < j + 5
        and tokens[k].cap
        and text_gap(folded, tokens[k - 1].end, tokens[k].start)
    ):
        if tokens[k].key in lexicon.ORG_AFTER:
            return MentionKind.ORGANISATION
        k += 1
    after = n.after
    if not n.is_country and after is not None and not after.cap and after.key in lexicon.GROUP_NOUNS:
        return (
            MentionKind.ORGANISATION
        )  # "rival Hema groups", "Fulani herders" (but "Myanmar rebels" are in Myanmar)
    if _ORG_PREFIX.search(n.prev):
        return MentionKind.ORGANISATION
    if _ORG_LEAD.search(n.prev):
        return (
            MentionKind.ORGANISATION
        )  # "el Cártel de Sinaloa", "las Fuerzas Armadas Revolucionarias de Colombia"
    if n.before is not None and n.before.key in lexicon.NAMED_THINGS:
        return MentionKind.THING
    if _TEXT_NAME.search(n.prev):
        return MentionKind.THING  # "les accords d'Arusha", "le protocole de Minsk": a text, not a place
    return None


def _comparison(n: _Name) -> MentionKind | None:
    """ "Le destin de Dresde", "a comparé la ville à Hiroshima"."""
    prev = n.prev
    for phrase in lexicon.COMPARISON_BEFORE:
        if prev.endswith(phrase) and (len(prev) == len(phrase) or prev[-len(phrase) - 1] in " '"):
            if phrase in _FATE_PHRASES and n.sentence_start.strip(" \t\n\"'«»“”") in (
                phrase,
                f"the {phrase}",
            ):
                break  # "The fate of Hajin is the fate of Mosul": Hajin is what the sentence is about
            return MentionKind.COMPARISON
    if _COMPARED_TO.search(prev) and any(v in n.sentence_start for v in lexicon.COMPARISON_VERBS):
        return MentionKind.COMPARISON
    return None


def _actor_before(n: _Name) -> MentionKind | None:
    """Actors named by what precedes: "par les États-Unis", "talks with Moscow", "Russia's defence
    ministry", "a appelé Colombo"; a place preposition makes the name a place."""
    prev = n.prev
    for phrase in lexicon.ACTOR_BEFORE:
        if prev.endswith(phrase) and (len(prev) == len(phrase) or prev[-len(phrase) - 1] == " "):
            return MentionKind.ACTOR
    if _RELATION_WITH.search(prev):
        return MentionKind.ACTOR
    if n.last.possessive and any(t.key in lexicon.POSSESSIVE_ACTOR_NOUNS for t in n.tokens[n.j : n.j + 3]):
        return MentionKind.ACTOR
    if _APPEALED_TO.search(prev):
        return MentionKind.ACTOR  # "New Delhi a appelé dimanche Colombo à épargner les civils"
    if _PLACE_PREPOSITION.search(prev):
        return MentionKind.PLACE
    return None


def _actor_after(n: _Name) -> MentionKind | None:
    """Actors named by what follows: "Moscou, qui a dénoncé", "whose", "et leurs alliés", "Kiev a
    démenti", "La Turquie et le Qatar ont envoyé"."""
    folded, end = n.folded, n.last.end
    if m := _RELATIVE_CLAUSE.match(folded[end : end + 40]):
        words = [w for w in m.groups() if w]
        if words[0] in lexicon.ACTOR_VERBS and (
            words[0] not in _AUXILIARIES or (len(words) > 1 and words[1] in lexicon.ACTOR_PARTICIPLES)
        ):
            return MentionKind.ACTOR  # "Malaysia, which has brokered the dialogue", "Moscou, qui a dénoncé"
    if _WHOSE.match(folded[end : end + 12]):
        return MentionKind.ACTOR
    if _AND_ALLIES.match(folded[end : end + 30]):
        return MentionKind.ACTOR  # "Les États-Unis et leurs alliés mènent ..."
    after = n.after
    k = n.j  # "Caracas lo negó", "Bogotá no se ha pronunciado": words a pack lets stand before the verb
    while k < n.j + 2 and (word := n.token(k)) is not None and word.key in _PRE_VERB:
        k += 1
    verb = n.token(k)
    if (
        after is not None
        and verb is not None
        and text_gap(folded, end, after.start)
        and _actor_verb(verb, n.token(k + 1), n.token(k + 2))
    ):
        return MentionKind.ACTOR
    if after is not None and after.key in _AND_WORDS and text_gap(folded, end, after.start):
        return _second_subject_acts(n)
    return None


def _second_subject_acts(n: _Name) -> MentionKind | None:
    """ "La Turquie et le Qatar ont envoyé ...": the verb after the second subject."""
    tokens, folded = n.tokens, n.folded
    k = n.j + 1
    if k < len(tokens) and tokens[k].key in _SUBJECT_ARTICLES:
        k += 1
    if not (k < len(tokens) and tokens[k].cap):
        return None
    while k < len(tokens) and tokens[k].cap and text_gap(folded, tokens[k - 1].end, tokens[k].start):
        k += 1
    if (
        k < len(tokens)
        and text_gap(folded, tokens[k - 1].end, tokens[k].start)
        and _actor_verb(tokens[k], n.token(k + 1), n.token(k + 2))
    ):
        return MentionKind.ACTOR
    return None


# The rules of :func:`classify`, in order: the first that answers decides.
_NAME_RULES = (_person, _organisation, _comparison, _actor_before, _actor_after)


def classify(
    tokens: Sequence[Token],
    i: int,
    j: int,
    folded: str,
    sentence_start_folded: str,
    people: set[str],
    is_country: bool = False,
) -> MentionKind:
    """Why the name made of ``tokens[i:j]`` is not a place, or ``PLACE``."""
    name = _Name(tokens, i, j, folded, sentence_start_folded, people, is_country)
    for rule in _NAME_RULES:
        if (kind := rule(name)) is not None:
            return kind
    return MentionKind.PLACE


_AUXILIARIES = lang.words("words", "AUXILIARIES")
# Words that may stand between a subject and its verb (Spanish clitics and negation: "lo", "no se").
_PRE_VERB = lang.words("words", "PRE_VERB")
# "and" and the articles of a second subject ("La Turquie et le Qatar", "EE.UU. y el Reino Unido").
_AND_WORDS = frozenset({"et", "and"}) | lang.words("words", "SUBJECT_AND")
_SUBJECT_ARTICLES = _ARTICLE_WORDS | lang.words("words", "SUBJECT_ARTICLES")


_ADVERBS = lang.words("words", "ADVERBS")


def _actor_verb(verb: Token, following: Token | None, third: Token | None = None) -> bool:
    """A verb that makes the name before it an actor ("Kiev a démenti", "Moscow announced",
    "Bakou avait déjà repris")."""
    word = verb.key
    if word in ("ne", "n'") and following is not None:
        # "ce que le Maroc ne confirme pas"
        verb, following, third = following, third, None
        word = verb.key
    if word == "fait" and following is not None and following.key in ("etat", "savoir", "part"):
        return True  # "Douchanbé fait état de 41 tués"
    if word not in lexicon.ACTOR_VERBS:
        return False
    if following is None or word not in _AUXILIARIES:
        return True
    participle = following.key
    if participle in _ADVERBS and third is not None:
        participle = third.key
    if participle == "been":  # "has been battling" (an actor), not "has been shaken" (a place)
        return third is not None and third.key in ("battling", "fighting", "pressing", "pushing")
    return participle in lexicon.ACTOR_PARTICIPLES


def text_gap(folded: str, end: int, start: int) -> bool:
    """Only spaces between two tokens (no comma, quote or bracket)."""
    return not folded[end:start].strip()
