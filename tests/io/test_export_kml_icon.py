"""The KML exports carry their icon: nothing is fetched from the network when Google Earth or
QGIS opens them. ``.kml`` embeds it as a ``data:`` URI, ``.kmz`` bundles it as a file."""

from __future__ import annotations

import base64
import re
import zipfile

import pyogrio

from geoevents.io import write_events
from geoevents.io.icon import icon_png
from tests.io.conftest import sample_events

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_kml_embeds_its_icon(tmp_path):
    text = write_events(sample_events(), tmp_path / "e.kml").read_text(encoding="utf-8")
    hrefs = re.findall(r"<href>([^<]*)</href>", text)
    assert hrefs and all(h.startswith("data:image/png;base64,") for h in hrefs)
    assert base64.b64decode(hrefs[0].split(",", 1)[1]).startswith(PNG_SIGNATURE)
    assert "maps.google.com" not in text


def test_kmz_bundles_doc_and_icon(tmp_path):
    path = write_events(sample_events(), tmp_path / "e.kmz")
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist() == ["doc.kml", "files/icon.png"]
        doc = archive.read("doc.kml").decode("utf-8")
        assert archive.read("files/icon.png") == icon_png()
    assert set(re.findall(r"<href>([^<]*)</href>", doc)) == {"files/icon.png"}
    assert pyogrio.read_info(path)["features"] == len(sample_events())  # GDAL's LIBKML reads the KMZ


def test_kmz_is_deterministic(tmp_path):
    first = write_events(sample_events(), tmp_path / "a.kmz").read_bytes()
    assert write_events(sample_events(), tmp_path / "b.kmz").read_bytes() == first


def test_icon_is_a_tintable_disc():
    png = icon_png()
    assert png.startswith(PNG_SIGNATURE) and png[12:16] == b"IHDR"
    assert int.from_bytes(png[16:20], "big") == 32 and png[25] == 6  # 32 px wide, RGBA
