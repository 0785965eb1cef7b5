"""``extract --dask``: workers in another directory, the articles' contents sent, a batch size,
and outputs written as the results come (in input order)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from geoevents.cli import main
from geoevents.extract.batch import FileResult, _collect, _extract_chunk, extract_one, run_dask, run_local
from geoevents.io import write_events

distributed = pytest.importorskip("distributed")

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("dask-articles")
    for seed in ("abou-kamal-2017-fr.md", "mosul-2017-en.md"):
        shutil.copy(SEEDS / seed, root / seed)
    (root / "broken.html").write_bytes(b"<p>\xff\xfe</p>")
    return root


def _relative(folder: Path) -> list[str]:
    return [f"{folder.name}/{name}" for name in ("abou-kamal-2017-fr.md", "broken.html", "mosul-2017-en.md")]


def test_a_worker_in_another_directory_gets_absolute_paths(folder, tmp_path, monkeypatch):
    monkeypatch.chdir(folder.parent)
    paths = _relative(folder)
    local = run_local(paths, jobs=1, progress=False)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        client.run(os.chdir, str(elsewhere))  # the worker's directory is not ours
        assert list(client.run(os.getcwd).values()) == [str(elsewhere)]
        remote = run_dask(paths, client, progress=False, batch_size=2)
    assert len(local.events) > 5
    assert [e.id for e in remote.events] == [e.id for e in local.events]
    assert {e.evidence.file for e in remote.events} == {paths[0], paths[2]}  # named as given
    assert [f.path for f in remote.failures] == [paths[1]] and "not UTF-8" in remote.failures[0].error


def test_sent_contents_need_no_file_on_the_worker(folder):
    article = folder / "mosul-2017-en.md"
    [sent] = _extract_chunk([(str(article), "/nowhere/mosul-2017-en.md", article.read_bytes())], None, ())
    read = extract_one(article)
    assert sent.error is None and [e.id for e in sent.events] == [e.id for e in read.events]
    [missing] = _extract_chunk([("gone.md", "/nowhere/gone.md", None)], None, ())
    assert missing.error == "gone.md: no such file on the worker (/nowhere/gone.md)"


def test_results_reach_the_sink_in_input_order_as_soon_as_they_can():
    seen: list[str] = []

    def arrivals():
        for number in (1, 0, 3, 2):
            seen.append(f"came {number}")
            yield number, FileResult(str(number))

    batch = _collect(arrivals(), 4, False, lambda r: seen.append(f"wrote {r.path}"))
    assert seen == ["came 1", "came 0", "wrote 0", "wrote 1", "came 3", "came 2", "wrote 2", "wrote 3"]
    assert batch.files == 4 and batch.events == []


@pytest.mark.parametrize("suffix", [".csv", ".geojsonl"])
def test_cli_dask_batch_size_and_send_files_write_what_the_local_run_writes(folder, tmp_path, suffix, capsys):
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
    ) as cluster:
        out = tmp_path / f"dask{suffix}"
        args = ["extract", str(folder), "-o", str(out), "--no-progress", "--published", "2017-07-11"]
        code = main([*args, "--dask", cluster.scheduler_address, "--batch-size", "1", "--send-files"])
    assert code == 1 and "from 2 of 3 files" in capsys.readouterr().out
    assert (
        main(
            [
                "extract",
                str(folder),
                "-o",
                str(tmp_path / f"local{suffix}"),
                "-j",
                "1",
                "--no-progress",
                "--published",
                "2017-07-11",
            ]
        )
        == 1
    )
    assert out.read_bytes() == (tmp_path / f"local{suffix}").read_bytes()
    # and the streamed file is what the writer gives for all events at once
    import datetime as dt

    from geoevents.extract.document import Metadata

    events = run_local(
        sorted(folder.iterdir()), jobs=1, progress=False, metadata=Metadata(published=dt.date(2017, 7, 11))
    ).events
    assert write_events(events, tmp_path / f"all{suffix}").read_bytes() == out.read_bytes()


def test_batch_size_must_be_positive(folder, tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["extract", str(folder), "-o", str(tmp_path / "x.csv"), "--batch-size", "0"])
    assert "expected at least 1" in capsys.readouterr().err
