"""The sample briefing in a real browser (Debian's chromium, network off)."""

from __future__ import annotations

import pytest

from tests.helpers import SEED, run_cli


@pytest.fixture(scope="module")
def page_of_sample(tmp_path_factory, gazetteer, browser):
    out = tmp_path_factory.mktemp("map") / "sample.html"
    result = run_cli("map", str(SEED), "-o", str(out), "--title", "Sample briefing")
    assert result.returncode == 0, result.stderr
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    requests: list[str] = []

    def block(route):
        requests.append(route.request.url)
        route.abort()

    context.route("http*://**", block)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(out.as_uri())
    page.wait_for_selector("body[data-ready=true]")
    yield page, errors, requests
    context.close()


def test_sample_renders_offline_without_errors(page_of_sample, artifacts):
    page, errors, requests = page_of_sample
    assert errors == []
    assert requests == []  # nothing but the file itself: everything is inlined
    counts = page.evaluate("window.geoevents.counts()")
    assert counts["points"] >= 5 and counts["lines"] == 1 and counts["areas"] >= 2
    assert page.locator(".leaflet-marker-icon").count() >= 4  # one per place: Abou Kamal and Raqqa hold two
    assert page.locator("#briefing-title").text_content() == "Sample briefing"
    assert "of 10 events" in page.locator("#briefing-counts").text_content()
    # No place name hides under the title panel or the legend, as the page is first drawn.
    hidden = page.evaluate("""() => {
        const covers = ['#panel', '.legend'].map(s => document.querySelector(s).getBoundingClientRect());
        return [...document.querySelectorAll('.ge-label')].filter(n => { const r = n.getBoundingClientRect();
            return covers.some(c => r.left < c.right && r.right > c.left && r.top < c.bottom && r.bottom > c.top); })
            .map(n => n.textContent); }""")
    assert hidden == []
    page.screenshot(path=str(artifacts / "sample-briefing.png"))


def test_moving_the_slider_changes_what_is_visible(page_of_sample):
    page, _, _ = page_of_sample
    everything = set(page.evaluate("window.geoevents.visibleIds()"))
    assert len(everything) == 10
    page.fill("#tl-from", "2014-01-01")  # the slider starts with the October events: widen it
    page.evaluate("window.geoevents.setDay('2015-06-01')")
    early = set(page.evaluate("window.geoevents.visibleIds()"))
    assert early == {"coalition-campaign-syria", "coalition-campaign-iraq"}
    page.select_option("#tl-mode", "window")
    page.fill("#tl-window", "5")
    page.evaluate("window.geoevents.setDay('2017-10-05')")
    window = set(page.evaluate("window.geoevents.visibleIds()"))
    assert "raqqa-retaken" in window and "abu-kamal-offensive-planned" not in window
    page.select_option("#tl-mode", "cumulative")
    page.evaluate("window.geoevents.setDay('2017-10-31')")
    assert set(page.evaluate("window.geoevents.visibleIds()")) == everything


def test_sample_on_a_phone(tmp_path_factory, gazetteer, browser, artifacts):
    out = tmp_path_factory.mktemp("phone") / "sample.html"
    result = run_cli("map", str(SEED), "-o", str(out), "--title", "Sample briefing")
    assert result.returncode == 0, result.stderr
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, has_touch=True
    )
    context.route("http*://**", lambda route: route.abort())
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(out.as_uri())
    page.wait_for_selector("body[data-ready=true]")
    for selector in (
        "#tl-play",
        "#tl-slider",
        ".legend",
        "#briefing-title",
        "#search",
        ".leaflet-control-zoom-in",
    ):
        assert page.is_visible(selector), selector
    # The events are in view on the small screen too: every marker inside the map.
    box = page.locator("#map").bounding_box()
    for marker in page.locator(".ge-marker").all():
        m = marker.bounding_box()
        assert box["x"] <= m["x"] and m["x"] + m["width"] <= box["x"] + box["width"]
        assert box["y"] <= m["y"] and m["y"] + m["height"] <= box["y"] + box["height"]
    page.screenshot(path=str(artifacts / "sample-briefing-phone.png"))
    context.close()
    assert errors == []


def test_sample_on_the_fifth_of_october(page_of_sample, artifacts):
    page, errors, _ = page_of_sample
    page.evaluate("window.geoevents.setDay('2017-10-05')")
    # "October 2017": the Omar fields capture may or may not have happened yet: drawn as possible.
    assert "omar-oil-fields" in page.evaluate("window.geoevents.possibleIds()")
    assert page.locator("#briefing-period").text_content() == "On 2017-10-05"
    page.screenshot(path=str(artifacts / "sample-briefing-2017-10-05.png"))
    assert errors == []
