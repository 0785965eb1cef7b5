"""No input text ever becomes code: ``to_map()``, the CLI briefing map, links and KML.

Every field of an event carries Jinja (``{{7*7}}``, ``{% ... %}``), JavaScript template-literal
(``${...}``, backticks) and HTML payloads. The folium map from ``to_map().save()`` and the CLI
map are opened in headless Chromium with the network off: the text shows as written, nothing
ran, no ``javascript:`` link exists. Links enter only as http(s) (front matter, ``og:url``,
``--url``, readers, the model itself).
"""

from __future__ import annotations

import dataclasses
from importlib import resources
from pathlib import Path

import pytest
import yaml
from shapely.geometry import LineString, Point

from geoevents.collection import EventCollection
from geoevents.errors import InputError
from geoevents.extract.document import load_document
from geoevents.io import kml
from geoevents.model import Source
from tests.helpers import CHROMIUM, run_cli

PAYLOADS = [
    "T{{7*7}}T",
    "S{% for x in range(3) %}{{x}}{% endfor %}S",
    "J${7*6}J",
    "B`+(window.__pwned=1)+`B",
    "C{{ cycler.__init__.__globals__.os.system('touch /tmp/geoevents-pwned') }}C",
    'H</script><img src=x onerror="window.__pwned=1">H',
    "R{% raw %}R",
    "M{#x#}M",
]

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _hostile_events(event_factory):
    events = []
    for n, text in enumerate(PAYLOADS):
        geometry = (
            Point(40 + n * 0.5, 34)
            if n % 2 == 0
            else LineString([(40 + n * 0.5, 34), (40.2 + n * 0.5, 34.3)])
        )
        events.append(
            event_factory(
                f"x{n}",
                "2017-10-01",
                geometry=geometry,
                title=f"{n} {text}",
                description=text,
                place_text=text,
                place_name=text,
                actors=(text,),
                source=Source(name=text, url=f"https://example.org/{n}?q={text}"),
            )
        )
    return events


def test_to_map_writes_no_payload_evaluated(tmp_path, event_factory):
    target = tmp_path / "folium.html"
    EventCollection(_hostile_events(event_factory)).to_map(tiles=None).save(str(target))
    page = target.read_text(encoding="utf-8")
    for evaluated in ("T49T", "S012S", "C0C", "J42J"):
        assert evaluated not in page
    assert not Path("/tmp/geoevents-pwned").exists()
    # no payload character that a template engine or an HTML parser acts on survives as such
    assert "<img" not in page
    assert "${7" not in page and "{{7" not in page


def _serve_local_leaflet(context) -> list[str]:
    """Route folium's CDN requests: Leaflet from the package's own assets, every other script
    and style sheet empty (the test needs Leaflet only); the network is never reached."""
    assets = resources.files("geoevents") / "assets"
    asked: list[str] = []

    def route(route):
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
            return
        asked.append(url)
        name = url.rsplit("/", 1)[-1].split("?")[0]
        if name == "leaflet.js":
            route.fulfill(body=(assets / "leaflet.js").read_bytes(), content_type="text/javascript")
        elif name.endswith(".js"):
            route.fulfill(body=b"", content_type="text/javascript")
        elif name.endswith(".css"):
            route.fulfill(body=b"", content_type="text/css")
        else:
            route.abort()

    context.route("**/*", route)
    return asked


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (make test installs it)")
def test_to_map_popups_show_every_payload_as_text_in_chromium(browser, tmp_path, event_factory):
    events = _hostile_events(event_factory)
    fmap = EventCollection(events).to_map(tiles=None)
    target = tmp_path / "folium.html"
    fmap.save(str(target))
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    try:
        _serve_local_leaflet(context)
        page = context.new_page()
        errors: list[str] = []
        dialogs: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(target.as_uri())
        page.wait_for_function("() => typeof L !== 'undefined' && typeof geoeventsBindText === 'function'")
        map_name = fmap.get_name()
        texts = page.evaluate(
            """(name) => {
                const out = [];
                window[name].eachLayer((layer) => {
                    const popup = layer.getPopup && layer.getPopup();
                    if (popup && !out.some((o) => o.layer === layer)) {
                        const box = popup.getContent();
                        const links = Array.from(box.querySelectorAll('a')).map((a) => a.href);
                        out.push({layer, text: box.textContent, html: box.innerHTML, links,
                                  tip: layer.getTooltip().getContent().textContent});
                    }
                });
                return out.map(({text, html, links, tip}) => ({text, html, links, tip}));
            }""",
            map_name,
        )
        assert page.evaluate("window.__pwned") is None
        assert errors == [] and dialogs == []
        assert page.locator("img[src='x']").count() == 0
    finally:
        context.close()
    assert len(texts) >= len(PAYLOADS)
    for n, text in enumerate(PAYLOADS):
        shown = [t for t in texts if t["tip"] == f"{n} {text}"]
        assert shown, f"no popup titled {n} {text!r}"
        popup = shown[0]
        assert popup["text"].count(text) >= 3  # title, place as written, actors, source label
        assert "<img" not in popup["html"]
        assert all(link.startswith("https://example.org/") for link in popup["links"])


def test_cli_map_shows_template_payloads_as_text(tmp_path, browser):
    if CHROMIUM is None:
        pytest.skip("chromium is not installed")
    rows = [
        {
            "title": f"{n} {text}",
            "date": "2017-10-0" + str(n % 9 + 1),
            "place": text,
            "latitude": 34 + n * 0.1,
            "longitude": 40 + n * 0.2,
            "description": text,
            "notes": text,
            "actors": [text],
            "source": text,
            "url": "https://example.org/a",
        }
        for n, text in enumerate(PAYLOADS)
    ]
    source = tmp_path / "hostile.yaml"
    source.write_text(yaml.safe_dump({"events": rows}, allow_unicode=True), encoding="utf-8")
    target = tmp_path / "map.html"
    done = run_cli("map", str(source), "-o", str(target), "--title", PAYLOADS[0], "--note", PAYLOADS[2])
    assert done.returncode == 0, done.stderr
    page_text = target.read_text(encoding="utf-8")
    assert "T49T" not in page_text and "S012S" not in page_text
    context = browser.new_context()
    try:
        requests: list[str] = []
        context.route(
            "**/*",
            lambda route: (
                route.continue_()
                if route.request.url.startswith("file:")
                else (requests.append(route.request.url), route.abort())
            ),
        )
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(target.as_uri())
        page.wait_for_selector("body[data-ready='true']", state="attached", timeout=30_000)
        assert page.locator("#briefing-title").inner_text() == PAYLOADS[0]
        assert page.locator("#briefing-note").inner_text() == PAYLOADS[2]
        assert page.evaluate("window.__pwned") is None
        assert page.title() == PAYLOADS[0]
        assert errors == [] and requests == []
    finally:
        context.close()


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "//host/x", "http:/x"]
)
def test_a_source_refuses_any_link_but_http(url):
    with pytest.raises(ValueError, match="http"):
        Source(url=url)
    assert Source(url="https://example.org/x").url == "https://example.org/x"


def test_front_matter_link_must_be_http(tmp_path):
    article = tmp_path / "a.md"
    article.write_text(
        "---\npublished: 2017-10-24\nurl: 'javascript:alert(1)'\n---\nRaqqa was retaken.\n", encoding="utf-8"
    )
    with pytest.raises(InputError, match="http"):
        load_document(article)


def test_html_page_link_that_is_not_http_is_not_a_source_link(tmp_path):
    page = tmp_path / "a.html"
    page.write_text(
        '<html lang="en"><head><meta property="og:url" content="javascript:alert(1)">'
        '<meta property="article:published_time" content="2017-10-24"></head>'
        "<body><article><p>Raqqa was retaken on Tuesday.</p></article></body></html>",
        encoding="utf-8",
    )
    assert load_document(page).meta.url is None


def test_cli_url_option_must_be_http(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Raqqa was retaken on Tuesday.\n", encoding="utf-8")
    done = run_cli(
        "extract",
        str(article),
        "-o",
        str(tmp_path / "e.csv"),
        "--published",
        "2017-10-24",
        "--url",
        "javascript:alert(1)",
    )
    assert done.returncode == 2
    assert "http" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "e.csv").exists()


def test_kml_description_is_plain_text(event_factory):
    event = event_factory("k", "2017-10-01", geometry=Point(40, 34))
    event = dataclasses.replace(event, description='<a href="javascript:x">run</a> & {{7*7}}')
    xml = kml.placemark_xml(event)
    description = xml.split("<description>")[1].split("</description>")[0]
    # XML-decoded, the value is HTML-escaped text: Google Earth shows the markup literally
    assert description == '&amp;lt;a href="javascript:x"&amp;gt;run&amp;lt;/a&amp;gt; &amp;amp; {{7*7}}'
