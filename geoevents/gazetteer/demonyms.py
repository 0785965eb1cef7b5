"""Demonyms: the word for the people or things of a place ("Syrian", "Minnesotans", "irakiens").

Decision: demonyms are not names in the gazetteer index. "Syrian" is not a place's name, and a
text reader that looked every capitalised word up would take "the Syrian army" for a toponym;
whether a demonym stands for a place (GeoWebNews counts "Syrian army" as one, the project's news
gold does not) is the reader's decision. The gazetteer gives the mapping: :func:`demonym_place`
returns the gazetteer id of the country or region a demonym points to, and
:meth:`Gazetteer.resolve <geoevents.gazetteer.Gazetteer.resolve>` falls back to it for a mention
it cannot resolve otherwise (the answer's reason says so).

Data:

- ``gazetteer/derived/demonyms_en.csv``: English demonyms of countries (nouns, plurals and
  adjectives) from the CIA World Factbook (public domain) through PyPI ``pyworldatlas`` 0.10.0
  (MIT), derived by ``gazetteer/build/build_demonyms.py``;
- ``gazetteer/world/demonyms.csv``: the reviewed table: French demonyms of countries (masculine and
  feminine, "syrien", "syrienne"), English and French demonyms of US states and of regions the press
  names ("Minnesotan", "Texan", "texane", "Québécois", "Kashmiri"), each with its reference.
  Plurals are made by adding ``s`` (not after ``s``, ``x``, ``z``: "français", "anglais").
- ``gazetteer/derived/demonyms_regions.csv``: English adjectives of the continents and
  macro-regions, derived by rule from their names ("Central American", "Middle Eastern",
  "Scandinavian") by ``gazetteer/build/build_demonyms.py``.

A form that two places share in the tables keeps the first row's (the Factbook's country before a
region of the curated table, so "Georgian" is Georgia the country).
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources

from .normalize import normalize

__all__ = ["demonym_place", "demonyms"]


def _read(*parts: str) -> list[dict]:
    text = resources.files("geoevents.curated").joinpath(*parts).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _plural(word: str) -> str:
    return word if word[-1:] in "sxz" else word + "s"


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Normalised demonym -> gazetteer id (``country:SY``, ``iso3166-2:US-MN``)."""
    found: dict[str, str] = {}
    for row in _read("derived", "demonyms_en.csv"):
        found.setdefault(normalize(row["form"]), f"country:{row['country']}")
    for row in _read("world", "demonyms.csv"):
        for form in (row["masculine"], row["feminine"]):
            if form:
                for written in (form, _plural(form)):
                    found.setdefault(normalize(written), row["place"])
    for row in _read("derived", "demonyms_regions.csv"):
        found.setdefault(normalize(row["form"]), row["place"])
    return found


def demonym_place(word: str) -> str | None:
    """The gazetteer id of the country or region a demonym points to ("Syrians" -> ``country:SY``,
    "Minnesotans" -> ``iso3166-2:US-MN``, "irakiennes" -> ``country:IQ``), or ``None``."""
    return demonyms().get(normalize(word))
