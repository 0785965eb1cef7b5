"""Country names beyond the short name: official, common and alternate forms, and '&' initials.

Classes of names, each derived by one rule from a real source (no per-country entry):

- ISO 3166-1 names from pycountry: ``official_name`` ("Islamic Republic of Iran",
  "Plurinational State of Bolivia") and ``common_name`` ("South Korea", "Laos"), and the ISO
  ``name`` written as a phrase: "Holy See (Vatican City State)" gives "Holy See" and "Vatican City
  State"; "Micronesia, Federated States of" gives "Federated States of Micronesia";
  a parenthesis that is not a name ("Saint Martin (French part)": a word in lower case) and an
  inverted form that is not "... of" ("Taiwan, Province of China", "Korea, South") give only the
  part before it, and never a partial form such as "Islamic Republic".
- Natural Earth admin-0 ``NAME_ALT`` (comma-separated: "Holy See", "East Timor", "Swaziland") and
  ``NAME_CIAWF`` (the CIA World Factbook's name: "Burma", "Macau"), by the same phrase rule.
- '&' initials: a country named "X and Y" in one word each ("Trinidad and Tobago", "Bosnia and
  Herzegovina", "Antigua and Barbuda", "Wallis and Futuna") is also written "T&T", "B&H", "A&B",
  "W&F". These are abbreviations: text takes them for the country only when written so.

A form two countries share ("Virgin Islands": British and US; "Korea") is left to neither.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["and_initials", "country_forms", "initials_abbreviations", "phrase_forms"]

_PARENTHESIS = re.compile(r"^(?P<head>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
_AND = re.compile(r"^(?P<x>[A-Z][\w'-]*) and (?P<y>[A-Z][\w'-]*)$")
_OF = re.compile(r"\bof(?: the)?$")


def _capitalised(text: str) -> bool:
    """Every word of a name is capitalised, apart from linking words ("Islas Malvinas", "Vatican
    City State"; not "French part")."""
    return all(w[:1].isupper() or w in ("of", "the", "and", "da", "de") for w in text.split())


def phrase_forms(text: str | None) -> list[str]:
    """The names a written form stands for (see the module docstring)."""
    text = (text or "").strip()
    if not text:
        return []
    if text.lower().startswith("the "):
        text = text[4:]
    match = _PARENTHESIS.match(text)
    if match is not None:
        inner = match["inner"].strip()
        return [*phrase_forms(match["head"]), *([inner] if _capitalised(inner) else [])]
    if "," in text:
        head, _, tail = text.partition(",")
        tail = tail.strip()
        if _OF.search(tail) and "," not in tail:
            return [f"{tail} {head.strip()}"]
        return [head.strip()] if _capitalised(head) else []
    return [text] if _capitalised(text) else []


def and_initials(name: str) -> str | None:
    """ "Trinidad and Tobago" -> "T&T"; ``None`` unless the name is two words joined by "and"."""
    match = _AND.match(name.strip())
    return None if match is None else f"{match['x'][0]}&{match['y'][0]}"


def _pycountry_texts(code: str) -> list[str]:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return []
    return [getattr(country, field, None) or "" for field in ("name", "official_name", "common_name")]


def _natural_earth_texts(row: dict) -> list[str]:
    alternates = [part for part in str(row.get("NAME_ALT") or "").split(",")]
    return [*alternates, str(row.get("NAME_CIAWF") or "")]


def _forms(code: str, row: dict) -> list[str]:
    texts = [*_pycountry_texts(code), *_natural_earth_texts(row)]
    return list(dict.fromkeys(f for t in texts for f in phrase_forms(t)))


def country_forms(rows: dict[str, dict]) -> dict[str, tuple[str, ...]]:
    """ISO code -> its extra names, for the Natural Earth rows keyed by code; a form two codes share
    is dropped from both."""
    found = {code: _forms(code, row) for code, row in rows.items()}
    shared = Counter(f.casefold() for forms in found.values() for f in set(forms))
    return {code: tuple(f for f in forms if shared[f.casefold()] == 1) for code, forms in found.items()}


def initials_for(names: Iterable[str]) -> tuple[str, ...]:
    """The '&' initials of a country's names ("T&T" for "Trinidad and Tobago")."""
    return tuple(dict.fromkeys(i for i in map(and_initials, names) if i))


@lru_cache(maxsize=1)
def initials_abbreviations() -> frozenset[str]:
    """All '&' initials of the ISO 3166-1 names (pycountry), as written: the set text should take
    for a country only when written so."""
    import pycountry

    names = [t for c in pycountry.countries for t in _pycountry_texts(c.alpha_2)]
    return frozenset(initials_for(f for t in names for f in phrase_forms(t)))
