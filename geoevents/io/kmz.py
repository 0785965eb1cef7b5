"""KMZ: the KML export zipped with its icon (``doc.kml`` and ``files/icon.png``), the way
Google Earth bundles resources. Deterministic: fixed member order and timestamps."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from typing import IO

from ..model import Event
from . import kml
from .icon import icon_png

EXTENSIONS = (".kmz",)
BINARY = True
_STAMP = (2000, 1, 1, 0, 0, 0)


def _member(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_STAMP)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data)


def write(events: Sequence[Event], handle: IO[bytes]) -> None:
    """Write ``doc.kml`` (first, as Google Earth expects) and the icon it points at."""
    text = io.StringIO()
    kml.write(events, text, icon=kml.KMZ_ICON)
    with zipfile.ZipFile(handle, "w") as archive:
        _member(archive, "doc.kml", text.getvalue().encode("utf-8"))
        _member(archive, kml.KMZ_ICON, icon_png())
