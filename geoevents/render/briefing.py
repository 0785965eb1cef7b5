"""The briefing map: one self-contained Leaflet HTML file with a timeline.

Every script and stylesheet is inlined; the offline basemap (countries, rivers) ships with the
package, and the only hosts the page may ever contact are the optional tile servers of the
layer control. Input text never reaches the page as markup: the events travel as JSON inside a
``<script type="application/json">`` element (with ``<``, ``>``, ``&`` escaped) and the page
builds popups and panels with ``textContent``; a Content-Security-Policy allows only the page's
own scripts (by hash). The output is deterministic: the same events give the same bytes.

The events are encoded by column, not as one JSON object per event: repeated strings (types,
statuses, places, sources, actors) are stored once and referenced by index, points are two
numbers, and shared shapes (a country polygon used by many events) are stored once. This keeps
a page of 100,000 events small and quick to parse. A column is one of:

* a list, one value per event (``id``, ``title``, ``start``...);
* ``{"c": value}``: the same value for every event (:func:`plain_column`);
* ``{"v": [distinct values], "i": [index per event] or one index}`` (:func:`dictionary_column`).

The events' pass-through attributes (a source's own columns, ACLED ``fatalities``...) are in
``columns.attributes``: ``{"names": [attribute names, in order of first use], "values": [one
compressed column per name]}`` (:func:`attribute_columns`), ``null`` where an event lacks one.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import math
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment

from ..io.atomic import atomic_output
from ..io.geojson import geometry_to_geojson
from ..model import AttributeValue, Event, EventType, GeoPrecision

if TYPE_CHECKING:  # pragma: no cover
    from .columnar import TableRows

# Colour and label per event type. The colours keep a CIEDE2000 difference of at least 16 between
# every pair with normal vision and as simulated for deuteranopia and protanopia (Machado 2009;
# tests/test_briefing.py checks it); each type also has its own SVG shape (briefing.js, ICONS), so
# no type is told by colour alone. "Other" is brown, not the blue of the rivers.
TYPE_STYLES: dict[EventType, dict[str, str]] = {
    EventType.OFFENSIVE: {
        "label": "Offensive / advance",
        "label_fr": "Offensive / avancée",
        "color": "#E69F00",
    },
    EventType.AIRSTRIKE: {
        "label": "Airstrike / shelling",
        "label_fr": "Frappe / bombardement",
        "color": "#882255",
    },
    EventType.CAPTURE: {
        "label": "Capture / liberation",
        "label_fr": "Prise / libération",
        "color": "#4477AA",
    },
    EventType.CLASHES: {"label": "Clashes", "label_fr": "Combats", "color": "#BB5566"},
    EventType.CASUALTIES: {"label": "Casualties", "label_fr": "Victimes", "color": "#1A1A1A"},
    EventType.STATEMENT: {"label": "Statement / plan", "label_fr": "Déclaration / plan", "color": "#44AA99"},
    EventType.DISPLACEMENT: {"label": "Displacement", "label_fr": "Déplacement", "color": "#56B4E9"},
    EventType.OTHER: {"label": "Other / context", "label_fr": "Autre / contexte", "color": "#8C510A"},
}

# An event is a "main" event of the timeline when it spans at most this many days; longer and
# open-ended ones (a campaign "since August 2014") are background: drawn, but the slider's
# default extent is the span of the main events, the background ones clipped to it.
MAIN_EVENT_MAX_DAYS = 62

# Radius (metres) of the uncertainty circle drawn around a point that stands for something
# larger than a site or a town, or that the gazetteer marked as approximate.
UNCERTAINTY_RADIUS_M: dict[GeoPrecision, int] = {
    GeoPrecision.SITE: 1_000,
    GeoPrecision.TOWN: 5_000,
    GeoPrecision.AREA: 20_000,
    GeoPrecision.LINE: 20_000,
    GeoPrecision.DISTRICT: 30_000,
    GeoPrecision.PROVINCE: 80_000,
    GeoPrecision.COUNTRY: 250_000,
}
_EXACT_POINT_PRECISIONS = frozenset({GeoPrecision.SITE, GeoPrecision.TOWN})

POINT_DECIMALS = 5  # ~1 m: more than a briefing map can show
DEFAULT_CLUSTER_THRESHOLD = 300  # above this many located points: aggregated on a canvas

# Where the optional tiles come from: the only hosts the page may contact (CSP img-src).
TILE_HOSTS = (
    "https://tile.openstreetmap.org",
    "https://server.arcgisonline.com",
    "https://*.tile.opentopomap.org",
)

UI_LANGUAGES = ("en", "fr")
# The page's static text (the script has its own table for what it writes).
PAGE_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "map": "Event map",
        "briefing": "Briefing",
        "timeline": "Timeline",
        "back": "Step back",
        "play": "Play",
        "forward": "Step forward",
        "date": "Date",
        "keyhelp": "keys: space play/pause, ← → step, Home/End",
        "mode": "Mode",
        "cumulative": "cumulative",
        "window": "sliding window",
        "window_label": "Window",
        "days": "days",
        "speed": "Speed",
        "step": "Step",
        "day": "day",
        "week": "week",
        "month": "month",
        "from": "From",
        "to": "To",
        "search": "Search",
        "search_hint": "title, place, actor, text",
        "actor": "Actor",
        "place": "Place",
        "all": "all",
        "in_view": "Events in view",
        "export": "Export PNG",
        "print": "Print",
        "print_a4": "A4 landscape",
        "print_slide": "slide 16:9",
        "density": "events under way each day",
    },
    "fr": {
        "map": "Carte des événements",
        "briefing": "Synthèse",
        "timeline": "Chronologie",
        "back": "Reculer",
        "play": "Lecture",
        "forward": "Avancer",
        "date": "Date",
        "keyhelp": "touches : espace lecture/pause, ← → pas, Début/Fin",
        "mode": "Mode",
        "cumulative": "cumulé",
        "window": "fenêtre glissante",
        "window_label": "Fenêtre",
        "days": "jours",
        "speed": "Vitesse",
        "step": "Pas",
        "day": "jour",
        "week": "semaine",
        "month": "mois",
        "from": "Du",
        "to": "Au",
        "search": "Rechercher",
        "search_hint": "titre, lieu, acteur, texte",
        "actor": "Acteur",
        "place": "Lieu",
        "all": "tous",
        "in_view": "Événements visibles",
        "export": "Exporter en PNG",
        "print": "Impression",
        "print_a4": "A4 paysage",
        "print_slide": "diapositive 16:9",
        "density": "événements en cours chaque jour",
    },
}

# Shape kinds in the ``kind`` column.
UNLOCATED, POINT, LINE, AREA = 0, 1, 2, 3


@dataclass(frozen=True)
class BriefingOptions:
    """What the title panel says and how the timeline and markers start."""

    title: str = "Event briefing"
    note: str = ""
    window_days: int = 0  # 0: cumulative mode; n: sliding window of n days
    cluster_threshold: int = DEFAULT_CLUSTER_THRESHOLD  # more points than this: aggregated by screen cell
    lang: str = "en"  # the page's language: "en" or "fr" (labels of countries follow it too)


def _asset(name: str) -> str:
    return (resources.files("geoevents") / "assets" / name).read_text(encoding="utf-8")


def _own(name: str) -> str:
    return (resources.files("geoevents.render") / name).read_text(encoding="utf-8")


@cache
def _template():
    env = Environment(autoescape=True, keep_trailing_newline=True)
    return env.from_string(_own("briefing.html"))


def _script_safe(text: str) -> str:
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def script_json(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element whatever strings it holds."""
    return _script_safe(json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False))


def safe_url(url: str | None) -> str | None:
    """The URL if it is an http(s) link, else ``None`` (no ``javascript:``, ``data:``...)."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def csp_hash(script: str) -> str:
    """The CSP source expression (``'sha256-...'``) that allows one inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def dictionary_column(values: Iterable[Hashable]) -> dict[str, Any] | list[Any]:
    """``{"v": distinct values in order of first use, "i": index of each value}``.

    When every value is the same, ``"i"`` is the single index ``0`` instead of a list; when most
    values differ (more distinct values than half the rows), the plain list is smaller and is
    returned as it is.
    """
    values = list(values)
    index: dict[Hashable, int] = {}
    positions = [index.setdefault(value, len(index)) for value in values]
    if len(index) > 1 and 2 * len(index) > len(values):
        return values
    return {"v": list(index), "i": 0 if len(index) == 1 else positions}


def plain_column(values: Iterable[Any]) -> list[Any] | dict[str, Any]:
    """The values as a list, or ``{"c": value}`` when there are some and all are equal."""
    values = list(values)
    if values and all(v == values[0] and type(v) is type(values[0]) for v in values):
        return {"c": values[0]}
    return values


def uncertainty_radius(event: Event) -> int:
    """Radius in metres of the circle that shows how vague a point place is (0: none)."""
    place = event.place
    if place is None or place.geometry.geom_type != "Point":
        return 0
    if place.approximate or place.geo_precision not in _EXACT_POINT_PRECISIONS:
        return UNCERTAINTY_RADIUS_M[place.geo_precision]
    return 0


def _kind(event: Event) -> int:
    if event.place is None:
        return UNLOCATED
    geom_type = event.place.geometry.geom_type
    if geom_type == "Point":
        return POINT
    # A MultiPoint or GeometryCollection is drawn as it is and counted with the areas.
    return LINE if geom_type in ("LineString", "MultiLineString") else AREA


def _period(events: Sequence[Event]) -> tuple[dt.date, dt.date] | None:
    days = [e.when.start for e in events] + [e.when.end for e in events if e.when.end]
    return (min(days), max(days)) if days else None


def _shapes(events: Sequence[Event], kinds: Sequence[int]) -> tuple[list[Any], list[int]]:
    """Non-point geometries, each distinct one stored once, and each event's index (-1: none)."""
    table: dict[str, int] = {}
    shapes: list[Any] = []
    refs: list[int] = []
    for event, kind in zip(events, kinds, strict=True):
        if kind in (UNLOCATED, POINT):
            refs.append(-1)
            continue
        assert event.place is not None
        geojson = geometry_to_geojson(event.place.geometry)
        key = json.dumps(geojson, separators=(",", ":"))
        if key not in table:
            table[key] = len(shapes)
            shapes.append(geojson)
        refs.append(table[key])
    return shapes, refs


def _coordinate(event: Event, kind: int, axis: str) -> float:
    if kind != POINT:
        return 0
    assert event.place is not None
    value = round(getattr(event.place.geometry, axis), POINT_DECIMALS)
    return 0 if value == 0 else value


def _label_point(event: Event, kind: int) -> tuple[float, float]:
    """Where a line or an area is labelled (its representative point); points: (0, 0), unused."""
    if kind in (UNLOCATED, POINT):
        return (0, 0)
    assert event.place is not None
    return (round(event.place.longitude, 3), round(event.place.latitude, 3))


def attribute_columns(events: Sequence[Event]) -> dict[str, list[Any]]:
    """The pass-through attributes by column: ``{"names": [...], "values": [one column per name]}``.

    Names in order of first use; each column compressed like the others (:func:`dictionary_column`
    for repeated values, :func:`plain_column` for a constant); ``null`` where an event lacks the
    attribute, or its value is empty or not a finite number.
    """
    names = list(dict.fromkeys(name for e in events for name in e.attributes))
    values = [_compact_column([_attribute_json(e.attributes.get(name)) for e in events]) for name in names]
    return {"names": names, "values": values}


def _compact_column(values: list[Any]) -> Any:
    """Like :func:`dictionary_column`, but ``1``, ``1.0`` and ``True`` stay apart."""
    constant = plain_column(values)
    if isinstance(constant, dict):
        return constant
    index: dict[tuple[str, Any], int] = {}
    positions = [index.setdefault((type(v).__name__, v), len(index)) for v in values]
    if 2 * len(index) > len(values):
        return values
    return {"v": [v for _, v in index], "i": positions}


def _attribute_json(value: AttributeValue | None) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value.isoformat() if isinstance(value, dt.date) else value


def _url_parts(event: Event) -> tuple[str, str]:
    """The event's safe URL split after its last ``/`` (``("", "")`` without a URL)."""
    url = safe_url(event.source.url) or ""
    cut = url.rfind("/") + 1
    return url[:cut], url[cut:]


class JsonText:
    """A column whose JSON another writer makes (the columnar path's Arrow text): an object with
    ``json_pieces()``, yielding the column's JSON text (script-safe, as :func:`script_json`)
    piece by piece; :func:`write_page_streamed` writes it as it comes."""

    def json_pieces(self) -> Iterator[bytes]:  # pragma: no cover - an interface
        raise NotImplementedError


@dataclass
class RowColumns:
    """The events' fields one list per field (one value per event, in page order), before
    :func:`compress_columns` packs them. :func:`row_columns` fills it from events; the columnar
    path for big tables (:mod:`geoevents.render.columnar`) fills it from Arrow columns."""

    id: list[str] | JsonText
    title: list[str] | JsonText
    type: list[str]
    status: list[str]
    start: list[int]  # days from the first day
    end: list[int]
    open: list[int]
    precision: list[str]
    date_text: list[str]
    place_text: list[str]
    place_name: list[str]
    geo_precision: list[str]
    approximate: list[int]
    score: list[float | None]
    actors: list[tuple[str, ...]]
    description: list[str] | JsonText
    notes: list[str]
    attribute_names: list[str]
    # one list per name, values as _attribute_json gives them (or the whole block's JSON)
    attribute_values: list[list[Any]] | JsonText
    source: list[str]
    url: list[str]
    url_tail: list[str]
    published: list[str]
    kind: list[int]
    lon: list[float]
    lat: list[float]
    label_lon: list[float]
    label_lat: list[float]
    radius: list[int]
    shape: list[int]
    shapes: list[Any]


def row_columns(events: Sequence[Event], first: dt.date, last: dt.date) -> RowColumns:
    """The events' fields as lists (see :class:`RowColumns`); days count from ``first``."""
    kinds = [_kind(e) for e in events]
    shapes, refs = _shapes(events, kinds)
    places = [e.place for e in events]
    names = list(dict.fromkeys(name for e in events for name in e.attributes))
    labels = [_label_point(e, k) for e, k in zip(events, kinds, strict=True)]
    urls = [_url_parts(e) for e in events]
    return RowColumns(
        id=[e.id for e in events],
        title=[e.title for e in events],
        type=[e.event_type.value for e in events],
        status=[e.status.value for e in events],
        start=[(e.when.start - first).days for e in events],
        end=[((e.when.end or last) - first).days for e in events],
        open=[int(e.when.end is None) for e in events],
        precision=[e.when.precision.value for e in events],
        date_text=[e.when.text or "" for e in events],
        place_text=[e.place_text or "" for e in events],
        place_name=[p.name if p else "" for p in places],
        geo_precision=[p.geo_precision.value if p else "" for p in places],
        approximate=[int(bool(p and p.approximate)) for p in places],
        score=[None if e.resolution_score is None else round(e.resolution_score, 2) for e in events],
        actors=[e.actors for e in events],
        description=[e.description for e in events],
        notes=[e.notes for e in events],
        attribute_names=names,
        attribute_values=[[_attribute_json(e.attributes.get(n)) for e in events] for n in names],
        source=[e.source.name or "" for e in events],
        url=[u[0] for u in urls],
        url_tail=[u[1] for u in urls],
        published=[e.source.published.isoformat() if e.source.published else "" for e in events],
        kind=kinds,
        lon=[_coordinate(e, k, "x") for e, k in zip(events, kinds, strict=True)],
        lat=[_coordinate(e, k, "y") for e, k in zip(events, kinds, strict=True)],
        label_lon=[p[0] for p in labels],
        label_lat=[p[1] for p in labels],
        radius=[uncertainty_radius(e) for e in events],
        shape=refs,
        shapes=shapes,
    )


def column_items(rows: RowColumns | TableRows) -> Iterator[tuple[str, Any]]:
    """The page's columns (see the module docstring) from the fields as lists, one at a time.

    A field may also be a :class:`JsonText` (id, title, description, attributes) that is passed on as it is.
    """
    yield "id", rows.id
    yield "title", rows.title
    yield "type", _dictionary(rows.type)
    yield "status", _dictionary(rows.status)
    yield "start", rows.start
    yield "end", rows.end
    yield "open", _plain(rows.open)
    yield "precision", _dictionary(rows.precision)
    # The date as written; empty when the input gave none (the page shows the ISO interval).
    yield "dateText", _dictionary(rows.date_text)
    yield "placeText", _dictionary(rows.place_text)
    yield "placeName", _dictionary(rows.place_name)
    yield "geoPrecision", _dictionary(rows.geo_precision)
    yield "approximate", _plain(rows.approximate)
    yield "score", _plain(rows.score)
    actors = rows.actors
    actor_names = list(dict.fromkeys(a for names in actors for a in names))
    actor_index = {name: k for k, name in enumerate(actor_names)}
    yield "actors", {"v": actor_names, "i": plain_column([actor_index[a] for a in v] for v in actors)}
    del actors
    yield "description", _plain(rows.description)
    yield "notes", _plain(rows.notes)
    if isinstance(rows.attribute_values, JsonText):
        yield "attributes", rows.attribute_values
    else:
        values = [_compact_column(values) for values in rows.attribute_values]
        yield "attributes", {"names": rows.attribute_names, "values": values}
    yield "source", _dictionary(rows.source)
    # A URL is split after its last "/": the bases repeat (one site), the tails are short.
    yield "url", _dictionary(rows.url)
    yield "urlTail", _plain(rows.url_tail)
    yield "published", _dictionary(rows.published)
    yield "kind", _plain(rows.kind)
    yield "lon", rows.lon
    yield "lat", rows.lat
    yield "labelLon", _plain(rows.label_lon)
    yield "labelLat", _plain(rows.label_lat)
    yield "radius", _plain(rows.radius)
    yield "shape", _plain(rows.shape)
    yield "shapes", rows.shapes


def _plain(values: Any) -> Any:
    return values if isinstance(values, JsonText) else plain_column(values)


def _dictionary(values: Any) -> Any:
    return values if isinstance(values, JsonText) else dictionary_column(values)


def compress_columns(rows: RowColumns | TableRows) -> dict[str, Any]:
    """The page's columns (see the module docstring) from the fields as lists."""
    return dict(column_items(rows))


def event_columns(events: Sequence[Event], first: dt.date, last: dt.date) -> dict[str, Any]:
    """The events as columns (see the module docstring); days count from ``first``."""
    return compress_columns(row_columns(events, first, last))


def main_span(events: Sequence[Event]) -> tuple[dt.date, dt.date] | None:
    """The slider's default extent: the span of the main events (see :data:`MAIN_EVENT_MAX_DAYS`).

    All events' span when none is short; ``None`` when there are no events.
    """
    main = [
        e
        for e in events
        if e.when.end is not None and (e.when.end - e.when.start).days <= MAIN_EVENT_MAX_DAYS
    ]
    return _period(main) or _period(events)


def briefing_data(events: Sequence[Event], options: BriefingOptions) -> dict[str, Any]:
    """Everything the page needs, as plain JSON-able data (events in date order)."""
    ordered = sorted(events, key=lambda e: (e.when.start, e.when.end or dt.date.max, e.id))
    period = _period(ordered)
    first, last = period if period else (dt.date(1970, 1, 1), dt.date(1970, 1, 1))
    summary = PageSummary(
        count=len(ordered),
        period=period,
        main_span=main_span(ordered),
        sources=sorted({name for e in ordered if (name := e.source.name or e.source.url)}),
        types={e.event_type for e in ordered},
    )
    return page_data(summary, event_columns(ordered, first, last), options)


@dataclass(frozen=True)
class PageSummary:
    """What the page says about the events as a whole."""

    count: int
    period: tuple[dt.date, dt.date] | None  # first and last day of all events
    main_span: tuple[dt.date, dt.date] | None  # see main_span()
    sources: list[str]  # source names (else URLs), sorted
    types: set[EventType]  # the event types used


def page_data(summary: PageSummary, columns: dict[str, Any], options: BriefingOptions) -> dict[str, Any]:
    """The page's data from the events' summary and their columns (:func:`compress_columns`)."""
    period, span = summary.period, summary.main_span
    return {
        "title": options.title,
        "note": options.note,
        "windowDays": options.window_days,
        "lang": options.lang if options.lang in UI_LANGUAGES else "en",
        "viewFirst": span[0].isoformat() if span else "",
        "viewLast": span[1].isoformat() if span else "",
        "clusterThreshold": options.cluster_threshold,
        "first": period[0].isoformat() if period else "",
        "last": period[1].isoformat() if period else "",
        "count": summary.count,
        "sources": summary.sources,
        "types": [{"key": t.value, **TYPE_STYLES[t]} for t in EventType if t in summary.types],
        "allTypes": [{"key": t.value, **TYPE_STYLES[t]} for t in EventType],
        "columns": columns,
    }


BASEMAP_SCALE = 1000  # the shipped basemap is rounded to 3 decimals: integers of 1/1000 degree


def delta_encode(coordinates: Sequence[Sequence[float]], scale: int = BASEMAP_SCALE) -> list[int]:
    """A line or ring as one flat list: the first point, then each point's change, in 1/scale degree.

    ``[[40.1, 35.3], [40.2, 35.25]]`` becomes ``[40100, 35300, 100, -50]``; the page adds them back
    up. About half the bytes of plain GeoJSON coordinates, and exact for data rounded to 1/scale.
    """
    flat: list[int] = []
    last_x = last_y = 0
    for lon, lat, *_ in coordinates:
        x, y = round(lon * scale), round(lat * scale)
        flat += (x - last_x, y - last_y)
        last_x, last_y = x, y
    return flat


def _polygons(geometry: dict[str, Any]) -> list[list[list[int]]]:
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    return [[delta_encode(ring) for ring in polygon] for polygon in polygons]


@cache
def _basemap_json() -> str:
    """The shipped offline basemap, delta-encoded (see :func:`delta_encode`), script-safe.

    ``countries``: per country, its polygons, each a list of rings; ``rivers``: one list per line.
    ``labels``: the country and city names (``basemap/labels.json``, built by
    ``gazetteer/build/build_labels.py``).
    """
    countries = json.loads(_asset("basemap/countries.geojson"))["features"]
    rivers = json.loads(_asset("basemap/rivers.geojson"))["features"]
    data = {
        "scale": BASEMAP_SCALE,
        "countries": [_polygons(f["geometry"]) for f in countries],
        "rivers": [delta_encode(f["geometry"]["coordinates"]) for f in rivers],
        # [lon, lat, first zoom, English, French, ISO] and [lon, lat, first zoom, name, capital, ISO]
        "labels": json.loads(_asset("basemap/labels.json")),
    }
    return script_json(data)


@cache
def _scripts() -> tuple[str, ...]:
    """The page's executable scripts, exactly as inlined (their hashes go into the CSP)."""
    scripts = tuple("\n" + text + "\n" for text in (_asset("leaflet.js"), _own("briefing.js")))
    for script in scripts:
        # Either would end or garble the <script> element the code is inlined in.
        if "</script" in script.lower() or "<!--" in script:
            raise ValueError("an inlined script holds '</script' or '<!--'")
    return scripts


def content_security_policy(scripts: Sequence[str]) -> str:
    """No network but the tile hosts, and no script but the given inline ones."""
    return "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join(csp_hash(s) for s in scripts),
            "style-src 'unsafe-inline'",
            "img-src data: " + " ".join(TILE_HOSTS),
            "connect-src 'none'",
            "font-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def render_briefing(events: Sequence[Event], options: BriefingOptions | None = None) -> str:
    """The complete HTML page."""
    options = options or BriefingOptions()
    return render_page(briefing_data(events, options), options)


def render_page(data: dict[str, Any], options: BriefingOptions) -> str:
    """The complete HTML page for the page data (:func:`briefing_data`, :func:`page_data`)."""
    scripts = _scripts()
    lang = options.lang if options.lang in UI_LANGUAGES else "en"
    return _template().render(
        lang=lang,
        text=PAGE_TEXT[lang],
        title=options.title,
        csp=content_security_policy(scripts),
        leaflet_css=_asset("leaflet.css"),
        briefing_css=_own("briefing.css"),
        scripts=scripts,
        data_json=script_json(data),
        basemap_json=_basemap_json(),
    )


def write_page(html: str, path: str | Path, *, force: bool = False) -> Path:
    """Write a page atomically."""
    with atomic_output(Path(path), force=force) as handle:
        handle.write(html)
    return Path(path)


_DATA_MARK = "<geoevents-data>"  # where the data goes in the rendered template (autoescape keeps
# the user's text from ever holding it)
_COLUMNS_MARK = "\x00columns\x00"


def write_page_streamed(
    summary: PageSummary,
    rows: RowColumns | TableRows,
    options: BriefingOptions,
    path: str | Path,
    *,
    force: bool = False,
) -> Path:
    """The page :func:`render_page` gives for ``page_data(summary, compress_columns(rows))``, the
    same bytes, written column by column: no column's lists and no copy of the whole page
    need be in memory at once (a million events)."""
    scripts = _scripts()
    lang = options.lang if options.lang in UI_LANGUAGES else "en"
    html = _template().render(
        lang=lang,
        text=PAGE_TEXT[lang],
        title=options.title,
        csp=content_security_policy(scripts),
        leaflet_css=_asset("leaflet.css"),
        briefing_css=_own("briefing.css"),
        scripts=scripts,
        data_json=_DATA_MARK,
        basemap_json=_basemap_json(),
    )
    page_head, page_tail = html.split(_DATA_MARK)
    data = script_json(page_data(summary, _COLUMNS_MARK, options))  # type: ignore[arg-type]
    marker = script_json(_COLUMNS_MARK)
    data_head, data_tail = data[: data.rindex(marker)], data[data.rindex(marker) + len(marker) :]
    with atomic_output(Path(path), force=force, binary=True) as handle:
        handle.write((page_head + data_head).encode("utf-8"))
        for number, (key, value) in enumerate(column_items(rows)):
            handle.write((("," if number else "{") + script_json(key) + ":").encode("utf-8"))
            if isinstance(value, JsonText):
                for piece in value.json_pieces():
                    handle.write(piece)
            else:
                handle.write(script_json(value).encode("utf-8"))
            del value
        handle.write(("}" + data_tail + page_tail).encode("utf-8"))
    return Path(path)


def write_briefing(
    events: Sequence[Event], path: str | Path, options: BriefingOptions | None = None, *, force: bool = False
) -> Path:
    """Write the briefing map atomically."""
    return write_page(render_briefing(events, options), path, force=force)
