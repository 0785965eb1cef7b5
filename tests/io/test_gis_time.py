"""Time that GIS tools pick up without set-up: ``start_time``/``end_time`` datetime fields
(kepler.gl's time filter, QGIS's temporal controller) and the GeoPackage's QGIS default style
whose temporal properties use them (checked in QGIS's own Python bindings when installed)."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys

import pyogrio
import pytest
from shapely.geometry import Point

from geoevents.io import write_events
from geoevents.model import DatePrecision, Event, EventType, GeoPrecision, ResolvedPlace, TimeSpan


def _event(event_id: str, start: dt.date, end: dt.date | None, precision=DatePrecision.DAY) -> Event:
    place = ResolvedPlace("input:geometry", "Hajin", "point", Point(40.83, 34.69), GeoPrecision.TOWN)
    return Event(
        id=event_id,
        title=event_id,
        when=TimeSpan(start, end, precision),
        event_type=EventType.CLASHES,
    ).with_place(place, score=1.0, reason="given")


EVENTS = [
    _event("one-day", dt.date(2017, 10, 17), dt.date(2017, 10, 17)),
    _event("week", dt.date(2017, 10, 14), dt.date(2017, 10, 20), DatePrecision.WEEK),
    _event("open", dt.date(2017, 10, 19), None, DatePrecision.RANGE),
]
# kepler.gl's type analyser takes 'YYYY-M-DTH:m:s' text for a DATETIME (its time filter); a bare
# date is a DATE, which gets no time filter.
KEPLER_DATETIME = re.compile(r"\d{2,4}-\d{1,2}-\d{1,2}T\d{1,2}:\d{1,2}:\d{1,2}Z?")


def test_geojson_carries_datetimes_for_time_filters(tmp_path):
    path = write_events(EVENTS, tmp_path / "e.geojson")
    properties = [f["properties"] for f in json.loads(path.read_text(encoding="utf-8"))["features"]]
    assert [(p["start_time"], p["end_time"]) for p in properties] == [
        ("2017-10-17T00:00:00Z", "2017-10-17T23:59:59Z"),
        ("2017-10-14T00:00:00Z", "2017-10-20T23:59:59Z"),
        ("2017-10-19T00:00:00Z", None),
    ]
    assert all(KEPLER_DATETIME.fullmatch(p["start_time"]) for p in properties)
    assert not KEPLER_DATETIME.fullmatch(properties[0]["start"])  # why the date alone is not enough
    info = pyogrio.read_info(path)
    fields = dict(zip(info["fields"], info["dtypes"], strict=True))
    assert fields["start_time"].startswith("datetime64") and fields["end_time"].startswith("datetime64")


def test_gpkg_has_a_default_qgis_style_with_temporal_properties(tmp_path):
    path = write_events(EVENTS, tmp_path / "e.gpkg")
    styles = pyogrio.read_dataframe(path, layer="layer_styles")
    assert list(styles["f_table_name"]) == ["events"]
    assert bool(styles["useAsDefault"].iloc[0])
    qml = styles["styleQML"].iloc[0]
    assert 'startField="start_time"' in qml and 'endField="end_time"' in qml and 'enabled="1"' in qml
    assert 'mode="2"' in qml and 'limitMode="1"' in qml  # start and end from fields, end included
    info = pyogrio.read_info(path, layer="events")
    types = dict(zip(info["fields"], info["dtypes"], strict=True))
    assert types["start_time"].startswith("datetime64") and types["end_time"].startswith("datetime64")


def test_gpkg_bytes_stay_deterministic(tmp_path):
    first = write_events(EVENTS, tmp_path / "e.gpkg").read_bytes()
    assert write_events(EVENTS, tmp_path / "e.gpkg", force=True).read_bytes() == first


# The QGIS scripts' shared parts: imports, and the events each day frame of the temporal filter shows.
_QGIS_HEAD = r"""
import json, sys
from qgis.core import (QgsApplication, QgsDateTimeRange, QgsFeatureRequest, QgsVectorLayer,
                       QgsVectorLayerTemporalContext)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime
"""
_QGIS_FRAMES = r"""
context = QgsVectorLayerTemporalContext()
context.setLayer(layer)
for day in sys.argv[2:]:
    d = QDate.fromString(day, "yyyy-MM-dd")
    frame = QgsDateTimeRange(QDateTime(d, QTime(0, 0)), QDateTime(d.addDays(1), QTime(0, 0)), True, False)
    request = QgsFeatureRequest().setFilterExpression(tp.createFilterString(context, frame))
    out[day] = sorted(f["id"] for f in layer.getFeatures(request))
print(json.dumps(out), flush=True)
del layer, request
app.exitQgis()
"""

QGIS_CHECK = (
    _QGIS_HEAD
    + r"""app = QgsApplication([], False)
app.initQgis()
layer = QgsVectorLayer(sys.argv[1] + "|layername=events", "events", "ogr")
message, loaded = layer.loadDefaultStyle()
tp = layer.temporalProperties()
out = {"loaded": loaded, "active": tp.isActive(), "start": tp.startField(), "end": tp.endField(),
       "renderer": layer.renderer().type()}
"""
    + _QGIS_FRAMES
)


def _system_python_with_qgis() -> str | None:
    python = shutil.which("python3", path="/usr/bin")
    if python is None or python == sys.executable:
        return None
    probe = subprocess.run([python, "-c", "import qgis.core"], capture_output=True, check=False)
    return python if probe.returncode == 0 else None


def _run_in_qgis(tmp_path, script_text: str, *args: str) -> dict:
    """Run a QGIS script under Debian's Python with the QGIS bindings, headless, and return the
    JSON object it printed last (QGIS may crash while shutting down, after printing)."""
    script = tmp_path / "check.py"
    script.write_text(script_text, encoding="utf-8")
    run = subprocess.run(
        [_system_python_with_qgis(), str(script), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    lines = [line for line in run.stdout.splitlines() if line.startswith("{")]
    assert lines, run.stderr[-2000:]
    return json.loads(lines[-1])


@pytest.mark.skipif(
    _system_python_with_qgis() is None, reason="QGIS Python bindings (Debian python3-qgis) not installed"
)
def test_qgis_temporal_controller_shows_single_day_events_on_their_day(tmp_path):
    path = write_events(EVENTS, tmp_path / "e.gpkg")
    days = ["2017-10-16", "2017-10-17", "2017-10-18", "2017-10-21"]
    result = _run_in_qgis(tmp_path, QGIS_CHECK, str(path), *days)
    assert result["loaded"] and result["active"]
    assert (result["start"], result["end"]) == ("start_time", "end_time")
    assert result["renderer"] == "categorizedSymbol"
    assert result["2017-10-16"] == ["week"]
    assert result["2017-10-17"] == ["one-day", "week"]  # a one-day event shows on its day, not before
    assert result["2017-10-18"] == ["week"]
    assert result["2017-10-21"] == ["open"]  # an open span goes on


def test_gpkg_holds_a_qgis_project_pointing_at_its_own_events_layer(tmp_path):
    import io
    import sqlite3
    import zipfile

    path = write_events(EVENTS, tmp_path / "e.gpkg")
    with sqlite3.connect(path) as db:
        ((name, content),) = db.execute("SELECT name, content FROM qgis_projects").fetchall()
    assert name == "geoevents"
    with zipfile.ZipFile(io.BytesIO(bytes.fromhex(content))) as archive:
        xml = archive.read("geoevents.qgs").decode("utf-8")
    assert "./e.gpkg|layername=events" in xml and 'startField="start_time"' in xml
    assert "<start>2017-10-14T00:00:00</start>" in xml  # the events' first day ...
    assert "<end>2017-10-20T23:59:59</end>" in xml  # ... to the last one's end (the open span starts 19th)


QGIS_PROJECT_CHECK = r"""
import json, sys
from qgis.core import QgsApplication, QgsProject
app = QgsApplication([], False)
app.initQgis()
project = QgsProject.instance()
read = project.read("geopackage:" + sys.argv[1] + "?projectName=geoevents")
(layer,) = project.mapLayers().values()
tp = layer.temporalProperties()
r = project.timeSettings().temporalRange()
print(json.dumps({"read": read, "valid": layer.isValid(), "count": layer.featureCount(), "active": tp.isActive(),
                  "start": tp.startField(), "end": tp.endField(), "step": project.timeSettings().timeStep(),
                  "range": [r.begin().toString("yyyy-MM-dd"), r.end().toString("yyyy-MM-dd")]}), flush=True)
"""


@pytest.mark.skipif(
    _system_python_with_qgis() is None, reason="QGIS Python bindings (Debian python3-qgis) not installed"
)
def test_qgis_opens_the_project_with_the_temporal_controller_set(tmp_path):
    path = write_events(EVENTS, tmp_path / "e.gpkg")
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    path = path.rename(moved / "e.gpkg")  # the layer source is relative to the GeoPackage
    result = _run_in_qgis(tmp_path, QGIS_PROJECT_CHECK, str(path))
    assert result["read"] and result["valid"] and result["count"] == 3 and result["active"]
    assert (result["start"], result["end"]) == ("start_time", "end_time")
    assert result["range"] == ["2017-10-14", "2017-10-20"] and result["step"] == 1


QGIS_OPEN_ALONE = (
    _QGIS_HEAD
    + r"""app = QgsApplication([], False)
app.initQgis()
layer = QgsVectorLayer(sys.argv[1] + "|layername=events", "events", "ogr")  # as QGIS opens it: no extra call
tp = layer.temporalProperties()
out = {"renderer": layer.renderer().type(), "active": tp.isActive(), "start": tp.startField(),
       "end": tp.endField(), "mode": int(tp.mode())}
tp.setIsActive(True)  # the one click left to the user: "Dynamic temporal control"
"""
    + _QGIS_FRAMES
)


@pytest.mark.skipif(
    _system_python_with_qgis() is None, reason="QGIS Python bindings (Debian python3-qgis) not installed"
)
def test_qgis_opening_the_layer_alone_applies_the_style_and_preselects_the_time_fields(tmp_path):
    """QGIS 3.22 applies the default ``layer_styles`` row when it opens the layer (the renderer
    comes from it), but then resets the temporal properties from the OGR provider (inactive) and
    preselects the first "start"/"end" date fields: QGIS never turns temporal control on by itself
    (only our QGIS project, or "Load Default Style", does). What we can do: have it preselect the
    datetime fields, so that one tick animates the layer right (one-day events on their day)."""
    path = write_events(EVENTS, tmp_path / "e.gpkg")
    days = ["2017-10-16", "2017-10-17", "2017-10-18", "2017-10-21"]
    result = _run_in_qgis(tmp_path, QGIS_OPEN_ALONE, str(path), *days)
    assert result["renderer"] == "categorizedSymbol"  # the style was applied on open
    assert result["active"] is False  # ... but not its temporal part (QGIS resets it)
    assert (result["start"], result["end"]) == ("start_time", "end_time")
    assert result["2017-10-16"] == ["week"]
    assert result["2017-10-17"] == ["one-day", "week"]
    assert result["2017-10-18"] == ["week"]
    assert result["2017-10-21"] == ["open"]
