"""Shared fixtures: the embedded gazetteer (built once per machine, then cached), artifacts, test events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from geoevents.model import (
    DatePrecision,
    Event,
    EventStatus,
    EventType,
    GeoPrecision,
    ResolvedPlace,
    Source,
    TimeSpan,
)
from tests.helpers import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS


def make_event(
    id: str,
    start: str,
    end: str | None = "same",
    *,
    geometry: BaseGeometry | None = None,
    precision: GeoPrecision = GeoPrecision.TOWN,
    approximate: bool = False,
    place_name: str = "Somewhere",
    **fields: Any,
) -> Event:
    """An event on ``start`` (to ``end``; ``None``: open-ended) at ``geometry`` (``None``: unlocated)."""
    first = dt.date.fromisoformat(start)
    last = first if end == "same" else (dt.date.fromisoformat(end) if end else None)
    place = (
        ResolvedPlace(
            gazetteer_id=f"test:{id}",
            name=place_name,
            feature_class="P",
            geometry=geometry,
            geo_precision=precision,
            approximate=approximate,
        )
        if geometry is not None
        else None
    )
    fields.setdefault("title", f"Event {id}")
    fields.setdefault("source", Source(name="Test wire", url="https://example.org/report"))
    fields.setdefault("event_type", EventType.CLASHES)
    fields.setdefault("status", EventStatus.HAPPENED)
    day_precision = DatePrecision.DAY if last == first else DatePrecision.RANGE
    return Event(
        id=id,
        when=TimeSpan(first, last, fields.pop("date_precision", day_precision)),
        place=place,
        place_text=fields.pop("place_text", place_name),
        **fields,
    )


@pytest.fixture
def event_factory() -> Callable[..., Event]:
    """:func:`make_event`: build a located (or unlocated) test event in one call."""
    return make_event


ABU_KAMAL = Point(40.91854, 34.45226)


@pytest.fixture(scope="session")
def gazetteer():
    """The embedded default gazetteer."""
    from geoevents.gazetteer import default_gazetteer

    return default_gazetteer()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where tests leave files for people to look at (screenshots, sample outputs)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def browser():
    """One headless Debian chromium for the whole session (Playwright drives it; it never downloads one)."""
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (make test installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()
