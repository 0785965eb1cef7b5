"""Derive ``gazetteer/derived/airports.tsv.gz``: the world's airports that have an IATA code.

Input (build time only): PyPI ``airportsdata`` 20260905 (MIT), ``airportsdata/airports.csv``
(28,298 airports; 7,884 with an IATA code), fetched with ``pip download`` (or ``--wheel PATH``).
Output columns ``iata, icao, country, lat, lon, city, name``, sorted by IATA code.

    python gazetteer/build/build_airports.py [--wheel airportsdata-20260905-py3-none-any.whl]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import pinned_wheel

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "derived" / "airports.tsv.gz"
REQUIREMENT = "airportsdata==20260905"
MEMBER = "airportsdata/airports.csv"
COLUMNS = ("iata", "icao", "country", "lat", "lon", "city", "name")


def rows(text: str) -> list[tuple[str, ...]]:
    """The airports with an IATA code, one tuple of :data:`COLUMNS` each."""
    found = []
    for row in csv.DictReader(io.StringIO(text)):
        if row["iata"] and row["name"] and row["lat"] and row["lon"]:
            clean = {k: " ".join(str(row[k]).split()) for k in COLUMNS}
            found.append(tuple(clean[k] for k in COLUMNS))
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a local airportsdata wheel")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = pinned_wheel(REQUIREMENT, Path(tmp), args.wheel)
        with zipfile.ZipFile(wheel) as archive:
            found = rows(archive.read(MEMBER).decode("utf-8"))
    table = "\t".join(COLUMNS) + "\n" + "".join("\t".join(r) + "\n" for r in found)
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="", compresslevel=9) as handle:
        handle.write(table.encode("utf-8"))
    OUT.write_bytes(buffer.getvalue())
    print(f"{OUT.name}: {len(found)} airports, {len(buffer.getvalue()):,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
