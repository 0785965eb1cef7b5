"""A small stopword-based language detector for the news text geoevents reads (French,
English, Spanish)."""

from __future__ import annotations

import re

from .lang import READ, words

__all__ = ["LANGUAGES", "detect_language"]

LANGUAGES = READ

_STOPWORDS: dict[str, frozenset[str]] = {
    language: words("words", "STOPWORDS", (language,)) for language in LANGUAGES
}
_WORD = re.compile(r"[a-zà-ÿ]+", re.IGNORECASE)


def detect_language(text: str, default: str = "en") -> str:
    """One of :data:`LANGUAGES`: the language whose stopwords are most frequent in ``text``.

    Looks at the first 20,000 characters; ``default`` when no language's stopwords occur or
    two languages' are as frequent. Words two languages share ("de", "la", "en") count for
    both; the others decide.
    """
    counts = dict.fromkeys(LANGUAGES, 0)
    for word in _WORD.findall(text[:20000].lower()):
        for language in LANGUAGES:
            if word in _STOPWORDS[language]:
                counts[language] += 1
    best = max(LANGUAGES, key=lambda language: counts[language])
    if counts[best] == 0 or sum(count == counts[best] for count in counts.values()) > 1:
        return default
    return best
