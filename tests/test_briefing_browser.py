"""The briefing map in a real browser: headless Debian Chromium, network off.

Every page is opened from a file with every non-file request aborted and recorded; each test
checks that the page logged no error and asked for nothing on the network (the tile-layer test
aside, which checks that tiles are asked for only when the user picks a tile layer).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from shapely.geometry import GeometryCollection, LineString, MultiPoint, Point, Polygon

from geoevents.model import Event, EventStatus, EventType, GeoPrecision, Source
from geoevents.render.briefing import BriefingOptions, write_briefing
from tests.helpers import CHROMIUM, forged_source

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (make test installs it)")

ABU_KAMAL = Point(40.91854, 34.45226)
RAQQA = Point(39.00788, 35.95283)
PROVINCE = Polygon([(39.5, 34.5), (41.3, 34.5), (41.3, 35.9), (39.5, 35.9)])
COUNTRY = Polygon([(35.7, 32.3), (42.4, 32.3), (42.4, 37.3), (35.7, 37.3)])
RIVER = LineString([(38.2, 36.0), (39.0, 35.9), (40.1, 35.3), (40.9, 34.4)])


@dataclass
class Briefing:
    """An open briefing page and what it did."""

    page: Any
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def visible(self) -> set[str]:
        return set(self.page.evaluate("window.geoevents.visibleIds()"))

    def counts(self) -> dict[str, int]:
        return self.page.evaluate("window.geoevents.counts()")

    def set_day(self, iso: str) -> str:
        shown = self.page.evaluate("(d) => window.geoevents.setDay(d)", iso)
        self.wait_loaded()
        return shown

    def text(self, selector: str) -> str:
        return self.page.locator(selector).inner_text()

    def popup(self) -> str:
        """The text of the one open popup (a closed one fades out for 200 ms first)."""
        expect(self.page.locator(".leaflet-popup")).to_have_count(1)
        return self.text(".leaflet-popup-content")

    def view(self, lat: float, lon: float, zoom: int) -> None:
        self.page.evaluate(
            "([lat, lon, z]) => { window.geoevents.map.setView([lat, lon], z, {animate: false}); }",
            [lat, lon, zoom],
        )
        self.wait_loaded()

    def wait_loaded(self) -> None:
        self.page.wait_for_selector(
            "body[data-ready='true'][data-loaded='true']", state="attached", timeout=30_000
        )

    def assert_clean(self) -> None:
        assert self.errors == []
        assert self.requests == []
        assert self.dialogs == []


@pytest.fixture
def open_briefing(browser, tmp_path) -> Iterator[Callable[..., Briefing]]:
    """Write events to a briefing and open it with the network off."""
    contexts = []

    def opener(
        events: Sequence[Event], options: BriefingOptions | None = None, *, path: Path | None = None
    ) -> Briefing:
        target = path or tmp_path / f"briefing-{len(contexts)}.html"
        write_briefing(events, target, options or BriefingOptions(title="Test briefing"), force=True)
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        contexts.append(context)
        page = context.new_page()
        briefing = Briefing(page)

        def route(route):
            if route.request.url.startswith("file:"):
                route.continue_()
            else:
                briefing.requests.append(route.request.url)
                route.abort()

        context.route("**/*", route)
        page.on("console", lambda message: message.type == "error" and briefing.errors.append(message.text))
        page.on("pageerror", lambda error: briefing.errors.append(str(error)))

        def dialog(d):
            briefing.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", dialog)
        page.goto(target.as_uri())
        briefing.wait_loaded()
        return briefing

    yield opener
    for context in contexts:
        context.close()


@pytest.fixture
def scene(event_factory) -> list[Event]:
    """Points (two at the same spot), a line, an area, a vague point, an open-ended country event."""
    return [
        event_factory(
            "abu-offensive",
            "2017-10-21",
            geometry=ABU_KAMAL,
            event_type=EventType.OFFENSIVE,
            status=EventStatus.PLANNED,
            title="Offensive on Abu Kamal planned",
            place_name="Abu Kamal",
        ),
        event_factory(
            "abu-command",
            "2017-10-23",
            geometry=ABU_KAMAL,
            event_type=EventType.STATEMENT,
            title="Command said to be in Abu Kamal",
            place_name="Abu Kamal",
        ),
        event_factory(
            "raqqa",
            "2017-10-01",
            "2017-10-10",
            geometry=RAQQA,
            event_type=EventType.CAPTURE,
            title="Raqqa retaken",
            place_text="Raqqa",
            place_name="Ar Raqqah",
            actors=("SDF", "US-led coalition"),
            description="The city falls after a long siege.",
            source=Source(name="Wire report", url="https://example.org/raqqa"),
        ),
        event_factory(
            "river",
            "2017-10-05",
            geometry=RIVER,
            precision=GeoPrecision.LINE,
            event_type=EventType.OTHER,
            title="Along the Euphrates",
        ),
        event_factory(
            "province",
            "2017-10-15",
            "2017-10-20",
            geometry=PROVINCE,
            precision=GeoPrecision.PROVINCE,
            title="Clearing in the province",
        ),
        event_factory(
            "vague",
            "2017-10-25",
            geometry=Point(40.14, 35.33),
            precision=GeoPrecision.PROVINCE,
            approximate=True,
            title="Somewhere in Deir ez-Zor province",
        ),
        event_factory(
            "country",
            "2014-08-01",
            None,
            geometry=COUNTRY,
            precision=GeoPrecision.COUNTRY,
            event_type=EventType.AIRSTRIKE,
            title="Air campaign in Syria",
        ),
        event_factory("nowhere", "2017-10-12", title="Unplaced event", place_text="Omara fields"),
    ]


def test_scene_renders_offline_with_all_shapes_panel_and_legend(open_briefing, scene):
    b = open_briefing(scene, BriefingOptions(title="Scene", note="Read with care."))
    assert b.counts() == {"points": 4, "lines": 1, "areas": 2, "uncertainty": 1}
    assert b.visible() == {e.id for e in scene} - {"nowhere"}
    assert b.text("#briefing-title") == "Scene"
    # The title panel says the day on screen and what is shown; the slider spans the main events
    # (the open-ended campaign since 2014 is background: clipped to that span).
    assert b.text("#briefing-period") == "On 2017-10-25"
    assert b.text("#briefing-counts") == "7 shown of 8 events (7 on the map), 2 sources"  # the wire and Raqqa
    assert b.page.input_value("#tl-from") == "2017-10-01"
    assert b.text("#briefing-note") == "Read with care."
    assert "1 event(s) not on the map" in b.text("#unlocated summary")
    legend = b.text(".legend")
    assert "Airstrike / shelling 1/1" in " ".join(legend.split())
    for label in (
        "Offensive / advance",
        "Airstrike / shelling",
        "Capture / liberation",
        "Clashes",
        "Statement / plan",
        "Other / context",
    ):
        assert label in legend
    assert "Casualties" not in legend  # only the types present
    # The offline basemap is painted (a canvas with non-blank pixels) and the tiles are offered.
    painted = b.page.evaluate("""() => {
        const c = document.querySelector('.leaflet-tile-pane canvas.ge-basemap');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++;
        return n / (c.width * c.height);
    }""")
    assert painted > 0.5
    bases = b.page.locator(".leaflet-control-layers-base label").all_inner_texts()
    assert [t.strip() for t in bases] == [
        "Offline basemap (no network)",
        "Streets (OpenStreetMap)",
        "Satellite (Esri World Imagery)",
        "Terrain (OpenTopoMap)",
    ]
    # Lines are drawn as lines, areas shaded; the vague point's disc is on its own canvas, under
    # the shapes, without a dashed outline.
    paths = b.page.evaluate("""() => [...document.querySelectorAll('.leaflet-overlay-pane svg path')]
        .map(p => [p.getAttribute('fill'), p.getAttribute('fill-opacity'), p.getAttribute('stroke-dasharray')])""")
    assert ["none", None, None] in paths  # the river line: no fill
    assert sum(1 for fill, opacity, _ in paths if fill != "none" and float(opacity) > 0) == 2  # 2 areas
    assert b.page.locator(".leaflet-disc-pane canvas").count() == 1
    z = b.page.evaluate("""() => ['discPane', 'overlayPane', 'labelPane', 'markerPane', 'clusterPane']
        .map(name => Number(getComputedStyle(window.geoevents.map.getPane(name)).zIndex))""")
    assert z == sorted(z)
    b.assert_clean()


def test_multi_geometries_draw_without_image_files(open_briefing, event_factory):
    scatter = MultiPoint([(38.0, 35.0), (39.0, 35.5)])
    both = GeometryCollection([Point(40.0, 34.0), LineString([(40, 34), (41, 35)])])
    b = open_briefing(
        [
            event_factory("scatter", "2017-10-01", geometry=scatter, precision=GeoPrecision.AREA),
            event_factory("both", "2017-10-02", geometry=both, precision=GeoPrecision.AREA),
        ]
    )
    assert b.counts() == {"points": 0, "lines": 0, "areas": 2, "uncertainty": 0}
    assert b.page.locator("img.leaflet-marker-icon").count() == 0  # no default icon (no image file)
    assert b.page.locator(".leaflet-overlay-pane svg path").count() == 4  # 3 circles and the line
    b.assert_clean()


def test_an_empty_briefing_still_opens(open_briefing):
    b = open_briefing([], BriefingOptions(title="Nothing yet"))
    assert b.counts() == {"points": 0, "lines": 0, "areas": 0, "uncertainty": 0}
    assert b.text("#briefing-period") == "No dated events"
    assert b.text("#briefing-counts") == "0 shown of 0 events (0 on the map)"  # no "0 sources"
    assert b.page.is_disabled("#tl-play")
    b.assert_clean()


def test_an_area_opens_its_popup(open_briefing, scene):
    b = open_briefing(scene)
    b.view(35.2, 40.4, 8)
    point = b.page.evaluate("(() => window.geoevents.map.latLngToContainerPoint([34.7, 39.8]))()")
    box = b.page.locator("#map").bounding_box()
    b.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    text = b.popup()
    assert text.splitlines()[0] == "Clearing in the province"
    assert "2017-10-15/2017-10-20 (precision: range)" in text
    b.assert_clean()


def test_cumulative_slider_shows_events_over_their_whole_interval(open_briefing, scene):
    b = open_briefing(scene)
    b.page.fill("#tl-from", "2014-08-01")  # the filter widens the slider to the background event
    assert b.set_day("2017-10-04") == "2017-10-04"
    assert b.visible() == {"country", "raqqa"}
    assert b.set_day("2017-10-16") == "2017-10-16"
    assert b.visible() == {"country", "raqqa", "river", "province"}
    assert b.counts() == {"points": 1, "lines": 1, "areas": 2, "uncertainty": 0}
    b.set_day("2017-10-22")
    assert b.visible() == {"country", "raqqa", "river", "province", "abu-offensive"}
    assert b.text("#tl-period") == "cumulative 2014-08-01 – 2017-10-22"
    assert "5 of 7 mapped events shown" in b.text("#tl-count")
    # The slider itself, with the keyboard: Home is the first day, End the last.
    b.page.focus("#tl-slider")
    b.page.keyboard.press("Home")
    assert b.text("#tl-date") == "2014-08-01"
    assert b.visible() == {"country"}
    early = _density_columns(b)
    b.page.keyboard.press("End")
    assert b.text("#tl-date") == "2017-10-25"
    assert len(b.visible()) == 7
    late = _density_columns(b)
    # The strip above the slider: every day has an event under way (the open-ended one); the
    # columns of the days shown are dark, the others light.
    assert early["dark"] + early["light"] == late["dark"] + late["light"] > 100
    assert early["dark"] <= 2 < late["dark"] and late["light"] == 0
    # The axis under the slider names years over this range.
    ticks = b.page.locator("#tl-axis .tick").all_inner_texts()
    assert all(any(t.startswith(year) for t in ticks) for year in ("2015", "2016", "2017")), ticks
    b.assert_clean()


def _density_columns(b: Briefing) -> dict[str, int]:
    """Pixel columns of the density strip drawn dark (days shown) and light (days not shown)."""
    return b.page.evaluate("""() => {
        const c = document.getElementById('tl-density'), ctx = c.getContext('2d');
        const d = ctx.getImageData(0, c.height - 1, c.width, 1).data;
        let dark = 0, light = 0;
        for (let i = 0; i < d.length; i += 4) { if (!d[i + 3]) continue; if (d[i] < 100) dark++; else light++; }
        const r = window.devicePixelRatio || 1;
        return { dark: Math.round(dark / r), light: Math.round(light / r) };
    }""")


def test_sliding_window_keeps_a_ranged_event_for_its_whole_interval(open_briefing, scene):
    b = open_briefing(scene)
    b.page.select_option("#tl-mode", "window")
    b.page.fill("#tl-window", "1")
    b.page.dispatch_event("#tl-window", "change")
    for day in ("2017-10-01", "2017-10-05", "2017-10-10"):
        b.set_day(day)
        assert "raqqa" in b.visible(), day
        assert "country" in b.visible(), day  # open-ended: goes on
    b.set_day("2017-10-11")
    assert b.visible() == {"country"}
    assert b.text("#tl-period") == "window 2017-10-11 – 2017-10-11"
    b.page.fill("#tl-window", "7")
    b.page.dispatch_event("#tl-window", "change")
    b.set_day("2017-10-16")
    assert b.visible() == {"country", "raqqa", "province"}  # raqqa ended on the 10th, inside the week
    assert b.text("#tl-period") == "window 2017-10-10 – 2017-10-16"
    b.assert_clean()


def test_an_initial_window_from_the_options(open_briefing, scene):
    b = open_briefing(scene, BriefingOptions(window_days=3))
    assert b.page.input_value("#tl-mode") == "window"
    assert b.visible() == {"country", "abu-command", "vague"}  # 23rd to 25th
    b.assert_clean()


def test_date_range_filter(open_briefing, scene):
    b = open_briefing(scene)
    b.page.fill("#tl-from", "2017-10-14")
    b.page.fill("#tl-to", "2017-10-21")
    assert b.visible() == {"country", "province", "abu-offensive"}
    assert b.text("#tl-period") == "cumulative 2017-10-14 – 2017-10-21"
    b.set_day("2017-10-16")
    assert b.visible() == {"country", "province"}
    # The slider spans the filter range: its ends are the 14th and the 21st, and the axis names
    # those days.
    b.page.focus("#tl-slider")
    b.page.keyboard.press("Home")
    assert b.text("#tl-date") == "2017-10-14"
    b.page.keyboard.press("End")
    assert b.text("#tl-date") == "2017-10-21"
    ticks = b.page.locator("#tl-axis .tick").all_inner_texts()
    assert ticks[0] >= "10-14" and ticks[-1] <= "10-21" and len(ticks) >= 3
    # What the period line says is what is drawn: an empty range draws nothing.
    b.page.evaluate("window.geoevents.setDay('2017-10-10')")  # (the slider clamps it to the 14th)
    assert b.text("#tl-date") == "2017-10-14" and b.visible() == {"country"}
    b.page.fill("#tl-to", "2017-10-08")  # To before From: the range is read as 8th-14th
    assert b.text("#tl-period") == "cumulative 2017-10-08 – 2017-10-14"
    assert b.visible() == {"country", "raqqa"}
    b.assert_clean()


def test_histogram_follows_the_type_toggles(open_briefing, scene):
    b = open_briefing(scene)
    before = _density_columns(b)
    _overlay_checkbox(b, "Clashes").uncheck()
    _overlay_checkbox(b, "Airstrike").uncheck()  # the open-ended campaign: under way every day
    after = _density_columns(b)
    assert after["dark"] + after["light"] < before["dark"] + before["light"]
    b.assert_clean()


def test_planned_events_keep_their_ring_when_grouped(open_briefing, event_factory):
    events = [
        *_grid_events(event_factory, 150),
        event_factory(
            "plan", "2017-06-01", geometry=Point(47.5, 30.0), status=EventStatus.PLANNED, title="Planned"
        ),
    ]
    b = open_briefing(events, BriefingOptions(cluster_threshold=100))
    b.view(30.0, 47.5, 12)
    ring = b.page.evaluate("""() => {
        const map = window.geoevents.map, p = map.latLngToContainerPoint([30.0, 47.5]);
        const c = document.querySelector('.ge-aggregate'), r = c.getBoundingClientRect(), m = document.getElementById('map').getBoundingClientRect();
        const k = c.width / r.width, ctx = c.getContext('2d'), out = [];
        for (let a = 0; a < 360; a += 10) {
            const x = (p.x + m.left - r.left + 7 * Math.cos(a * Math.PI / 180)) * k, y = (p.y + m.top - r.top + 7 * Math.sin(a * Math.PI / 180)) * k;
            const d = ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data; out.push(d[3] > 0 ? d[0] : -1);
        }
        return out;
    }""")
    # A dashed dark ring: dark dashes and gaps around the circle.
    assert any(0 <= v < 80 for v in ring) and any(v == -1 or v > 150 for v in ring)
    b.assert_clean()


def test_step_buttons_keys_play_pause_and_speed(open_briefing, scene):
    b = open_briefing(scene)
    b.page.fill("#tl-from", "2014-08-01")
    date = lambda: b.text("#tl-date")  # noqa: E731
    b.page.click("#tl-back")
    assert date() == "2017-10-24"
    b.page.select_option("#tl-step", "7")
    b.page.click("#tl-back")
    assert date() == "2017-10-17"
    b.page.click("#tl-forward")
    b.page.click("#tl-forward")
    assert date() == "2017-10-25"  # clamped at the last day
    b.page.select_option("#tl-step", "1")
    b.page.locator("#briefing-title").click()  # focus outside fields and map
    b.page.keyboard.press("ArrowLeft")
    b.page.keyboard.press("ArrowLeft")
    assert date() == "2017-10-23"
    b.page.keyboard.press("ArrowRight")
    assert date() == "2017-10-24"

    # Slow: one step a second. Playing from the last day starts again at the first.
    b.page.select_option("#tl-speed", "1000")
    b.page.locator("#briefing-title").click()
    b.page.keyboard.press("End")
    assert date() == "2017-10-25"
    b.page.keyboard.press("Space")
    assert b.page.get_attribute("#tl-play", "aria-pressed") == "true"
    assert date() == "2014-08-01"
    b.page.wait_for_timeout(400)
    assert date() == "2014-08-01"
    b.page.keyboard.press("Space")
    assert b.page.get_attribute("#tl-play", "aria-pressed") == "false"

    # Fast: twenty steps a second, with the button.
    b.page.select_option("#tl-speed", "50")
    b.page.click("#tl-play")
    for _ in range(100):  # (wait_for_function would need eval, which the page's CSP forbids)
        if int(b.page.input_value("#tl-slider")) >= 10:
            break
        b.page.wait_for_timeout(100)
    assert int(b.page.input_value("#tl-slider")) >= 10
    b.page.click("#tl-play")
    stopped = b.page.input_value("#tl-slider")
    b.page.wait_for_timeout(300)
    assert b.page.input_value("#tl-slider") == stopped
    assert b.visible() == {"country"}
    b.assert_clean()


def _overlay_checkbox(b: Briefing, label: str):
    return b.page.locator(".legend label", has_text=label).locator("input")


def test_each_event_type_can_be_switched_off(open_briefing, scene):
    b = open_briefing(scene)
    before = b.page.locator(".leaflet-overlay-pane svg path").count()
    _overlay_checkbox(b, "Clashes").uncheck()
    assert b.visible() == {e.id for e in scene} - {"nowhere", "province", "vague"}
    assert b.page.locator(".leaflet-overlay-pane svg path").count() == before - 1  # the area
    assert b.counts()["uncertainty"] == 0  # and the vague point's disc
    _overlay_checkbox(b, "Statement / plan").uncheck()
    assert "abu-command" not in b.visible()
    assert b.page.locator(".ge-icon").count() == 2  # Raqqa and Abu Kamal: one event left at each
    assert "Clashes 0/2" in " ".join(b.text(".legend").split())
    _overlay_checkbox(b, "Clashes").check()
    assert {"province", "vague"} <= b.visible()
    b.assert_clean()


def test_popup_shows_every_field_as_text(open_briefing, scene):
    b = open_briefing(scene)
    b.page.click(".leaflet-marker-icon[title='Raqqa retaken']")
    text = b.popup()
    popup = b.page.locator(".leaflet-popup-content")
    for expected in (
        "Raqqa retaken",
        "Capture / liberation",
        "2017-10-01/2017-10-10 (precision: range)",
        "happened",
        "Place as written",
        "Raqqa",
        "Ar Raqqah [town]",
        "SDF, US-led coalition",
        "The city falls after a long siege.",
        "Wire report",
    ):
        assert expected in text
    assert popup.locator("a").get_attribute("href") == "https://example.org/raqqa"
    b.page.keyboard.press("Escape")
    b.page.click(".leaflet-marker-icon[title='Somewhere in Deir ez-Zor province']")
    text = b.popup()
    assert "Deir ez-Zor" in text
    assert "[province, approximate]" in text
    assert "within about 80 km" in text
    b.assert_clean()


def _marker_offsets_km(b: Briefing) -> list[tuple[float, float]]:
    """For every marker drawn: how far its drawn centre is from its place, and one pixel, in km."""
    from tests.helpers import km

    offsets = []
    for m in b.page.evaluate("window.geoevents.markers()"):
        pixel = b.page.evaluate(
            """([lat, lon]) => { const map = window.geoevents.map, p = map.latLngToContainerPoint([lat, lon]);
                const q = map.containerPointToLatLng([p.x + 1, p.y]); return q.lng - lon; }""",
            [m["lat"], m["lon"]],
        )
        offsets.append(
            (
                km(m["lat"], m["lon"], m["drawnLat"], m["drawnLon"]),
                km(m["lat"], m["lon"], m["lat"], m["lon"] + pixel),
            )
        )
    return offsets


def test_markers_stand_on_their_place_at_every_zoom(open_briefing, scene):
    b = open_briefing(scene)
    for zoom in range(3, 17):
        b.view(34.9, 40.2, zoom)
        offsets = _marker_offsets_km(b)
        assert offsets, zoom
        for off, pixel in offsets:
            # Within 1 km, or within the pixel the marker is drawn on when a pixel is wider.
            assert off <= max(1.0, 1.5 * pixel), (zoom, off, pixel)
    b.assert_clean()


def test_grouped_points_of_one_place_are_drawn_on_it(open_briefing, event_factory):
    from tests.helpers import km

    events = _grid_events(event_factory, 400)
    places = {(e.place.latitude, e.place.longitude) for e in events}
    b = open_briefing(events, BriefingOptions(cluster_threshold=100))
    for zoom, lat, lon in ((9, 33.0, 37.0), (12, 32.6, 36.3), (15, 32.5, 36.0)):
        b.view(lat, lon, zoom)
        checked = 0
        for cell in b.page.evaluate("window.geoevents.cells()"):
            if not cell["sameSpot"]:
                continue
            at = b.page.evaluate(
                "([x, y]) => window.geoevents.map.containerPointToLatLng([x, y])", [cell["x"], cell["y"]]
            )
            nearest = min(km(at["lat"], at["lng"], p[0], p[1]) for p in places)
            assert nearest <= 1.0, (zoom, cell, nearest)
            checked += 1
        assert checked, zoom
    b.assert_clean()


def test_events_at_one_spot_are_one_counted_badge_that_lists_them(open_briefing, scene):
    b = open_briefing(scene)
    badge = b.page.locator(".leaflet-marker-icon[title='2 events at Abu Kamal']")
    expect(badge).to_have_count(1)
    assert badge.inner_text() == "2"
    assert b.page.locator(".leaflet-marker-icon[title='Offensive on Abu Kamal planned']").count() == 0
    badge.click()
    assert b.popup().splitlines()[0] == "2 events at Abu Kamal"
    b.page.locator(".ge-list button", has_text="Command said to be in Abu Kamal").click()
    assert b.popup().splitlines()[0] == "Command said to be in Abu Kamal"
    # The list returns: the badge opens it again; by the slider, one event left is its own marker.
    b.page.keyboard.press("Escape")
    expect(b.page.locator(".leaflet-popup")).to_have_count(0)
    badge.click()
    assert "Offensive on Abu Kamal planned" in b.popup()
    b.page.keyboard.press("Escape")
    b.set_day("2017-10-22")
    expect(b.page.locator(".leaflet-marker-icon[title='Offensive on Abu Kamal planned']")).to_have_count(1)
    # Every marker is keyboard-reachable: Tab reaches it, Enter opens it.
    b.page.focus(".leaflet-marker-icon[title='Offensive on Abu Kamal planned']")
    b.page.keyboard.press("Enter")
    assert b.popup().splitlines()[0] == "Offensive on Abu Kamal planned"
    b.assert_clean()


HOSTILE = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1;alert(1)">',
    "</script><script>window.__pwned=1</script>",
    '"><svg onload="window.__pwned=1">',
]


def test_hostile_input_shows_as_text_and_runs_nothing(open_briefing, event_factory):
    events = [
        event_factory(
            f"x{n}",
            "2017-10-01",
            geometry=Point(40 + n, 34),
            title=f"{n} {text}",
            description=text,
            place_text=text,
            place_name=text,
            actors=(text,),
            source=forged_source(text, "javascript:window.__pwned=1"),
        )
        for n, text in enumerate(HOSTILE)
    ] + [event_factory("unplaced", "2017-10-02", title=HOSTILE[1], place_text=HOSTILE[0])]
    b = open_briefing(events, BriefingOptions(title=HOSTILE[0], note=HOSTILE[1]))
    assert b.text("#briefing-title") == HOSTILE[0]
    assert b.text("#briefing-note") == HOSTILE[1]
    b.page.click("#unlocated summary")
    assert HOSTILE[1] in b.text("#unlocated ul")
    for n, text in enumerate(HOSTILE):
        b.page.locator(".leaflet-marker-icon").nth(n).click()
        popup = b.popup()
        assert popup.count(text) >= 3  # description, place as written, actors...
        assert b.page.locator(".leaflet-popup-content a").count() == 0  # no javascript: link
        b.page.keyboard.press("Escape")
    assert b.page.evaluate("window.__pwned") is None
    assert b.page.locator("img[src='x'], svg[onload], #map script, #panel script").count() == 0
    assert b.page.title() == HOSTILE[0]
    b.assert_clean()


def _grid_events(event_factory, n: int) -> list[Event]:
    return [
        event_factory(
            f"g{i:04d}",
            f"2017-{1 + i % 12:02d}-{1 + i % 28:02d}",
            geometry=Point(36 + (i % 40) * 0.15, 32.5 + (i // 40) * 0.1),
            event_type=(EventType.CLASHES, EventType.AIRSTRIKE)[i % 2],
            title=f"Grid event {i}",
        )
        for i in range(n)
    ]


def _cell_total(b: Briefing) -> int:
    return sum(cell["n"] for cell in b.page.evaluate("window.geoevents.cells()"))


def test_many_events_are_aggregated_and_follow_the_slider(open_briefing, event_factory):
    events = _grid_events(event_factory, 400)
    b = open_briefing(events, BriefingOptions(cluster_threshold=100))
    assert b.page.evaluate("window.geoevents.many") is True
    assert b.counts()["points"] == 400
    cells = b.page.evaluate("window.geoevents.cells()")
    assert 1 < len(cells) < 400  # aggregated...
    assert _cell_total(b) == 400  # ...and every event counted once (all are in view)
    assert b.page.locator(".ge-icon").count() == 0  # one canvas, not one element per event
    b.set_day("2017-06-30")
    expected = {e.id for e in events if e.when.start.isoformat() <= "2017-06-30"}
    assert b.visible() == expected
    assert _cell_total(b) == len(expected)
    _overlay_checkbox(b, "Airstrike").uncheck()
    clashes = {i for i in expected if int(i[1:]) % 2 == 0}
    assert b.visible() == clashes
    assert _cell_total(b) == len(clashes)
    b.assert_clean()


def test_aggregated_points_open_their_popup_and_same_spot_events_are_listed(open_briefing, event_factory):
    events = _grid_events(event_factory, 400) + [
        event_factory(f"spot{n}", "2017-03-01", geometry=Point(44.0, 36.0), title=f"Same spot {n}")
        for n in range(3)
    ]
    b = open_briefing(events, BriefingOptions(cluster_threshold=100))
    box = b.page.locator("#map").bounding_box()

    def click_cell(n: int) -> None:
        cell = next(c for c in b.page.evaluate("window.geoevents.cells()") if c["n"] == n)
        b.page.mouse.click(box["x"] + cell["x"], box["y"] + cell["y"])

    # A cluster click zooms in.
    zoom = b.page.evaluate("window.geoevents.map.getZoom()")
    cell = max(b.page.evaluate("window.geoevents.cells()"), key=lambda c: c["n"])
    b.page.mouse.click(box["x"] + cell["x"], box["y"] + cell["y"])
    b.page.wait_for_timeout(400)
    assert b.page.evaluate("window.geoevents.map.getZoom()") > zoom
    # One event: its popup.
    b.view(32.5, 36.0, 13)
    click_cell(1)
    assert b.popup().splitlines()[0] == "Grid event 0"
    # Three events at one spot: a list, then each event's own popup.
    b.view(36.0, 44.0, 12)
    click_cell(3)
    assert b.popup().splitlines()[0] == "3 events at Somewhere"
    b.page.locator(".ge-list button", has_text="Same spot 1").click()
    assert b.popup().splitlines()[0] == "Same spot 1"
    b.assert_clean()


def test_tiles_are_fetched_only_from_the_tile_server_the_user_picks(open_briefing, scene):
    b = open_briefing(scene)
    assert b.requests == []
    b.page.hover(".leaflet-control-layers")
    b.page.locator(".leaflet-control-layers-base label", has_text="Streets").locator("input").check()
    b.page.wait_for_timeout(500)
    assert b.requests, "choosing the street layer should ask for tiles"
    assert all(url.startswith("https://tile.openstreetmap.org/") for url in b.requests)


@pytest.fixture(scope="module")
def sample_events() -> list[Event]:
    from geoevents.inputs import load_events

    return load_events([REPO / "seeds" / "abou-kamal-2017.yaml"]).events


def test_sample_briefing_screenshot(open_briefing, sample_events):
    ARTIFACTS.mkdir(exist_ok=True)
    options = BriefingOptions(
        title="Euphrates valley, October 2017: after Raqqa, the offensive on Abou Kamal"
    )
    b = open_briefing(sample_events, options, path=ARTIFACTS / "briefing-sample.html")
    kinds = [e.place.geometry.geom_type for e in sample_events if e.place is not None]
    expected = {
        "points": kinds.count("Point"),
        "lines": sum("Line" in k for k in kinds),
        "areas": sum("Polygon" in k for k in kinds),
    }
    counts = b.counts()
    assert {k: counts[k] for k in expected} == expected
    # One marker per place: a counted badge where several events share it.
    places = {
        (e.place.longitude, e.place.latitude)
        for e in sample_events
        if e.place and e.place.geometry.geom_type == "Point"
    }
    assert b.page.locator(".ge-marker").count() == len(places)
    b.page.screenshot(path=str(ARTIFACTS / "briefing-sample.png"))
    b.set_day("2017-10-15")
    b.page.screenshot(path=str(ARTIFACTS / "briefing-sample-2017-10-15.png"))
    b.assert_clean()


def _label_boxes(b: Briefing) -> list[dict[str, Any]]:
    return b.page.evaluate("""() => [...document.querySelectorAll('.leaflet-label-pane .ge-label')].map(n => {
        const r = n.getBoundingClientRect();
        return { text: n.textContent, cls: n.className, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    })""")


def _overlapping(boxes: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [
        (a["text"], c["text"])
        for n, a in enumerate(boxes)
        for c in boxes[n + 1 :]
        if a["x0"] < c["x1"] - 0.5
        and a["x1"] > c["x0"] + 0.5
        and a["y0"] < c["y1"] - 0.5
        and a["y1"] > c["y0"] + 0.5
    ]


def _under_panel_or_legend(b: Briefing) -> list[tuple[str, str]]:
    covers = b.page.evaluate("""() => ['#panel', '.legend'].map(s => { const r = document.querySelector(s).getBoundingClientRect();
        return { text: s, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom }; })""")
    return [pair for pair in _overlapping(covers + _label_boxes(b)) if pair[0] in ("#panel", ".legend")]


def test_places_are_labelled_as_text_without_overlap(open_briefing, scene):
    b = open_briefing(scene)
    assert _under_panel_or_legend(b) == []  # as first drawn, once the panel holds its text
    for zoom in (4, 6, 8, 11):
        b.view(34.9, 40.2, zoom)
        boxes = _label_boxes(b)
        assert _overlapping(boxes) == [], zoom
        events = {box["text"] for box in boxes if "event" in box["cls"]}
        if zoom in (6, 8):  # both in view
            assert {"Abu Kamal", "Raqqa"} <= events, zoom
    # At a low zoom, countries and main cities from the shipped data, none under the title panel
    # or the legend.
    b.view(34.9, 40.2, 5)
    assert _under_panel_or_legend(b) == []
    texts = {box["text"] for box in _label_boxes(b)}
    assert {"Syria", "Iraq"} <= texts
    assert "Damascus" in texts or "Baghdad" in texts
    # The labels are text a screen reader reads: in the map, not hidden.
    assert b.page.locator(".leaflet-label-pane[aria-hidden], .leaflet-label-pane [aria-hidden]").count() == 0
    b.assert_clean()


def test_french_page_labels_and_controls(open_briefing, scene):
    b = open_briefing(scene, BriefingOptions(title="Synthèse", lang="fr"))
    assert b.page.get_attribute("html", "lang") == "fr"
    b.view(34.9, 40.2, 5)
    texts = {box["text"] for box in _label_boxes(b)}
    assert {"Syrie", "Irak"} <= texts
    assert "Damas" in texts or "Bagdad" in texts  # city names in French too (CLDR)
    assert "Damascus" not in texts and "Baghdad" not in texts
    assert "Types d'événements" in b.text(".legend")
    assert b.page.locator("#tl-mode option").all_inner_texts() == ["cumulé", "fenêtre glissante"]
    assert b.text("#briefing-period") == "Le 2017-10-25"
    b.view(35.95, 39.0, 8)
    b.page.click(".leaflet-marker-icon[title='Raqqa retaken']")
    popup = b.popup()
    assert "Ar Raqqah [localité]" in popup and "précision : intervalle" not in popup
    assert "Lieu tel qu'écrit" in popup and "(précision: intervalle)" in popup
    b.assert_clean()


def test_one_uncertainty_disc_per_place_and_precision(open_briefing, event_factory):
    vague = Point(40.14, 35.33)
    events = [
        event_factory(
            f"p{n}", f"2017-10-{1 + n:02d}", geometry=vague, precision=GeoPrecision.PROVINCE, approximate=True
        )
        for n in range(20)
    ] + [
        event_factory(f"d{n}", "2017-10-05", geometry=Point(41.0, 36.0), precision=GeoPrecision.DISTRICT)
        for n in range(5)
    ]
    b = open_briefing(events)
    assert b.counts() == {"points": 25, "lines": 0, "areas": 0, "uncertainty": 2}
    # The discs are painted faintly on their own canvas, under the markers.
    alpha = b.page.evaluate("""() => {
        const c = document.querySelector('.leaflet-disc-pane canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        const painted = []; for (let i = 3; i < d.length; i += 4) if (d[i]) painted.push(d[i]);
        painted.sort((a, b) => a - b);
        return { median: painted[painted.length >> 1], share: painted.length / (c.width * c.height) };
    }""")
    assert 0 < alpha["share"] and alpha["median"] <= 40  # faint: the basemap and markers show through
    b.set_day("2017-10-03")
    assert b.counts()["uncertainty"] == 1
    b.assert_clean()


def test_clusters_are_on_top_and_clickable_over_an_area(open_briefing, event_factory):
    events = [
        *_grid_events(event_factory, 400),
        event_factory(
            "wide",
            "2017-01-01",
            "2017-12-31",
            geometry=Polygon([(35, 32), (43, 32), (43, 36), (35, 36)]),
            precision=GeoPrecision.PROVINCE,
            title="Wide area",
        ),
    ]
    b = open_briefing(events, BriefingOptions(cluster_threshold=100))
    box = b.page.locator("#map").bounding_box()
    zoom = b.page.evaluate("window.geoevents.map.getZoom()")
    cell = max(b.page.evaluate("window.geoevents.cells()"), key=lambda c: c["n"])
    b.page.mouse.click(box["x"] + cell["x"], box["y"] + cell["y"])
    b.page.wait_for_timeout(400)
    assert b.page.evaluate("window.geoevents.map.getZoom()") > zoom  # the cluster, not the area, took it
    assert b.page.locator(".leaflet-popup").count() == 0
    b.assert_clean()


def test_first_view_fits_the_sub_national_events(open_briefing, event_factory):
    usa = Polygon([(-125, 25), (-66, 25), (-66, 49), (-125, 49)])
    events = [
        event_factory(
            "us", "2017-10-03", geometry=usa, precision=GeoPrecision.COUNTRY, title="United States statement"
        ),
        event_factory("abu", "2017-10-21", geometry=ABU_KAMAL),
        event_factory("raqqa", "2017-10-01", geometry=RAQQA),
    ]
    b = open_briefing(events)
    view = b.page.evaluate(
        "(() => { const b = window.geoevents.map.getBounds(); return [b.getWest(), b.getEast()]; })()"
    )
    assert -10 < view[0] < 39.0 and 40.9 < view[1] < 60  # Syria, not the world
    assert "us" in b.visible()  # drawn, though not fitted
    only = open_briefing([events[0]])
    view = only.page.evaluate(
        "(() => { const b = window.geoevents.map.getBounds(); return [b.getWest(), b.getEast()]; })()"
    )
    assert view[0] < -120 and view[1] > -70  # nothing else: the country is fitted
    b.assert_clean()


def test_vague_dates_are_possible_until_their_interval_has_passed(open_briefing, event_factory):
    from geoevents.model import DatePrecision

    events = [
        event_factory(
            "month",
            "2017-10-01",
            "2017-10-31",
            geometry=Point(40.57, 35.15),
            date_precision=DatePrecision.MONTH,
            event_type=EventType.CAPTURE,
            title="Fields taken in October",
        ),
        event_factory(
            "day", "2017-10-05", geometry=RAQQA, event_type=EventType.CAPTURE, title="Dated capture"
        ),
        event_factory("range", "2017-10-02", "2017-10-20", geometry=ABU_KAMAL, title="Fighting for weeks"),
    ]
    b = open_briefing(events)
    b.set_day("2017-10-05")
    assert b.visible() == {"month", "day", "range"}
    assert set(b.page.evaluate("window.geoevents.possibleIds()")) == {"month"}  # a range is definite
    marker = b.page.locator(".leaflet-marker-icon[title='Fields taken in October'] .ge-icon")
    assert "possible" in marker.get_attribute("class")
    assert "possible" in b.text(".legend")
    b.set_day("2017-10-31")
    assert b.page.evaluate("window.geoevents.possibleIds()") == []
    assert "possible" not in marker.get_attribute("class")
    b.assert_clean()


def test_the_state_is_in_the_url_hash_and_honoured_on_load(open_briefing, scene, browser):
    b = open_briefing(scene)
    b.view(34.45, 40.9, 9)
    b.page.select_option("#tl-mode", "window")
    b.page.fill("#tl-window", "7")
    b.page.dispatch_event("#tl-window", "change")
    b.set_day("2017-10-16")
    _overlay_checkbox(b, "Clashes").uncheck()
    b.page.fill("#search", "raqqa")
    url = b.page.evaluate("location.href")
    assert "#map=9/34.45" in url and "date=2017-10-16" in url and "mode=window" in url and "window=7" in url
    assert "off=clashes" in url and "q=raqqa" in url
    expected = b.visible()
    again = browser.new_context(viewport={"width": 1280, "height": 800})
    page = again.new_page()
    page.route("http*://**", lambda route: route.abort())
    page.goto(url)
    page.wait_for_selector("body[data-ready='true']", state="attached")
    assert page.evaluate("window.geoevents.map.getZoom()") == 9
    centre = page.evaluate("(() => { const c = window.geoevents.map.getCenter(); return [c.lat, c.lng]; })()")
    assert abs(centre[0] - 34.45) < 0.01 and abs(centre[1] - 40.9) < 0.01
    assert page.input_value("#tl-mode") == "window" and page.input_value("#tl-window") == "7"
    assert page.inner_text("#tl-date") == "2017-10-16"
    assert set(page.evaluate("window.geoevents.visibleIds()")) == expected == {"raqqa"}
    again.close()
    b.assert_clean()


def test_png_export_is_made_in_the_page(open_briefing, scene, tmp_path):
    import struct

    b = open_briefing(scene, BriefingOptions(title="Export me"))
    with b.page.expect_download() as download:
        b.page.click("#export-png")
    path = tmp_path / "map.png"
    download.value.save_as(path)
    assert download.value.suggested_filename == "briefing-map-2017-10-25.png"
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    size = b.page.evaluate("(() => { const s = window.geoevents.map.getSize(); return [s.x, s.y]; })()")
    assert (width, height) == (2 * size[0], 2 * size[1])
    # What the image shows, read back in the page: many colours (basemap, markers, legend), a
    # white title box with dark text in it at the top left.
    seen = b.page.evaluate(
        """async (url) => {
        const img = new Image(); img.src = url; await img.decode();
        const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
        const ctx = c.getContext('2d'); ctx.drawImage(img, 0, 0);
        const all = ctx.getImageData(0, 0, c.width, c.height).data, colours = new Set();
        for (let i = 0; i < all.length; i += 4 * 97) colours.add(all[i] + ',' + all[i + 1] + ',' + all[i + 2]);
        const t = ctx.getImageData(40, 40, 400, 40).data; let dark = 0, light = 0;
        for (let i = 0; i < t.length; i += 4) { const v = (t[i] + t[i + 1] + t[i + 2]) / 3; if (v < 80) dark++; if (v > 230) light++; }
        return { colours: colours.size, dark: dark, light: light };
    }""",
        "data:image/png;base64," + __import__("base64").b64encode(data).decode(),
    )
    assert seen["colours"] > 50 and seen["dark"] > 100 and seen["light"] > 1000
    b.assert_clean()


def test_print_keeps_map_title_and_legend_without_controls(open_briefing, scene):
    b = open_briefing(scene)
    b.page.emulate_media(media="print")
    assert not b.page.is_visible("#timeline")
    assert not b.page.is_visible(".leaflet-control-zoom")
    assert not b.page.is_visible("#tools")
    assert (
        b.page.is_visible("#panel")
        and b.page.is_visible(".legend")
        and b.page.is_visible(".leaflet-control-scale")
    )
    b.page.emulate_media(media="screen")
    b.assert_clean()


def _pdf_page_points(pdf: bytes) -> tuple[float, float]:
    """Width and height (PostScript points) of the first page of a PDF Chromium printed."""
    import re

    box = re.search(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert box is not None
    x0, y0, x1, y1 = (float(v) for v in box.groups())
    return (x1 - x0, y1 - y0)


def test_print_on_a4_landscape_or_a_16_9_slide(open_briefing, scene):
    b = open_briefing(scene)
    width, height = _pdf_page_points(b.page.pdf(prefer_css_page_size=True))
    assert (round(width), round(height)) == (842, 595)  # A4 landscape
    b.page.select_option("#print-format", "slide")
    width, height = _pdf_page_points(b.page.pdf(prefer_css_page_size=True))
    assert abs(width / height - 16 / 9) < 0.01 and round(width) == 960  # a 13.33 x 7.5 in slide
    b.assert_clean()


def test_search_and_filters_by_actor_and_place(open_briefing, scene):
    b = open_briefing(scene)
    b.page.fill("#search", "SIÈGE")  # case and accents folded: "siege" in the description
    assert b.visible() == {"raqqa"}
    b.page.fill("#search", "abu kamal")
    assert b.visible() == {"abu-offensive", "abu-command"}
    b.page.fill("#search", "")
    b.page.select_option("#actor-filter", "SDF")
    assert b.visible() == {"raqqa"}
    b.page.select_option("#actor-filter", "")
    b.page.select_option("#place-filter", "Abu Kamal")
    assert b.visible() == {"abu-offensive", "abu-command"}
    assert "1 shown" not in b.text("#briefing-counts") and "2 shown of 8 events" in b.text("#briefing-counts")
    b.assert_clean()


def test_events_in_view_list_is_sorted_and_opens_popups(open_briefing, scene):
    b = open_briefing(scene)
    b.page.click("#inview summary")
    expect(b.page.locator("#inview li")).to_have_count(7)
    items = b.page.locator("#inview li").all_inner_texts()
    assert items == sorted(items)  # by date
    b.page.locator("#inview button", has_text="Raqqa retaken").click()
    assert b.popup().splitlines()[0] == "Raqqa retaken"
    b.page.keyboard.press("Escape")
    expect(b.page.locator(".leaflet-popup")).to_have_count(0)
    b.assert_clean()


def test_every_event_is_reachable_by_keyboard_in_cluster_mode(open_briefing, event_factory):
    events = _grid_events(event_factory, 150)
    b = open_briefing(events, BriefingOptions(cluster_threshold=100))
    assert b.page.evaluate("window.geoevents.many") is True
    b.page.focus("#inview summary")
    b.page.keyboard.press("Enter")
    expect(b.page.locator("#inview button")).to_have_count(150)
    b.page.keyboard.press("Tab")
    assert b.page.evaluate("document.activeElement.closest('#inview') !== null")
    b.page.keyboard.press("Enter")
    assert b.popup().splitlines()[0].startswith("Grid event")
    b.page.keyboard.press("Escape")
    expect(b.page.locator(".leaflet-popup")).to_have_count(0)
    b.assert_clean()


def test_popup_has_notes_interval_and_coordinates(open_briefing, event_factory):
    from geoevents.model import DatePrecision

    event = event_factory(
        "n",
        "2017-10-21",
        "2017-10-31",
        geometry=ABU_KAMAL,
        date_precision=DatePrecision.PART_OF_MONTH,
        notes="Announced, not begun.",
        title="Planned push",
    )
    b = open_briefing([event])
    b.page.click(".leaflet-marker-icon[title='Planned push']")
    text = b.popup()
    assert "Announced, not begun." in text
    assert "2017-10-21 – 2017-10-31" in text
    assert "34.4523, 40.9185" in text
    b.assert_clean()


def test_icons_are_svg_and_text_on_markers_is_readable(open_briefing, scene):
    from tests.colour import contrast

    b = open_briefing(scene)
    assert b.page.locator(".ge-icon svg path").count() == b.page.locator(".ge-icon").count() > 0
    assert all(t.strip() == "" for t in b.page.locator(".ge-icon").all_inner_texts())  # no font glyph
    assert b.page.locator("#tl-play svg path").count() == 2 and b.text("#tl-play").strip() == ""

    def rgb_hex(css: str) -> str:
        parts = [int(float(v)) for v in css[css.index("(") + 1 : css.index(")")].split(",")[:3]]
        return "#" + "".join(f"{v:02x}" for v in parts)

    colours = b.page.evaluate("""() => { const n = document.querySelector('.ge-badge'), s = getComputedStyle(n);
        return [s.color, s.backgroundColor]; }""")
    assert contrast(rgb_hex(colours[0]), rgb_hex(colours[1])) >= 4.5
    b.assert_clean()


def test_phone_layout_keeps_every_control_reachable(open_briefing, scene, browser):
    b = open_briefing(scene)
    b.page.set_viewport_size({"width": 390, "height": 844})
    b.page.wait_for_timeout(300)
    controls = [
        "#tl-back",
        "#tl-play",
        "#tl-forward",
        "#tl-slider",
        "#tl-mode",
        "#tl-window",
        "#tl-speed",
        "#tl-step",
        "#tl-from",
        "#tl-to",
        "#search",
        "#actor-filter",
        "#place-filter",
        "#export-png",
        "#inview summary",
        ".leaflet-control-zoom-in",
        ".leaflet-control-layers",
        ".legend input",
    ]
    for selector in controls:
        handle = b.page.locator(selector).first
        handle.scroll_into_view_if_needed()
        box = handle.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390 and box["y"] + box["height"] <= 844, (
            selector
        )
        hit = b.page.evaluate(
            "([x, y, sel]) => { const e = document.elementFromPoint(x, y), t = document.querySelector(sel); return !!e && (t === e || t.contains(e)); }",
            [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, selector],
        )
        assert hit, f"{selector} is covered"
    b.assert_clean()


def test_popup_shows_pass_through_attributes(open_briefing, event_factory):
    event = event_factory(
        "f", "2017-10-21", geometry=ABU_KAMAL, title="Strike", attributes={"fatalities": 12, "inter1": 3}
    )
    b = open_briefing([event])
    b.page.click(".leaflet-marker-icon[title='Strike']")
    lines = b.popup().splitlines()
    assert "fatalities" in lines and lines[lines.index("fatalities") + 1] == "12"
    assert "inter1" in lines
    b.assert_clean()
