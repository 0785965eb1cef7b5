"""Import GeoNames dump files (every feature class) into a gazetteer store file.

For users who need more than the embedded populated places: mountains, wadis, airports,
every river ... Reads ``allCountries.txt``, per-country ``XX.txt`` or ``XX.zip`` (the
tab-separated ``geoname`` table) and, optionally, ``alternateNamesV2.txt`` (or its zip),
streaming them line by line, and writes a ``.store`` file to use with
``--gazetteer FILE.store`` (or :meth:`Gazetteer.with_files`). Entries keep the ids of the
embedded gazetteer (``geonames:<id>``), so an imported place overrides the embedded one.

The files are downloaded by the user from GeoNames (CC BY 4.0); nothing here downloads.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..errors import GazetteerError
from ..limits import archive_member_problem, coordinates_problem
from .entry import GazetteerEntry
from .store import StoreBuilder

# GeoNames feature codes -> our feature classes (others: the class letter's default).
FEATURE_CODES = {
    "PCLI": "country",
    "PCLD": "country",
    "PCLF": "country",
    "PCLS": "country",
    "PCLIX": "country",
    "ADM1": "admin1",
    "ADM1H": "admin1",
    "ADM2": "district",
    "ADM3": "district",
    "RGN": "region",
    "RGNE": "region",
    "AREA": "region",
    "STM": "river",
    "STMI": "river",
    "STMS": "river",
    "WAD": "river",
    "WADS": "river",
    "CNL": "canal",
    "LK": "lake",
    "LKS": "lake",
    "LKI": "lake",
    "RSV": "reservoir",
    "DAM": "dam",
    "DAMSB": "dam",
    "OILF": "oil_field",
    "GASF": "gas_field",
    "OILR": "refinery",
    "PSTB": "border_crossing",
    "AIRP": "airport",
    "AIRB": "airport",
    "AIRF": "airport",
    "MT": "mountain",
    "MTS": "mountain",
    "PK": "mountain",
    "HLL": "hill",
    "ISL": "island",
    "BDG": "bridge",
    "RD": "road",
    "CMP": "camp",
    "CMPRF": "camp",
    "MILB": "military_base",
}
CLASS_DEFAULTS = {
    "A": "admin_area",
    "H": "water",
    "L": "area",
    "P": "town",
    "R": "road",
    "S": "site",
    "T": "terrain",
    "U": "undersea",
    "V": "vegetation",
}
_SKIPPED_LANGUAGES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "unlc", "fr_1793", "tcid"})


@dataclass
class ImportReport:
    """What an import read and wrote."""

    entries: int = 0
    names: int = 0
    alternate_names: int = 0
    skipped_lines: int = 0


def feature_class(class_letter: str, code: str, population: int) -> str:
    """Our feature class for a GeoNames feature class letter and code."""
    if class_letter == "P":
        return "city" if population >= 100_000 else "town"
    return FEATURE_CODES.get(code) or CLASS_DEFAULTS.get(class_letter, "site")


@contextmanager
def _read_errors(path: Path) -> Iterator[None]:
    """Damage found while reading (a bad CRC, a size that lied, text that is not UTF-8) as one line."""
    try:
        yield
    except UnicodeDecodeError as exc:
        raise GazetteerError(f"{path}: not UTF-8 text ({exc.reason})") from None
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise GazetteerError(f"{path}: damaged archive: {exc}") from None


@contextmanager
def _open_text(path: Path) -> Iterator[io.TextIOBase]:
    """A text stream over a ``.txt`` file or the ``.txt`` member of a GeoNames ``.zip``."""
    if path.suffix.lower() == ".zip":
        try:
            archive = zipfile.ZipFile(path)
        except (OSError, zipfile.BadZipFile) as exc:
            raise GazetteerError(f"{path}: not a readable zip file: {exc}") from None
        with archive:
            members = [
                n for n in archive.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")
            ]
            if len(members) != 1:
                raise GazetteerError(f"{path}: expected one .txt table in the zip, found {members}")
            info = archive.getinfo(members[0])
            if problem := archive_member_problem(info.file_size, info.compress_size):
                raise GazetteerError(f"{path}: {members[0]}: {problem}")
            with archive.open(members[0]) as raw, _read_errors(path):
                yield io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    else:
        try:
            handle = path.open(encoding="utf-8", newline="\n")
        except OSError as exc:
            raise GazetteerError(f"{path}: {exc}") from None
        with handle, _read_errors(path):
            yield handle


def parse_geoname(line: str) -> tuple[GazetteerEntry, tuple[str, ...]] | None:
    """One line of the ``geoname`` table as an entry and its names (``None`` if malformed)."""
    fields = line.rstrip("\n").split("\t")
    if len(fields) < 15:
        return None
    try:
        latitude, longitude = float(fields[4]), float(fields[5])
        population = int(fields[14] or 0)
    except ValueError:
        return None
    if coordinates_problem((longitude, latitude, longitude, latitude)) or not 0 <= population < 1 << 63:
        return None  # NaN, 999 degrees, a population no store column holds: malformed
    code = fields[7]
    entry = GazetteerEntry(
        id=f"geonames:{fields[0]}",
        name=fields[1],
        feature_class=feature_class(fields[6], code, population),
        latitude=latitude,
        longitude=longitude,
        country=fields[8] or None,
        admin1=fields[10] or None,
        population=population,
    )
    names = [fields[1], fields[2], *(n for n in fields[3].split(",") if n)]
    return entry, tuple(dict.fromkeys(n for n in names if n.strip()))


def import_dumps(
    geoname_files: Iterable[str | Path],
    output: str | Path,
    *,
    alternate_names: Iterable[str | Path] = (),
) -> ImportReport:
    """Read GeoNames dump files and write a store file at ``output``."""
    builder = StoreBuilder()
    report = ImportReport()
    for path in map(Path, geoname_files):
        with _open_text(path) as handle:
            for line in handle:
                parsed = parse_geoname(line)
                if parsed is None:
                    if line.strip():
                        report.skipped_lines += 1
                    continue
                builder.add(parsed[0], parsed[1])
                report.entries += 1
                report.names += len(parsed[1])
    if report.entries == 0:
        raise GazetteerError("no GeoNames entries read: is this a geoname table (allCountries.txt, XX.zip)?")
    for path in map(Path, alternate_names):
        with _open_text(path) as handle:
            for line in handle:
                fields = line.rstrip("\n").split("\t")
                if len(fields) < 4 or fields[2] in _SKIPPED_LANGUAGES or not fields[3].strip():
                    continue
                number = builder.numbers.get(f"geonames:{fields[1]}")
                if number is None:
                    continue  # a name for a place outside the imported tables
                builder.add_names(number, (fields[3],))
                report.alternate_names += 1
    builder.write(Path(output))
    return report
