"""The first gazetteer build says what it is doing on standard error: a line rewritten in place
on a terminal, one line per source with -v, nothing with -q or --json (stdout stays pure JSON)."""

from __future__ import annotations

import json
import types

import pytest

import geoevents.gazetteer as gazetteer_module
from geoevents.cli import main
from geoevents.gazetteer import index
from geoevents.gazetteer.entry import GazetteerEntry
from geoevents.gazetteer.index import Progress, build_store
from geoevents.gazetteer.sources import SourceRecord


def _source(name: str, entries: list[GazetteerEntry]) -> types.ModuleType:
    module = types.ModuleType(f"geoevents.gazetteer.sources.{name}")
    module.records = lambda: iter(SourceRecord(e, (e.name,)) for e in entries)
    module.fingerprint = lambda: name + "-1"
    return module


SOURCES = (
    _source("towns", [GazetteerEntry("t:1", "Abu Kamal", "town", 34.452, 40.918, "SY", population=57_000)]),
    _source("cities", [GazetteerEntry("t:2", "Tripoli", "city", 32.887, 13.187, "LY", population=1_300_000)]),
)


@pytest.fixture
def terminal(monkeypatch):
    monkeypatch.setattr(index, "_stderr_is_terminal", lambda: True)


def test_on_gives_a_line_per_source_and_a_last_one(tmp_path, capsys):
    build_store(SOURCES, tmp_path / "g.store", Progress.ON)
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 3
    assert all(line.startswith("geoevents: building the gazetteer (first use") for line in lines)
    assert "towns (1/2)" in lines[0] and "cities (2/2)" in lines[1]
    assert "done, 2 records" in lines[2]


def test_a_terminal_gets_one_line_rewritten_in_place(tmp_path, capsys, terminal):
    build_store(SOURCES, tmp_path / "g.store")  # AUTO, as a command without flags
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.endswith("\n") and err.count("\r") == 3
    assert "done, 2 records" in err.rsplit("\r", 1)[-1]


def test_nothing_when_stderr_is_not_a_terminal_or_when_off(tmp_path, capsys, terminal, monkeypatch):
    build_store(SOURCES, tmp_path / "a.store", Progress.OFF)
    monkeypatch.setattr(index, "_stderr_is_terminal", lambda: False)
    build_store(SOURCES, tmp_path / "b.store", Progress.AUTO)
    assert capsys.readouterr().err == ""


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch, terminal):
    """An empty gazetteer cache and two small sources: the next command builds the gazetteer."""
    monkeypatch.setenv("GEOEVENTS_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(gazetteer_module, "default_sources", lambda: SOURCES)
    gazetteer_module.default_gazetteer.cache_clear()
    yield
    gazetteer_module.default_gazetteer.cache_clear()
    index.set_build_progress(Progress.AUTO)


def test_resolve_on_a_terminal_shows_the_build(fresh_cache, capsys):
    assert main(["resolve", "Tripoli"]) == 0
    captured = capsys.readouterr()
    assert "building the gazetteer" in captured.err and "done, 2 records" in captured.err
    assert "building" not in captured.out


def test_json_output_never_has_the_progress_line(fresh_cache, capsys):
    assert main(["resolve", "Tripoli", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["gazetteer_id"] == "t:2"
    assert captured.err == ""


@pytest.mark.parametrize(
    ("argv", "mode"),
    [
        (["map", "x.csv", "-o", "x.html", "-v"], Progress.ON),
        (["map", "x.csv", "-o", "x.html", "-q"], Progress.OFF),
        (["map", "x.csv", "-o", "x.html"], Progress.AUTO),
        (["resolve", "Raqqa", "--json"], Progress.OFF),
        (["resolve", "Raqqa"], Progress.AUTO),
    ],
)
def test_flags_choose_the_mode(argv, mode):
    from geoevents.cli import build_parser, build_progress

    assert build_progress(build_parser().parse_args(argv)) is mode
