"""Checks of the curated gazetteer (gazetteer/syria-iraq/*.geojson and gazetteer/world/*.geojson).

Needs only pytest, shapely and the standard library.  The schema of
gazetteer/schema.json is checked by a small hand-written validator that
supports exactly the keywords the schema uses.  The reference coordinates
below (towns, capitals) are copied from GeoNames so that these tests do
not depend on the build scripts.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from pathlib import Path

import pytest
from shapely.geometry import Point, shape
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parent.parent
GAZ = ROOT / "gazetteer"
DATA = GAZ / "syria-iraq"
WORLD = GAZ / "world"
FILES = ["governorates", "rivers", "oil_gas_fields", "water", "crossings", "places"]
WORLD_FILES = [
    "world/regions",
    "world/rivers",
    "world/water",
    "world/crossings",
    "world/areas",
    "world/places",
]
ALL_FILES = FILES + WORLD_FILES
EXPECTED_CLASSES = {
    "governorates": {"governorate", "region"},
    "rivers": {"river"},
    "oil_gas_fields": {"oil_field", "gas_field", "refinery"},
    "water": {"dam", "lake", "reservoir", "barrage"},
    "crossings": {"border_crossing"},
    "places": {"town", "city", "district"},
    "world/regions": {"governorate", "province", "region"},
    "world/rivers": {"river"},
    # a short river missing from WDBII is a point on its course (the Awali)
    "world/water": {"dam", "lake", "reservoir", "barrage", "river"},
    "world/crossings": {"border_crossing"},
    "world/areas": {"region", "district"},
    "world/places": {"town", "city"},
}


def path_of(name):
    return GAZ / f"{name}.geojson" if "/" in name else DATA / f"{name}.geojson"


def load(name):
    with open(path_of(name), encoding="utf-8") as fh:
        return json.load(fh)


@pytest.fixture(scope="module")
def collections():
    return {name: load(name) for name in FILES}


@pytest.fixture(scope="module")
def schema():
    with open(GAZ / "schema.json", encoding="utf-8") as fh:
        return json.load(fh)


def by_id(fc):
    return {f["properties"]["id"]: f for f in fc["features"]}


def km(lon1, lat1, lon2, lat2):
    phi = math.radians((lat1 + lat2) / 2)
    return 6371.0088 * math.hypot(math.radians(lon2 - lon1) * math.cos(phi), math.radians(lat2 - lat1))


def dist_km(geom, lon, lat):
    """Distance point -> geometry in km, equirectangular at the point's latitude."""
    from shapely import affinity

    k = math.cos(math.radians(lat))
    g = affinity.scale(geom, xfact=k, yfact=1.0, origin=(0, 0))
    return Point(lon * k, lat).distance(g) * 6371.0088 * math.pi / 180


# ------------------------------------------------------------- mini validator
_TYPES = {"string": str, "array": list, "object": dict, "boolean": bool, "null": type(None)}


def _is_type(value, t):
    if t == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if t == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, _TYPES[t])


def validate(value, sch, path="$"):  # noqa: C901 (older; to be split)
    """Return a list of error strings (empty when valid)."""
    errors = []
    if "oneOf" in sch:
        ok = [s for s in sch["oneOf"] if not validate(value, s, path)]
        if len(ok) != 1:
            errors.append(f"{path}: matches {len(ok)} of oneOf")
        return errors
    if "type" in sch:
        types = sch["type"] if isinstance(sch["type"], list) else [sch["type"]]
        if not any(_is_type(value, t) for t in types):
            return [f"{path}: {value!r} is not of type {types}"]
    if value is None:
        return errors
    if "enum" in sch and value not in sch["enum"]:
        errors.append(f"{path}: {value!r} not in enum")
    if isinstance(value, str):
        if len(value) < sch.get("minLength", 0):
            errors.append(f"{path}: too short")
        if "pattern" in sch and not re.search(sch["pattern"], value):
            errors.append(f"{path}: {value!r} does not match {sch['pattern']}")
    if isinstance(value, int) and not isinstance(value, bool) and "minimum" in sch and value < sch["minimum"]:
        errors.append(f"{path}: below minimum")
    if isinstance(value, list):
        if len(value) < sch.get("minItems", 0):
            errors.append(f"{path}: fewer than {sch['minItems']} items")
        if sch.get("uniqueItems") and len(set(map(json.dumps, value))) != len(value):
            dups = sorted({v for v in value if value.count(v) > 1})
            errors.append(f"{path}: duplicate items {dups}")
        for i, item in enumerate(value):
            errors += validate(item, sch.get("items", {}), f"{path}[{i}]")
    if isinstance(value, dict):
        for req in sch.get("required", []):
            if req not in value:
                errors.append(f"{path}: missing {req}")
        props = sch.get("properties", {})
        for k, v in value.items():
            if k in props:
                errors += validate(v, props[k], f"{path}.{k}")
            elif sch.get("additionalProperties") is False:
                errors.append(f"{path}: unexpected property {k}")
    return errors


def test_validator_rejects_bad_properties(schema):
    bad = {
        "id": "Bad Id",
        "name": "",
        "name_fr": "x",
        "name_ar": "latin only",
        "alt_names": ["a", "a"],
        "feature_class": "volcano",
        "country": "SYR",
        "admin1": "SY_DY",
        "geonames_id": "12",
        "population": -1,
        "approximate": "yes",
        "reference": "short",
        "extra": 1,
    }
    errors = validate(bad, schema)
    for key in (
        "id",
        "name",
        "name_ar",
        "alt_names",
        "feature_class",
        "country",
        "admin1",
        "geonames_id",
        "population",
        "approximate",
        "reference",
        "extra",
    ):
        assert any(key in e for e in errors), key


# ------------------------------------------------------------- file-level checks
@pytest.mark.parametrize("name", ALL_FILES)
def test_file_parses_as_rfc7946_collection(name):
    fc = load(name)
    assert fc["type"] == "FeatureCollection"
    assert "crs" not in fc
    assert fc["features"], f"{name} is empty"
    for f in fc["features"]:
        assert f["type"] == "Feature"
        assert f["id"] == f["properties"]["id"]
        assert f["properties"]["feature_class"] in EXPECTED_CLASSES[name]


@pytest.mark.parametrize("name", ALL_FILES)
def test_properties_follow_schema(name, schema):
    errors = []
    for f in load(name)["features"]:
        errors += validate(f["properties"], schema, f["properties"].get("id", "?"))
    assert not errors, "\n".join(errors[:20])


def test_every_curated_file_is_checked():
    """The engine loads gazetteer/**/*.geojson: every such file must be covered here."""
    found = {p.relative_to(GAZ).with_suffix("").as_posix() for p in GAZ.rglob("*.geojson")}
    listed = {f"syria-iraq/{n}" for n in FILES} | set(WORLD_FILES)
    assert found == listed, found ^ listed


def test_ids_unique_across_files(collections):
    ids = [f["properties"]["id"] for n in ALL_FILES for f in load(n)["features"]]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def _coords(geom):
    t, c = geom["type"], geom["coordinates"]
    if t == "Point":
        return [c]
    if t in ("LineString",):
        return c
    if t in ("MultiLineString", "Polygon"):
        return [p for part in c for p in part]
    if t == "MultiPolygon":
        return [p for poly in c for ring in poly for p in ring]
    raise AssertionError(f"unexpected geometry type {t}")


@pytest.mark.parametrize("name", FILES)
def test_geometries_valid_wgs84_5_decimals(name):
    for f in load(name)["features"]:
        g = f["geometry"]
        assert shape(g).is_valid, f["id"]
        assert not shape(g).is_empty, f["id"]
        for lon, lat in _coords(g):
            assert 35.0 <= lon <= 49.0 and 29.0 <= lat <= 39.5, (
                f["id"],
                lon,
                lat,
            )  # lon,lat order, in region
            assert round(lon, 5) == lon and round(lat, 5) == lat, (f["id"], lon, lat)


def _signed_area(ring):
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in itertools.pairwise(ring)) / 2


@pytest.mark.parametrize("name", ALL_FILES)
def test_polygons_follow_right_hand_rule(name):
    for f in load(name)["features"]:
        g = f["geometry"]
        polys = (
            [g["coordinates"]]
            if g["type"] == "Polygon"
            else g["coordinates"]
            if g["type"] == "MultiPolygon"
            else []
        )
        for poly in polys:
            assert poly[0][0] == poly[0][-1]
            assert _signed_area(poly[0]) > 0, f"{f['id']}: exterior ring is clockwise"
            for hole in poly[1:]:
                assert _signed_area(hole) < 0, f"{f['id']}: hole is counter-clockwise"


def test_total_size_small():
    total = sum(path_of(n).stat().st_size for n in ALL_FILES)
    assert total < 2 * 1024 * 1024, total


# ------------------------------------------------------------- governorates
CAPITALS = {  # governorate slug -> capital (GeoNames name, lon, lat)
    "damascus": ("Damascus", 36.29128, 33.5102),
    "rif-dimashq": ("Duma", 36.4027, 33.57175),
    "quneitra": ("Al Qunaytirah", 35.82461, 33.12595),
    "daraa": ("Daraa", 36.10213, 32.61889),
    "as-suwayda": ("As-Suwayda", 36.56951, 32.70896),
    "homs": ("Homs", 36.72559, 34.72405),
    "hama": ("Hamah", 36.75783, 35.13179),
    "tartus": ("Tartus", 35.88659, 34.88902),
    "latakia": ("Latakia", 35.79088, 35.53125),
    "idlib": ("Idlib", 36.63393, 35.93062),
    "aleppo": ("Aleppo", 37.16117, 36.20124),
    "raqqa": ("Ar Raqqah", 39.00788, 35.95283),
    "deir-ez-zor": ("Deir ez-Zor", 40.14084, 35.33588),
    "al-hasakah": ("Al Hasakah", 40.74772, 36.50237),
    "baghdad": ("Baghdad", 44.40088, 33.34058),
    "anbar": ("Ramadi", 43.30778, 33.42056),
    "nineveh": ("Mosul", 43.11889, 36.335),
    "salah-ad-din": ("Tikrit", 43.67861, 34.61581),
    "kirkuk": ("Kirkuk", 44.39222, 35.46806),
    "diyala": ("Baqubah", 44.60518, 33.75403),
    "wasit": ("Al-Kut", 45.81817, 32.5128),
    "babil": ("Al Hillah", 44.41963, 32.46367),
    "karbala": ("Karbala", 44.02488, 32.61603),
    "najaf": ("Najaf", 44.34625, 32.02594),
    "al-qadisiyah": ("Al Diwaniyah", 44.92552, 31.99289),
    "al-muthanna": ("As Samawah", 45.2944, 31.33198),
    "dhi-qar": ("Nasiriyah", 46.25726, 31.05799),
    "maysan": ("Al Amarah", 47.14483, 31.83561),
    "basra": ("Basrah", 47.7804, 30.50852),
    "duhok": ("Dihok", 42.9879, 36.86608),
    "erbil": ("Erbil", 44.00943, 36.19117),
    "sulaymaniyah": ("Sulaymaniyah", 45.4329, 35.56496),
    "halabja": ("Halabja", 45.98611, 35.17778),
}


def governorates(collections):
    return {
        f["properties"]["id"].split(":")[-1]: f
        for f in collections["governorates"]["features"]
        if f["properties"]["feature_class"] == "governorate"
    }


def test_every_governorate_present(collections):
    govs = governorates(collections)
    assert set(govs) == set(CAPITALS)
    sy = [g for g in govs.values() if g["properties"]["country"] == "SY"]
    iq = [g for g in govs.values() if g["properties"]["country"] == "IQ"]
    assert len(sy) == 14 and len(iq) == 19  # 18 governorates + Halabja
    codes = [g["properties"]["admin1"] for g in govs.values() if g["properties"]["admin1"]]
    assert len(codes) == len(set(codes)) == 32
    for g in govs.values():
        assert g["properties"]["approximate"] is True
        assert g["geometry"]["type"] in ("Polygon", "MultiPolygon")


@pytest.mark.parametrize("slug", sorted(CAPITALS))
def test_governorate_contains_capital(collections, slug):
    name, lon, lat = CAPITALS[slug]
    assert shape(governorates(collections)[slug]["geometry"]).contains(Point(lon, lat)), name


@pytest.mark.parametrize(
    "place, lon, lat, code",
    [
        ("Deir ez-Zor", 40.141, 35.336, "SY-DY"),
        ("Abu Kamal", 40.92, 34.45, "SY-DY"),
        ("Mayadin", 40.4515, 35.0198, "SY-DY"),
        ("Raqqa", 39.0079, 35.9528, "SY-RA"),
        ("Mosul", 43.1189, 36.335, "IQ-NI"),
        ("Ramadi", 43.3078, 33.4206, "IQ-AN"),
        ("Fallujah", 43.786, 33.3491, "IQ-AN"),
        ("Tikrit", 43.6786, 34.6158, "IQ-SD"),
    ],
)
def test_named_towns_in_expected_governorate(collections, place, lon, lat, code):
    hits = [
        g["properties"]["admin1"]
        for g in governorates(collections).values()
        if shape(g["geometry"]).contains(Point(lon, lat))
    ]
    assert hits == [code], (place, hits)


def test_governorates_do_not_overlap(collections):
    govs = [shape(g["geometry"]) for g in governorates(collections).values()]
    for i, a in enumerate(govs):
        for b in govs[i + 1 :]:
            assert a.intersection(b).area < 1e-6


def test_kurdistan_region_covers_its_governorates(collections):
    kr = by_id(collections["governorates"])["sy-iq:region:kurdistan-region"]
    assert kr["properties"]["admin1"] == "IQ-KR"
    region = shape(kr["geometry"])
    for slug in ("duhok", "erbil", "sulaymaniyah", "halabja"):
        assert region.contains(Point(*CAPITALS[slug][1:]))
    assert not region.contains(Point(*CAPITALS["kirkuk"][1:]))


# ------------------------------------------------------------- rivers
TOWNS = {
    "Keban": (38.7352, 38.7938),
    "Birecik": (37.9784, 37.0258),
    "Jarabulus": (38.0111, 36.8175),
    "Tabqa": (38.5483, 35.8376),
    "Raqqa": (39.0079, 35.9528),
    "Deir ez-Zor": (40.1408, 35.3359),
    "Busayrah": (40.4272, 35.1562),
    "Mayadin": (40.4515, 35.0198),
    "Abu Kamal": (40.92, 34.45),
    "Al-Qaim": (40.9894, 34.3925),
    "Rawah": (41.919, 34.4823),
    "Anah": (41.9819, 34.3686),
    "Haditha": (42.3773, 34.1366),
    "Hit": (42.8277, 33.6366),
    "Ramadi": (43.3078, 33.4206),
    "Fallujah": (43.786, 33.3491),
    "Kufa": (44.4402, 32.0511),
    "Samawah": (45.2944, 31.332),
    "Nasiriyah": (46.2573, 31.058),
    "Suq ash-Shuyukh": (46.4544, 30.8907),
    "Qurna": (47.4336, 31.0155),
    "Diyarbakir": (40.2172, 37.9136),
    "Bismil": (40.6593, 37.8451),
    "Hasankeyf": (41.4048, 37.7061),
    "Cizre": (42.1848, 37.3302),
    "Mosul": (43.1189, 36.335),
    "Qayyarah": (43.2945, 35.7993),
    "Sharqat": (43.2281, 35.5172),
    "Baiji": (43.4888, 34.9291),
    "Tikrit": (43.6786, 34.6158),
    "Samarra": (43.8857, 34.1959),
    "Balad": (44.1457, 34.0149),
    "Baghdad": (44.4009, 33.3406),
    "Kut": (45.8182, 32.5128),
    "Amarah": (47.1448, 31.8356),
    "Basra": (47.7804, 30.5085),
    "Abu al-Khasib": (47.9781, 30.4464),
    "Fao": (48.4731, 29.9742),
    "Ras al-Ayn": (40.0705, 36.8503),
    "Tell Tamer": (40.3708, 36.6556),
    "Hasakah": (40.7477, 36.5024),
    "Tell Abyad": (38.9538, 36.6965),
    "Dukan": (44.9628, 35.9292),
    "Baqubah": (44.6052, 33.754),
}
RIVER_TOWNS = {
    "euphrates": [
        "Keban",
        "Birecik",
        "Jarabulus",
        "Tabqa",
        "Raqqa",
        "Deir ez-Zor",
        "Busayrah",
        "Mayadin",
        "Abu Kamal",
        "Al-Qaim",
        "Rawah",
        "Anah",
        "Haditha",
        "Hit",
        "Ramadi",
        "Fallujah",
        "Kufa",
        "Samawah",
        "Nasiriyah",
        "Suq ash-Shuyukh",
        "Qurna",
    ],
    "tigris": [
        "Diyarbakir",
        "Bismil",
        "Hasankeyf",
        "Cizre",
        "Mosul",
        "Qayyarah",
        "Sharqat",
        "Baiji",
        "Tikrit",
        "Samarra",
        "Balad",
        "Baghdad",
        "Kut",
        "Amarah",
        "Qurna",
    ],
    "shatt-al-arab": ["Qurna", "Basra", "Abu al-Khasib", "Fao"],
    "khabur": ["Ras al-Ayn", "Tell Tamer", "Hasakah", "Busayrah"],
    "balikh": ["Tell Abyad", "Raqqa"],
    "little-zab": ["Dukan"],
    "diyala": ["Baqubah"],
}


@pytest.mark.parametrize("river, town", [(r, t) for r, ts in RIVER_TOWNS.items() for t in ts])
def test_river_passes_within_5_km_of_town(collections, river, town):
    f = by_id(collections["rivers"])[f"sy-iq:river:{river}"]
    d = dist_km(shape(f["geometry"]), *TOWNS[town])
    assert d <= 5.0, f"{river} is {d:.1f} km from {town}"


def test_rivers_have_real_length(collections):
    rivers = by_id(collections["rivers"])
    for rid, min_km in (("euphrates", 1800), ("tigris", 1400), ("khabur", 250), ("shatt-al-arab", 150)):
        line = shape(rivers[f"sy-iq:river:{rid}"]["geometry"])
        parts = getattr(line, "geoms", [line])
        length = sum(km(*a, *b) for p in parts for a, b in zip(p.coords, p.coords[1:], strict=False))
        assert length >= min_km, (rid, length)


def test_euphrates_names():
    f = by_id(load("rivers"))["sy-iq:river:euphrates"]["properties"]
    for n in ("Euphrate", "al-Furat", "Firat", "الفرات"):
        assert n in f["alt_names"]
    assert f["country"] == ["TR", "SY", "IQ"]


# ------------------------------------------------------------- points
def country_shapes(collections):
    govs = governorates(collections).values()
    return {
        cc: unary_union([shape(g["geometry"]) for g in govs if g["properties"]["country"] == cc])
        for cc in ("SY", "IQ")
    }


def test_fields_inside_syria_or_iraq(collections):
    shapes = country_shapes(collections)
    for f in collections["oil_gas_fields"]["features"]:
        cc = f["properties"]["country"]
        assert shapes[cc].contains(shape(f["geometry"])), f["id"]
        assert (f["properties"]["admin1"] or cc).startswith(cc)


def test_dams_and_lakes_inside_syria_or_iraq(collections):
    shapes = country_shapes(collections)
    for f in collections["water"]["features"]:
        cc = f["properties"]["country"]
        assert shapes[cc].contains(shape(f["geometry"]).representative_point()), f["id"]


def test_crossings_lie_on_a_border(collections):
    borders = [g.boundary for g in country_shapes(collections).values()]
    for f in collections["crossings"]["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert min(dist_km(b, lon, lat) for b in borders) <= 5.0, f["id"]
        assert isinstance(f["properties"]["country"], list)


def test_named_features_present(collections):
    ids = {f["properties"]["id"] for fc in collections.values() for f in fc["features"]}
    for wanted in (
        "sy-iq:field:al-omar",
        "sy-iq:field:conoco",
        "sy-iq:field:rumaila",
        "sy-iq:field:kirkuk",
        "sy-iq:dam:tabqa-dam",
        "sy-iq:dam:mosul-dam",
        "sy-iq:reservoir:lake-assad",
        "sy-iq:crossing:al-qaim-abu-kamal",
        "sy-iq:crossing:rabia-yarubiyah",
        "sy-iq:place:abu-kamal",
        "sy-iq:place:mosul",
        "sy-iq:river:khabur",
    ):
        assert wanted in ids, wanted


def test_al_omar_east_of_euphrates_near_mayadin(collections):
    omar = shape(by_id(collections["oil_gas_fields"])["sy-iq:field:al-omar"]["geometry"])
    assert km(omar.x, omar.y, 40.4515, 35.0198) < 25  # Mayadin
    assert omar.x > 40.45


def test_place_overlays_point_to_geonames(collections):
    for f in collections["places"]["features"]:
        p = f["properties"]
        assert isinstance(p["geonames_id"], int), f["id"]
        assert f["geometry"]["type"] == "Point"
        assert p["approximate"] is False
    abu = by_id(collections["places"])["sy-iq:place:abu-kamal"]["properties"]
    for spelling in ("Abou Kamal", "Albu Kamal", "Al-Bukamal", "Abu Kemal"):
        assert spelling in abu["alt_names"]
    lon, lat = by_id(collections["places"])["sy-iq:place:abu-kamal"]["geometry"]["coordinates"]
    assert km(lon, lat, 40.92, 34.45) < 2


DAM_RIVER = {
    "dam:tabqa-dam": "euphrates",
    "dam:baath-dam": "euphrates",
    "dam:tishrin-dam": "euphrates",
    "dam:haditha-dam": "euphrates",
    "barrage:ramadi-barrage": "euphrates",
    "barrage:fallujah-barrage": "euphrates",
    "dam:mosul-dam": "tigris",
    "barrage:samarra-barrage": "tigris",
    "dam:dukan-dam": "little-zab",
    "dam:darbandikhan-dam": "diyala",
    "dam:hamrin-dam": "diyala",
}


@pytest.mark.parametrize("dam, river", sorted(DAM_RIVER.items()))
def test_dams_sit_on_their_river(collections, dam, river):
    """Independent cross-check: published dam coordinates vs the WDBII-routed river lines."""
    point = by_id(collections["water"])[f"sy-iq:{dam}"]["geometry"]["coordinates"]
    line = shape(by_id(collections["rivers"])[f"sy-iq:river:{river}"]["geometry"])
    assert dist_km(line, *point) <= 3.0


# Towns on the rivers that the build did NOT use as routing waypoints (GeoNames
# coordinates): an independent check that the WDBII line follows the real course.
INDEPENDENT_TOWNS = {
    "euphrates": [
        ("Halfeti", 37.86874, 37.24529),
        ("Maadan", 39.59835, 35.7552),
        ("As Sabkhah", 39.26268, 35.81182),
        ("At Tibni", 39.8181, 35.6117),
        ("Al Kasrah", 39.9202, 35.56743),
        ("Khasham", 40.28916, 35.30088),
        ("Muhasan", 40.3166, 35.23349),
        ("Dhiban", 40.51028, 35.01498),
        ("Al Ashara", 40.56007, 34.92133),
        ("Subaykhan", 40.59987, 34.85305),
        ("Hajin", 40.83138, 34.69508),
        ("Al Jala", 40.84054, 34.63346),
        ("As Susah", 40.95819, 34.53366),
        ("Al Haqlaniyah", 42.36174, 34.08599),
        ("Al-Musayab", 44.29005, 32.77872),
        ("Al Manadhirah", 44.48649, 31.90692),
        ("Al Mishkhab", 44.4893, 31.80437),
    ],
    "tigris": [
        ("Al-Alam", 43.6951, 34.70896),
        ("Ad Dawr", 43.79341, 34.45597),
        ("As Suwayrah", 44.77583, 32.92556),
        ("Al Aziziyah", 45.06359, 32.90941),
    ],
    "khabur": [("Ash Shaddadah", 40.73478, 36.05756)],
}


@pytest.mark.parametrize(
    "river, town, lon, lat", [(r, t, x, y) for r, ts in INDEPENDENT_TOWNS.items() for t, x, y in ts]
)
def test_river_near_independent_towns(collections, river, town, lon, lat):
    line = shape(by_id(collections["rivers"])[f"sy-iq:river:{river}"]["geometry"])
    assert dist_km(line, lon, lat) <= 5.0, town


# ------------------------------------------------------------- world (outside Syria/Iraq)
# Rough bounding boxes (lon_min, lat_min, lon_max, lat_max) of the countries of the world layer,
# from Natural Earth extents padded by ~0.5°: a point outside its box has swapped or wrong coordinates.
COUNTRY_BOX = {
    "UA": (21.5, 43.8, 40.8, 52.9),
    "YE": (41.5, 11.9, 54.8, 19.5),
    "LY": (9.0, 19.0, 25.7, 33.7),
    "SD": (21.3, 8.2, 39.0, 23.0),
    "SS": (23.0, 3.0, 36.5, 13.0),
    "SO": (40.5, -2.0, 51.9, 12.5),
    "ET": (32.5, 3.0, 48.5, 15.5),
    "AF": (60.0, 29.0, 75.5, 39.0),
    "ML": (-12.8, 9.7, 4.8, 25.5),
    "BF": (-6.0, 9.0, 2.9, 15.6),
    "NE": (-0.5, 11.2, 16.5, 23.6),
    "NG": (2.2, 3.8, 15.2, 14.2),
    "CD": (11.7, -13.9, 31.8, 5.9),
    "MZ": (30.0, -27.5, 41.5, -10.0),
    "LB": (35.0, 32.9, 37.0, 34.8),
    "IL": (34.0, 29.2, 36.0, 33.6),
    "PS": (34.0, 31.0, 35.8, 32.8),
    "MM": (92.0, 9.5, 101.7, 28.9),
    "CO": (-82.0, -4.8, -66.5, 13.9),
    "MX": (-118.5, 14.0, -86.5, 33.0),
    "EG": (24.5, 21.5, 37.0, 32.0),
    "IQ": (38.5, 28.8, 49.0, 37.6),
    "PK": (60.5, 23.5, 77.9, 37.2),
    "JO": (34.8, 29.0, 39.5, 33.6),
    "BJ": (0.7, 6.0, 3.9, 12.5),
    "TN": (7.3, 30.0, 11.9, 37.6),
    "TR": (25.5, 35.5, 45.0, 42.3),
    "SY": (35.5, 32.0, 42.5, 37.5),
    "UG": (29.3, -1.7, 35.2, 4.4),
    "KE": (33.8, -4.9, 42.1, 5.2),
    "IR": (44.0, 25.0, 63.5, 40.0),
    "RU": (27.0, 41.0, 180.0, 82.0),
    "BY": (23.0, 51.0, 33.0, 56.5),
    "GN": (-15.2, 7.0, -7.5, 12.8),
    "TD": (13.4, 7.4, 24.0, 23.5),
    "CM": (8.4, 1.6, 16.2, 13.1),
    "IN": (68.0, 6.5, 97.9, 35.9),
    "CN": (73.0, 18.0, 135.1, 53.6),
    "SN": (-17.6, 12.3, -11.3, 16.7),
    "PE": (-81.4, -18.4, -68.6, 0.0),
    "AZ": (44.7, 38.3, 50.9, 41.9),
    "GE": (40.0, 41.0, 46.7, 43.6),
    "MD": (26.6, 45.4, 30.2, 48.5),
    "PH": (116.9, 4.5, 127.0, 21.2),
    "BD": (88.0, 20.7, 92.7, 26.7),
    "DZ": (-8.7, 18.9, 12.0, 37.1),
    "EH": (-17.1, 20.8, -8.6, 27.7),
    "MR": (-17.1, 14.7, -4.8, 27.3),
}
# Seas stand for no country: their point must lie in the sea's own box instead.
SEA_BOX = {"world:area:mediterranean-sea": (-6.0, 30.0, 36.5, 46.0)}


def _countries(p):
    return p["country"] if isinstance(p["country"], list) else [p["country"]]


@pytest.mark.parametrize("name", WORLD_FILES)
def test_world_geometries_valid_5_decimals_and_in_country(name):
    for f in load(name)["features"]:
        g = f["geometry"]
        assert shape(g).is_valid and not shape(g).is_empty, f["id"]
        boxes = (
            [SEA_BOX[f["id"]]]
            if f["id"] in SEA_BOX
            else [COUNTRY_BOX[c] for c in _countries(f["properties"])]
        )
        for lon, lat in _coords(g):
            assert round(lon, 5) == lon and round(lat, 5) == lat, (f["id"], lon, lat)
            assert any(x0 <= lon <= x1 and y0 <= lat <= y1 for x0, y0, x1, y1 in boxes), (f["id"], lon, lat)


# ISO 3166-2 first-level subdivisions (pycountry 26.2.16, parent_code None) per country.
ISO_FIRST_LEVEL = {
    "UA": 27,
    "YE": 22,
    "LY": 22,
    "SD": 18,
    "SS": 10,
    "SO": 18,
    "ET": 13,
    "AF": 34,
    "ML": 11,
    "BF": 13,
    "NE": 8,
    "NG": 37,
    "CD": 26,
    "MZ": 11,
    "LB": 8,
    "IL": 6,
    "PS": 16,
    "MM": 15,
    "CO": 33,
    "MX": 32,
    "EG": 27,
}


def test_world_regions_cover_every_first_level_unit():
    feats = load("world/regions")["features"]
    codes = [f["properties"]["admin1"] for f in feats]
    assert len(codes) == len(set(codes)), sorted({c for c in codes if codes.count(c) > 1})
    for cc, n in ISO_FIRST_LEVEL.items():
        mine = [c for c in codes if c.startswith(cc + "-")]
        assert len(mine) == n, (cc, len(mine), n)
    for f in feats:
        p = f["properties"]
        assert p["approximate"] is True and f["geometry"]["type"] == "Point", f["id"]
        assert p["admin1"].startswith(p["country"] + "-"), f["id"]


# (admin1, lon, lat) of the capital, copied from GeoNames: each regional point must sit on it.
WORLD_CAPITALS = {
    "UA-14": (37.80224, 48.023),
    "UA-43": (34.11079, 44.95719),
    "YE-HD": (49.12424, 14.54248),
    "SD-DN": (25.34936, 13.62793),
    "ET-TI": (39.47528, 13.49667),
    "AF-HEL": (64.37161, 31.59382),
    "NG-BO": (13.15712, 11.84692),
    "CD-NK": (29.22845, -1.67409),
    "MZ-P": (40.51775, -12.97395),
    "EG-SIN": (33.79844, 31.13159),
    "MX-SIN": (-107.39421, 24.80209),
    "SO-JH": (42.54536, -0.35817),
}


@pytest.mark.parametrize("code", sorted(WORLD_CAPITALS))
def test_world_region_point_at_its_capital(code):
    f = next(f for f in load("world/regions")["features"] if f["properties"]["admin1"] == code)
    lon, lat = f["geometry"]["coordinates"]
    assert km(lon, lat, *WORLD_CAPITALS[code]) < 2, code


def test_world_named_features_and_spellings():
    names = {}
    for n in WORLD_FILES:
        if path_of(n).exists():
            for f in load(n)["features"]:
                p = f["properties"]
                for s in [p["name"], p["name_fr"], p["name_ar"], *p["alt_names"]]:
                    if s:
                        names.setdefault(s, set()).add(p["id"])
    for spelling in (
        "Tigray",
        "Tigré",
        "Borno",
        "Cabo Delgado",
        "Nord-Kivu",
        "North Kivu",
        "Helmand",
        "Hadramawt",
        "Hadramout",
        "Nord-Sinaï",
        "North Darfur",
        "Sinaloa",
        "Donbas",
        "Donbass",
        "Crimea",
        "Crimée",
        "Darfour",
        "Cisjordanie",
        "Gaza Strip",
        "bande de Gaza",
        "Jubaland",
        "Sud-Liban",
        "Nineveh Plains",
        "Liptako-Gourma",
        "Torkham",
        "Kerem Shalom",
        "Rafah crossing",
        "DniproHES",
        "Kakhovka Dam",
        "GERD",
        "grand barrage de la Renaissance",
        "Kajaki Dam",
        "Kashmir",
        "Cachemire",
        "Casamance",
        "VRAEM",
        "Ogaden",
        "plateau du Golan",
        "Haut-Karabakh",
        "Ossétie du Sud",
        "Transnistria",
        "Mindanao",
        "Catatumbo",
        "Sambisa Forest",
        "North Waziristan",
        "Swat Valley",
        "Panjshir Valley",
        "Nuba Mountains",
        "Niger Delta",
        "Ambazonia",
        "Rojava",
        "Chittagong Hill Tracts",
        "Guerguerat",
        "Mahbès",
        "Patongo",
        "Balakot",
    ):
        assert spelling in names, spelling


def test_world_crossings_are_shared_and_points():
    for f in load("world/crossings")["features"]:
        assert isinstance(f["properties"]["country"], list) and f["geometry"]["type"] == "Point", f["id"]


def test_world_dams_at_published_points():
    dams = by_id(load("world/water"))
    for slug, lon, lat in (
        ("grand-ethiopian-renaissance-dam", 35.09306, 11.21528),
        ("kajaki-dam", 65.11889, 32.32194),
    ):
        x, y = dams[f"world:dam:{slug}"]["geometry"]["coordinates"]
        assert km(x, y, lon, lat) < 1, slug


# Towns on the world rivers that the build did NOT use as routing waypoints (GeoNames cities500
# coordinates): an independent check that the WDBII line follows the real course.
WORLD_INDEPENDENT_TOWNS = {
    "dnieper": [("Zaporizhzhia", 35.11714, 47.85167), ("Nova Kakhovka", 33.35591, 46.75966)],
    "nile": [
        ("Edfu", 32.87722, 24.97916),
        ("Minya", 30.75813, 28.09193),
        ("Beni Suef", 31.09785, 29.07441),
        ("Kom Ombo", 32.94626, 24.47669),
    ],
    "white-nile": [("Ad Douiem", 32.3116, 14.0012)],
    "niger": [("Tillabéri", 1.45418, 14.20711), ("Bourem", -0.34861, 16.955)],
    "blue-nile": [("Singa", 33.93117, 13.1483)],
    "orontes": [("Maharda", 36.5725, 35.2479)],
    "donets": [("Balakliya", 36.84433, 49.45595)],
}


@pytest.mark.parametrize(
    "river, town, lon, lat", [(r, t, x, y) for r, ts in WORLD_INDEPENDENT_TOWNS.items() for t, x, y in ts]
)
def test_world_river_near_independent_towns(river, town, lon, lat):
    line = shape(by_id(load("world/rivers"))[f"world:river:{river}"]["geometry"])
    assert dist_km(line, lon, lat) <= 5.0, town


# Published dam coordinates must sit on the routed river lines.
@pytest.mark.parametrize(
    "dam, river",
    [
        ("kakhovka-dam", "dnieper"),
        ("dniprohes", "dnieper"),
        ("grand-ethiopian-renaissance-dam", "blue-nile"),
        ("kajaki-dam", "helmand"),
    ],
)
def test_world_dams_sit_on_their_river(dam, river):
    point = by_id(load("world/water"))[f"world:dam:{dam}"]["geometry"]["coordinates"]
    line = shape(by_id(load("world/rivers"))[f"world:river:{river}"]["geometry"])
    assert dist_km(line, *point) <= 3.0


def test_world_rivers_present_and_long():
    rivers = by_id(load("world/rivers"))
    for slug, min_km in (
        ("orontes", 250),
        ("dnieper", 600),
        ("niger", 2000),
        ("nile", 2000),
        ("blue-nile", 1000),
        ("white-nile", 1000),
        ("litani", 50),
        ("jordan", 90),
        ("helmand", 400),
        ("kabul", 250),
        ("shabelle", 250),
        ("juba", 400),
        ("donets", 250),
    ):
        line = shape(rivers[f"world:river:{slug}"]["geometry"])
        length = sum(km(*a, *b) for a, b in itertools.pairwise(line.coords))
        assert length >= min_km, (slug, length)


def test_world_country_names_table():
    """gazetteer/world/country_names.csv: ISO codes, a known kind, a reference, no duplicate name."""
    import csv

    rows = list(csv.DictReader((GAZ / "world" / "country_names.csv").open(encoding="utf-8")))
    assert rows and set(rows[0]) == {"country", "name", "kind", "reference"}
    seen = set()
    for row in rows:
        assert re.fullmatch(r"[A-Z]{2}", row["country"]), row
        assert row["kind"] in ("abbreviation", "short", "long"), row
        assert len(row["reference"]) >= 10, row
        assert (row["country"], row["name"]) not in seen, row
        seen.add((row["country"], row["name"]))
        if row["kind"] == "abbreviation":
            assert row["name"].isupper() and " " not in row["name"], row
    names = {(r["country"], r["name"]) for r in rows}
    for expected in (
        ("CD", "RDC"),
        ("CD", "DRC"),
        ("CD", "Democratic Republic of Congo"),
        ("AE", "UAE"),
        ("AE", "EAU"),
        ("BF", "Burkina"),
    ):
        assert expected in names, expected


def test_world_new_features_at_published_points():
    """Features added for the news gold misses sit at their cited coordinates."""
    feats = {f["id"]: f for n in WORLD_FILES for f in load(n)["features"]}
    for fid, lon, lat in (
        ("world:lake:lake-chad", 14.0, 13.0),
        ("world:river:awali-river", 35.386, 33.5888),
        ("world:area:al-mawasi", 34.23, 31.32889),
        ("world:area:masisi-territory", 28.8, -1.4),
        ("world:place:baga-ng", 13.85667, 13.11889),
        ("world:area:golan-heights", 35.74944, 32.98167),
        ("world:area:sambisa-forest", 13.41667, 11.25),
        ("world:area:shebaa-farms", 35.7, 33.28333),
        ("world:area:galwan-valley", 78.1656, 34.7491),
        ("world:crossing:guerguerat", -16.95861, 21.42611),
        ("world:place:patongo-ug", 33.31, 2.76),
        ("world:place:balakot-pk", 73.35, 34.55),
        ("world:place:mahbes-eh", -9.05111, 27.41611),
    ):
        x, y = feats[fid]["geometry"]["coordinates"]
        assert km(x, y, lon, lat) < 1, fid
    overlay = feats["world:place:nabatieh"]["properties"]
    assert overlay["geonames_id"] == 278913 and "Nabatiyé" in overlay["alt_names"]
