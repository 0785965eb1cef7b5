"""The seat table (gazetteer/world/region_seats.csv) and the regions it links.

A row names the GeoNames id of a subdivision's administrative seat; the seat's GeoNames admin1
code becomes the subdivision's code (see geoevents.gazetteer.sources.admin1).
"""

from __future__ import annotations

import csv
import math
import re
from functools import lru_cache
from pathlib import Path

import pytest
from shapely.geometry import Point

from geoevents.errors import GazetteerError
from geoevents.gazetteer.sources import admin1, geonames

TABLE = Path(__file__).resolve().parents[1] / "gazetteer" / "world" / "region_seats.csv"


def _rows() -> list[dict]:
    return list(csv.DictReader(TABLE.open(encoding="utf-8")))


@lru_cache(maxsize=1)
def _cities() -> dict[int, dict]:
    wanted = {int(row["seat_geonameid"]) for row in _rows()} | {1138958}  # + Kabul, for a bad row
    return {int(c["geonameid"]): c for c in geonames.cities() if int(c["geonameid"]) in wanted}


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def test_table_rows_are_valid():
    """Known ISO codes, seats in GeoNames and in the code's country, one row per code, and no
    two top-level rows sharing a GeoNames admin1 code."""
    import pycountry

    rows = _rows()
    assert rows and list(rows[0]) == ["iso_code", "seat_geonameid", "seat_name", "reference"]
    assert len(rows) >= 300
    assert [r["iso_code"] for r in rows] == sorted(r["iso_code"] for r in rows)
    seen: set[str] = set()
    codes: dict[tuple[str, str], str] = {}
    cities = _cities()
    for row in rows:
        iso = row["iso_code"]
        assert iso not in seen, row
        seen.add(iso)
        subdivision = pycountry.subdivisions.get(code=iso)
        assert subdivision is not None, row
        assert re.fullmatch(r"[0-9]+", row["seat_geonameid"]), row
        city = cities.get(int(row["seat_geonameid"]))
        assert city is not None, f"{row}: not in GeoNames cities500"
        assert city["countrycode"] == subdivision.country_code, row
        assert city["name"] == row["seat_name"], (row, city["name"])
        assert len(row["reference"]) >= 20, row
        if admin1.top_level(subdivision):
            key = (subdivision.country_code, city["admin1code"])
            assert key not in codes, f"{iso} and {codes.get(key)} both claim admin1 {key}"
            codes[key] = iso
        else:  # a province below a region: its seat lies in the region's code
            parent = next(r for r in rows if r["iso_code"] == subdivision.parent_code)
            assert cities[int(parent["seat_geonameid"])]["admin1code"] == city["admin1code"], row


def test_every_row_links_its_region():
    found = admin1.links()
    for row in _rows():
        assert row["iso_code"] in found, row
    assert found["PK-BA"].how == "seat" and found["PK-BA"].code == "02"
    assert found["PH-LAS"].child and found["PH-LAS"].code == found["PH-14"].code
    # The table only fills gaps: a region linked by its ISO code keeps that link.
    assert found["ID-PT"].how == "iso code"
    linked, total = admin1.link_report()
    assert linked >= 1300 and total > 3000


def test_a_seat_row_replaces_a_link_to_a_namesake_place():
    # Mpumalanga is also a township of KwaZulu-Natal (GeoNames admin1 02): the province's row
    # (seat Mbombela, admin1 07) wins over that link by name, and KwaZulu-Natal gets its own code.
    found = admin1.links()
    assert found["ZA-MP"].how == "seat" and found["ZA-MP"].code == "07"
    assert found["ZA-KZN"].how == "seat" and found["ZA-KZN"].code == "02"


def _with_table(monkeypatch, *rows: tuple[str, int, str]) -> None:
    table = tuple(admin1.Seat(code, gid, name, "test row") for code, gid, name in rows)
    monkeypatch.setattr(admin1, "seats", lambda: table)


def test_build_refuses_two_regions_claiming_one_code(monkeypatch):
    _with_table(monkeypatch, ("PK-BA", 1167528, "Quetta"), ("PK-SD", 1167528, "Quetta"))
    with pytest.raises(GazetteerError, match="already belongs to PK-BA"):
        admin1.links()


def test_build_refuses_a_code_held_by_a_name_link(monkeypatch):
    # Valencia (Carabobo) lies in GeoNames admin1 07, which the name method already gave VE-M.
    _with_table(monkeypatch, ("VE-G", 3625549, "Valencia"))
    with pytest.raises(GazetteerError, match="already belongs to"):
        admin1.links()


def test_build_refuses_a_seat_against_an_iso_code_link(monkeypatch):
    # US-GA is linked by its ISO letters (GeoNames admin1 GA); a seat in Chicago (IL) is refused.
    _with_table(monkeypatch, ("US-GA", 4887398, "Chicago"))
    with pytest.raises(GazetteerError, match="but the region is linked to GA"):
        admin1.links()


def test_build_refuses_a_seat_in_another_country(monkeypatch):
    _with_table(monkeypatch, ("PK-BA", 1138958, "Kabul"))
    with pytest.raises(GazetteerError, match="is in AF, not PK"):
        admin1.links()


def test_build_refuses_a_province_seat_outside_its_region(monkeypatch):
    # Tubod (Lanao del Norte) is in GeoNames admin1 10; ISO puts PH-LAN under PH-12.
    _with_table(monkeypatch, ("PH-12", 1708522, "Koronadal"), ("PH-LAN", 1681149, "Tubod"))
    with pytest.raises(GazetteerError, match="not in its region's 12"):
        admin1.links()


@pytest.mark.parametrize(
    ("mention", "near", "code"),
    [
        ("Balochistan", None, "PK-BA"),
        ("Sindh", None, "PK-SD"),
        ("Tamil Nadu", None, "IN-TN"),
        ("Papua", ["ID"], "ID-PA"),
        ("Jawa Timur", None, "ID-JI"),
        ("Kanem", None, "TD-KA"),
        ("Lanao del Sur", None, "PH-LAS"),
        ("Northern Samar", None, "PH-NSA"),
    ],
)
def test_region_resolves_near_its_seat(gazetteer, mention, near, code):
    row = next(r for r in _rows() if r["iso_code"] == code)
    seat = _cities()[int(row["seat_geonameid"])]
    place = gazetteer.resolve(mention, near=near).place
    assert place is not None, mention
    assert place.country == code[:2], (mention, place)
    assert place.feature_class in ("admin1", "province"), (mention, place)
    lat, lon = seat["latitude"], seat["longitude"]
    if place.geometry.geom_type in ("Polygon", "MultiPolygon"):  # drawn by Natural Earth: the seat is inside
        assert place.geometry.buffer(0.05).covers(Point(lon, lat)), (mention, place)
    else:
        assert _km(place.latitude, place.longitude, lat, lon) < 300, (mention, place)
