"""Name indexes: what the resolver looks names up in.

Every index numbers its entries and answers four look-ups: by :func:`normalize` key
(exact), by :func:`fold` key (transliteration-proof), by :func:`skeleton` (fuzzy: the
folded keys sharing a consonant skeleton, each with its entries) and by id.

- :class:`StoreIndex`: the embedded default, a memory-mapped :class:`GazetteerStore` built
  once from the sources and cached on disk (``$GEOEVENTS_CACHE`` or the user cache dir).
- :class:`MemoryIndex`: a small in-memory index (user gazetteer files, tests).
- :class:`LayeredIndex`: a base index with a memory index on top; an overlay entry with
  the id of a base entry replaces it (keeping the base entry's names).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import sys
import tempfile
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from pathlib import Path
from types import ModuleType

from ..errors import GazetteerError
from .entry import GazetteerEntry
from .normalize import fold, normalize, skeleton
from .sources import SourceRecord
from .store import MIN_SKELETON, GazetteerStore, StoreBuilder, StoreDamaged

INDEX_VERSION = "10"  # bump when keys, normalisers or the store layout change


def cache_dir() -> Path:
    """Where built indexes are kept: ``$GEOEVENTS_CACHE`` or the user cache directory."""
    if env := os.environ.get("GEOEVENTS_CACHE"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "geoevents"


class NameIndex(ABC):
    """The look-ups the resolver needs (see the module docstring)."""

    @abstractmethod
    def __len__(self) -> int:
        """How many entries."""

    @abstractmethod
    def entry(self, number: int, *, geometry: bool = False) -> GazetteerEntry:
        """Entry ``number``; its line/area geometry only when ``geometry`` is true."""

    @abstractmethod
    def exact(self, key: str) -> Sequence[int]:
        """Entries with a name whose :func:`normalize` form is ``key``."""

    @abstractmethod
    def folded(self, key: str) -> Sequence[int]:
        """Entries with a name whose :func:`fold` form is ``key``."""

    @abstractmethod
    def fuzzy(self, skel: str) -> list[str]:
        """Every folded key with the skeleton ``skel`` (their entries: :meth:`folded`)."""

    @abstractmethod
    def number_of(self, gazetteer_id: str) -> int | None:
        """The number of the entry with this id."""


class StoreIndex(NameIndex):
    """A :class:`NameIndex` over a memory-mapped store file.

    A block found damaged while reading (:class:`StoreDamaged`) is never served: with
    ``rebuild`` (the embedded gazetteer's cache) the store is rebuilt once and the look-up
    asked again (entry numbers do not change: the build is deterministic); without it
    (a user's ``.store`` file) the error stands.
    """

    def __init__(self, store: GazetteerStore, rebuild: Callable[[], GazetteerStore] | None = None) -> None:
        self.store = store
        self._rebuild = rebuild

    def _again(self, error: StoreDamaged) -> None:
        if self._rebuild is None:
            raise error
        rebuild, self._rebuild = self._rebuild, None
        _warn(f"{error}; rebuilding the gazetteer cache (about a minute)")
        self.store = rebuild()

    def __len__(self) -> int:
        return len(self.store)

    def entry(self, number: int, *, geometry: bool = False) -> GazetteerEntry:
        try:
            return self.store.entry(number, geometry=geometry)
        except StoreDamaged as error:
            self._again(error)
            return self.store.entry(number, geometry=geometry)

    def exact(self, key: str) -> Sequence[int]:
        try:
            return self.store.exact.get(key)
        except StoreDamaged as error:
            self._again(error)
            return self.store.exact.get(key)

    def folded(self, key: str) -> Sequence[int]:
        try:
            return self.store.folded.get(key)
        except StoreDamaged as error:
            self._again(error)
            return self.store.folded.get(key)

    def fuzzy(self, skel: str) -> list[str]:
        try:
            return self.store.fuzzy_keys(skel)
        except StoreDamaged as error:
            self._again(error)
            return self.store.fuzzy_keys(skel)

    def number_of(self, gazetteer_id: str) -> int | None:
        try:
            return self.store.number_of(gazetteer_id)
        except StoreDamaged as error:
            self._again(error)
            return self.store.number_of(gazetteer_id)


def _warn(message: str) -> None:
    print(f"geoevents: warning: {message}", file=sys.stderr)


class MemoryIndex(NameIndex):
    """Dict-based index over a list of entries; built from source records."""

    def __init__(self) -> None:
        self.entries: list[GazetteerEntry] = []
        self.names: list[list[str]] = []
        self._ids: dict[str, int] = {}
        self._exact: dict[str, list[int]] = {}
        self._folded: dict[str, list[int]] = {}
        self._skeletons: dict[str, dict[str, None]] = {}

    @classmethod
    def build(cls, records: Iterable[SourceRecord]) -> MemoryIndex:
        """An index of these records (same merge rules as the store)."""
        index = cls()
        for record in records:
            index.add(record)
        return index

    def add(self, record: SourceRecord) -> int:
        """Add a record: a new entry, or names (and a line/area) for a known id."""
        number = self._ids.get(record.entry.id)
        if number is None:
            number = len(self.entries)
            self._ids[record.entry.id] = number
            self.entries.append(record.entry)
            self.names.append([])
        elif not record.name_only:
            self.entries[number] = record.entry
        for name in record.names:
            self.names[number].append(name)
            key = normalize(name)
            if not key:
                continue
            _append(self._exact.setdefault(key, []), number)
            fkey = fold(name)
            _append(self._folded.setdefault(fkey, []), number)
            skel = skeleton(name)
            if len(skel) >= MIN_SKELETON:
                self._skeletons.setdefault(skel, {})[fkey] = None
        return number

    def __len__(self) -> int:
        return len(self.entries)

    def entry(self, number: int, *, geometry: bool = False) -> GazetteerEntry:
        return self.entries[number]

    def exact(self, key: str) -> Sequence[int]:
        return self._exact.get(key, ())

    def folded(self, key: str) -> Sequence[int]:
        return self._folded.get(key, ())

    def fuzzy(self, skel: str) -> list[str]:
        return list(self._skeletons.get(skel, {}))

    def number_of(self, gazetteer_id: str) -> int | None:
        return self._ids.get(gazetteer_id)


def _append(bucket: list[int], number: int) -> None:
    if number not in bucket:
        bucket.append(number)


class LayeredIndex(NameIndex):
    """A base index with an overlay on top: an overlay entry with a base entry's id replaces it.

    Base hits are checked against the overlay's ids lazily (one id decode per hit, cached).
    """

    def __init__(self, base: NameIndex, overlay: NameIndex) -> None:
        self.base = base
        self.overlay = overlay
        self.offset = len(base)
        self._shadow: dict[int, int] = {}

    def __len__(self) -> int:
        return self.offset + len(self.overlay)

    def _visible(self, number: int) -> int:
        found = self._shadow.get(number)
        if found is None:
            replaced = self.overlay.number_of(self.base.entry(number).id)
            found = number if replaced is None else self.offset + replaced
            self._shadow[number] = found
        return found

    def _merge(self, from_base: Sequence[int], from_overlay: Sequence[int]) -> tuple[int, ...]:
        merged = [self._visible(n) for n in from_base] + [self.offset + n for n in from_overlay]
        return tuple(dict.fromkeys(merged))

    def entry(self, number: int, *, geometry: bool = False) -> GazetteerEntry:
        if number >= self.offset:
            return self.overlay.entry(number - self.offset, geometry=geometry)
        return self.base.entry(number, geometry=geometry)

    def exact(self, key: str) -> Sequence[int]:
        return self._merge(self.base.exact(key), self.overlay.exact(key))

    def folded(self, key: str) -> Sequence[int]:
        return self._merge(self.base.folded(key), self.overlay.folded(key))

    def fuzzy(self, skel: str) -> list[str]:
        return list(dict.fromkeys(self.base.fuzzy(skel) + self.overlay.fuzzy(skel)))

    def number_of(self, gazetteer_id: str) -> int | None:
        number = self.overlay.number_of(gazetteer_id)
        if number is not None:
            return self.offset + number
        number = self.base.number_of(gazetteer_id)
        return None if number is None else self._visible(number)


def code_digest(package: Path | None = None) -> str:
    """A digest of the code that decides what a store holds: the source modules (their readers and
    derivation rules), the index and entry formats, and the name folding, in ``package`` (default:
    this package). A change to any of them gives a new store, whether or not the data changed."""
    package = package or Path(__file__).resolve().parent
    files = [
        *sorted((package / "sources").glob("*.py")),
        *(package / name for name in ("index.py", "entry.py", "normalize.py")),
    ]
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def fingerprint(sources: Iterable[ModuleType]) -> str:
    """A digest of the index format, the code that builds it and every source's data version."""
    parts = [INDEX_VERSION, code_digest()] + [f"{s.__name__}:{s.fingerprint()}" for s in sources]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:20]


class Progress(Enum):
    """Whether a gazetteer build reports its progress on standard error."""

    AUTO = "auto"  # when standard error is a terminal (a line rewritten in place)
    ON = "on"  # always, one line per source (-v)
    OFF = "off"  # never (-q, --json)


_progress = Progress.AUTO
PROGRESS_EVERY = 50_000  # records between two updates of the terminal line


def set_build_progress(mode: Progress) -> None:
    """How the next gazetteer builds report their progress (the CLI sets it from -q/-v/--json)."""
    global _progress
    _progress = mode


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class BuildReport:
    """The progress line of a gazetteer build: rewritten in place on a terminal, else one line
    per source; nothing when off. Standard error only."""

    def __init__(self, sources: int, mode: Progress | None = None) -> None:
        mode = _progress if mode is None else mode
        self.live = mode is Progress.AUTO and _stderr_is_terminal()
        self.enabled = self.live or mode is Progress.ON
        self.sources, self.records, self.started = sources, 0, time.monotonic()

    def _say(self, text: str, *, final: bool = False) -> None:
        if not self.enabled:
            return
        line = f"geoevents: building the gazetteer (first use, about a minute): {text}"
        if self.live:
            sys.stderr.write("\r\x1b[K" + line + ("\n" if final else ""))
        else:
            sys.stderr.write(line + "\n")
        sys.stderr.flush()

    def source(self, number: int, name: str) -> None:
        """Source ``number`` (from 1) starts."""
        self.name = f"{name.rsplit('.', 1)[-1]} ({number}/{self.sources})"
        self._say(f"{self.name}, {self.records:,} records so far")

    def record(self) -> None:
        """One more record read."""
        self.records += 1
        if self.live and self.records % PROGRESS_EVERY == 0:
            self._say(f"{self.name}, {self.records:,} records so far")

    def done(self) -> None:
        """The store is written."""
        self._say(f"done, {self.records:,} records in {time.monotonic() - self.started:.0f} s", final=True)


def build_store(sources: Iterable[ModuleType], path: Path, progress: Progress | None = None) -> None:
    """Build the store file of these sources at ``path`` (atomically), reporting progress on
    standard error as :func:`set_build_progress` (or ``progress``) says."""
    sources = tuple(sources)
    report = BuildReport(len(sources), progress)
    builder = StoreBuilder()
    for number, source in enumerate(sources, start=1):
        report.source(number, source.__name__)
        for record in source.records():
            builder.add(record.entry, record.names, name_only=record.name_only)
            report.record()
    builder.write(path)
    report.done()


def load_or_build(sources: Iterable[ModuleType], directory: Path | None = None) -> StoreIndex:
    """The cached index for these sources, built (and cached) on first use.

    After a build only the :data:`KEEP_STORES` newest stores of the directory are kept
    (processes that still map a removed one keep reading it). An unwritable cache directory costs speed, not
    correctness: the store is then built in a temporary file, opened, and unlinked.
    """
    sources = tuple(sources)
    directory = directory or cache_dir()
    path = directory / f"gazetteer-{fingerprint(sources)}.store"
    try:
        store = _open_or_build(sources, directory, path)
    except OSError as exc:
        _warn(
            f"the gazetteer cache {directory} cannot be written ({exc.strerror or exc}): the gazetteer is "
            "built for this run only (about a minute each time); set GEOEVENTS_CACHE to a writable folder"
        )
        return StoreIndex(_build_unlinked(sources))
    return StoreIndex(store, rebuild=lambda: _rebuild_damaged(sources, directory, path))


def _open_or_build(sources: tuple[ModuleType, ...], directory: Path, path: Path) -> GazetteerStore:
    """The cached store, built first if missing or broken. Builders take a lock on the cache
    directory: two processes starting at once build it once, the second then opens it."""
    if (store := _open_cached(path)) is not None:
        return store
    directory.mkdir(parents=True, exist_ok=True)
    with _build_lock(directory):
        if (store := _open_cached(path)) is not None:  # built by another process meanwhile
            return store
        build_store(sources, path)
    _remove_stale(directory, keep=path)
    return GazetteerStore(path)


def _open_cached(path: Path) -> GazetteerStore | None:
    if not path.is_file():
        return None
    try:
        return GazetteerStore(path)
    except GazetteerError:
        return None  # a stale, truncated or damaged cache: build it again


@contextlib.contextmanager
def _build_lock(directory: Path):
    with open(directory / ".build.lock", "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _rebuild_damaged(sources: tuple[ModuleType, ...], directory: Path, path: Path) -> GazetteerStore:
    """A new store in place of a damaged one (in memory only if the cache cannot be written)."""
    try:
        with _build_lock(directory):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            build_store(sources, path)
        return GazetteerStore(path)
    except OSError:
        return _build_unlinked(sources)


def _build_unlinked(sources: tuple[ModuleType, ...]) -> GazetteerStore:
    with tempfile.TemporaryDirectory(prefix="geoevents-gazetteer-") as tmp:
        path = Path(tmp) / "gazetteer.store"
        build_store(sources, path)
        return GazetteerStore(path)  # the mapping outlives the file


KEEP_STORES = 3  # several checkouts of different versions may share one cache directory


def _remove_stale(directory: Path, keep: Path) -> None:
    def age(path: Path) -> float:
        try:
            return -path.stat().st_mtime
        except OSError:
            return 0.0

    others = sorted((p for p in directory.glob("gazetteer-*.store") if p != keep), key=age)
    for old in others[KEEP_STORES - 1 :]:
        with contextlib.suppress(OSError):
            old.unlink()
