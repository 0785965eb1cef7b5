"""The briefing map: one self-contained Leaflet HTML file with a timeline.

Every script and stylesheet is inlined; the offline basemap (countries, rivers) ships with the
package. Input text never reaches the page as markup: the events travel as JSON inside a
``<script type="application/json">`` element (with ``<``, ``>``, ``&`` escaped) and the page
builds popups and panels with ``textContent``. The output is deterministic.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment

from ..io.atomic import atomic_output
from ..io.geojson import geometry_to_geojson
from ..model import Event, EventType

# Colour and symbol per event type (colour-blind-safe palette, Okabe-Ito based).
TYPE_STYLES: dict[EventType, dict[str, str]] = {
    EventType.OFFENSIVE: {"label": "Offensive / advance", "color": "#D55E00", "symbol": "▲"},
    EventType.AIRSTRIKE: {"label": "Airstrike / shelling", "color": "#CC0000", "symbol": "✶"},
    EventType.CAPTURE: {"label": "Capture / liberation", "color": "#0072B2", "symbol": "⚑"},
    EventType.CLASHES: {"label": "Clashes", "color": "#E69F00", "symbol": "✕"},
    EventType.CASUALTIES: {"label": "Casualties", "color": "#000000", "symbol": "✚"},
    EventType.STATEMENT: {"label": "Statement / plan", "color": "#009E73", "symbol": "❝"},
    EventType.DISPLACEMENT: {"label": "Displacement", "color": "#CC79A7", "symbol": "➜"},
    EventType.OTHER: {"label": "Other / context", "color": "#56B4E9", "symbol": "●"},
}


@dataclass(frozen=True)
class BriefingOptions:
    """What the title panel says and how the timeline starts."""

    title: str = "Event briefing"
    note: str = ""
    window_days: int = 0  # 0: cumulative mode; n: sliding window of n days


def _asset(name: str) -> str:
    return (resources.files("geoevents") / "assets" / name).read_text(encoding="utf-8")


def _own(name: str) -> str:
    return (resources.files("geoevents.render") / name).read_text(encoding="utf-8")


@cache
def _template():
    env = Environment(autoescape=True, keep_trailing_newline=True)
    return env.from_string(_own("briefing.html"))


def script_json(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element whatever strings it holds."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _safe_url(url: str | None) -> str | None:
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


def _event_json(event: Event, last_day: dt.date) -> dict[str, Any]:
    place = event.place
    when = event.when
    return {
        "id": event.id,
        "title": event.title,
        "type": event.event_type.value,
        "status": event.status.value,
        "start": when.start.isoformat(),
        "end": (when.end or last_day).isoformat(),
        "open": when.end is None,
        "precision": when.precision.value,
        "dateText": when.label(),
        "placeText": event.place_text or "",
        "placeName": place.name if place else "",
        "placeId": place.gazetteer_id if place else "",
        "geoPrecision": place.geo_precision.value if place else "",
        "approximate": bool(place and place.approximate),
        "score": event.resolution_score,
        "actors": list(event.actors),
        "description": event.description,
        "source": event.source.name or "",
        "url": _safe_url(event.source.url),
        "published": event.source.published.isoformat() if event.source.published else "",
        "geometry": geometry_to_geojson(place.geometry) if place else None,
    }


def briefing_data(events: Sequence[Event], options: BriefingOptions) -> dict[str, Any]:
    """Everything the page needs, as plain JSON-able data."""
    ordered = sorted(events, key=lambda e: (e.when.start, e.when.end or dt.date.max, e.id))
    days = [e.when.start for e in ordered] + [e.when.end for e in ordered if e.when.end]
    first = min(days) if days else dt.date.today()
    last = max(days) if days else first
    sources = sorted({e.source.name or e.source.url for e in ordered if e.source.name or e.source.url})
    used = [t for t in EventType if any(e.event_type == t for e in ordered)]
    return {
        "title": options.title,
        "note": options.note,
        "windowDays": options.window_days,
        "first": first.isoformat(),
        "last": last.isoformat(),
        "sources": sources,
        "types": [{"key": t.value, **TYPE_STYLES[t]} for t in used],
        "events": [_event_json(e, last) for e in ordered],
    }


@cache
def _basemap_json() -> str:
    """The shipped offline basemap (our own files: already compact JSON), script-safe."""
    text = (
        '{"countries":'
        + _asset("basemap/countries.geojson").strip()
        + ',"rivers":'
        + _asset("basemap/rivers.geojson").strip()
        + "}"
    )
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def render_briefing(events: Sequence[Event], options: BriefingOptions | None = None) -> str:
    """The complete HTML page."""
    options = options or BriefingOptions()
    data = briefing_data(events, options)
    return _template().render(
        title=options.title,
        leaflet_css=_asset("leaflet.css"),
        cluster_css=_asset("MarkerCluster.css") + "\n" + _asset("MarkerCluster.Default.css"),
        briefing_css=_own("briefing.css"),
        leaflet_js=_asset("leaflet.js"),
        cluster_js=_asset("leaflet.markercluster.js"),
        briefing_js=_own("briefing.js"),
        data_json=script_json(data),
        basemap_json=_basemap_json(),
    )


def write_briefing(
    events: Sequence[Event], path: str | Path, options: BriefingOptions | None = None, *, force: bool = False
) -> Path:
    """Write the briefing map atomically."""
    html = render_briefing(events, options)
    with atomic_output(Path(path), force=force) as handle:
        handle.write(html)
    return Path(path)
