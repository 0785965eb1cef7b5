"""Name normalisation that survives transliteration and exonyms.

Three levels, each a pure function of the name:

- :func:`normalize` — case, diacritics, apostrophes, ʿayn/hamza marks, hyphens, spaces.
- :func:`fold` — also drops Arabic articles (al-, el-, ad-, ar-, as-, az- ...), applies French
  spellings of Arabic sounds (ou→u, dj→j, ch→sh) and joins the words: "Abou Kamal",
  "Abu Kamal" -> ``abukamal``; "Mossoul", "Mosul" -> ``mosul`` (doubled letters merged).
- :func:`skeleton` — the consonant skeleton of the folded form (vowels and the semi-vowels
  w/y dropped after the first letter, doubled letters merged): "Kamal"/"Kemal" -> ``kml``,
  "Deir ez-Zor"/"Dayr az Zawr" -> ``drzr``. Used to find candidates for fuzzy matching.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "normalize", "skeleton"]

# Characters that transliterations use for ʿayn and hamza, and apostrophes of every kind.
_MARKS = dict.fromkeys(map(ord, "ʿʾʻʼ'`´‘’‛′ʹʽˈ"), None)
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_./,()\[\]\"«»“”]+")
_ARABIC_DIACRITICS = re.compile(r"[\u064B-\u065F\u0670\u0640]")  # harakat, dagger alif, tatweel
_ARTICLES = frozenset("al el il ul ad ed ar er as es az ez an en at et ash esh ath adh dh".split())
# French and German renderings of Arabic/Persian/Turkish sounds, applied after articles go.
_SPELLINGS = (
    ("dj", "j"),
    ("tch", "ch"),
    ("sch", "sh"),
    ("ch", "sh"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ph", "f"),
    ("kh", "k"),
    ("gh", "g"),
    ("q", "k"),
    ("ck", "k"),
    ("c", "k"),
    ("x", "ks"),
)
_VOWELS = frozenset("aeiouyw")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def normalize(name: str) -> str:
    """Lower case, no diacritics, no apostrophes or ʿayn/hamza marks, single spaces.

    Arabic script keeps its letters and loses its short-vowel marks.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_MARKS)
    text = _ARABIC_DIACRITICS.sub("", text)
    text = text.casefold().replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o")
    text = text.replace("ı", "i").replace("ł", "l").replace("đ", "d").replace("ð", "d").replace("þ", "th")
    return _SEPARATORS.sub(" ", text).strip()


def _drop_articles(words: list[str]) -> list[str]:
    kept = [w for w in words if w not in _ARTICLES]
    return kept or words


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The transliteration-proof key of a name (see module docstring)."""
    words = normalize(name).split()
    if not words:
        return ""
    words = _drop_articles(words)
    text = "".join(words)
    for old, new in _SPELLINGS:
        text = text.replace(old, new)
    return _DOUBLED.sub(r"\1", text)


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """The consonant skeleton of :func:`fold` (first letter kept as is)."""
    folded = fold(name)
    if not folded:
        return ""
    out = [folded[0]]
    for char in folded[1:]:
        if char in _VOWELS:
            continue
        if char != out[-1]:
            out.append(char)
    return "".join(out)
