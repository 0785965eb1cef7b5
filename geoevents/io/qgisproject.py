"""A QGIS project stored inside the GeoPackage (QGIS's ``qgis_projects`` table).

QGIS lists it under the GeoPackage in its Browser ("geoevents"); opening it loads the
``events`` layer with its temporal properties switched on (``start_time``/``end_time``, end
included), the points coloured by type, and the project's time range set to the events' days
with a one-day step, so the temporal controller plays the events at once. The layer's source
is ``./<file name>|layername=events``: QGIS resolves it beside the GeoPackage, so the file can
be moved or renamed... as long as its name stays the one it was written under (rename it and
the project's layer must be re-pointed; the default style in ``layer_styles`` still works).

The project is zipped ``.qgs`` XML stored as hexadecimal text, as QGIS 3 writes it; the bytes
are deterministic (fixed zip timestamps and metadata).
"""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path
from xml.sax.saxutils import quoteattr

PROJECT_NAME = "geoevents"
LAYER_ID = "geoevents_events"
_STAMP = (2000, 1, 1, 0, 0, 0)
_METADATA = '{"last_modified_time": "2000-01-01T00:00:00", "last_modified_user": "geoevents" }'
_TABLE = "CREATE TABLE qgis_projects (name TEXT PRIMARY KEY, metadata BLOB, content BLOB)"
_WGS84 = "<spatialrefsys><authid>EPSG:4326</authid></spatialrefsys>"


def project_xml(file_name: str, layer_qml: str, period: tuple[dt.date, dt.date] | None) -> str:
    """The ``.qgs`` document: one layer (the ``events`` layer of ``file_name``) with the
    temporal and renderer elements of ``layer_qml``, and the project's time settings."""
    source = f"./{file_name}|layername=events"
    body = layer_qml.split(">", 2)[2].rsplit("</qgis>", 1)[0]  # the elements inside <qgis>
    time_range = ""
    if period is not None:
        start = f"{period[0].isoformat()}T00:00:00"
        end = f"{period[1].isoformat()}T23:59:59"
        time_range = f"<TemporalRange><start>{start}</start><end>{end}</end></TemporalRange>"
    return (
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        f'<qgis projectname="{PROJECT_NAME}" version="3.22.0">'
        f'<homePath path=""/><title>{PROJECT_NAME}</title>'
        f"<projectCrs>{_WGS84}</projectCrs>"
        "<layer-tree-group>"
        f'<layer-tree-layer id="{LAYER_ID}" name="events" source={quoteattr(source)} providerKey="ogr" '
        'checked="Qt::Checked" expanded="1"/>'
        "</layer-tree-group>"
        "<projectlayers>"
        '<maplayer type="vector" geometry="Point" wkbType="Point">'
        f"<id>{LAYER_ID}</id><datasource>{source.replace('&', '&amp;').replace('<', '&lt;')}</datasource>"
        f"<layername>events</layername><srs>{_WGS84}</srs>"
        '<provider encoding="UTF-8">ogr</provider>'
        f"{body}"
        "</maplayer>"
        "</projectlayers>"
        '<ProjectTimeSettings cumulativeTemporalRange="0" frameRate="1" timeStepUnit="d" timeStep="1">'
        f"{time_range}</ProjectTimeSettings>"
        "</qgis>\n"
    )


def _zipped(xml: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo(f"{PROJECT_NAME}.qgs", date_time=_STAMP)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        archive.writestr(info, xml.encode("utf-8"))
    return buffer.getvalue()


def write_project(
    path: Path, layer_qml: str, period: tuple[dt.date, dt.date] | None, *, file_name: str | None = None
) -> None:
    """Store the project in the GeoPackage at ``path``; its layer source names ``file_name``
    (by default the file's own name)."""
    content = _zipped(project_xml(file_name or path.name, layer_qml, period)).hex()
    with closing(sqlite3.connect(path)) as db, db:
        db.execute(_TABLE)
        db.execute("INSERT INTO qgis_projects VALUES (?, ?, ?)", (PROJECT_NAME, _METADATA, content))
