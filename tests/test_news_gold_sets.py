"""The annotated news gold sets pass their validator (``tests/data/news_gold/check_gold.py``).

The tuned set (``tests/data/news_gold``) and the held-out extensions kept apart from it
(``tests/data/news_gold_heldout9``, ``tests/data/news_gold_heldout10``) and the Spanish sets
(``tests/data/news_gold_es``, the held-out ``tests/data/news_gold_es_heldout``) are checked with ``--gold DIR``: every occurrence classified,
GeoNames points within 5 km of their row, intervals shaped as their precision says. Nothing here
runs geoevents on the held-out articles: their first score is taken once, after the rule changes.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
CHECKER = DATA / "news_gold" / "check_gold.py"
HELDOUT = DATA / "news_gold_heldout9"
HELDOUT10 = DATA / "news_gold_heldout10"
ES_HELDOUT = DATA / "news_gold_es_heldout"


def _check_gold():
    spec = importlib.util.spec_from_file_location("check_gold", CHECKER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "gold",
    [DATA / "news_gold", HELDOUT, HELDOUT10, DATA / "news_gold_es", ES_HELDOUT],
    ids=["tuned", "heldout9", "heldout10", "es", "es-heldout"],
)
def test_gold_set_is_valid(gold: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = _check_gold().main(["--gold", str(gold), "--stats"])
    out = capsys.readouterr().out
    assert status == 0, out
    assert "ERROR" not in out


def test_heldout_set_size() -> None:
    articles = sorted(p.name for p in (HELDOUT / "articles").iterdir())
    assert len(articles) == 16
    assert sum("-fr-" in a for a in articles) == 8
    assert {int(a.split("-", 1)[0]) for a in articles} == set(range(89, 105))


def test_heldout10_set_size() -> None:
    articles = sorted(p.name for p in (HELDOUT10 / "articles").iterdir())
    assert len(articles) == 18
    assert sum("-fr-" in a for a in articles) == 9
    assert {int(a.split("-", 1)[0]) for a in articles} == set(range(105, 123))


def test_spanish_heldout_set_size() -> None:
    articles = sorted(p.name for p in (ES_HELDOUT / "articles").iterdir())
    assert len(articles) == 18
    assert all("-es-" in a for a in articles)
    assert {int(a.split("-", 1)[0]) for a in articles} == set(range(21, 39))


def test_a_wrong_point_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A toponym moved 1 degree away from its GeoNames row fails, naming the file and the toponym."""
    name = "90-en-iraq-sinjar-retaken"
    (tmp_path / "articles").mkdir()
    (tmp_path / "annotations").mkdir()
    shutil.copy(HELDOUT / "articles" / f"{name}.txt", tmp_path / "articles")
    text = (HELDOUT / "annotations" / f"{name}.yaml").read_text(encoding="utf-8")
    assert "lat: 36.3209\n" in text
    (tmp_path / "annotations" / f"{name}.yaml").write_text(
        text.replace("lat: 36.3209\n", "lat: 37.3209\n", 1), encoding="utf-8"
    )
    assert _check_gold().main(["--gold", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"ERROR {name}.yaml toponym[" in out
    assert "km from GeoNames 448149" in out


def test_a_folder_without_a_gold_set_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _check_gold().main(["--gold", str(tmp_path)]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert out == [f"check_gold: {tmp_path.resolve()}: no articles/ and annotations/ folders"]
