"""The name index: built once from the sources, then cached on disk and loaded in a blink.

Three maps from keys to entry numbers: the :func:`normalize` form and the :func:`fold` form
of every name (exact look-ups), and the :func:`skeleton` form (fuzzy look-ups, each bucket
keeping the folded names it came from so that candidates can be ranked by similarity).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from ..errors import GazetteerError
from .entry import GazetteerEntry
from .normalize import fold, normalize, skeleton
from .sources import SourceRecord

INDEX_VERSION = "1"
MIN_SKELETON = 2


def cache_dir() -> Path:
    """Where built indexes are kept: ``$GEOEVENTS_CACHE`` or the user cache directory."""
    if env := os.environ.get("GEOEVENTS_CACHE"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "geoevents"


@dataclass
class GazetteerIndex:
    """Entries and the key maps over their names."""

    entries: list[GazetteerEntry]
    exact: dict[str, tuple[int, ...]]  # normalize(name) -> entries
    folded: dict[str, tuple[int, ...]]  # fold(name) -> entries
    fuzzy: dict[str, tuple[tuple[str, int], ...]]  # skeleton -> (fold(name), entry)
    by_id: dict[str, int]

    @classmethod
    def build(cls, records: Iterable[SourceRecord]) -> GazetteerIndex:
        """Merge records (later ones add names to, or refine, earlier ones with the same id)."""
        entries: list[GazetteerEntry] = []
        by_id: dict[str, int] = {}
        names: list[set[str]] = []
        for record in records:
            number = by_id.get(record.entry.id)
            if number is None:
                number = len(entries)
                by_id[record.entry.id] = number
                entries.append(record.entry)
                names.append(set(record.names))
                continue
            names[number].update(record.names)
            if record.entry.geometry_wkb is not None and not record.name_only:
                entries[number] = record.entry
        exact: dict[str, list[int]] = {}
        folded: dict[str, list[int]] = {}
        fuzzy: dict[str, dict[str, list[int]]] = {}
        for number, known in enumerate(names):
            for name in known:
                key = normalize(name)
                if not key:
                    continue
                _add(exact, key, number)
                fkey = fold(name)
                _add(folded, fkey, number)
                skel = skeleton(name)
                if len(skel) >= MIN_SKELETON:
                    fuzzy.setdefault(skel, {}).setdefault(fkey, []).append(number)
        return cls(
            entries=entries,
            exact=_freeze(exact),
            folded=_freeze(folded),
            fuzzy={
                skel: tuple((f, n) for f, numbers in sorted(group.items()) for n in dict.fromkeys(numbers))
                for skel, group in fuzzy.items()
            },
            by_id=by_id,
        )

    def save(self, path: Path) -> None:
        """Write the index atomically (concurrent builders never see half a file)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".index.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(self, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    @classmethod
    def load(cls, path: Path) -> GazetteerIndex:
        """Read an index written by :meth:`save`."""
        with path.open("rb") as handle:
            index = pickle.load(handle)
        if not isinstance(index, cls):
            raise GazetteerError(f"{path}: not a geoevents gazetteer index")
        return index


def _add(table: dict[str, list[int]], key: str, number: int) -> None:
    bucket = table.get(key)
    if bucket is None:
        table[key] = [number]
    elif bucket[-1] != number:
        bucket.append(number)


def _freeze(table: dict[str, list[int]]) -> dict[str, tuple[int, ...]]:
    return {key: tuple(dict.fromkeys(numbers)) for key, numbers in table.items()}


def fingerprint(sources: Iterable[ModuleType]) -> str:
    """A digest of the index format and every source's data version."""
    parts = [INDEX_VERSION] + [f"{s.__name__}:{s.fingerprint()}" for s in sources]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:20]


def load_or_build(sources: Iterable[ModuleType], directory: Path | None = None) -> GazetteerIndex:
    """The cached index for these sources, built (and cached) on first use."""
    sources = tuple(sources)
    directory = directory or cache_dir()
    path = directory / f"gazetteer-{fingerprint(sources)}.pickle"
    if path.is_file():
        try:
            return GazetteerIndex.load(path)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, GazetteerError):
            pass  # a stale or broken cache: build it again
    index = GazetteerIndex.build(record for source in sources for record in source.records())
    try:
        index.save(path)
    except OSError:
        pass  # a read-only cache directory costs speed, not correctness
    return index
