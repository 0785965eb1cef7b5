"""KML 2.2 for Google Earth: one Placemark per event, with time and a style per event type.

Each Placemark carries a ``TimeStamp`` (an event known to the day) or a ``TimeSpan`` (begin
and end, inclusive calendar days; an open span has no ``end``), so Google Earth's time slider
plays the events. Styles are shared, one per event type (``#type-airstrike`` ...), with the
colours of the briefing map legend. The title is the ``name``, the description the
``description`` as plain text (its markup escaped: Google Earth reads it as HTML); every other field of :mod:`geoevents.io.fields` is kept in ``ExtendedData``,
typed by a ``Schema`` (Google Earth shows the fields as a table in the balloon; GDAL's LIBKML
driver and QGIS read them as typed attributes; the last day is ``TimeSpan/end``). Events without a
place are written without a geometry: kept in the file, not drawn (GDAL's LIBKML driver reads
them; its older KML driver skips them). Checked against the OGC KML 2.2 XML schema in tests.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from ..model import DatePrecision, Event, EventType
from .fields import FIELDS, AttributeField, attribute_fields, attribute_text, event_properties, export_name
from .geojson import PRECISION
from .icon import icon_data_uri

EXTENSIONS = (".kml",)
NAMESPACE = "http://www.opengis.net/kml/2.2"

# Okabe-Ito colours, as in the briefing map legend (#RRGGBB).
TYPE_COLORS: dict[EventType, str] = {
    EventType.OFFENSIVE: "#D55E00",
    EventType.AIRSTRIKE: "#CC0000",
    EventType.CAPTURE: "#0072B2",
    EventType.CLASHES: "#E69F00",
    EventType.CASUALTIES: "#000000",
    EventType.STATEMENT: "#009E73",
    EventType.DISPLACEMENT: "#CC79A7",
    EventType.OTHER: "#56B4E9",
}
KMZ_ICON = "files/icon.png"  # the icon's path inside a .kmz
SCHEMA_ID = "geoevents"
_SIMPLE_TYPES = {
    "str": "string",
    "int": "int",
    "float": "double",
    "bool": "bool",
    "date": "string",
    "datetime": "string",
}
# Fields carried by KML's own elements; GDAL would read a Data of the same name as a duplicate.
_IN_KML_ELEMENTS = frozenset({"description", "end"})
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def kml_color(rgb: str, alpha: int = 0xFF) -> str:
    """``#RRGGBB`` as KML's ``aabbggrr``."""
    red, green, blue = rgb[1:3], rgb[3:5], rgb[5:7]
    return f"{alpha:02x}{blue}{green}{red}".lower()


def _text(value: Any) -> str:
    """Text content, escaped, without the control characters XML 1.0 forbids."""
    return escape(_NOT_XML.sub("", str(value)))


def style_id(event_type: EventType) -> str:
    """The id of the shared style of an event type."""
    return f"type-{event_type.value}"


def style_xml(event_type: EventType, icon: str | None = None) -> str:
    """A ``Style`` for one event type: icon, line and translucent fill in its colour.

    ``icon`` is the icon's href, by default the bundled icon as a ``data:`` URI (no network)."""
    color = TYPE_COLORS[event_type]
    return (
        f'<Style id="{style_id(event_type)}">'
        f"<IconStyle><color>{kml_color(color)}</color><scale>1.1</scale>"
        f"<Icon><href>{escape(icon or icon_data_uri())}</href></Icon></IconStyle>"
        f"<LineStyle><color>{kml_color(color)}</color><width>3</width></LineStyle>"
        f"<PolyStyle><color>{kml_color(color, 0x55)}</color></PolyStyle>"
        "</Style>"
    )


def time_xml(event: Event) -> str:
    """``TimeStamp`` for an event known to the day, ``TimeSpan`` otherwise."""
    when = event.when
    if when.precision is DatePrecision.DAY and when.end == when.start:
        return f"<TimeStamp><when>{when.start.isoformat()}</when></TimeStamp>"
    end = f"<end>{when.end.isoformat()}</end>" if when.end is not None else ""
    return f"<TimeSpan><begin>{when.start.isoformat()}</begin>{end}</TimeSpan>"


def _coordinates(coords: np.ndarray) -> str:
    rounded = np.round(coords, PRECISION) + 0.0
    return " ".join(f"{x!r},{y!r}" for x, y in rounded.tolist())


def _ring(ring: BaseGeometry) -> str:
    return (
        f"<LinearRing><coordinates>{_coordinates(shapely.get_coordinates(ring))}</coordinates></LinearRing>"
    )


def geometry_xml(geometry: BaseGeometry) -> str:
    """A shapely geometry as KML (lon,lat; polygons counter-clockwise; multi -> MultiGeometry)."""
    kind = geometry.geom_type
    if kind == "Point":
        return f"<Point><coordinates>{_coordinates(shapely.get_coordinates(geometry))}</coordinates></Point>"
    if kind == "LineString":
        return (
            "<LineString><tessellate>1</tessellate>"
            f"<coordinates>{_coordinates(shapely.get_coordinates(geometry))}</coordinates></LineString>"
        )
    if kind == "Polygon":
        polygon = shapely.orient_polygons(geometry)
        inner = "".join(f"<innerBoundaryIs>{_ring(r)}</innerBoundaryIs>" for r in polygon.interiors)
        return (
            f"<Polygon><tessellate>1</tessellate><outerBoundaryIs>{_ring(polygon.exterior)}</outerBoundaryIs>"
            f"{inner}</Polygon>"
        )
    return "<MultiGeometry>" + "".join(geometry_xml(part) for part in geometry.geoms) + "</MultiGeometry>"


def schema_xml(attributes: Sequence[AttributeField] = ()) -> str:
    """The ``Schema`` that types the ExtendedData fields (dates are ISO 8601 strings), then
    the pass-through attributes of the events."""
    fields = "".join(
        f'<SimpleField type="{_SIMPLE_TYPES[f.type]}" name="{f.name}"><displayName>{_text(f.doc)}</displayName>'
        "</SimpleField>"
        for f in FIELDS
        if f.name not in _IN_KML_ELEMENTS
    )
    extra = "".join(
        f"<SimpleField type={quoteattr(_SIMPLE_TYPES[a.type])} name={quoteattr(a.name)}></SimpleField>"
        for a in attributes
    )
    return f'<Schema name="{SCHEMA_ID}" id="{SCHEMA_ID}">{fields}{extra}</Schema>'


def plain_description(text: str) -> str:
    """A description shown as the plain text it is: Google Earth renders ``description`` as
    HTML, so markup in the input is escaped to show literally (and never runs)."""
    return html.escape(text, quote=False)


def _extended_data(event: Event) -> str:
    items = []
    properties = event_properties(event)
    for key, value in event.attributes.items():  # dates as ISO text, booleans as 1/0 below
        if not isinstance(value, bool):
            properties[export_name(key)] = attribute_text(value)
    for name, value in properties.items():
        if value is None or name in _IN_KML_ELEMENTS:
            continue
        if isinstance(value, bool):
            value = 1 if value else 0  # xsd:boolean; GDAL reads 1/0, not true/false
        items.append(f"<SimpleData name={quoteattr(name)}>{_text(value)}</SimpleData>")
    return (
        f'<ExtendedData><SchemaData schemaUrl="#{SCHEMA_ID}">'
        + "".join(items)
        + "</SchemaData></ExtendedData>"
    )


def placemark_xml(event: Event) -> str:
    """One event as a Placemark."""
    geometry = geometry_xml(event.place.geometry) if event.place is not None else ""
    return (
        "<Placemark>"
        f"<name>{_text(event.title)}</name>"
        f"<description>{_text(plain_description(event.description))}</description>"
        f"{time_xml(event)}"
        f"<styleUrl>#{style_id(event.event_type)}</styleUrl>"
        f"{_extended_data(event)}"
        f"{geometry}"
        "</Placemark>\n"
    )


def write(
    events: Sequence[Event], handle: IO[str], *, name: str = "geoevents", icon: str | None = None
) -> None:
    """Write one KML Document with the styles, then one Placemark per event.

    The icon is embedded (a ``data:`` URI) unless ``icon`` gives another href (the ``.kmz``
    writer points at the icon file it bundles)."""
    handle.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    handle.write(f'<kml xmlns="{NAMESPACE}">\n<Document>\n<name>{_text(name)}</name>\n')
    for event_type in EventType:
        handle.write(style_xml(event_type, icon) + "\n")
    handle.write(schema_xml(attribute_fields(events)) + "\n")
    for event in events:
        handle.write(placemark_xml(event))
    handle.write("</Document>\n</kml>\n")
