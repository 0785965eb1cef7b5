"""A store that cannot lie: a damaged byte is detected when read (never served), the embedded
cache is rebuilt, two first builds at once are safe, an unwritable cache warns and falls back."""

from __future__ import annotations

import multiprocessing
import random
import shutil
import types
from pathlib import Path

import pytest

from geoevents.errors import GazetteerError
from geoevents.gazetteer.entry import GazetteerEntry
from geoevents.gazetteer.index import StoreIndex, load_or_build
from geoevents.gazetteer.sources import SourceRecord
from geoevents.gazetteer.store import GazetteerStore, StoreBuilder, StoreDamaged

COUNT = 3000


def _records() -> list[SourceRecord]:
    rng = random.Random(7)
    records = []
    for i in range(COUNT):
        name = f"Place{i:04d}ville"
        entry = GazetteerEntry(
            id=f"t:{i}",
            name=name,
            feature_class="town",
            latitude=round(rng.uniform(-60, 60), 5),
            longitude=round(rng.uniform(-170, 170), 5),
            country="SY",
            population=i,
        )
        records.append(SourceRecord(entry, (name, f"Alt {name}")))
    return records


RECORDS = _records()


def _source(marker: Path | None = None) -> types.ModuleType:
    """A gazetteer source module (records + fingerprint); ``marker`` counts its builds."""
    module = types.ModuleType("tests_store_source")

    def records():
        if marker is not None:
            with marker.open("a") as handle:
                handle.write("built\n")
        return iter(RECORDS)

    module.records = records
    module.fingerprint = lambda: "v1"
    return module


def _answers(index) -> list[tuple[str, float, float]]:
    out = []
    for record in RECORDS[::97]:
        numbers = index.exact(record.entry.name.lower())
        entry = index.entry(numbers[0])
        out.append((entry.id, entry.latitude, entry.longitude))
    return out


@pytest.fixture(scope="module")
def store_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "g.store"
    builder = StoreBuilder()
    for record in RECORDS:
        builder.add(record.entry, record.names)
    builder.write(path)
    return path


@pytest.fixture(scope="module")
def truth(store_file) -> list[tuple[str, float, float]]:
    return _answers(StoreIndex(GazetteerStore(store_file)))


def _damage_latitude(path: Path, entry_id: str) -> int:
    """Flip a bit of the latitude of ``entry_id`` in the store at ``path``; its entry number."""
    store = GazetteerStore(path)
    number = store.number_of(entry_id)
    offset, _ = store._spans["lat"]
    store.close()
    data = bytearray(path.read_bytes())
    data[len(b"GEOEVGZ6") + 24 + offset + 8 * number + 7] ^= 0x40  # the top byte: far away
    path.write_bytes(bytes(data))
    return number


def test_a_damaged_coordinate_is_detected_not_served(tmp_path, store_file):
    damaged = tmp_path / "g.store"
    shutil.copy(store_file, damaged)
    number = _damage_latitude(damaged, "t:1234")
    with pytest.raises(StoreDamaged, match="does not match its checksum"):
        GazetteerStore(damaged).entry(number)


def test_random_damage_never_gives_a_wrong_answer(tmp_path, store_file, truth):
    rng = random.Random(11)
    original = store_file.read_bytes()
    detected = 0
    for trial in range(40):
        data = bytearray(original)
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        damaged = tmp_path / f"g{trial}.store"
        damaged.write_bytes(bytes(data))
        try:
            answers = _answers(StoreIndex(GazetteerStore(damaged)))
        except GazetteerError:
            detected += 1
            continue
        assert answers == truth  # the flip landed in a block no answer reads: still right
    assert detected >= 1


def test_the_embedded_cache_is_rebuilt_when_damage_is_found(tmp_path, capsys, truth):
    source = _source()
    index = load_or_build([source], tmp_path)
    (path,) = tmp_path.glob("gazetteer-*.store")
    _damage_latitude(path, RECORDS[97].entry.id)
    damaged = load_or_build([source], tmp_path)  # the header and checksums are fine: it opens
    assert [_answers(damaged) for _ in range(2)] == [truth, truth]
    err = capsys.readouterr().err
    assert err.count("rebuilding the gazetteer cache") == 1 and "does not match its checksum" in err
    assert _answers(load_or_build([source], tmp_path)) == truth
    assert _answers(index) == truth


def test_a_truncated_or_damaged_header_is_rebuilt_on_open(tmp_path, truth):
    source = _source()
    load_or_build([source], tmp_path)
    (path,) = tmp_path.glob("gazetteer-*.store")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert _answers(load_or_build([source], tmp_path)) == truth


def _build_in_child(directory: str, marker: str, queue) -> None:
    index = load_or_build([_source(Path(marker))], Path(directory))
    queue.put(_answers(index))


def test_two_first_builds_at_once_build_once_and_agree(tmp_path, truth):
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    marker = tmp_path / "builds.txt"
    cache = tmp_path / "cache"
    children = [
        context.Process(target=_build_in_child, args=(str(cache), str(marker), queue)) for _ in range(2)
    ]
    for child in children:
        child.start()
    results = [queue.get(timeout=120) for _ in children]
    for child in children:
        child.join(timeout=60)
        assert child.exitcode == 0
    assert results == [truth, truth]
    assert marker.read_text().count("built") == 1
    assert len(list(cache.glob("gazetteer-*.store"))) == 1


def test_an_unwritable_cache_warns_once_and_falls_back(tmp_path, capsys, truth):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    index = load_or_build([_source()], blocker / "cache")
    assert _answers(index) == truth
    err = capsys.readouterr().err
    assert err.count("cannot be written") == 1 and err.count("\n") == 1
    assert "GEOEVENTS_CACHE" in err


def test_a_change_to_the_code_that_builds_the_store_gives_a_new_store(tmp_path):
    """A source module's rules changed (same data files) must not reuse a store built by the old
    rules: the store's name holds a digest of the building code."""
    import shutil
    from pathlib import Path

    from geoevents.gazetteer import index

    package = Path(index.__file__).resolve().parent
    copy = tmp_path / "gazetteer"
    shutil.copytree(package / "sources", copy / "sources", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("index.py", "entry.py", "normalize.py"):
        shutil.copy(package / name, copy / name)
    assert index.code_digest(copy) == index.code_digest(package)
    rules = copy / "sources" / "airports.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\nEXTRA_RULE = 1\n", encoding="utf-8")
    assert index.code_digest(copy) != index.code_digest(package)
    (copy / "sources" / "airports.py").unlink()
    shutil.copy(package / "sources" / "airports.py", copy / "sources" / "airports.py")
    (copy / "normalize.py").write_text("# another folding\n", encoding="utf-8")
    assert index.code_digest(copy) != index.code_digest(package)
