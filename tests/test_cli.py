"""The command line: help, exit codes, errors without tracebacks, no silent overwrite."""

from __future__ import annotations

import json

import pytest

from tests.helpers import SEED, km, run_cli

COMMANDS = ("map", "export", "resolve")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    result = run_cli(command, "--help")
    assert result.returncode == 0
    assert f"usage: geoevents {command}" in result.stdout


def test_usage_errors_exit_2():
    assert run_cli().returncode == 2
    assert run_cli("map", str(SEED)).returncode == 2  # no -o
    assert run_cli("frobnicate").returncode == 2


def test_resolve_prints_candidates_with_coordinates_and_scores(gazetteer):
    result = run_cli("resolve", "Abou Kamal", "--near", "SY")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "score" in lines[1] and "latitude" in lines[1]
    first = lines[2].split()
    score, lat, lon, country = float(first[1]), float(first[2]), float(first[3]), first[4]
    assert 0 < score <= 1 and country == "SY"
    assert km(lat, lon, 34.45226, 40.91854) < 5


def test_resolve_json_and_unresolvable_mentions(gazetteer):
    result = run_cli("resolve", "Mossoul", "--json")
    data = json.loads(result.stdout)
    assert data["resolved"] and data["gazetteer_id"] == "geonames:99072"
    assert data["candidates"][0]["reason"]
    missing = run_cli("resolve", "Qwxzptlkv")
    assert missing.returncode == 1 and "not resolved" in missing.stdout


def test_bad_input_exits_1_with_a_message_naming_the_file(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text("{oops", encoding="utf-8")
    result = run_cli("export", str(bad), "-o", str(tmp_path / "out.geojson"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert str(bad) in result.stderr and "invalid JSON" in result.stderr
    assert not (tmp_path / "out.geojson").exists()


def test_bad_rows_are_reported_valid_rows_written_strict_writes_nothing(tmp_path, gazetteer):
    table = tmp_path / "events.csv"
    table.write_text(
        "id,title,date,latitude,longitude\nok,Fine,2017-10-01,35.9,39.0\nbad,Broken,someday,35.9,39.0\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.geojson"
    result = run_cli("export", str(table), "-o", str(out))
    assert result.returncode == 1
    assert f"{table}: row 3, field 'date'" in result.stderr and "Traceback" not in result.stderr
    written = json.loads(out.read_text(encoding="utf-8"))
    assert [f["properties"]["id"] for f in written["features"]] == ["ok"]
    strict_out = tmp_path / "strict.geojson"
    strict = run_cli("export", str(table), "-o", str(strict_out), "--strict")
    assert strict.returncode == 1 and not strict_out.exists()


def test_outputs_are_never_overwritten_without_force(tmp_path, gazetteer):
    out = tmp_path / "map.html"
    out.write_text("keep me", encoding="utf-8")
    result = run_cli("map", str(SEED), "-o", str(out))
    assert result.returncode == 1 and "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "keep me"
    assert run_cli("map", str(SEED), "-o", str(out), "--force").returncode == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_map_and_export_read_articles_with_metadata_from_flags(tmp_path, gazetteer):
    article = tmp_path / "note.txt"
    article.write_text(
        "Des frappes aériennes ont visé hier des positions près de Mayadine, dans l'est de la Syrie.\n",
        encoding="utf-8",
    )
    out = tmp_path / "note.geojson"
    result = run_cli("export", str(article), "-o", str(out), "--published", "2017-10-25", "--source", "Wire")
    assert result.returncode == 0, result.stderr
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    feature = next(f for f in features if f["properties"]["event_type"] == "airstrike")
    strike = feature["properties"]
    assert strike["start"] == strike["end"] == "2017-10-24"  # "hier", anchored to --published
    assert strike["source_name"] == "Wire"
    lon, lat = feature["geometry"]["coordinates"]
    assert km(lat, lon, 35.01982, 40.45154) < 10  # Mayadin, GeoNames 173480
    bad = run_cli("map", str(article), "-o", str(tmp_path / "x.html"), "--published", "25/10/2017")
    assert bad.returncode == 2 and "ISO date" in bad.stderr


def test_negative_counts_are_usage_errors(tmp_path):
    result = run_cli("map", str(SEED), "-o", str(tmp_path / "m.html"), "--window", "-3")
    assert result.returncode == 2 and "0 or more" in result.stderr
    assert run_cli("extract", str(SEED), "-o", str(tmp_path / "e.csv"), "-j", "-1").returncode == 2
