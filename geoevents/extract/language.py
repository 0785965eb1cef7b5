"""A small stopword-based language detector for news text: French, English and Spanish, which
geoevents reads, and a few languages it does not read (German, Italian, Portuguese), which are
recognised so that they can be reported instead of read with another language's rules."""

from __future__ import annotations

import re

from .lang import READ, words
from .lang.detect import STOPWORDS as UNREAD_STOPWORDS

__all__ = ["LANGUAGES", "detect_language", "language_name"]

LANGUAGES = READ
UNREAD: tuple[str, ...] = tuple(UNREAD_STOPWORDS)  # recognised, not read

_STOPWORDS: dict[str, frozenset[str]] = {
    language: words("words", "STOPWORDS", (language,)) for language in LANGUAGES
}
_UNREAD_WORDS: dict[str, frozenset[str]] = {
    code: frozenset(text.split()) for code, text in UNREAD_STOPWORDS.items()
}
_WORD = re.compile(r"[a-zà-ÿ]+", re.IGNORECASE)


def detect_language(text: str, default: str = "en") -> str:
    """The language of ``text``: one of :data:`LANGUAGES` (the one whose stopwords are most
    frequent), or a language geoevents does not read (``"de"``, ``"it"``, ``"pt"``) when its own
    stopwords outnumber those of every language read.

    Looks at the first 20,000 characters; ``default`` when no language's stopwords occur or the
    two most frequent are as frequent. Words two languages share ("de", "la", "en") count for
    both; the others decide.
    """
    counts = dict.fromkeys(LANGUAGES, 0)
    unread = dict.fromkeys(UNREAD, 0)
    for word in _WORD.findall(text[:20000].lower()):
        for language in LANGUAGES:
            if word in _STOPWORDS[language]:
                counts[language] += 1
        for language in UNREAD:
            if word in _UNREAD_WORDS[language]:
                unread[language] += 1
    best = max(LANGUAGES, key=lambda language: counts[language])
    other = max(UNREAD, key=lambda language: unread[language])
    if unread[other] > counts[best]:
        return other
    if counts[best] == 0 or sum(count == counts[best] for count in counts.values()) > 1:
        return default
    return best


def language_name(code: str) -> str:
    """The English name of a language code ("es" -> "Spanish"; the code itself if unknown)."""
    from babel import Locale

    return Locale("en").languages.get(code.split("-")[0].lower(), code)
