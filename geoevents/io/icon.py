"""The map icon of the KML exports, drawn here: a white disc with a dark rim on a transparent
ground, 32 x 32 pixels, as PNG bytes. KML's ``IconStyle/color`` tints it per event type, so one
icon serves every type. It travels inside the file (a ``data:`` URI in ``.kml``, a file in
``.kmz``), so Google Earth never fetches an icon from the network."""

from __future__ import annotations

import base64
import struct
import zlib
from functools import cache

SIZE = 32
_RIM = 2.0  # pixels of the dark rim


def _pixel(x: int, y: int) -> bytes:
    centre = (SIZE - 1) / 2
    distance = ((x - centre) ** 2 + (y - centre) ** 2) ** 0.5
    radius = SIZE / 2 - 1
    if distance > radius:
        return b"\x00\x00\x00\x00"
    if distance > radius - _RIM:
        return b"\x30\x30\x30\xff"
    return b"\xff\xff\xff\xff"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


@cache
def icon_png() -> bytes:
    """The icon as a PNG file (RGBA, 8 bits per channel); the same bytes every time."""
    rows = b"".join(b"\x00" + b"".join(_pixel(x, y) for x in range(SIZE)) for y in range(SIZE))
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(rows, 9))
        + _chunk(b"IEND", b"")
    )


def icon_data_uri() -> str:
    """The icon as a ``data:image/png;base64,...`` URI."""
    return "data:image/png;base64," + base64.b64encode(icon_png()).decode("ascii")
