"""The tables the time grammar shares: month and weekday names, the language packs' word
tables, and the two folds of text.

Month names (1-12) and weekday names (0 = Monday) are those of the languages read: CLDR's,
through babel, with the spellings news uses that CLDR lacks; the other word tables (numbers,
parts of months and years, seasons) are the union of the packs' (``geoevents/extract/lang/*/dates.py``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from ..extract import lang
from ..extract.lang import names

__all__ = [
    "END_WORDS",
    "MONTHS",
    "NUMBER_WORDS",
    "PART_WORDS",
    "SEASON_WORDS",
    "WEEKDAYS",
    "YEAR_PART_WORDS",
    "fold",
    "fold_keep_offsets",
    "merged",
]

MONTHS: dict[str, int] = names("months")
WEEKDAYS: dict[str, int] = names("weekdays")


def merged(name: str) -> dict[str, Any]:
    """A word table (a dict) of the date packs, merged over the languages read."""
    out: dict[str, Any] = {}
    for language in lang.READ:
        out.update(getattr(lang.pack(language, "dates"), name, {}))
    return out


#: Counts in words ("three", "trois", "tres") and their values.
NUMBER_WORDS: dict[str, int] = merged("NUMBERS")
#: The part of a month or a year a word names: "early", "mid" or "late" ("début", "mid-", "a finales de").
PART_WORDS: dict[str, str] = merged("PART_WORDS")
#: Of those, the words that name the end of a year, narrower than "late" ("fin 2021", "the end of 2021").
END_WORDS: frozenset[str] = lang.words("dates", "END_WORDS")
#: "Le début de l'année", "at the end of this year": the part of the anchor's year a word names.
YEAR_PART_WORDS: dict[str, str] = merged("YEAR_PART_WORDS")
#: Season words and the season they name ("fall" and "automne" are "autumn").
SEASON_WORDS: dict[str, str] = merged("SEASONS")


def fold(text: str) -> str:
    """Lower-case, strip accents, squeeze spaces (a value the parser reads whole)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip()


def _fold_char(char: str) -> str:
    """One non-ASCII character folded to one character: its base letter in lower case."""
    if char in "\u2019\u2018\u02bc":
        return "'"
    base = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in base if not unicodedata.combining(c)) or char
    return base[0].lower()[0]


_FOLDED: dict[int, str] = {}  # code point -> its one-character fold, filled as characters are met


@lru_cache(maxsize=4096)
def fold_keep_offsets(text: str) -> str:
    """Lower case without accents, one character for one character (offsets survive)."""
    for char in set(text):
        if ord(char) >= 128 and ord(char) not in _FOLDED:
            _FOLDED[ord(char)] = _fold_char(char)
    # after the table every character is ASCII or a folded lower-case one: lower() keeps lengths
    return text.translate(_FOLDED).lower()
