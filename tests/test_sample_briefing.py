"""The sample article's events, end to end: seed file -> resolved places -> GeoJSON and map."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from geoevents import read
from geoevents.model import DatePrecision, EventStatus, GeoPrecision
from tests.helpers import SEED, distance_to_geometry_km, km, run_cli

# True locations (GeoNames cities500 unless stated).
ABU_KAMAL = (34.45226, 40.91854)  # GeoNames 174448
RAQQA = (35.95283, 39.00788)  # GeoNames 163915
MOSUL = (36.335, 43.11889)  # GeoNames 99072
DEIR_EZ_ZOR = (35.33588, 40.14084)  # GeoNames 170794
AL_OMAR_FIELD = (35.0, 40.55)  # Wikipedia "Al-Omar oil field", roughly 15 km NE of Mayadin


@pytest.fixture(scope="module")
def events(gazetteer):
    return {e.id: e for e in read(SEED)}


def test_every_sample_event_is_located(events):
    assert len(events) == 10
    assert all(e.place is not None for e in events.values())


@pytest.mark.parametrize(
    ("event_id", "truth", "tolerance_km"),
    [
        ("abu-kamal-offensive-planned", ABU_KAMAL, 5),
        ("raqqa-retaken", RAQQA, 5),
        ("mosul-captured", MOSUL, 5),
        ("omar-oil-fields", AL_OMAR_FIELD, 25),
    ],
)
def test_places_are_within_a_stated_distance_of_the_truth(events, event_id, truth, tolerance_km):
    place = events[event_id].place
    assert km(place.latitude, place.longitude, *truth) <= tolerance_km


def test_omara_fields_is_the_syrian_oil_field_not_a_town(events):
    event = events["omar-oil-fields"]
    assert event.place.feature_class == "oil_field"
    assert event.place.country == "SY"
    assert event.candidates and event.resolution_reason


def test_the_euphrates_is_a_line_through_the_valley(events):
    place = events["euphrates-valley"].place
    assert place.geo_precision is GeoPrecision.LINE
    assert place.geometry.geom_type in ("LineString", "MultiLineString")
    for town in (RAQQA, DEIR_EZ_ZOR, ABU_KAMAL):
        assert distance_to_geometry_km(place.geometry, *town) <= 5


def test_deir_ez_zor_province_is_an_area_holding_its_towns(events):
    place = events["deir-ez-zor-clearing"].place
    assert place.geo_precision is GeoPrecision.PROVINCE
    assert place.geometry.geom_type in ("Polygon", "MultiPolygon")
    for town in (DEIR_EZ_ZOR, ABU_KAMAL):
        assert distance_to_geometry_km(place.geometry, *town) == 0
    assert distance_to_geometry_km(place.geometry, *RAQQA) > 0


def test_dates_keep_their_real_precision(events):
    raqqa = events["raqqa-retaken"].when
    assert (raqqa.start, raqqa.end, raqqa.precision) == (
        dt.date(2017, 10, 1),
        dt.date(2017, 10, 10),
        DatePrecision.PART_OF_MONTH,
    )
    campaign = events["coalition-campaign-syria"].when
    assert campaign.start == dt.date(2014, 8, 1) and campaign.precision is DatePrecision.RANGE
    assert campaign.end == dt.date(2017, 10, 25)  # "since" ends at the publication date
    mosul = events["mosul-captured"].when
    assert mosul.start == dt.date(2017, 1, 1) and mosul.end < dt.date(2017, 10, 26)
    assert events["abu-kamal-offensive-planned"].status is EventStatus.PLANNED


def test_export_opens_in_geopandas_with_every_event_and_date(tmp_path, gazetteer):
    geopandas = pytest.importorskip("geopandas")
    out = tmp_path / "sample.geojson"
    result = run_cli("export", str(SEED), "-o", str(out))
    assert result.returncode == 0, result.stderr
    frame = geopandas.read_file(out)
    assert len(frame) == 10
    kinds = set(frame.geom_type)
    assert "Point" in kinds
    assert kinds & {"LineString", "MultiLineString"}  # the Euphrates
    assert kinds & {"Polygon", "MultiPolygon"}  # Deir ez-Zor province, Syria, Iraq
    assert frame.crs.to_epsg() == 4326
    row = frame.set_index("id").loc["raqqa-retaken"]
    assert str(row["start"])[:10] == "2017-10-01" and str(row["end"])[:10] == "2017-10-10"
    assert row["date_precision"] == "part_of_month"


def test_outputs_are_byte_identical_across_runs(tmp_path, gazetteer):
    for name in ("a", "b"):
        assert run_cli("export", str(SEED), "-o", str(tmp_path / f"{name}.geojson")).returncode == 0
        assert run_cli("map", str(SEED), "-o", str(tmp_path / f"{name}.html")).returncode == 0
    assert (tmp_path / "a.geojson").read_bytes() == (tmp_path / "b.geojson").read_bytes()
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_geojson_is_rfc7946(tmp_path, gazetteer):
    out = tmp_path / "sample.geojson"
    assert run_cli("export", str(SEED), "-o", str(out)).returncode == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert "crs" not in document
    west, south, east, north = document["bbox"]
    assert west < 39 < 43.2 < east and south < 34.4 < 36.4 < north
    assert len(document["features"]) == 10
