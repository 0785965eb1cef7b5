"""Language packs: each language's words and phrases, one folder per language.

``lang/fr/``, ``lang/en/`` and ``lang/es/`` hold French, English and Spanish vocabulary as small declarative modules
(word lists and regex alternatives, no code): ``words`` (stoplists, titles, organisation and
actor words, sentence abbreviations), ``events`` (triggers by event type, status and place
cues, actor heads), ``dates`` (month and weekday names from CLDR through babel, with the
spellings CLDR lacks, and date words) and ``document`` (boilerplate lines, publication
phrases). ``lang/xx/`` holds what belongs to no one language (first names, armed groups).

The shared engine (:mod:`geoevents.extract.lexicon`, :mod:`.events`, :mod:`geoevents.time`,
:mod:`.toponyms`, :mod:`.document`) reads a pack through :func:`words`, :func:`alternatives`
and :func:`names`: a union over the languages asked for, in the order given. ``READ`` are the
languages the product reads; the rules of a text are those of ``READ`` with its detected
language first (:func:`languages_for`).
"""

from __future__ import annotations

import importlib
import unicodedata
from collections.abc import Iterable
from functools import cache
from types import ModuleType
from typing import Any

__all__ = [
    "NEUTRAL",
    "READ",
    "alternatives",
    "cldr_names",
    "languages_for",
    "names",
    "pack",
    "triggers",
    "words",
]

READ: tuple[str, ...] = (
    "fr",
    "en",
    "es",
)  # the languages the product reads, in the order their rules are tried
NEUTRAL = "xx"  # vocabulary that belongs to no one language


def languages_for(language: str | None) -> tuple[str, ...]:
    """The packs whose rules read a text in ``language``: its own when geoevents reads it,
    else all of ``READ`` (a language geoevents does not read is reported as such)."""
    return (language,) if language in READ else READ


@cache
def pack(language: str, part: str) -> ModuleType:
    """The module ``part`` ("words", "events", "dates", "document") of a language's pack."""
    return importlib.import_module(f"{__name__}.{language}.{part}")


def _entries(languages: Iterable[str], part: str, name: str) -> list[Any]:
    """The packs' values of ``name`` (a word string or a tuple of words or regex alternatives)."""
    found = []
    for language in languages:
        module = pack(language, part)
        if hasattr(module, name):
            found.append(getattr(module, name))
    return found


def words(part: str, name: str, languages: Iterable[str] = READ, neutral: bool = False) -> frozenset[str]:
    """The union of a word list (a whitespace-separated string or a collection) over the packs."""
    chosen = (*languages, NEUTRAL) if neutral else tuple(languages)
    out: set[str] = set()
    for entry in _entries(chosen, part, name):
        out.update(entry.split() if isinstance(entry, str) else entry)
    return frozenset(out)


def alternatives(part: str, name: str, languages: Iterable[str] = READ, neutral: bool = False) -> str:
    """A regex alternation of the packs' alternatives (each pack: a tuple of regex strings), in
    the order of ``languages``: where two alternatives match at the same place the first wins."""
    chosen = (*languages, NEUTRAL) if neutral else tuple(languages)
    found = [alternative for entry in _entries(chosen, part, name) for alternative in entry]
    return "|".join(found) if found else NEVER


NEVER = "(?!)"  # the alternation of no alternatives: matches nothing


def triggers(kind: str, languages: Iterable[str] = READ) -> str:
    """The trigger alternatives of one event type (``events.TRIGGERS[kind]``) over the packs of
    ``languages``, in their order, as one regex alternation."""
    found = [
        alternative
        for language in languages
        for alternative in getattr(pack(language, "events"), "TRIGGERS", {}).get(kind, ())
    ]
    return "|".join(found) if found else NEVER


def phrases(part: str, name: str, languages: Iterable[str] = READ) -> tuple[str, ...]:
    """A tuple of phrases over the packs, in the order of ``languages``."""
    return tuple(phrase for entry in _entries(languages, part, name) for phrase in entry)


def _fold(name: str) -> str:
    """A CLDR name folded the way the extractor folds text: lower case, no accents, no dot."""
    base = unicodedata.normalize("NFKD", name.lower().rstrip("."))
    return "".join(c for c in base if not unicodedata.combining(c))


@cache
def cldr_names(language: str, kind: str) -> tuple[tuple[str, int], ...]:
    """Month (1-12) or weekday (0 = Monday) names of ``language`` from CLDR (babel), folded:
    wide and abbreviated month names, wide weekday names."""
    from babel.dates import get_day_names, get_month_names

    if kind == "months":
        found = [
            (_fold(name), number)
            for width in ("wide", "abbreviated")
            for number, name in get_month_names(width, locale=language).items()
        ]
    else:
        found = [
            (_fold(name), number) for number, name in sorted(get_day_names("wide", locale=language).items())
        ]
    return tuple(dict.fromkeys(found))


def names(kind: str, languages: Iterable[str] = READ) -> dict[str, int]:
    """Month or weekday names over the packs: CLDR's (but a pack's ``CLDR_SKIP``, CLDR names
    that are common words of another language read: Spanish "ago"), then each pack's
    ``EXTRA_MONTHS`` / ``EXTRA_WEEKDAYS`` (spellings news uses that CLDR lacks: "fev", "sept"
    in English)."""
    out: dict[str, int] = {}
    for language in languages:
        skip = frozenset(getattr(pack(language, "dates"), "CLDR_SKIP", ()))
        out.update((name, number) for name, number in cldr_names(language, kind) if name not in skip)
        extra = getattr(pack(language, "dates"), "EXTRA_" + kind.upper(), {})
        out.update(extra)
    return out
