"""``EventCollection``: a list of events with the conversions of the Python GIS ecosystem.

>>> import geoevents
>>> events = geoevents.read("seeds/abou-kamal-2017.yaml")     # doctest: +SKIP
>>> events[0].title, len(events)                               # doctest: +SKIP
>>> events.to_geodataframe().explore()                         # doctest: +SKIP
>>> m = events.to_map(); m.save("events.html")                 # doctest: +SKIP

It *is* a ``list`` (indexing, iteration, ``len``, ``append`` all work, and it compares equal
to a plain list of the same events); slicing and ``+`` keep the collection type.
"""

from __future__ import annotations

import html
import io
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, SupportsIndex, overload

from .frames import to_dataframe, to_geodataframe
from .io import geojson, write_events
from .io.kml import TYPE_COLORS
from .model import Event

if TYPE_CHECKING:  # pragma: no cover
    import folium
    import geopandas
    import pandas as pd


class EventCollection(list[Event]):
    """Events in reading order, convertible to DataFrames, GeoJSON, GIS files and folium maps."""

    @overload
    def __getitem__(self, index: SupportsIndex) -> Event: ...
    @overload
    def __getitem__(self, index: slice) -> EventCollection: ...
    def __getitem__(self, index):
        """An event, or a collection for a slice."""
        item = super().__getitem__(index)
        return EventCollection(item) if isinstance(index, slice) else item

    def __add__(self, other: Iterable[Event]) -> EventCollection:  # type: ignore[override]
        """Concatenation keeps the collection type."""
        return EventCollection([*self, *other])

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        """The events as a GeoJSON FeatureCollection mapping (``__geo_interface__`` protocol)."""
        return {"type": "FeatureCollection", "features": [e.__geo_interface__ for e in self]}

    def summary(self) -> str:
        """One line: how many events, located, over which days, of which types."""
        located = sum(1 for e in self if e.place is not None)
        head = f"{len(self):,} event{'s' if len(self) != 1 else ''}, {located:,} located"
        if not self:
            return head
        first = min(e.when.start for e in self)
        last = max(e.when.end or e.when.start for e in self)
        types = Counter(e.event_type.value for e in self).most_common(4)
        kinds = ", ".join(f"{name} {count:,}" for name, count in types)
        more = ", ..." if len({e.event_type for e in self}) > len(types) else ""
        return f"{head}, {first.isoformat()}..{last.isoformat()}; {kinds}{more}"

    def __repr__(self) -> str:
        """A short summary, whatever the size (the list's own repr would print every event)."""
        return f"<EventCollection: {self.summary()}>"

    def _repr_html_(self) -> str:
        """The summary and the first events as a small table (Jupyter)."""
        rows = "".join(
            "<tr>" + "".join(f"<td>{html.escape(str(cell))}</td>" for cell in _preview_row(e)) + "</tr>"
            for e in list.__getitem__(self, slice(0, PREVIEW_ROWS))
        )
        more = f"<p>... and {len(self) - PREVIEW_ROWS:,} more</p>" if len(self) > PREVIEW_ROWS else ""
        head = "".join(f"<th>{name}</th>" for name in ("id", "date", "type", "title", "place"))
        return (
            f"<div><p><b>EventCollection</b>: {html.escape(self.summary())}</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>{more}</div>"
        )

    @property
    def located(self) -> EventCollection:
        """The events that have a geometry."""
        return EventCollection(e for e in self if e.place is not None)

    @property
    def unresolved(self) -> EventCollection:
        """The events whose place could not be resolved."""
        return EventCollection(e for e in self if e.place is None)

    def to_dataframe(self) -> pd.DataFrame:
        """A pandas DataFrame, one row per event (see :func:`geoevents.frames.to_dataframe`)."""
        return to_dataframe(self)

    def to_geodataframe(self) -> geopandas.GeoDataFrame:
        """A geopandas GeoDataFrame in EPSG:4326 (needs the ``geo`` extra)."""
        return to_geodataframe(self)

    def to_geojson(self) -> str:
        """An RFC 7946 FeatureCollection as text, exactly as :meth:`to_file` writes ``.geojson``."""
        buffer = io.BytesIO()
        geojson.write(self, buffer)
        return buffer.getvalue().decode("utf-8")

    def to_file(self, path: str | Path, *, fmt: str | None = None, force: bool = False) -> Path:
        """Write a GIS file; the format comes from the extension (or ``fmt``).

        ``.geojson``, ``.geojsonl``/``.geojsons``, ``.kml``, ``.gpkg``, ``.csv``. Atomic; an
        existing file is replaced only with ``force``.
        """
        return write_events(self, path, fmt=fmt, force=force)

    def to_map(self, *, tiles: str | None = "OpenStreetMap", **map_options: Any) -> folium.Map:
        """A folium ``Map`` with one layer per event type, popups and a layer control.

        The map is fitted to the events; pass ``tiles=None`` for a map without a basemap
        (offline), and any other ``folium.Map`` option as keyword. Keep editing the returned
        map as usual (add layers, ``.save("map.html")``). Safe with untrusted text: titles,
        places, actors and sources reach the page as inert strings shown as text (see
        :mod:`geoevents.render.folium_text`), and only http(s) URLs become links.
        """
        import folium

        from .render.folium_text import TextBinder

        fmap = folium.Map(tiles=tiles, **map_options)
        TextBinder().add_to(fmap)
        groups: dict[str, folium.FeatureGroup] = {}
        for event in self:
            if event.place is None:
                continue
            kind = event.event_type
            group = groups.get(kind.value)
            if group is None:
                group = groups[kind.value] = folium.FeatureGroup(name=kind.value.replace("_", " "))
                group.add_to(fmap)
            _map_item(event, TYPE_COLORS[kind]).add_to(group)
        bounds = self._bounds()
        if bounds is not None:
            fmap.fit_bounds(bounds)
        if groups:
            folium.LayerControl(collapsed=False).add_to(fmap)
        return fmap

    def _bounds(self) -> list[list[float]] | None:
        located = [e.place.geometry.bounds for e in self if e.place is not None]
        if not located:
            return None
        west = min(b[0] for b in located)
        south = min(b[1] for b in located)
        east = max(b[2] for b in located)
        north = max(b[3] for b in located)
        return [[south, west], [north, east]]


PREVIEW_ROWS = 5  # events shown by the Jupyter table


def _preview_row(event: Event) -> tuple[str, ...]:
    place = event.place.name if event.place is not None else f"{event.place_text or ''} (unresolved)"
    return (event.id, event.when.label(), event.event_type.value, event.title, place)


def popup_lines(event: Event) -> list[str]:
    """The plain-text lines of an event's popup under its title: date, place, actors."""
    lines = [event.when.label()]
    if event.place is not None:
        where = event.place.name
        if event.place_text and event.place_text != where:
            where = f"{event.place_text} → {where}"
        lines.append(where)
    if event.actors:
        lines.append(", ".join(event.actors))
    return lines


def _map_item(event: Event, color: str) -> folium.CircleMarker | folium.GeoJson:
    """One event's folium layer; its text is bound by :class:`TextPopup` (never templated)."""
    import folium

    from .render.folium_text import TextPopup

    assert event.place is not None
    geometry = event.place.geometry
    if geometry.geom_type == "Point":
        layer: folium.CircleMarker | folium.GeoJson = folium.CircleMarker(
            location=(geometry.y, geometry.x), radius=7, color=color, fill=True, fill_opacity=0.8
        )
    else:
        layer = folium.GeoJson(
            {"type": "Feature", "geometry": geojson.geometry_to_geojson(geometry), "properties": {}},
            style_function=lambda _feature: {"color": color, "weight": 3, "fillOpacity": 0.25},
        )
    TextPopup(event.title, popup_lines(event), event.source.url, event.source.name).add_to(layer)
    return layer
