"""Events that exercise every export: points, lines, polygons (wound the wrong way, with holes),
multi-geometries, open spans, unresolved places, candidates, evidence and awkward text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess

import pytest
import shapely
from shapely.geometry import LineString, MultiPolygon, Point, Polygon

from geoevents.model import (
    Candidate,
    DatePrecision,
    Event,
    EventStatus,
    EventType,
    Evidence,
    GeoPrecision,
    ResolvedPlace,
    Source,
    TimeSpan,
)

ABU_KAMAL = Candidate("geonames:170017", "Abu Kamal", "town", 34.4507, 40.9171, 0.93, "exact name", "SY")


def _place(gid: str, name: str, cls: str, geometry, precision: GeoPrecision, **kw) -> ResolvedPlace:
    return ResolvedPlace(gid, name, cls, geometry, precision, **kw)


def sample_events() -> list[Event]:
    """Seven events covering every geometry type and every optional field."""
    clockwise_with_hole = Polygon(
        [(40.0, 35.0), (40.0, 35.5), (40.8, 35.5), (40.8, 35.0), (40.0, 35.0)],
        [[(40.2, 35.1), (40.4, 35.1), (40.4, 35.3), (40.2, 35.3), (40.2, 35.1)]],
    )
    return [
        Event(
            id="abu-kamal-offensive",
            title="Coalition prepares an offensive on Abou Kamal",
            when=TimeSpan(
                dt.date(2017, 10, 21), dt.date(2017, 10, 31), DatePrecision.PART_OF_MONTH, "late October 2017"
            ),
            event_type=EventType.OFFENSIVE,
            status=EventStatus.PLANNED,
            description='The spokesman said: "next, Abou Kamal",\nonce gains are consolidated.',
            actors=("US-led coalition", "Syrian Democratic Forces"),
            place_text="Abou Kamal",
            place_country="SY",
            place=_place(
                "geonames:170017",
                "Abu Kamal",
                "town",
                Point(40.917123456789, 34.450712345678),
                GeoPrecision.TOWN,
                country="SY",
                admin1="Deir ez-Zor",
            ),
            resolution_score=0.93,
            resolution_reason="exact name; in focus country SY",
            candidates=(ABU_KAMAL,),
            source=Source("Sputnik Afrique", "https://fr.sputniknews.africa/x", dt.date(2017, 10, 25)),
            notes="Announced, not begun.",
            evidence=Evidence("article.txt", "Next is Abou Kamal.", (0, 4), (8, 18), None),
        ),
        Event(
            id="omar-fields",
            title="SDF take the al-Omar oil fields",
            when=TimeSpan(dt.date(2017, 10, 22), dt.date(2017, 10, 22), DatePrecision.DAY),
            event_type=EventType.CAPTURE,
            actors=("Syrian Democratic Forces",),
            place_text="Omara fields",
            place=_place(
                "curated:omar-oil-field",
                "al-Omar oil field",
                "oil field",
                clockwise_with_hole,
                GeoPrecision.AREA,
                country="SY",
                approximate=True,
            ),
            resolution_score=0.81,
            resolution_reason="curated alias",
        ),
        Event(
            id="euphrates-front",
            title="Front line along the Euphrates since August 2014",
            when=TimeSpan(dt.date(2014, 8, 1), None, DatePrecision.RANGE, "since August 2014"),
            event_type=EventType.CLASHES,
            status=EventStatus.ONGOING,
            place_text="Euphrates",
            place=_place(
                "natural-earth:euphrates",
                "Euphrates",
                "river",
                LineString([(38.0, 36.0), (39.5, 35.6), (40.9, 34.4), (-0.5, -0.25)]),
                GeoPrecision.LINE,
            ),
            resolution_score=1.0,
            resolution_reason="geometry given in the input",
        ),
        Event(
            id="two-areas",
            title="Shelling of two districts, 12 300 displaced (إدلب)",
            when=TimeSpan(dt.date(2017, 10, 1), dt.date(2017, 10, 31), DatePrecision.MONTH, "octobre 2017"),
            event_type=EventType.AIRSTRIKE,
            place_text="Idlib; Hama",
            place=_place(
                "input:geometry",
                "Idlib; Hama",
                "multipolygon",
                MultiPolygon(
                    [
                        Polygon([(36.5, 35.8), (36.5, 36.0), (36.7, 36.0), (36.5, 35.8)]),
                        Polygon([(36.7, 35.1), (36.9, 35.1), (36.9, 35.3), (36.7, 35.1)]),
                    ]
                ),
                GeoPrecision.DISTRICT,
            ),
            resolution_score=0.5,
            resolution_reason="geometry given in the input",
        ),
        Event(
            id="unresolved-village",
            title="Displacement from a village the gazetteer does not know",
            when=TimeSpan(dt.date(2017, 7, 1), dt.date(2017, 9, 30), DatePrecision.QUARTER, "Q3 2017"),
            event_type=EventType.DISPLACEMENT,
            place_text="Tell Nowhere",
            place_country="IQ",
            resolution_score=0.2,
            resolution_reason="no candidate above the threshold",
            candidates=(ABU_KAMAL,),
            source=Source(name="UNHCR"),
        ),
        Event(
            id="west-south",
            title="A point west of Greenwich and south of the equator",
            when=TimeSpan(dt.date(2016, 1, 1), dt.date(2016, 12, 31), DatePrecision.YEAR),
            event_type=EventType.STATEMENT,
            place_text="somewhere",
            place=_place(
                "input:geometry", "somewhere", "point", Point(-0.00000001, -12.5), GeoPrecision.SITE
            ),
            resolution_score=1.0,
            resolution_reason="geometry given in the input",
        ),
        Event(
            id="casualties-day",
            title="Casualties reported in Mayadin, <b>not</b> HTML & not CDATA ]]>",
            when=TimeSpan(dt.date(2017, 10, 14), dt.date(2017, 10, 14), DatePrecision.DAY, "14 octobre"),
            event_type=EventType.CASUALTIES,
            place_text="Mayadin",
            place=_place("geonames:166365", "Al Mayadin", "town", Point(40.45, 35.0167), GeoPrecision.TOWN),
            resolution_score=0.88,
            resolution_reason="exact name",
        ),
    ]


@pytest.fixture
def events() -> list[Event]:
    """The sample events."""
    return sample_events()


def same_geometry(a, b, tolerance: float = 1e-7) -> bool:
    """Equal up to ring order/orientation and ``tolerance`` per coordinate."""
    return bool(shapely.equals_exact(shapely.normalize(a), shapely.normalize(b), tolerance=tolerance))


def assert_same_events(got: list[Event], expected: list[Event]) -> None:
    """Field by field; geometries within 1e-7 degrees."""
    assert [e.id for e in got] == [e.id for e in expected]
    for new, old in zip(got, expected, strict=True):
        for field in dataclasses.fields(Event):
            if field.name == "place":
                continue
            assert getattr(new, field.name) == getattr(old, field.name), (old.id, field.name)
        if old.place is None:
            assert new.place is None, old.id
            continue
        assert new.place is not None, old.id
        for field in dataclasses.fields(ResolvedPlace):
            if field.name == "geometry":
                assert same_geometry(new.place.geometry, old.place.geometry), old.id
            elif field.name == "point":  # the representative point, explicit or the geometry's own
                new_point = (new.place.longitude, new.place.latitude)
                assert new_point == pytest.approx((old.place.longitude, old.place.latitude), abs=1e-7), old.id
            else:
                assert getattr(new.place, field.name) == getattr(old.place, field.name), (old.id, field.name)


def ogrinfo(*args: str) -> subprocess.CompletedProcess:
    """Run GDAL's ogrinfo (Debian gdal-bin); skip the test when it is not installed."""
    if shutil.which("ogrinfo") is None:
        pytest.skip("ogrinfo (Debian gdal-bin) is not installed: run `make system-test-deps`")
    return subprocess.run(["ogrinfo", *args], capture_output=True, text=True, check=False, timeout=120)
