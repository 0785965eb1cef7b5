"""Derive ``gazetteer/derived/country_aliases.csv``: the Factbook's other names of countries.

Input (build time only): PyPI ``pyworldatlas`` 0.10.0 (MIT; CIA World Factbook 2025, public
domain), table ``country_name`` of ``pyworldatlas/data/atlas.sqlite3``: the kinds ``formal``
("Federative Republic of Brazil"), ``official`` ("Holy See") and ``alias`` ("Falklands",
"Congo-Kinshasa", "Cape Verde"). Left out: "America" (by decision not a name of the United
States in the index: see ``gazetteer/README.md``, Country names), a name two countries share,
a name in parentheses or with a comma ("Netherlands (Kingdom of the)"), initials ("UAE", "U.K.":
abbreviations are the curated table's, taken only as written), and countries without a Natural
Earth admin-0 entry.

Output rows ``country,name,kind``, sorted.

    python gazetteer/build/build_country_aliases.py [--wheel pyworldatlas-0.10.0-py3-none-any.whl]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_demonyms import atlas_rows, natural_earth_codes, write_table

OUT = Path(__file__).resolve().parent.parent / "derived" / "country_aliases.csv"
KINDS = ("alias", "formal", "official")
NOT_NAMES = frozenset({"America"})


def _initials(name: str) -> bool:
    """ "UAE", "U.K.": abbreviations belong to ``world/country_names.csv``, where text takes them
    only as written."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def rows(database: Path) -> list[tuple[str, str, str]]:
    """``(country, name, kind)`` (see the module docstring)."""
    connection = sqlite3.connect(database)
    try:
        query = (
            "select c.alpha2, n.name, n.kind from country_name n join country c on c.id = n.country_id "
            f"where n.kind in ({', '.join('?' * len(KINDS))})"
        )
        found = [
            (code, name.removeprefix("The ").strip(), kind)
            for code, name, kind in connection.execute(query, KINDS)
            if name and not set("(),") & set(name) and name not in NOT_NAMES and not _initials(name)
        ]
    finally:
        connection.close()
    known = natural_earth_codes()
    owners = Counter(name.casefold() for _code, name in {(c, n) for c, n, _k in found})
    unique = {(c, n, k) for c, n, k in found if c in known and owners[n.casefold()] == 1}
    best: dict[tuple[str, str], str] = {}
    for code, name, kind in sorted(unique):
        best.setdefault((code, name), kind)
    return sorted((code, name, kind) for (code, name), kind in best.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a local pyworldatlas-0.10.0 wheel")
    args = parser.parse_args(argv)
    found = atlas_rows(rows, args.wheel)
    write_table(OUT, ["country", "name", "kind"], found, "names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
