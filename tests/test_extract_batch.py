"""Many articles: local processes, a Dask cluster, failures reported, CSV output, CLI."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from geoevents.cli import main
from geoevents.extract.batch import extract_one, find_articles, run_dask, run_local
from geoevents.extract.document import Metadata
from geoevents.io import write_events

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """The two sample articles, a copy without metadata, a broken file and a non-article."""
    root = tmp_path_factory.mktemp("articles")
    for seed in ("abou-kamal-2017-fr.md", "mosul-2017-en.md"):
        shutil.copy(SEEDS / seed, root / seed)
    nested = root / "more"
    nested.mkdir()
    body = (SEEDS / "mosul-2017-en.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    (nested / "mosul.txt").write_text(body, encoding="utf-8")
    (nested / "broken.html").write_bytes(b"<p>\xff\xfe</p>")
    (root / "notes.csv").write_text("id,title\n")
    return root


def test_find_articles_walks_folders(folder):
    names = [p.name for p in find_articles([folder])]
    assert names == ["abou-kamal-2017-fr.md", "broken.html", "mosul.txt", "mosul-2017-en.md"]


def test_a_broken_file_is_reported_not_raised(folder):
    result = extract_one(folder / "more" / "broken.html")
    assert result.events == () and "broken.html: not UTF-8" in result.error


def test_process_pool_matches_in_process(folder):
    paths = find_articles([folder])
    metadata = Metadata(published=dt.date(2017, 7, 11))
    serial = run_local(paths, jobs=1, metadata=metadata, progress=False)
    parallel = run_local(paths, jobs=2, metadata=metadata, progress=False)
    assert [e.id for e in parallel.events] == [e.id for e in serial.events]
    assert [f.path for f in parallel.failures] == [str(folder / "more" / "broken.html")]
    assert parallel.files == 4 and len(serial.events) > 10
    assert {e.evidence.file for e in serial.events} == {str(p) for p in paths if p.name != "broken.html"}


def test_dask_local_cluster(folder):
    distributed = pytest.importorskip("distributed")
    paths = find_articles([folder])
    local = run_local(paths, jobs=1, progress=False)
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
    ) as cluster:
        with distributed.Client(cluster) as client:
            remote = run_dask(paths, client, progress=False, batch_size=2)
    assert [e.id for e in remote.events] == [e.id for e in local.events]
    assert len(remote.failures) == 1 and remote.failures[0].path.endswith("broken.html")


def test_csv_has_wkt_and_evidence(folder, tmp_path):
    result = run_local([folder / "mosul-2017-en.md"], jobs=1, progress=False)
    out = write_events(result.events, tmp_path / "events.csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == len(result.events)
    assert all(
        r["WKT"].startswith(("POINT", "POLYGON", "MULTIPOLYGON", "LINESTRING")) for r in rows if r["latitude"]
    )
    evidence = json.loads(rows[0]["evidence"])
    text = (folder / "mosul-2017-en.md").read_text(encoding="utf-8")
    start, end = evidence["trigger_span"]
    assert text[start:end].strip()


def test_cli_extract_folder_to_csv(folder, tmp_path, capsys):
    out = tmp_path / "events.csv"
    code = main(["extract", str(folder), "-o", str(out), "-j", "2", "--published", "2017-07-11"])
    captured = capsys.readouterr()
    assert code == 1  # one file failed ...
    assert "broken.html" in captured.err
    assert "from 3 of 4 files" in captured.out  # ... and the others were written
    assert out.is_file()


def test_cli_map_and_export_read_articles(tmp_path, capsys):
    article = SEEDS / "abou-kamal-2017-fr.md"
    assert main(["map", str(article), "-o", str(tmp_path / "map.html")]) == 0
    assert main(["export", str(article), "-o", str(tmp_path / "events.geojson")]) == 0
    assert "Abou Kamal" in (tmp_path / "events.geojson").read_text(encoding="utf-8")
    assert "events (" in capsys.readouterr().out
