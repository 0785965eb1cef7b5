"""User gazetteer files: CSV or GeoJSON entries that add to or override the embedded gazetteer.

CSV columns (UTF-8, header row): ``name``, ``latitude`` (or ``lat``), ``longitude`` (or
``lon``/``lng``) are required; optional ``id``, ``feature_class`` (default ``site``),
``country`` (ISO alpha-2), ``admin1``, ``population``, ``name_fr``, ``name_ar`` and
``alt_names`` (separated by ``|`` or ``;``).

GeoJSON: a FeatureCollection whose features have any geometry and the properties of the
curated schema (``name`` required; ``id``, ``feature_class``, ``alt_names`` ...).

Ids: an ``id`` with a colon is used as is, so ``geonames:174448`` or ``country:SY``
*overrides* that entry (its geometry and fields; the embedded names stay); any other id
becomes ``user:<id>``; without an id, ``user:<file stem>:<row>``.

A ``.store`` file (written by ``geoevents gazetteer import``) is used as it is.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from shapely.geometry import shape

from ..errors import GazetteerError
from .entry import GazetteerEntry, entry_from_feature
from .index import MemoryIndex, NameIndex, StoreIndex
from .sources import SourceRecord
from .store import GazetteerStore

_SPLIT = re.compile(r"\s*[|;]\s*")
_LAT = ("latitude", "lat")
_LON = ("longitude", "lon", "lng")


def load_layer(path: str | Path) -> NameIndex:
    """The index of one user gazetteer file (raises :class:`GazetteerError` when invalid)."""
    path = Path(path)
    if not path.is_file():
        raise GazetteerError(f"{path}: gazetteer file not found")
    suffix = path.suffix.lower()
    if suffix == ".store":
        return StoreIndex(GazetteerStore(path))
    if suffix == ".csv":
        return MemoryIndex.build(csv_records(path))
    if suffix in (".geojson", ".json"):
        return MemoryIndex.build(geojson_records(path))
    raise GazetteerError(f"{path}: unknown gazetteer file type (use .csv, .geojson or .store)")


def _user_id(raw: str | None, path: Path, row: int) -> str:
    if raw:
        raw = str(raw).strip()
        return raw if ":" in raw else f"user:{raw}"
    return f"user:{path.stem}:{row}"


def _names(*values) -> tuple[str, ...]:
    names: list[str] = []
    for value in values:
        if isinstance(value, str):
            names.extend(n for n in _SPLIT.split(value) if n.strip())
        elif isinstance(value, list):
            names.extend(str(n) for n in value if str(n).strip())
    return tuple(dict.fromkeys(n.strip() for n in names))


def _float(
    row: dict[str, str], keys: tuple[str, ...], path: Path, number: int, low: float, high: float
) -> float:
    for key in keys:
        if row.get(key) not in (None, ""):
            try:
                value = float(row[key])
            except ValueError:
                raise GazetteerError(f"{path}: row {number}: {key} {row[key]!r} is not a number") from None
            if not low <= value <= high:
                raise GazetteerError(f"{path}: row {number}: {key} {value} is out of range")
            return value
    raise GazetteerError(f"{path}: row {number}: missing {' or '.join(keys)}")


def csv_records(path: Path) -> list[SourceRecord]:
    """Records of a user CSV file (see the module docstring)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise GazetteerError(f"{path}: cannot read gazetteer CSV: {exc}") from None
    records = []
    for number, raw in enumerate(rows, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        name = row.get("name")
        if not name:
            raise GazetteerError(f"{path}: row {number}: missing name")
        entry = GazetteerEntry(
            id=_user_id(row.get("id"), path, number),
            name=name,
            feature_class=row.get("feature_class") or "site",
            latitude=_float(row, _LAT, path, number, -90, 90),
            longitude=_float(row, _LON, path, number, -180, 180),
            country=(row.get("country") or "").upper() or None,
            admin1=row.get("admin1") or None,
            population=int(float(row["population"])) if row.get("population") else 0,
            name_fr=row.get("name_fr") or None,
            name_ar=row.get("name_ar") or None,
        )
        records.append(
            SourceRecord(entry, _names(name, row.get("name_fr"), row.get("name_ar"), row.get("alt_names")))
        )
    return records


def geojson_records(path: Path) -> list[SourceRecord]:
    """Records of a user GeoJSON FeatureCollection (see the module docstring)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise GazetteerError(f"{path}: cannot read gazetteer GeoJSON: {exc}") from None
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        raise GazetteerError(f"{path}: a gazetteer GeoJSON file must be a FeatureCollection")
    records = []
    for number, feature in enumerate(document.get("features") or [], start=1):
        props = (feature or {}).get("properties") or {}
        name = props.get("name")
        if not name:
            raise GazetteerError(f"{path}: feature {number}: missing properties.name")
        try:
            geometry = shape(feature["geometry"])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise GazetteerError(f"{path}: feature {number}: invalid geometry: {exc}") from None
        if geometry.is_empty:
            raise GazetteerError(f"{path}: feature {number}: empty geometry")
        entry = entry_from_feature(
            _user_id(props.get("id") or feature.get("id"), path, number),
            name,
            props.get("feature_class") or "site",
            geometry,
            props,
        )
        names = _names(name, props.get("name_fr"), props.get("name_ar"), props.get("alt_names") or [])
        records.append(SourceRecord(entry, names))
    return records
