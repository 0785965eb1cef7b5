"""The compact on-disk gazetteer store: one memory-mapped file, read lazily.

Layout (format :data:`FORMAT`): a JSON header (section name -> offset, length, item format,
plus small tables) followed by raw little-endian sections:

- per entry: ``lat``/``lon`` (float64), ``pop`` (int64), ``cls``/``cc``/``flags`` (codes into
  the header's tables), ``text`` (id, name, admin1, French and Arabic names, other countries,
  joined by ``\\x1f``) and ``geom`` (WKB of a line or polygon; empty for points), each
  variable-length section with an ``*_off`` offsets section;
- four key tables (ids, :func:`normalize` keys, :func:`fold` keys, :func:`skeleton` keys):
  sorted 64-bit BLAKE2b hashes, the key text of every hash (so that a hit is verified: a
  query whose hash collides with another key finds nothing, never a wrong entry) and the
  postings (entry numbers; for skeletons, the slots of the folded keys that share it).

Damage is detected: the data is cut into blocks of :data:`BLOCK` bytes, each with a CRC-32
(the ``crc`` table, itself checked, as is the header); a block is checked the first time
anything in it is read, so a damaged byte is never served: :class:`StoreDamaged` is raised
instead (and the embedded gazetteer's cache is rebuilt, see :mod:`.index`).

Opening a store maps the file and parses the header: nothing else is read until asked
for, so a new process answers its first query in milliseconds and keeps only the pages it
touched resident. Look-ups bisect the hash arrays through :class:`memoryview`s.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import mmap
import os
import struct
import tempfile
import weakref
import zlib
from array import array
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from hashlib import blake2b
from pathlib import Path

import numpy as np

from ..errors import GazetteerError
from .entry import GazetteerEntry
from .normalize import name_keys

FORMAT = "geoevents-gazetteer-store-6"
_MAGIC = b"GEOEVGZ6"
_PREFIX = struct.Struct("<QQII")  # header position, header length, header CRC-32, unused
BLOCK = 1 << 16  # bytes per checksummed block of the data
_SEP = "\x1f"
MIN_SKELETON = 2


CACHE_SIZE = 50_000  # decoded entries / looked-up keys kept per store (emptied when full; ~25 MB)
_OPEN_STORES: weakref.WeakSet[GazetteerStore] = weakref.WeakSet()


def forget_decoded() -> None:
    """Empty every open store's decoded entries and remembered lookups."""
    for store in list(_OPEN_STORES):
        store.forget()


def key_hash(key: str) -> int:
    """The 64-bit hash the store sorts keys by (stable across processes and machines)."""
    return int.from_bytes(blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


def _hash_bytes(data: bytes) -> int:
    return int.from_bytes(blake2b(data, digest_size=8).digest(), "little")


class StoreDamaged(GazetteerError):
    """A block of a store file does not match its checksum: the file was damaged on disk."""


_UNCHECKED: Callable[[str, int, int], None] = lambda name, start, stop: None  # noqa: E731


def _check_part(
    check: Callable[[str, int, int], None], names: dict[str, str], part: str, start: int, stop: int
) -> None:
    check(names[part], start, stop)


class KeyTable:
    """Sorted key hashes with the key texts and posting lists, over memoryviews.

    ``check(part, start, stop)`` verifies items ``[start, stop)`` of a part (``h``, ``ko`` ...)
    before they are read."""

    def __init__(
        self,
        hashes: memoryview,
        key_off: memoryview,
        key_blob: memoryview,
        post_off: memoryview,
        postings: memoryview,
        buckets: memoryview,
        check: Callable[[str, int, int], None] = _UNCHECKED,
    ) -> None:
        self._check = check
        self._found: dict[
            str, Sequence[int]
        ] = {}  # looked-up keys (a text names the same places again and again)
        self._buckets = buckets  # first slot of each top-16-bit hash prefix (65,537 entries)
        self._hashes = hashes
        self._key_off = key_off
        self._key_blob = key_blob
        self._post_off = post_off
        self._postings = postings

    def __len__(self) -> int:
        return len(self._hashes)

    def key_at(self, slot: int) -> str:
        """The key text stored at ``slot``."""
        check = self._check
        check("ko", slot, slot + 2)
        start, stop = self._key_off[slot], self._key_off[slot + 1]
        check("kb", start, stop)
        return bytes(self._key_blob[start:stop]).decode("utf-8")

    def postings_at(self, slot: int) -> Sequence[int]:
        """The postings of ``slot``."""
        check = self._check
        check("po", slot, slot + 2)
        start, stop = self._post_off[slot], self._post_off[slot + 1]
        check("p", start, stop)
        return self._postings[start:stop]

    def slot(self, key: str) -> int | None:
        """The slot of ``key``, or ``None``; hash hits are verified against the key text."""
        if not key:
            return None
        encoded = key.encode("utf-8")
        wanted = int.from_bytes(blake2b(encoded, digest_size=8).digest(), "little")
        hashes = self._hashes
        prefix = wanted >> 48
        check = self._check
        check("b", prefix, prefix + 2)
        begin, end = self._buckets[prefix], self._buckets[prefix + 1]
        check("h", begin, end)
        position = bisect.bisect_left(hashes, wanted, begin, end)
        while position < end and hashes[position] == wanted:
            check("ko", position, position + 2)
            start, stop = self._key_off[position], self._key_off[position + 1]
            check("kb", start, stop)
            if self._key_blob[start:stop] == encoded:
                return position
            position += 1
        return None

    def get(self, key: str) -> Sequence[int]:
        """The postings of ``key`` (empty when absent), remembered: the hot path of every lookup."""
        found = self._found.get(key)
        if found is None:
            if len(self._found) >= CACHE_SIZE:
                self._found.clear()
            found = self._found[key] = self._get(key)
        return found

    def forget(self) -> None:
        """Empty the remembered lookups."""
        self._found.clear()

    def _get(self, key: str) -> Sequence[int]:
        slot = self.slot(key)
        return () if slot is None else self.postings_at(slot)


def build_key_table(
    pairs_hash: np.ndarray, pairs_value: np.ndarray, texts: Callable[[int], str | bytes] | Sequence[str]
) -> dict[str, bytes]:
    """Sections of a key table from (hash, value) pairs; ``texts[i]`` (or ``texts(i)``) is the key of pair ``i``.

    Returns raw section bytes: ``h`` (hashes), ``ko``/``kb`` (key offsets/blob), ``po``/``p``.
    """
    order = np.lexsort((pairs_value, pairs_hash))
    hashes = pairs_hash[order]
    values = pairs_value[order]
    keep = np.ones(len(order), dtype=bool)
    keep[1:] = (hashes[1:] != hashes[:-1]) | (values[1:] != values[:-1])
    order, hashes, values = order[keep], hashes[keep], values[keep]
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]]) if len(hashes) else np.array([], int)
    unique = hashes[starts]
    text = texts if callable(texts) else texts.__getitem__
    key_bytes = [_as_bytes(text(i)) for i in order[starts].tolist()]
    key_off = np.zeros(len(key_bytes) + 1, dtype="<i8")
    np.cumsum([len(k) for k in key_bytes], out=key_off[1:])
    post_off = np.append(starts, len(values)).astype("<i8")
    buckets = np.searchsorted(unique, np.arange(65537, dtype=np.uint64) << np.uint64(48))
    buckets[-1] = len(unique)
    return {
        "b": buckets.astype("<i8").tobytes(),
        "h": unique.astype("<u8").tobytes(),
        "ko": key_off.tobytes(),
        "kb": b"".join(key_bytes),
        "po": post_off.tobytes(),
        "p": values.astype("<i4").tobytes(),
    }


def _as_bytes(key: str | bytes) -> bytes:
    return key if isinstance(key, bytes) else key.encode("utf-8")


class _KeyCollector:
    """(key, value) pairs as compact arrays: 64-bit key hashes, values, and the key texts."""

    def __init__(self) -> None:
        self.hashes = array("Q")
        self.values = array("Q")
        self.blob = bytearray()
        self.offsets = array("q", [0])

    def add(self, key_hash_: int, key: bytes, value: int) -> None:
        self.hashes.append(key_hash_)
        self.values.append(value)
        self.blob += key
        self.offsets.append(len(self.blob))

    def raw(self, pair: int) -> bytes:
        return bytes(self.blob[self.offsets[pair] : self.offsets[pair + 1]])


class StoreBuilder:
    """Collects entries and names (from source records) and writes a store file."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.lat = array("d")
        self.lon = array("d")
        self.pop = array("q")
        self.flags = array("B")
        self.cls: list[str] = []
        self.cc: list[str] = []
        self.text: list[str] = []
        self.geom: list[bytes] = []
        self._exact = _KeyCollector()
        self._folded = _KeyCollector()
        self._skeletons = _KeyCollector()

    def add(self, entry: GazetteerEntry, names: Iterable[str], *, name_only: bool = False) -> int:
        """Add an entry (or, for a known id, its names; a line/area also replaces the entry)."""
        number = self.numbers.get(entry.id)
        if number is None:
            number = len(self.lat)
            self.numbers[entry.id] = number
            self.lat.append(0.0)
            self.lon.append(0.0)
            self.pop.append(0)
            self.flags.append(0)
            self.cls.append("")
            self.cc.append("")
            self.text.append("")
            self.geom.append(b"")
            self._set(number, entry)
        elif entry.geometry_wkb is not None and not name_only:
            self._set(number, entry)
        for name in dict.fromkeys(names):
            self._add_name(number, name)
        return number

    def add_names(self, number: int, names: Iterable[str]) -> None:
        """More names for entry ``number``."""
        for name in names:
            self._add_name(number, name)

    def _add_name(self, number: int, name: str) -> None:
        key, fkey, skel = name_keys(name)
        if not key:
            return
        key_bytes = key.encode("utf-8")
        self._exact.add(_hash_bytes(key_bytes), key_bytes, number)
        fold_bytes = fkey.encode("utf-8") if fkey != key else key_bytes
        fold_hash = _hash_bytes(fold_bytes)
        self._folded.add(fold_hash, fold_bytes, number)
        if len(skel) >= MIN_SKELETON:
            skel_bytes = skel.encode("utf-8")
            self._skeletons.add(_hash_bytes(skel_bytes), skel_bytes, fold_hash)

    def _set(self, number: int, entry: GazetteerEntry) -> None:
        self.lat[number] = entry.latitude
        self.lon[number] = entry.longitude
        self.pop[number] = entry.population
        self.flags[number] = 1 if entry.approximate else 0
        self.cls[number] = entry.feature_class
        self.cc[number] = entry.country or ""
        self.text[number] = _SEP.join(
            [
                entry.id,
                entry.name,
                entry.admin1 or "",
                entry.name_fr or "",
                entry.name_ar or "",
                ",".join(entry.other_countries),
            ]
        )
        self.geom[number] = entry.geometry_wkb or b""

    def write(self, path: Path) -> None:
        """Write the store atomically (concurrent builders never see half a file)."""
        _write_file(path, self._fill)

    def _fill(self, sections: _SectionWriter) -> dict:
        classes = sorted(set(self.cls))
        countries = sorted(set(self.cc))
        class_code = {c: i for i, c in enumerate(classes)}
        country_code = {c: i for i, c in enumerate(countries)}
        sections["lat"] = (self.lat.tobytes(), "d")
        sections["lon"] = (self.lon.tobytes(), "d")
        sections["pop"] = (self.pop.tobytes(), "q")
        sections["flags"] = (self.flags.tobytes(), "B")
        sections["cls"] = (array("B", [class_code[c] for c in self.cls]).tobytes(), "B")
        sections["cc"] = (array("H", [country_code[c] for c in self.cc]).tobytes(), "H")
        _blob(sections, "text", [t.encode("utf-8") for t in self.text])
        _blob(sections, "geom", self.geom)
        count = len(self.lat)
        self.text, self.geom, self.cls, self.cc = [], [], [], []  # written: free them for the key tables
        ids = list(self.numbers)
        _table(sections, "id", [key_hash(i) for i in ids], [self.numbers[i] for i in ids], ids)
        del ids
        self._name_tables(sections)
        return {"classes": classes, "countries": countries, "count": count}

    def _name_tables(self, sections: _SectionWriter) -> None:
        _collected_table(sections, "exact", self._exact)
        self._exact = _KeyCollector()  # free it before the next table
        fold_sections = _collected_table(sections, "fold", self._folded)
        self._folded = _KeyCollector()
        fold_sections.pop("p")
        fold_sections.pop("po")
        # Skeleton postings point at folded-key slots (so fuzzy candidates are ranked by the
        # folded key once, whatever number of entries share it).
        folded_hashes = np.frombuffer(fold_sections["h"], dtype="<u8")
        skel = self._skeletons
        slots = np.searchsorted(folded_hashes, _np(skel.values, np.uint64))
        built = build_key_table(_np(skel.hashes, np.uint64), slots.astype(np.int64), skel.raw)
        self._skeletons = skel = _KeyCollector()
        for part, data in built.items():
            sections[f"skel.{part}"] = (data, _PART_FORMAT[part])
        # The folded keys of every skeleton, NUL-joined, so a fuzzy look-up decodes one string.
        key_off = np.frombuffer(fold_sections["ko"], dtype="<i8")
        key_blob = fold_sections["kb"]
        post_off = np.frombuffer(built["po"], dtype="<i8")
        postings = np.frombuffer(built["p"], dtype="<i4")
        texts = [
            b"\0".join(
                key_blob[key_off[f] : key_off[f + 1]]
                for f in postings[post_off[i] : post_off[i + 1]].tolist()
            )
            for i in range(len(post_off) - 1)
        ]
        _blob(sections, "skel.keys", texts)


def _collected_table(sections, name: str, collected: _KeyCollector) -> dict[str, bytes]:
    built = build_key_table(_np(collected.hashes, np.uint64), _np(collected.values, np.int64), collected.raw)
    for part, data in built.items():
        sections[f"{name}.{part}"] = (data, _PART_FORMAT[part])
    return built


_PART_FORMAT = {"b": "q", "h": "Q", "ko": "q", "kb": "B", "po": "q", "p": "i"}


def _np(values, dtype) -> np.ndarray:
    """An exact numpy copy of an ``array.array`` or a list of ints (no float detour for 64-bit hashes)."""
    if not len(values):
        return np.zeros(0, dtype=dtype)
    if isinstance(values, array):
        return np.frombuffer(values, dtype=np.dtype(values.typecode)).astype(dtype, copy=False)
    return np.array(values, dtype=dtype)


def _table(sections, name: str, hashes, values, texts: list[str]) -> None:
    built = build_key_table(_np(hashes, np.uint64), _np(values, np.int64), texts)
    for part, data in built.items():
        sections[f"{name}.{part}"] = (data, _PART_FORMAT[part])


def _blob(sections, name: str, items: list[bytes]) -> None:
    offsets = np.zeros(len(items) + 1, dtype="<i8")
    np.cumsum([len(i) for i in items], out=offsets[1:])
    sections[f"{name}_off"] = (offsets.tobytes(), "q")
    sections[name] = (b"".join(items), "B")


class _SectionWriter:
    """Writes each section as soon as it is made (the build never holds the whole file), and
    the CRC-32 of every :data:`BLOCK` bytes of them."""

    def __init__(self, handle) -> None:
        self.handle = handle
        self.layout: dict[str, list] = {}
        self.offset = 0
        self.crcs = array("I")
        self._crc = 0  # of the block being filled
        handle.write(_MAGIC + b"\0" * _PREFIX.size)

    def __setitem__(self, name: str, value: tuple[bytes, str]) -> None:
        data, fmt = value
        self.layout[name] = [self.offset, len(data), fmt]
        self._write(data)
        self._write(b"\0" * ((-len(data)) % 8))

    def _write(self, data: bytes) -> None:
        view = memoryview(data)
        while len(view):
            room = BLOCK - self.offset % BLOCK
            part, view = view[:room], view[room:]
            self.handle.write(part)
            self._crc = zlib.crc32(part, self._crc)
            self.offset += len(part)
            if self.offset % BLOCK == 0:
                self.crcs.append(self._crc)
                self._crc = 0

    def finish(self, tables: dict) -> None:
        if self.offset % BLOCK:
            self.crcs.append(self._crc)
        crcs = np.frombuffer(self.crcs, dtype=np.dtype(self.crcs.typecode)).astype("<u4").tobytes()
        checks = {"block": BLOCK, "data": self.offset, "crc": [self.offset, len(crcs), zlib.crc32(crcs)]}
        self.handle.write(crcs)
        header = json.dumps({"format": FORMAT, "sections": self.layout, "checks": checks, **tables}).encode()
        position = self.handle.tell()
        self.handle.write(header)
        self.handle.seek(len(_MAGIC))
        self.handle.write(_PREFIX.pack(position, len(header), zlib.crc32(header), 0))


def _write_file(path: Path, fill: Callable[[_SectionWriter], dict]) -> None:
    """Write a store file atomically: ``fill`` writes the sections and returns the header tables."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".store.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            writer = _SectionWriter(handle)
            writer.finish(fill(writer))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class GazetteerStore:
    """A read-only store file, memory-mapped; see the module docstring."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            with self.path.open("rb") as handle:
                self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError) as exc:
            raise GazetteerError(f"{path}: cannot open gazetteer store: {exc}") from None
        view = memoryview(self._map)
        header = self._header(view)
        base = len(_MAGIC) + _PREFIX.size
        self._sections: dict[str, memoryview] = {}
        self._spans: dict[str, tuple[int, int]] = {}  # section -> (offset in the data, item size)
        try:
            for name, (offset, size, fmt) in header["sections"].items():
                part = view[base + offset : base + offset + size]
                self._sections[name] = part if fmt == "B" else part.cast(fmt)
                self._spans[name] = (offset, self._sections[name].itemsize)
            checks = header["checks"]
            self._block = int(checks["block"])
            self._data = view[base : base + int(checks["data"])]
            crc_offset, crc_length, crc_check = checks["crc"]
            crcs = view[base + crc_offset : base + crc_offset + crc_length]
        except (KeyError, TypeError, ValueError) as exc:
            raise GazetteerError(f"{path}: damaged gazetteer store header ({exc})") from None
        if len(crcs) != crc_length or zlib.crc32(crcs) != crc_check:
            raise StoreDamaged(f"{path}: damaged gazetteer store (its checksum table)")
        self._crcs = crcs.cast("I")
        self._verified = bytearray(len(self._crcs))
        self.classes: list[str] = header["classes"]
        self.countries: list[str] = header["countries"]
        self.count: int = header["count"]
        s = self._sections
        self._lat, self._lon, self._pop = s["lat"], s["lon"], s["pop"]
        self._cls, self._cc, self._flags = s["cls"], s["cc"], s["flags"]
        if len(self._data) != int(checks["data"]) or len(self._crcs) != -(-len(self._data) // self._block):
            raise StoreDamaged(f"{path}: damaged gazetteer store (truncated)")
        self.ids = self._table("id")
        self.exact = self._table("exact")
        self.folded = self._table("fold")
        self.skeletons = self._table("skel")
        self._skel_keys, self._skel_keys_off = s["skel.keys"], s["skel.keys_off"]
        self._entries: dict[int, GazetteerEntry] = {}  # decoded entries without geometry
        _OPEN_STORES.add(self)

    def _header(self, view: memoryview) -> dict:
        path = self.path
        if len(view) < len(_MAGIC) + _PREFIX.size or bytes(view[: len(_MAGIC)]) != _MAGIC:
            if bytes(view[:7]) == _MAGIC[:7]:
                raise GazetteerError(f"{path}: gazetteer store of another format, need {FORMAT!r}")
            raise GazetteerError(f"{path}: not a geoevents gazetteer store")
        position, length, check, _ = _PREFIX.unpack_from(view, len(_MAGIC))
        raw = bytes(view[position : position + length])
        if len(raw) != length or zlib.crc32(raw) != check:
            raise StoreDamaged(f"{path}: damaged gazetteer store header")
        try:
            header = json.loads(raw)
        except ValueError:
            raise StoreDamaged(f"{path}: damaged gazetteer store header") from None
        if header.get("format") != FORMAT:
            raise GazetteerError(f"{path}: gazetteer store format {header.get('format')!r}, need {FORMAT!r}")
        return header

    def check(self, section: str, start: int, stop: int) -> None:
        """Verify items ``[start, stop)`` of ``section`` against their blocks' checksums (once
        per block); raise :class:`StoreDamaged` if one does not match."""
        if stop <= start:
            return
        offset, size = self._spans[section]
        first = (offset + start * size) // self._block
        last = (offset + stop * size - 1) // self._block
        verified = self._verified
        if first == last and verified[first]:
            return
        for block in range(first, last + 1):
            if verified[block]:
                continue
            data = self._data[block * self._block : (block + 1) * self._block]
            if zlib.crc32(data) != self._crcs[block]:
                raise StoreDamaged(
                    f"{self.path}: damaged gazetteer store (block {block} of {len(verified)} "
                    "does not match its checksum)"
                )
            verified[block] = 1

    def forget(self) -> None:
        """Empty the decoded entries and remembered lookups (memory; benchmarks of unseen text)."""
        self._entries.clear()
        for table in (self.ids, self.exact, self.folded, self.skeletons):
            table.forget()

    def fuzzy_keys(self, skel: str) -> list[str]:
        """The folded keys sharing the skeleton ``skel`` (one slice, one decode)."""
        slot = self.skeletons.slot(skel)
        if slot is None:
            return []
        off = self._skel_keys_off
        self.check("skel.keys_off", slot, slot + 2)
        self.check("skel.keys", off[slot], off[slot + 1])
        return bytes(self._skel_keys[off[slot] : off[slot + 1]]).decode("utf-8").split("\0")

    def _table(self, name: str) -> KeyTable:
        s = self._sections
        return KeyTable(
            s[f"{name}.h"],
            s[f"{name}.ko"],
            s[f"{name}.kb"],
            s[f"{name}.po"],
            s[f"{name}.p"],
            s[f"{name}.b"],
            partial(_check_part, self.check, {part: f"{name}.{part}" for part in _PART_FORMAT}),
        )

    def __len__(self) -> int:
        return self.count

    def number_of(self, gazetteer_id: str) -> int | None:
        """The entry number of an id."""
        found = self.ids.get(gazetteer_id)
        return found[0] if len(found) else None

    def feature_class(self, number: int) -> str:
        """The feature class of entry ``number`` (without decoding the entry)."""
        self.check("cls", number, number + 1)
        return self.classes[self._cls[number]]

    def population(self, number: int) -> int:
        """The population of entry ``number``."""
        self.check("pop", number, number + 1)
        return self._pop[number]

    def entry(self, number: int, *, geometry: bool = False) -> GazetteerEntry:
        """Entry ``number``; its line/area WKB only when ``geometry`` is asked for."""
        if not geometry:
            found = self._entries.get(number)
            if found is None:
                if len(self._entries) >= CACHE_SIZE:
                    self._entries.clear()
                found = self._entries[number] = self._decode(number, geometry=False)
            return found
        return self._decode(number, geometry=True)

    def _decode(self, number: int, *, geometry: bool) -> GazetteerEntry:
        s = self._sections
        check = self.check
        for name in ("lat", "lon", "pop", "cls", "cc", "flags"):
            check(name, number, number + 1)
        off = s["text_off"]
        check("text_off", number, number + 2)
        check("text", off[number], off[number + 1])
        fields = str(s["text"][off[number] : off[number + 1]], "utf-8").split(_SEP)
        wkb = None
        if geometry:
            goff = s["geom_off"]
            check("geom_off", number, number + 2)
            if goff[number + 1] > goff[number]:
                check("geom", goff[number], goff[number + 1])
                wkb = bytes(s["geom"][goff[number] : goff[number + 1]])
        return GazetteerEntry(
            id=fields[0],
            name=fields[1],
            feature_class=self.classes[self._cls[number]],
            latitude=self._lat[number],
            longitude=self._lon[number],
            country=self.countries[self._cc[number]] or None,
            admin1=fields[2] or None,
            population=self._pop[number],
            geometry_wkb=wkb,
            approximate=bool(self._flags[number]),
            name_fr=fields[3] or None,
            name_ar=fields[4] or None,
            other_countries=tuple(fields[5].split(",")) if fields[5] else (),
        )

    def has_area_or_line(self, number: int) -> bool:
        """Whether entry ``number`` has a line or polygon geometry."""
        goff = self._sections["geom_off"]
        self.check("geom_off", number, number + 2)
        return goff[number + 1] > goff[number]

    def close(self) -> None:
        """Release the mapping (views handed out must be gone)."""
        self.forget()
        self._sections.clear()
        with contextlib.suppress(BufferError):
            self._map.close()
