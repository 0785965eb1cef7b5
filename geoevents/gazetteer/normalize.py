"""Name normalisation that survives transliteration and exonyms.

Three levels, each a pure function of the name:

- :func:`normalize` — case, diacritics, apostrophes, ʿayn/hamza marks, hyphens, spaces.
- :func:`fold` — also drops Arabic articles (al-, el-, ad-, ar-, as-, az- ...), applies French
  spellings of Arabic sounds (ou→u, dj→j, ch→sh) and joins the words: "Abou Kamal",
  "Abu Kamal" -> ``abukamal``; "Mossoul", "Mosul" -> ``mosul`` (doubled letters merged).
- :func:`skeleton` — the consonant skeleton of the folded form (vowels and the semi-vowels
  w/y dropped, doubled letters merged): "Kamal"/"Kemal" -> ``kml``,
  "Deir ez-Zor"/"Dayr az Zawr" -> ``drzr``. Used to find candidates for fuzzy matching.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "name_keys", "normalize", "skeleton"]

# Characters that transliterations use for ʿayn and hamza, and apostrophes of every kind.
_MARKS: dict[str | int, str | int | None] = dict.fromkeys(map(ord, "ʿʾʻʼ'`´‘’‛′ʹʽˈ"), None)
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
_NO_VOWELS = str.maketrans(dict.fromkeys("aeiouyw"))
_DOUBLED = re.compile(r"(.)\1+")


# French elision: "d'Al-Anbar", "l'Euphrate" are two words, not "dal anbar".
_ELISION = re.compile(r"(?<![^\W\d_])([dlDL]|[qQ]u)['’ʼ](?=[^\W\d_])")
_ASCII_PLAIN = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*").fullmatch  # already normalized
_COMBINING = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u064b-\u065f\u0670\u0640\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
_LETTERS: dict[str | int, str | int | None] = {
    **_MARKS,
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "ø": "o",
    "ı": "i",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "þ": "th",
}
_TABLE = str.maketrans(_LETTERS)


@lru_cache(maxsize=1)
def _all_combining() -> re.Pattern[str]:
    """Every combining mark of the Basic Multilingual Plane (built on first non-ASCII name)."""
    marks = "".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c)))
    return re.compile(f"[{re.escape(marks)}]")


def _normalize(name: str) -> str:
    if "'" in name or "’" in name or "ʼ" in name:
        name = _ELISION.sub(r"\1 ", name)
    if name.isascii():
        text = name.lower()
        if "'" in text or "`" in text:
            text = text.replace("'", "").replace("`", "")
        if _ASCII_PLAIN(text):
            return text
    else:
        text = unicodedata.normalize("NFKD", name.casefold())
        text = _COMBINING.sub("", text)
        if not text.isascii():
            text = _all_combining().sub("", text)
        text = text.translate(_TABLE)
    return _SEPARATORS.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def normalize(name: str) -> str:
    """Lower case, no diacritics, no apostrophes or ʿayn/hamza marks, single spaces.

    Arabic script keeps its letters and loses its short-vowel marks.
    """
    return _normalize(name)


def _drop_articles(words: list[str]) -> list[str]:
    kept = [w for w in words if w not in _ARTICLES]
    return kept or words


def _spell(text: str) -> str:
    for old, new in _SPELLINGS:
        if old in text:
            text = text.replace(old, new)
    return _DOUBLED.sub(r"\1", text)


def _fold_normalized(normalized: str) -> str:
    words = normalized.split()
    if not words:
        return ""
    text = "".join(_drop_articles(words))
    while True:  # to a fixed point, so that fold(fold(x)) == fold(x)
        spelled = _spell(text)
        if spelled == text:
            return text
        text = spelled


def _skeleton_folded(folded: str) -> str:
    return _DOUBLED.sub(r"\1", folded.translate(_NO_VOWELS)) or folded[:1]


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The transliteration-proof key of a name (see module docstring)."""
    return _fold_normalized(normalize(name))


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """The consonant skeleton of :func:`fold`: vowels and w/y dropped ("Idlib"/"Edlib" -> ``dlb``)."""
    return _skeleton_folded(fold(name))


def name_keys(name: str) -> tuple[str, str, str]:
    """``(normalize(name), fold(name), skeleton(name))`` computed once, uncached (index builds)."""
    normalized = _normalize(name)
    folded = _fold_normalized(normalized)
    return normalized, folded, _skeleton_folded(folded)
