"""The briefing renderer without a browser: encoding, escaping, CSP, determinism, size."""

from __future__ import annotations

import json
import random
import re
from html import unescape
from importlib import resources

import pytest
from shapely.geometry import LineString, Point, Polygon

from geoevents.errors import OutputError
from geoevents.model import EventType, GeoPrecision
from geoevents.render.briefing import (
    AREA,
    LINE,
    POINT,
    UNLOCATED,
    BriefingOptions,
    briefing_data,
    csp_hash,
    delta_encode,
    dictionary_column,
    plain_column,
    render_briefing,
    safe_url,
    script_json,
    uncertainty_radius,
    write_briefing,
)
from tests.helpers import forged_source

SQUARE = Polygon([(40, 34), (41, 34), (41, 35), (40, 35)])


def _data_block(html: str) -> str:
    match = re.search(r'<script type="application/json" id="geoevents-data">(.*?)</script>', html, re.S)
    assert match, "data block missing"
    return match.group(1)


def _scripts(html: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", html, re.S)


def test_script_json_cannot_close_the_script_element():
    text = script_json({"a": "</script><script>alert(1)</script><!-- & \u2028 \u2029"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"a": "</script><script>alert(1)</script><!-- & \u2028 \u2029"}


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=<c>", "https://example.org/a?b=<c>"),
        ("HTTP://EXAMPLE.ORG", "HTTP://EXAMPLE.ORG"),
        ("javascript:alert(1)", None),
        ("  JavaScript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("//evil.example/x", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_url_keeps_only_http_links(url, expected):
    assert safe_url(url) == expected


def test_dictionary_column_stores_each_value_once_in_order_of_first_use():
    column = dictionary_column(["b", "a", "b", "b", "c", "a"])
    assert column == {"v": ["b", "a", "c"], "i": [0, 1, 0, 0, 2, 1]}
    assert [column["v"][i] for i in column["i"]] == ["b", "a", "b", "b", "c", "a"]
    assert dictionary_column(["x", "x"]) == {"v": ["x"], "i": 0}
    assert dictionary_column(["p", "q", "r", "p"]) == ["p", "q", "r", "p"]  # mostly distinct: plain


def test_plain_column_folds_a_constant_but_keeps_types_apart():
    assert plain_column([3, 3, 3]) == {"c": 3}
    assert plain_column([1, True]) == [1, True]
    assert plain_column([None, 0.5]) == [None, 0.5]
    assert plain_column([]) == []


def test_uncertainty_radius_only_for_vague_points(event_factory):
    exact_town = event_factory("a", "2017-10-01", geometry=Point(40, 34))
    approximate_town = event_factory("b", "2017-10-01", geometry=Point(40, 34), approximate=True)
    province_point = event_factory("c", "2017-10-01", geometry=Point(40, 34), precision=GeoPrecision.PROVINCE)
    province_area = event_factory("d", "2017-10-01", geometry=SQUARE, precision=GeoPrecision.PROVINCE)
    unlocated = event_factory("e", "2017-10-01")
    assert uncertainty_radius(exact_town) == 0
    assert uncertainty_radius(approximate_town) == 5_000
    assert uncertainty_radius(province_point) == 80_000
    assert uncertainty_radius(province_area) == 0  # the area itself is drawn, shaded
    assert uncertainty_radius(unlocated) == 0


def test_columns_round_trip_every_event(event_factory):
    events = [
        event_factory("p", "2017-10-03", geometry=Point(40.123456789, 34.5), actors=("SDF", "IS")),
        event_factory("l", "2017-10-01", "2017-10-20", geometry=LineString([(38, 36), (41, 34)])),
        event_factory("a", "2017-09-01", None, geometry=SQUARE, event_type=EventType.AIRSTRIKE),
        event_factory("u", "2017-10-05", actors=("IS",), source=forged_source(None, "javascript:alert(1)")),
    ]
    data = briefing_data(events, BriefingOptions())
    columns = data["columns"]
    assert columns["id"] == ["a", "l", "p", "u"]  # date order
    assert data["first"] == "2017-09-01" and data["last"] == "2017-10-20"
    assert columns["kind"] == [AREA, LINE, POINT, UNLOCATED]
    assert columns["start"] == [0, 30, 32, 34]
    assert columns["end"] == [49, 49, 32, 34]  # the open-ended area lasts to the last day
    assert columns["open"] == [1, 0, 0, 0]
    assert (columns["lon"][2], columns["lat"][2]) == (40.12346, 34.5)
    assert [columns["type"]["v"][i] for i in columns["type"]["i"]] == [
        "airstrike",
        "clashes",
        "clashes",
        "clashes",
    ]
    assert [[columns["actors"]["v"][k] for k in row] for row in columns["actors"]["i"]] == [
        [],
        [],
        ["SDF", "IS"],
        ["IS"],
    ]
    assert columns["url"]["v"][columns["url"]["i"][3]] == ""  # javascript: link dropped
    assert columns["url"]["v"][columns["url"]["i"][0]] + columns["urlTail"][0] == "https://example.org/report"
    assert columns["shape"] == [0, 1, -1, -1]
    assert columns["shapes"][1]["type"] == "LineString"
    assert [t["key"] for t in data["types"]] == ["airstrike", "clashes"]


def test_a_shape_shared_by_many_events_is_stored_once(event_factory):
    events = [event_factory(f"e{i}", "2017-10-01", geometry=SQUARE) for i in range(50)]
    columns = briefing_data(events, BriefingOptions())["columns"]
    assert len(columns["shapes"]) == 1
    assert columns["shape"] == {"c": 0}  # a constant column: one value for all


def test_same_input_gives_byte_identical_html(event_factory):
    events = [
        event_factory(f"e{i}", f"2017-10-{1 + i % 28:02d}", geometry=Point(40 + i / 100, 34), title=f"Ü{i} é")
        for i in range(40)
    ] + [event_factory("area", "2017-09-01", None, geometry=SQUARE), event_factory("nowhere", "2017-10-02")]
    options = BriefingOptions(title="Test", note="A note")
    first = render_briefing(events, options).encode("utf-8")
    second = render_briefing(list(events), options).encode("utf-8")
    shuffled = list(events)
    random.Random(7).shuffle(shuffled)
    assert first == second
    assert render_briefing(shuffled, options).encode("utf-8") == first


def test_empty_briefing_is_deterministic_and_says_so():
    html = render_briefing([], BriefingOptions(title="Nothing yet"))
    assert html == render_briefing([], BriefingOptions(title="Nothing yet"))
    data = json.loads(_data_block(html))
    assert data["count"] == 0 and data["first"] == ""


def test_every_script_is_inlined_and_allowed_by_hash_only(event_factory):
    html = render_briefing([event_factory("a", "2017-10-01", geometry=Point(40, 34))])
    assert not re.search(r"<script[^>]*\bsrc=", html)
    assert not re.search(r"<link\b", html)
    csp = unescape(re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html).group(1))
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    scripts = _scripts(html)
    assert len(scripts) == 2  # leaflet, the briefing
    assert directives["script-src"].split() == [csp_hash(s) for s in scripts]
    assert "unsafe-inline" not in directives["script-src"]
    assert directives["default-src"] == "'none'" and directives["connect-src"] == "'none'"
    assert set(directives["img-src"].split()) == {
        "data:",
        "https://tile.openstreetmap.org",
        "https://server.arcgisonline.com",
        "https://*.tile.opentopomap.org",
    }


HOSTILE = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "</script><script>window.__pwned=1</script>",
    '"><svg onload=window.__pwned=1>',
]


def test_hostile_text_never_reaches_the_page_as_markup(event_factory):
    events = [
        event_factory(
            f"x{n}",
            "2017-10-01",
            geometry=Point(40, 34),
            title=text,
            description=text,
            place_text=text,
            place_name=text,
            actors=(text,),
            source=forged_source(text, "javascript:window.__pwned=1"),
        )
        for n, text in enumerate(HOSTILE)
    ]
    html = render_briefing(events, BriefingOptions(title=HOSTILE[0], note=HOSTILE[1]))
    block = _data_block(html)
    assert "<" not in block and ">" not in block
    assert "javascript:" not in block
    assert json.loads(block)["columns"]["title"] == HOSTILE
    # Outside the data block the hostile text appears only escaped (the <title>).
    outside = html.replace(block, "")
    for text in HOSTILE:
        assert text not in outside
    assert "<title>&lt;script&gt;window.__pwned=1&lt;/script&gt;</title>" in html


def test_write_briefing_refuses_to_overwrite_without_force(tmp_path, event_factory):
    path = tmp_path / "map.html"
    events = [event_factory("a", "2017-10-01", geometry=Point(40, 34))]
    write_briefing(events, path)
    with pytest.raises(OutputError):
        write_briefing(events, path)
    write_briefing(events, path, BriefingOptions(title="Again"), force=True)
    assert "Again" in path.read_text(encoding="utf-8")


def test_data_stays_compact_per_event(event_factory):
    """A columnar page: each extra point event costs about its own text, not a JSON object of keys."""

    def page(n: int) -> int:
        events = [
            event_factory(
                f"ev{i:05d}",
                f"2017-{1 + i % 12:02d}-{1 + i % 28:02d}",
                geometry=Point(i % 360 - 180, 0.5),
                title=f"Event {i:05d}",
                description="",
            )
            for i in range(n)
        ]
        return len(render_briefing(events).encode("utf-8"))

    # ~25 bytes of id and title; one JSON object per event with its keys would be over 400.
    per_event = (page(2000) - page(1000)) / 1000
    assert per_event < 70, per_event


def test_delta_encoding_is_exact_for_the_shipped_basemap():
    assert delta_encode([[40.1, 35.3], [40.2, 35.25], [-0.001, 0.0]]) == [
        40100,
        35300,
        100,
        -50,
        -40201,
        -35250,
    ]
    rivers = json.loads(_data_of(render_briefing([]), "geoevents-basemap"))["rivers"]
    shipped = json.loads((resources.files("geoevents") / "assets/basemap/rivers.geojson").read_text("utf-8"))
    first = shipped["features"][0]["geometry"]["coordinates"]
    decoded, x, y = [], 0, 0
    for dx, dy in zip(rivers[0][::2], rivers[0][1::2], strict=True):
        x, y = x + dx, y + dy
        decoded.append([x / 1000, y / 1000])
    assert decoded == first
    assert len(rivers) == len(shipped["features"])


def _data_of(html: str, element_id: str) -> str:
    return re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', html, re.S).group(
        1
    )


def test_type_colours_stay_distinct_for_colour_blind_readers():
    import itertools

    from geoevents.render.briefing import TYPE_STYLES
    from tests.colour import difference

    colours = {t: style["color"] for t, style in TYPE_STYLES.items()}
    worst = min(
        (difference(colours[a], colours[b], vision), a, b, vision)
        for a, b in itertools.combinations(colours, 2)
        for vision in ("normal", "deuteranopia", "protanopia")
    )
    # CIEDE2000 >= 15 between every two types, simulated deuteranopia and protanopia included
    # (about 2.3 is a just-noticeable difference): the worst pair measured 16.5.
    assert worst[0] >= 15, worst
    # None is the pale blue of the rivers (briefing.js, RIVER_COLOR; the old "other" was).
    assert all(
        difference(c, "#b7cfe0", v) >= 10
        for v in ("normal", "deuteranopia", "protanopia")
        for c in colours.values()
    )


def test_colour_difference_matches_the_published_examples():
    from tests.colour import ciede2000

    # Sharma, Wu & Dalal (2005), table 1, pairs 1 and 17.
    assert ciede2000((50, 2.6772, -79.7751), (50, 0, -82.7485)) == pytest.approx(2.0425, abs=1e-4)
    assert ciede2000((50, 2.5, 0), (73, 25, -18)) == pytest.approx(27.1492, abs=1e-4)


def test_main_span_clips_background_events(event_factory):
    from geoevents.render.briefing import main_span

    events = [
        event_factory("bg", "2014-08-01", None, geometry=Point(38, 35)),
        event_factory("a", "2017-10-01", "2017-10-10", geometry=Point(38, 35)),
        event_factory("b", "2017-10-25", geometry=Point(38, 35)),
    ]
    assert [d.isoformat() for d in main_span(events)] == ["2017-10-01", "2017-10-25"]
    assert [d.isoformat() for d in main_span(events[:1])] == ["2014-08-01", "2014-08-01"]


def test_map_language_follows_lang_then_the_events(tmp_path, event_factory):
    import argparse

    from geoevents.commands.map import page_language

    french = [
        event_factory(
            "f", "2017-10-01", title="Les forces prennent la ville", description="selon le porte-parole"
        )
    ]
    english = [
        event_factory(
            "e", "2017-10-01", title="The forces take the town", description="according to the army"
        )
    ]
    assert page_language(argparse.Namespace(lang=None, language=None), french) == "fr"
    assert page_language(argparse.Namespace(lang=None, language=None), english) == "en"
    assert page_language(argparse.Namespace(lang="en", language="fr"), french) == "en"
    assert page_language(argparse.Namespace(lang=None, language="fr"), english) == "fr"


def test_pass_through_attributes_travel_by_column(event_factory):
    import datetime as dt

    events = [
        event_factory("a", "2017-10-01", geometry=Point(40, 34), attributes={"fatalities": 3, "inter1": 1}),
        event_factory("b", "2017-10-02", geometry=Point(40, 34), attributes={"fatalities": 3, "flag": True}),
        event_factory("c", "2017-10-03", geometry=Point(40, 34), attributes={"fatalities": float("nan")}),
        event_factory("d", "2017-10-04", geometry=Point(40, 34), attributes={"seen": dt.date(2017, 10, 5)}),
    ]
    columns = briefing_data(events, BriefingOptions())["columns"]["attributes"]
    assert columns["names"] == ["fatalities", "inter1", "flag", "seen"]

    def value(name: str, row: int):
        column = columns["values"][columns["names"].index(name)]
        if isinstance(column, list):
            return column[row]
        return column["c"] if "c" in column else column["v"][column["i"][row]]

    assert [value("fatalities", r) for r in range(4)] == [3, 3, None, None]  # NaN: no value
    assert value("flag", 1) is True and value("inter1", 0) == 1 and value("inter1", 1) is None
    assert value("seen", 3) == "2017-10-05"


def test_map_of_a_french_article_is_in_french(tmp_path, gazetteer):
    from tests.helpers import ROOT, run_cli

    out = tmp_path / "fr.html"
    result = run_cli("map", str(ROOT / "seeds" / "abou-kamal-2017-fr.md"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert '<html lang="fr">' in page and "Chronologie" in page and '"lang":"fr"' in page
    result = run_cli(
        "map", str(ROOT / "seeds" / "abou-kamal-2017-fr.md"), "-o", str(out), "--force", "--lang", "en"
    )
    assert result.returncode == 0, result.stderr
    assert '<html lang="en">' in out.read_text(encoding="utf-8")
