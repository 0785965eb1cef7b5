"""The tables the time grammar shares: month and weekday names, and the two folds of text.

Month names (1-12) and weekday names (0 = Monday) are those of the languages read: CLDR's,
through babel, with the spellings news uses that CLDR lacks (``geoevents/extract/lang/*/dates.py``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..extract.lang import names

__all__ = ["MONTHS", "WEEKDAYS", "fold", "fold_keep_offsets"]

MONTHS: dict[str, int] = names("months")
WEEKDAYS: dict[str, int] = names("weekdays")


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
